/** The plugin folder as review data sees it: a few file operations, and keeping damaged files aside. */

/** The few file operations persistence needs; paths are relative to the plugin folder. */
export interface ReviewDataPort {
  /** The file's text, or null when it does not exist. May throw when the file cannot be read. */
  read(path: string): Promise<string | null>;
  /** Replaces (or creates) a file, creating its folder when needed. */
  write(path: string, text: string): Promise<void>;
  /**
   * Adds text at the end of an existing file. Optional: without it a week file is rewritten whole. With it a write
   * cut off half-way can only damage the lines being added, never the ones already there.
   */
  append?(path: string, text: string): Promise<void>;
  /**
   * Renames a file over another. Optional: with it a file rewritten whole goes to a temporary file first and is
   * renamed over the old one (see {@link writeWhole}), so a write cut off half-way never damages what was there.
   */
  rename?(from: string, to: string): Promise<void>;
  /** Deletes a file; used only where a platform refuses to rename over an existing file. */
  remove?(path: string): Promise<void>;
  /**
   * The files of the plugin folder and of its week-file folder, as paths relative to the plugin folder. Optional:
   * with it (and `rename`) conflicted copies a sync tool left are found, merged and moved aside.
   */
  list?(): Promise<string[]>;
}

/** Where a whole-file write goes before it replaces the file: `data.json` → `data.json.tmp`. */
export function tempPathOf(path: string): string {
  return `${path}.tmp`;
}

/**
 * Replaces a file so that a crash or a full disk never leaves it half written: the text goes to the temporary file
 * first and is renamed over the file. Where the platform will not rename over an existing file, the old one is
 * removed first; a crash in that moment leaves the complete temporary file, which loading falls back to. A port
 * without `rename` writes in place.
 */
export async function writeWhole(port: ReviewDataPort, path: string, text: string): Promise<void> {
  if (!port.rename) {
    await port.write(path, text);
    return;
  }
  const temp = tempPathOf(path);
  await port.write(temp, text);
  try {
    await port.rename(temp, path);
  } catch (error) {
    if (!port.remove) throw error;
    await port.remove(path);
    await port.rename(temp, path);
  }
}

/** `now` as a file-name stamp: 2025-03-01T09-00-00.000Z. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/:/g, "-");
}

/**
 * Copies a damaged file aside as `<base>.corrupt-<time>[-n]<ext>` (never overwriting a file) and returns that name.
 * Throws when no copy can be written: the caller must then leave the damaged file alone.
 */
export async function keepAside(port: ReviewDataPort, base: string, text: string, now: Date, ext = ".json"): Promise<string> {
  const stamp = fileStamp(now);
  for (let n = 0; n < 100; n++) {
    const path = `${base}.corrupt-${stamp}${n === 0 ? "" : `-${n}`}${ext}`;
    const existing = await port.read(path);
    if (existing === text) return path;
    if (existing === null) { await port.write(path, text); return path; }
  }
  throw new Error("no free name for a copy of the damaged data file");
}

/** Reads a file, turning a read error into a value. */
export async function readOrError(port: ReviewDataPort, path: string): Promise<{ text: string | null } | { error: string }> {
  try {
    return { text: await port.read(path) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
