/**
 * The parse worker's script (bundled on its own and started from a blob URL): reads each note it is sent and posts
 * back what the note yields. It knows nothing of Obsidian or the DOM.
 */
import { answerParseRequest, type ParseReply, type ParseRequest } from "../core/reading/parse-request";

/** The worker's global scope, as far as it is used here. */
interface WorkerScope {
  onmessage: ((event: { data: ParseRequest }) => void) | null;
  postMessage(reply: ParseReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerParseRequest(event.data));
