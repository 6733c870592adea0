import type { DataNotice, NoticeLine } from "../../src/core/review/data-notice";
import { describeDataNotice } from "../../src/ui/data-notice-text";
import { setLanguage } from "../__mocks__/obsidian";

afterEach(() => setLanguage("en"));

const BACKUP_LOADED: DataNotice = [
  { code: "dataDamaged" }, { code: "dataKeptAs", path: "data.corrupt-2025-03-01T09-00-00.000Z.json" }, { code: "dataBackupLoaded" },
];

describe("a notice about the review data", () => {
  it("reads as English sentences after the plugin's name", () => {
    expect(describeDataNotice(BACKUP_LOADED)).toBe(
      "AWS Notes Cloze: Your review data is damaged and could not be used. " +
      "A copy was kept as data.corrupt-2025-03-01T09-00-00.000Z.json. The last backup was loaded.",
    );
  });

  it("reads in Korean when Obsidian speaks Korean, keeping file names as they are", () => {
    setLanguage("ko");
    expect(describeDataNotice(BACKUP_LOADED)).toBe(
      "AWS Notes Cloze: 복습 데이터가 손상되어 쓸 수 없었어요. " +
      "손상된 파일의 사본을 data.corrupt-2025-03-01T09-00-00.000Z.json에 보관했어요. 마지막 백업을 불러왔어요.",
    );
    expect(describeDataNotice([{ code: "logEntriesSkipped", count: 2, path: "reviews/2025-03-17.jsonl" }, { code: "logSchedulesKept" }]))
      .toBe("AWS Notes Cloze: 복습 로그 파일(reviews/2025-03-17.jsonl)에서 손상된 항목 2개를 건너뛰었어요. 카드의 복습 일정은 그대로예요.");
  });

  it("has no English left in Korean for any kind of problem", () => {
    setLanguage("ko");
    // One line of every kind: the record's type makes this list grow with the core's codes.
    const every: { [C in NoticeLine["code"]]: Extract<NoticeLine, { code: C }> } = {
      dataUnreadable: { code: "dataUnreadable", error: "EIO" }, dataMissing: { code: "dataMissing" },
      dataDamaged: { code: "dataDamaged" }, dataNewerVersion: { code: "dataNewerVersion" },
      dataEntriesSkipped: { code: "dataEntriesSkipped", count: 1 }, dataKeptAs: { code: "dataKeptAs", path: "p" },
      dataSavingCopyLoaded: { code: "dataSavingCopyLoaded" }, dataBackupLoaded: { code: "dataBackupLoaded" },
      dataBackupKeptAs: { code: "dataBackupKeptAs", path: "p" }, dataNoBackup: { code: "dataNoBackup" },
      logUnreadable: { code: "logUnreadable", week: "2025-03-17", error: "EIO" }, logDamaged: { code: "logDamaged", path: "p" },
      logNewerVersion: { code: "logNewerVersion", path: "p" }, logEntriesSkipped: { code: "logEntriesSkipped", count: 1, path: "p" },
      logSchedulesKept: { code: "logSchedulesKept" }, syncCopiesMerged: { code: "syncCopiesMerged", count: 2, folder: "merged" },
      clockAhead: { code: "clockAhead", count: 3 },
    };
    for (const line of Object.values(every)) {
      const text = describeDataNotice([line]).replace("AWS Notes Cloze: ", "");
      expect(text).toMatch(/[가-힣]/);
      expect(text.replace(/EIO|merged|\bp\b/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
