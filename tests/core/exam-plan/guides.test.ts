import { CATALOGUE } from "../../../src/core/catalogue/catalogue";
import { EXAM_GUIDES, examGuide, servicesInScope } from "../../../src/core/exam/guides";
import { EXAM_CODES } from "../../../src/settings";

const ids = new Set(CATALOGUE.map((e) => e.id));

describe("the exam guides", () => {
  it("cover every exam the settings offer, and none for 'none'", () => {
    for (const code of EXAM_CODES) {
      if (code === "none") expect(examGuide(code)).toBeNull();
      else expect(examGuide(code)?.code).toBe(code);
    }
  });

  for (const guide of Object.values(EXAM_GUIDES)) {
    describe(guide.code, () => {
      it("names only services of the catalogue", () => {
        expect(servicesInScope(guide).filter((id) => !ids.has(id))).toEqual([]);
      });

      it("has domains numbered in order, none empty, none listing a service twice, weights adding to 100", () => {
        expect(guide.domains.map((d) => d.id)).toEqual(guide.domains.map((_, i) => String(i + 1)));
        for (const domain of guide.domains) {
          expect(domain.services.length).toBeGreaterThan(0);
          expect(new Set(domain.services).size).toBe(domain.services.length);
          expect(domain.weight).toBeGreaterThan(0);
        }
        expect(guide.domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
      });
    });
  }
});
