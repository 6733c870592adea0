/** Which notes count as AWS notes: the user's folders and tags, or else what the note itself says. */
import { countAwsServices } from "./aws-services";

/** The settings that pick AWS notes. */
export interface AwsNoteRules {
  folders: readonly string[];
  tags: readonly string[];
  autoDetect: boolean;
}

/** What is known about a note when deciding. */
export interface NoteFacts {
  path: string;
  tags: readonly string[];
  aliases: readonly string[];
  /** The note's prose (code and comments blanked). */
  text: string;
  /** Its topic line, title heading, aliases or file name names an AWS service or concept (see `findSubject`). */
  subject?: boolean;
}

const MENTIONS_AWS = /(?:^|[^A-Za-z0-9])aws(?:[^A-Za-z0-9]|$)/i;

/** True when a tag is `tag` itself or nested below it (`aws/ec2` is under `aws`). */
function tagMatches(noteTag: string, wanted: string): boolean {
  return noteTag === wanted || noteTag.startsWith(`${wanted}/`);
}

/** Decides whether a note is an AWS note. With folders or tags set, only they decide. */
export function isAwsNote(facts: NoteFacts, rules: AwsNoteRules): boolean {
  if (rules.folders.length > 0 || rules.tags.length > 0) {
    const inFolder = rules.folders.some((f) => facts.path.startsWith(`${f}/`));
    const tagged = rules.tags.some((t) => facts.tags.some((nt) => tagMatches(nt, t)));
    return inFolder || tagged;
  }
  if (!rules.autoDetect) return false;
  if (MENTIONS_AWS.test(facts.path)) return true;
  if (facts.tags.some((t) => MENTIONS_AWS.test(t)) || facts.aliases.some((a) => MENTIONS_AWS.test(a))) return true;
  // A note about one service or concept (`Network ACL`, `KMS`) names few others.
  if (facts.subject === true) return true;
  return countAwsServices(facts.text, 3) >= 3;
}
