/**
 * Largest note read, in bytes. Reading a note takes about 0.15 to 0.2 ms per KB, so a save of a note this size stays
 * under 50 ms; a larger one would stall Obsidian on every save, so it is skipped, and the user is told once. (Real
 * study notes run to tens of KB.)
 */
export const MAX_NOTE_BYTES = 192 * 1024;
