/**
 * An Aho–Corasick automaton over case-folded code units, stored in typed arrays: the trie's edges live in one
 * open-addressing hash table keyed by (node, character class), the root's edges in a dense array. Walking text costs
 * one table lookup per code unit plus amortised failure-link steps, whatever the number of patterns.
 */
import { getFoldTable } from "./chars";

/** A compiled automaton; `walk` is the hot loop's only entry point. */
export interface Automaton {
  /** Code unit of the text -> character class (0: appears in no pattern); 16 bits unless there are that many classes. */
  readonly classOf: Uint16Array | Uint32Array;
  /** Node reached from `node` on character class `cls`, following failure links (0 is the root). */
  readonly step: (node: number, cls: number) => number;
  /** First pattern ending exactly at a node, or -1; further ones via `nextPattern`. */
  readonly firstPattern: Int32Array;
  readonly nextPattern: Int32Array;
  /** Nearest node on the failure chain (itself excluded) that ends a pattern, or -1. */
  readonly outputLink: Int32Array;
}

const EMPTY = -1;

/** How many patterns or nodes are handled between two points where a sliced build may pause. */
const STEP = 1024;
/** The largest first guess of a trie's node count (see `automatonSteps`). */
const INITIAL_NODES_AT_MOST = 1 << 18;
/** Table slots filled in one step when a huge edge table grows (4 MB). */
const FILL_CHUNK = 1 << 20;

/**
 * Builds the automaton over already-folded `patterns` (in priority order: patterns with equal text keep that order in
 * the `firstPattern`/`nextPattern` lists). Pattern `i` is reported as index `i`.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const steps = automatonSteps(patterns);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** {@link buildAutomaton} as a generator that yields every few thousand patterns or nodes, so a caller can pause. */
