import fc from "fast-check";
import { dropDecoration, isComparison, isNameShaped } from "../../../src/core/reading/names";

/** Starts of lines people write: emoji, arrows, bullets, blanks, symbols next to ASCII and Hangul. */
const STARTS = [
  "📌", "📍", "🔴", "✅", "➡️", "→", "•", "·", "※", "■", "▶", "©", "®", "#️⃣", "1️⃣", "\u200d", "\ufe0f", " ", "\t", "\u00a0",
  "*", "#", "1", "A", "a", "가", "힣", "[", "<", "=", "~", "ㄱ", "é", "Ω", "中",
];
const WORDS = ["SQS", "vs", "VS", "Vs", "versus", "Versus", "VERSUS", "차이", "차이점", "비교", "EC2", "서비스", "vpc", "ves", "  ", " "];
const line = fc.tuple(
  fc.array(fc.constantFrom(...STARTS), { maxLength: 4 }),
  fc.array(fc.constantFrom(...STARTS, ...WORDS), { maxLength: 6 }),
).map(([head, rest]) => head.join("") + rest.join(" "));

const DECORATION = /^(?:\s|\u200b|\u200d|\ufe0f|\u20e3|\p{Extended_Pictographic}|[\u2190-\u21ff\u2022\u00b7\u25a0-\u25ff\u2600-\u27bf\u203b])+/u;

describe("name reading fast paths", () => {
  it("dropDecoration drops exactly the leading markers the full pattern finds", () => {
    fc.assert(fc.property(line, (text) => {
      const m = DECORATION.exec(text);
      expect(dropDecoration(text).text).toBe(m ? text.slice(m[0].length) : text);
    }), { numRuns: 3000 });
  });

  it("isComparison and isNameShaped answer as their full rules do", () => {
    fc.assert(fc.property(line, (name) => {
      const comparison = /\s(?:vs\.?|versus)\s/i.test(` ${name} `) || /(?:차이|비교)(?:점)?$/.test(name) || /\s(?:차이|비교)\s/.test(name);
      expect(isComparison(name)).toBe(comparison);
      if (name !== "" && name.length <= 60 && !/[,;]|[.!?。]$|→|->|=>|⇒/.test(name)) {
        expect(isNameShaped(name)).toBe(name.split(" ").length <= 8 && !/(?:니다|습니다|한다|된다|이다|있다|없다|해요|어요|아요)$/.test(name) && /[\p{L}\p{N}]/u.test(name));
      }
    }), { numRuns: 3000 });
  });
});
