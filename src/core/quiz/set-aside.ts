/** The cards a student set aside (suspended, buried) and the leeches, for the panel's list to bring them back. */
import { maskedTerm, renderPrompt } from "../cards/render-prompt";
import type { Card } from "../cards/types";
import { isLeech, type CardFlag } from "../review/card-flags";
import { lookupState, type StateLookup } from "../review/queue";
import { own } from "../review/store-schema";

/** One listed card: what identifies it to the student without showing its answer, and where it comes from. */
export interface SetAsideItem {
  id: string;
  /** The card's term and prompt with the answer blanked, as on its face. */
  term: string;
  prompt: string;
  path: string;
  line: number;
  /** Buried until (epoch ms); undefined for a suspended card or a leech. */
  until?: number;
}

/** The three lists, each in note order. */
export interface SetAside {
  suspended: SetAsideItem[];
  buried: SetAsideItem[];
  /** Cards failed eight times or more: better rewritten than reviewed again. */
  leeches: SetAsideItem[];
}

/** Sorts `cards` into the lists at `now`. */
export function listSetAside(
  cards: readonly Card[], flags: Readonly<Record<string, CardFlag>> | undefined, states: StateLookup, now: number,
): SetAside {
  const out: SetAside = { suspended: [], buried: [], leeches: [] };
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    const flag = flags ? own(flags, card.id) : undefined;
    const suspended = flag?.suspended === true;
    const buried = !suspended && flag !== undefined && flag.buriedUntil > now;
    const leech = isLeech(lookupState(states, card.id));
    // Most cards are none of these: their faces are never drawn here.
    if (!suspended && !buried && !leech) continue;
    const item: SetAsideItem = { id: card.id, term: maskedTerm(card), prompt: renderPrompt(card), path: card.path, line: card.line };
    if (suspended) out.suspended.push(item);
    else if (buried && flag) out.buried.push({ ...item, until: flag.buriedUntil });
    if (leech) out.leeches.push(item);
  }
  return out;
}
