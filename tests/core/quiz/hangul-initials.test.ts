import { buildInitialsForm, initialOf, matchInitials, prepareInitialsQuery } from "../../../src/core/quiz/hangul-initials";

describe("the initial consonant of a syllable", () => {
  it("is read from the syllable's code point, from the first syllable to the last", () => {
    expect(["가", "까", "스", "케", "일", "링", "쀍", "힣"].map(initialOf).join("")).toBe("ㄱㄲㅅㅋㅇㄹㅃㅎ");
  });

  it("leaves letters, digits, jamo and other scripts as they are", () => {
    expect(["a", "2", "ㅅ", "ㅏ", "漢", "-"].map(initialOf)).toEqual(["a", "2", "ㅅ", "ㅏ", "漢", "-"]);
  });
});

describe("a query", () => {
  it("is searched by initials only when it has a lone initial consonant", () => {
    expect(prepareInitialsQuery("스케일")).toBeNull();
    expect(prepareInitialsQuery("ec2")).toBeNull();
    // ㄳ ends syllables but begins none; a vowel alone is no initial either.
    expect(prepareInitialsQuery("ㄳ")).toBeNull();
    expect(prepareInitialsQuery("ㅏ")).toBeNull();
    expect(prepareInitialsQuery("ㅅㅋ ㄹ")).toEqual({ text: "ㅅㅋㄹ", initials: "ㅅㅋㄹ" });
    expect(prepareInitialsQuery("스ㅋㄹ")).toEqual({ text: "스ㅋㄹ", initials: "ㅅㅋㄹ" });
  });

  it("typed as conjoining jamo is read as the same initials", () => {
    expect(prepareInitialsQuery("\u1109\u110f\u1105")).toEqual({ text: "ㅅㅋㄹ", initials: "ㅅㅋㄹ" });
  });
});

describe("matching a name by initials", () => {
  const match = (name: string, query: string) => {
    const form = buildInitialsForm(name);
    const q = prepareInitialsQuery(query);
    return form && q ? matchInitials(form, q) : null;
  };

  it("leaves out names with nothing Korean in them", () => {
    expect(buildInitialsForm("amazon ec2 auto scaling")).toBeNull();
  });

  it("says whether the match is the whole name, its start or a word's start", () => {
    expect(match("스케일링", "ㅅㅋㅇㄹ")).toEqual({ at: 0, whole: true, wordStart: true });
    expect(match("스케일링 정책", "ㅅㅋ")).toEqual({ at: 0, whole: false, wordStart: true });
    expect(match("오토 스케일링", "ㅅㅋ")).toEqual({ at: 2, whole: false, wordStart: true });
    expect(match("스케일링", "ㅋㅇ")).toEqual({ at: 1, whole: false, wordStart: false });
  });

  it("matches across spaces and prefers a word's start to the middle of one", () => {
    expect(match("오토 스케일링", "ㅇㅌㅅㅋㅇㄹ")?.whole).toBe(true);
    expect(match("일리노이 오리건", "ㅇㄹ")).toEqual({ at: 0, whole: false, wordStart: true });
    expect(match("스일링 오리건", "ㅇㄹ")).toEqual({ at: 3, whole: false, wordStart: true });
  });

  it("holds full syllables in the query to themselves", () => {
    expect(match("스케일링", "스ㅋㅇ")?.at).toBe(0);
    expect(match("시큐리티", "스ㅋㄹ")).toBeNull();
    expect(match("시큐리티 스코어", "스ㅋ")).toEqual({ at: 4, whole: false, wordStart: true });
  });
});
