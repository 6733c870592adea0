/** The review side of the core: scheduling, queue, session, stored data and statistics. */
export * from "./types";
export * from "./review-log";
export * from "./scheduler";
export * from "./study-day";
export * from "./queue";
export * from "./review-session";
export * from "./store-schema";
export * from "./migrate";
export * from "./merge";
export * from "./orphans";
export * from "./persistence";
export * from "./save-scheduler";
export * from "./review-store";
export * from "./stats";
