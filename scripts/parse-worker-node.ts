/** The parse worker as a Node worker thread, for the benchmark: the same request and reply as the plugin's Web Worker. */
import { parentPort } from "node:worker_threads";
import { answerParseRequest, type ParseRequest } from "../src/core/reading/parse-request";

parentPort?.on("message", (request: ParseRequest) => parentPort?.postMessage(answerParseRequest(request)));
