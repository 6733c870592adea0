/** Reads a vault folder the way the plugin sees it: every `.md` note, dot-folders (`.obsidian`, `.trash`) skipped. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A note's vault-relative path (with `/`) and its text. */
export interface VaultFile {
  path: string;
  text: string;
}

/** Every markdown note below `root`, sorted by path. Unreadable files are reported on stderr and skipped. */
export function readVault(root: string): VaultFile[] {
  const files: VaultFile[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      process.stderr.write(`skipped ${dir}: ${(e as Error).message}\n`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        try {
          files.push({ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
        } catch (e) {
          process.stderr.write(`skipped ${full}: ${(e as Error).message}\n`);
        }
      }
    }
  };
  walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
