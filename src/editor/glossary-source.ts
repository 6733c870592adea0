/**
 * One source of the glossary for every editor: editors subscribe while they exist (see `glossarySync`), and the
 * host publishes each new snapshot once, without looking for editors.
 */
export class GlossarySource {
  private readonly listeners = new Set<() => void>();
  /** The matcher reading views were last drawn with. */
  private drawnWith: unknown = null;

  /** For the editor extension's `onGlossaryChange` option: a stable function, whatever options are rebuilt. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Editors listening now. */
  get listening(): number {
    return this.listeners.size;
  }

  /**
   * Tells every editor to read the glossary again. Returns true when rendered (reading) views must be drawn again:
   * the matcher, which decides what is marked, is not the one they were drawn with.
   */
  publish(matcher: unknown): boolean {
    for (const listener of [...this.listeners]) listener();
    if (matcher === this.drawnWith) return false;
    this.drawnWith = matcher;
    return true;
  }
}
