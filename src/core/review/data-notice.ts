/**
 * What the review data's loading and saving tell the user, as codes and values rather than sentences: the UI words
 * each code in its language (src/ui/strings.ts holds a text for every code).
 */

/** One sentence of a notice about the review data. */
export type NoticeLine =
  | { code: "dataUnreadable"; error: string }
  | { code: "dataMissing" }
  | { code: "dataDamaged" }
  | { code: "dataNewerVersion" }
  | { code: "dataEntriesSkipped"; count: number }
  | { code: "dataKeptAs"; path: string }
  | { code: "dataSavingCopyLoaded" }
  | { code: "dataBackupLoaded" }
  | { code: "dataBackupKeptAs"; path: string }
  | { code: "dataNoBackup" }
  | { code: "logUnreadable"; week: string; error: string }
  | { code: "logDamaged"; path: string }
  | { code: "logNewerVersion"; path: string }
  | { code: "logEntriesSkipped"; count: number; path: string }
  | { code: "logSchedulesKept" }
  | { code: "syncCopiesMerged"; count: number; folder: string }
  | { code: "clockAhead"; count: number };

/** A notice for the user: its sentences, in reading order (never empty). */
export type DataNotice = readonly NoticeLine[];
