/** The `demo-vault/` notes, read by the build in Node and put into the bundle as a JSON string. */

/** A note's vault path and text. */
export interface HarnessNote {
  path: string;
  text: string;
}

declare const ANC_E2E_NOTES: string;

/** The notes the harness indexes at start. */
export function readDemoNotes(): HarnessNote[] {
  const parsed: unknown = JSON.parse(ANC_E2E_NOTES);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter((n): n is HarnessNote => typeof n === "object" && n !== null && typeof (n as HarnessNote).path === "string" && typeof (n as HarnessNote).text === "string");
}
