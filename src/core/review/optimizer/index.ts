/** Fitting the FSRS weights to the user's own review history. */
export * from "./training-items";
export * from "./model";
export * from "./pretrain";
export * from "./training-plan";
export * from "./optimize-job";
export * from "./run-in-slices";