export function* automatonSteps(patterns: readonly string[]): Generator<void, Automaton, void> {
  const fold = getFoldTable();
  // Character classes: one per distinct folded code unit used by a pattern.
  const classOfFolded = new Map<number, number>();
  // The trie has at most one node per pattern character (and the root).
  let capacity = 1;
  for (let k = 0; k < patterns.length; k++) {
    if (k % STEP === STEP - 1) yield;
    const p = patterns[k] as string;
    capacity += p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (!classOfFolded.has(c)) classOfFolded.set(c, classOfFolded.size + 1);
    }
  }
  yield;
  const classCount = classOfFolded.size + 1;
  const classOfFoldedUnit = new Uint32Array(0x10000);
  for (const [c, cls] of classOfFolded) classOfFoldedUnit[c] = cls;
  const classOf = classCount <= 0x10000 ? new Uint16Array(0x10000) : new Uint32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) classOf[c] = classOfFoldedUnit[fold[c] ?? c] ?? 0;
  yield;

  // Shared beginnings make the trie far smaller than its capacity: its arrays and its edge table start small and
  // double as nodes are added, so a large glossary never allocates (and makes the garbage collector sweep) hundreds
  // of megabytes it does not use. Names share much of their beginnings: a quarter of the characters is a fair first
  // guess of the node count, up to a quarter of a million nodes, so no single step allocates and fills tens of
  // megabytes; a larger trie grows, its edge table in steps of their own.
  let size = Math.min(capacity, Math.max(4096, Math.min(capacity >> 2, INITIAL_NODES_AT_MOST)));
  let firstChild: Int32Array = new Int32Array(size).fill(EMPTY);
  let nextSibling: Int32Array = new Int32Array(size).fill(EMPTY);
  let edgeClass: Int32Array = new Int32Array(size);
  let firstPattern: Int32Array = new Int32Array(size).fill(EMPTY);
  let lastPattern: Int32Array = new Int32Array(size).fill(EMPTY);
  const rootNext = new Int32Array(classCount).fill(EMPTY);
  const nextPattern = new Int32Array(patterns.length).fill(EMPTY);
  let nodeCount = 1;
  /** The edge table: open addressing, kept at most half full. */
  let tableSize = 1 << Math.max(4, Math.ceil(Math.log2(size * 2)));
  let mask = tableSize - 1;
  let keyNode = new Int32Array(tableSize).fill(EMPTY);
  let keyClass = new Int32Array(tableSize);
  let target = new Int32Array(tableSize);
  let edges = 0;
  yield;

  const slot = (node: number, cls: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & mask;
  const child = (node: number, cls: number): number => {
    if (node === 0) return rootNext[cls] ?? EMPTY;
    for (let h = slot(node, cls); ; h = (h + 1) & mask) {
      const k = keyNode[h] ?? EMPTY;
      if (k === EMPTY) return EMPTY;
      if (k === node && keyClass[h] === cls) return target[h] ?? EMPTY;
    }
  };
  const grown = (old: Int32Array, length: number, fill: number): typeof old => {
    const out = new Int32Array(length);
    if (fill !== 0) out.fill(fill, old.length);
    out.set(old);
    return out;
  };
  const insertEdge = (node: number, cls: number, to: number): void => {
    let h = slot(node, cls);
    while (keyNode[h] !== EMPTY) h = (h + 1) & mask;
    keyNode[h] = node;
    keyClass[h] = cls;
    target[h] = to;
  };
  /** Doubles the edge table (or more, to `atLeast` slots), moving the edges over in chunks that pause like the rest. */
  function* growTableSteps(atLeast: number): Generator<void, void, void> {
    const [oldNode, oldClass, oldTarget] = [keyNode, keyClass, target];
    do tableSize *= 2;
    while (tableSize < atLeast);
    mask = tableSize - 1;
    // A huge table is tens of megabytes per array: one array per step, and the first filled a few megabytes at a time
    // (touching fresh memory is what costs).
    keyNode = new Int32Array(tableSize);
    for (let from = 0; from < tableSize; from += FILL_CHUNK) {
      keyNode.fill(EMPTY, from, from + FILL_CHUNK);
      yield;
    }
    keyClass = new Int32Array(tableSize);
    yield;
    target = new Int32Array(tableSize);
    yield;
    // Nothing is added while the edges move: the new table is complete before the trie grows again.
    for (let h = 0; h < oldNode.length; h++) {
      if (h % (STEP * 256) === STEP * 256 - 1) yield;
      const node = oldNode[h] ?? EMPTY;
      if (node !== EMPTY) insertEdge(node, oldClass[h] ?? 0, oldTarget[h] ?? 0);
    }
  }
  /** The node arrays at `length` slots, one array per step. */
  function* growNodesSteps(length: number): Generator<void, void, void> {
    size = length;
    firstChild = grown(firstChild, size, EMPTY);
    yield;
    nextSibling = grown(nextSibling, size, EMPTY);
    yield;
    edgeClass = grown(edgeClass, size, 0);
    yield;
    firstPattern = grown(firstPattern, size, EMPTY);
    yield;
    lastPattern = grown(lastPattern, size, EMPTY);
  }
  const addChild = (node: number, cls: number): number => {
    // Never taken: the loop below grows the arrays ahead of every chunk; kept so they can never run out.
    if (nodeCount >= size) {
      const steps = growNodesSteps(Math.min(capacity, size * 2));
      while (steps.next().done !== true) continue;
    }
    const created = nodeCount++;
    edgeClass[created] = cls;
    nextSibling[created] = firstChild[node] ?? EMPTY;
    firstChild[node] = created;
    if (node === 0) {
      rootNext[cls] = created;
      return created;
    }
    // Never taken: the loop below grows the table ahead of every chunk; kept so the table can never fill up.
    if ((edges + 1) * 2 > tableSize) {
      const steps = growTableSteps(tableSize * 2);
      while (steps.next().done !== true) continue;
    }
    edges++;
    insertEdge(node, cls, created);
    return created;
  };

  for (let index = 0; index < patterns.length; index++) {
    if (index % STEP === 0) {
      if (index > 0) yield;
      // The next chunk adds at most one edge per character: room for all of them is made now, in steps of its own.
      let ahead = 0;
      for (let k = index; k < Math.min(patterns.length, index + STEP); k++) ahead += (patterns[k] as string).length;
      if (nodeCount + ahead > size) yield* growNodesSteps(Math.min(capacity, Math.max(size * 2, nodeCount + ahead)));
      if ((edges + ahead) * 2 > tableSize) yield* growTableSteps((edges + ahead) * 2);
    }
    const p = patterns[index] as string;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = classOfFolded.get(p.charCodeAt(i)) ?? 0;
      const next = child(node, cls);
      node = next === EMPTY ? addChild(node, cls) : next;
    }
    if (node === 0) continue;
    const last = lastPattern[node] ?? EMPTY;
    if (last === EMPTY) firstPattern[node] = index;
    else nextPattern[last] = index;
    lastPattern[node] = index;
  }

  yield;
  // Failure and output links, breadth first.
  const failure = new Int32Array(nodeCount);
  const outputLink = new Int32Array(nodeCount).fill(EMPTY);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let c = firstChild[0] ?? EMPTY; c !== EMPTY; c = nextSibling[c] ?? EMPTY) queue[tail++] = c;
  while (head < tail) {
    if (head % STEP === STEP - 1) yield;
    const node = queue[head++] ?? 0;
    for (let c = firstChild[node] ?? EMPTY; c !== EMPTY; c = nextSibling[c] ?? EMPTY) {
      const cls = edgeClass[c] ?? 0;
      let f = failure[node] ?? 0;
      let next = child(f, cls);
      while (next === EMPTY && f !== 0) {
        f = failure[f] ?? 0;
        next = child(f, cls);
      }
      const fail = next === EMPTY ? 0 : next;
      failure[c] = fail;
      outputLink[c] = (firstPattern[fail] ?? EMPTY) !== EMPTY ? fail : (outputLink[fail] ?? EMPTY);
      queue[tail++] = c;
    }
  }

  const step = (node: number, cls: number): number => {
    if (cls === 0) return 0;
    let n = node;
    for (;;) {
      const next = child(n, cls);
      if (next !== EMPTY) return next;
      if (n === 0) return 0;
      n = failure[n] ?? 0;
    }
  };
  return { classOf, step, firstPattern: firstPattern.subarray(0, nodeCount), nextPattern, outputLink };
}
