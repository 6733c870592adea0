/** Which notes count as AWS notes: the user's folders and tags, or else what the note itself says. */
import { normalizeNfc } from "../markdown/text";
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

/** A tag as Obsidian compares it: any case; and in NFC, as a folder or tag typed on one system and synced from another may not be. */
const tagKey = (tag: string): string => normalizeNfc(tag.replace(/^#/, "")).toLowerCase();

/** True when a tag is `tag` itself or nested below it (`aws/ec2` is under `aws`). */
function tagMatches(noteTag: string, wanted: string): boolean {
  const a = tagKey(noteTag);
  const b = tagKey(wanted);
  return a === b || a.startsWith(`${b}/`);
}

/** Full-width Latin letters and digits (`ＡＷＳ`, `Ｓ３`): folded to their ASCII forms for detection. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e]/;
const foldWidth = (text: string): string =>
  HAS_FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;

/** Decides whether a note is an AWS note. With folders or tags set, only they decide. */
export function isAwsNote(facts: NoteFacts, rules: AwsNoteRules): boolean {
  if (rules.folders.length > 0 || rules.tags.length > 0) return pickedBySettings(facts.path, facts.tags, rules);
  if (!rules.autoDetect) return false;
  if (MENTIONS_AWS.test(foldWidth(facts.path))) return true;
  if (facts.tags.some((t) => MENTIONS_AWS.test(foldWidth(t))) || facts.aliases.some((a) => MENTIONS_AWS.test(foldWidth(a)))) return true;
  // A note about one service or concept (`Network ACL`, `KMS`) names few others.
  if (facts.subject === true) return true;
  return countAwsServices(foldWidth(facts.text), 3) >= 3;
}

/**
 * Whether a note may be an AWS note, from its path and (when known without reading it) its tags: false only when
 * folders or tags are set, the note is in none of the folders, and its tags are known and match none. Such a note is
 * never read. `tags` null means they are not known (the note must be read to tell).
 */
export function mayBeAwsNote(path: string, tags: readonly string[] | null, rules: AwsNoteRules): boolean {
  if (rules.folders.length === 0 && rules.tags.length === 0) return true;
  // Tags not known yet: with tags set, only reading the note tells.
  if (tags === null) return rules.tags.length > 0 || pickedBySettings(path, [], rules);
  return pickedBySettings(path, tags, rules);
}

/** With folders or tags set: the note is in one of the folders, or has one of the tags (`#` or not). */
function pickedBySettings(path: string, tags: readonly string[], rules: AwsNoteRules): boolean {
  const nfc = normalizeNfc(path);
  return rules.folders.some((f) => nfc.startsWith(`${normalizeNfc(f)}/`)) ||
    rules.tags.some((t) => tags.some((nt) => tagMatches(nt, t)));
}
