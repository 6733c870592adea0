/** Event targets across windows: `instanceof` is false for a pop-out window's nodes; Obsidian's `instanceOf` is not. */
// Brings in Obsidian's DOM helpers (`instanceOf`) as types only.
import type {} from "obsidian";

/** The element an event happened on, in any window (null for a window, a document or a text node). */
export function targetElement(target: EventTarget | null): HTMLElement | null {
  const node = target as Partial<Node> | null;
  return node && typeof node.instanceOf === "function" && node.instanceOf(HTMLElement) ? (target as HTMLElement) : null;
}
