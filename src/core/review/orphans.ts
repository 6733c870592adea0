import type { CardFlag } from "./card-flags";
import { compareStates } from "./merge";
import { DAY_MS } from "./study-day";
import { createRecord, own, ORPHAN_KEEP_DAYS, type OrphanEntry, type ReviewData } from "./store-schema";
import type { CardState } from "./types";

/**
 * Where vanished cards were: `pathOf` gives the note a card was in at the last pass, `exists` says whether a note is
 * still in the vault. An orphan whose note still exists (left out by a narrower "Which notes" setting, or its answer
 * edited) is kept; only a deleted note's cards are pruned, 30 days after the note was last seen.
 */
export interface OrphanNotes {
  pathOf?: (id: string) => string | undefined;
  exists?: (path: string) => boolean;
}

/** What reconciling stored states with the index did. */
export interface OrphanReport {
  orphaned: string[];
  restored: string[];
  pruned: string[];
  /** Renamed cards whose schedule moved to their new id: `[old, new]`. */
  moved: [string, string][];
}

/**
 * Matches stored states to the ids the index has now: states of vanished cards become orphans, orphans whose id
 * is back are restored, orphans older than 30 days are pruned. Logs are kept. Call it after a complete index scan:
 * a partial index only orphans cards early, which restoring undoes.
 */
export function reconcileOrphans(
  data: ReviewData, liveIds: ReadonlySet<string>, now: Date | number, renamed: ReadonlyMap<string, string> = new Map(),
  notes: OrphanNotes = {},
): { data: ReviewData; report: OrphanReport } {
  const t = typeof now === "number" ? now : now.getTime();
  const report: OrphanReport = { orphaned: [], restored: [], pruned: [], moved: [] };
  const cards = createRecord<CardState>();
  const orphans = createRecord<OrphanEntry>();
  // A renamed card keeps its schedule under its new id (see `findRenamedCards`), unless the new id has one already.
  const carried = new Map<string, CardState>();
  for (const [from, to] of renamed) {
    const state = own(data.cards, from);
    if (!state || !liveIds.has(to) || liveIds.has(from) || own(data.cards, to)) continue;
    carried.set(to, state);
    report.moved.push([from, to]);
  }
  const movedAway = new Set(report.moved.map(([from]) => from));
  // States are kept in the order of `liveIds` (note order when it comes from the index): data.json is then written,
  // and decoded at the next start-up, in the order today's queue reads them, which makes that walk about twice as fast.
  for (const id of liveIds) {
    const state = own(data.cards, id) ?? carried.get(id);
    if (state) cards[id] = state;
  }
  for (const [id, state] of Object.entries(data.cards)) {
    if (liveIds.has(id) || movedAway.has(id)) continue;
    const entry: OrphanEntry = { state, orphanedAt: t };
    const path = notes.pathOf?.(id);
    if (path !== undefined) entry.path = path;
    orphans[id] = entry;
    report.orphaned.push(id);
  }
  for (const [id, entry] of Object.entries(data.orphans)) {
    if (liveIds.has(id)) {
      const live = cards[id];
      if (!live || compareStates(entry.state, live) > 0) cards[id] = entry.state;
      if (!live) report.restored.push(id);
    } else if (id in orphans) {
      continue;
    } else if (entry.path !== undefined && notes.exists?.(entry.path) === true) {
      // Kept while its note exists; the 30 days count from the last day it was seen there.
      orphans[id] = t - entry.orphanedAt > DAY_MS ? { ...entry, orphanedAt: t } : entry;
    } else if (t - entry.orphanedAt > ORPHAN_KEEP_DAYS * DAY_MS) {
      report.pruned.push(id);
    } else {
      orphans[id] = entry;
    }
  }
  const result: ReviewData = { ...data, cards, orphans };
  // A suspended or buried card stays so under its new id; the flags of cards whose history is gone go with it.
  if (data.flags && (report.moved.length > 0 || report.pruned.length > 0)) {
    const flags = Object.assign(createRecord<CardFlag>(), data.flags);
    for (const [from, to] of report.moved) {
      const flag = own(flags, from);
      if (flag && !own(flags, to)) flags[to] = flag;
      delete flags[from];
    }
    for (const id of report.pruned) delete flags[id];
    result.flags = flags;
  }
  if (report.moved.length > 0) {
    result.renamed = Object.assign(createRecord<string>(), data.renamed);
    for (const [from, to] of report.moved) {
      // A card renamed back is itself again: only its other name still points on.
      delete result.renamed[to];
      result.renamed[from] = to;
    }
  }
  return { data: result, report };
}
