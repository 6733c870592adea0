/**
 * What a function of a name alone gave for the names read lately. A vault names the same services line after line and
 * most of its other names once: two generations keep the names still in use when the newer one fills up.
 */
export class NameMemo<T> {
  private readonly judge: (name: string) => T;
  private readonly atMost: number;
  private recent = new Map<string, T>();
  private older = new Map<string, T>();

  /** `judge` depends on the name alone and never gives `undefined`; each generation holds at most `atMost` names. */
  constructor(options: { judge: (name: string) => T; atMost?: number }) {
    this.judge = options.judge;
    this.atMost = options.atMost ?? 4096;
  }

  /** `judge(name)`, remembered. */
  of(name: string): T {
    let known = this.recent.get(name);
    if (known !== undefined) return known;
    known = this.older.get(name);
    if (known === undefined) known = this.judge(name);
    if (this.recent.size >= this.atMost) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(ownCopy(name), known);
    return known;
  }
}

/**
 * The name as a string of its own. V8 keeps a cut of 13 characters or more as a view into the string it was cut from,
 * so a remembered name cut from a note would keep the whole note alive; joined to a character and cut again, it is
 * copied out once, flat (V8 flattens a joined string when it is cut).
 */
function ownCopy(name: string): string {
  return name.length < 13 ? name : `${name} `.slice(0, -1);
}
