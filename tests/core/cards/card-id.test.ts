import { cardId, foldIdentityText } from "../../../src/core/cards/card-id";

describe("cardId", () => {
  it("is the same for the same term and answer, whatever their case, spacing or Unicode form", () => {
    const id = cardId("Amazon Route 53", "라우팅 정책");
    expect(cardId("amazon route 53", "라우팅 정책")).toBe(id);
    expect(cardId("  Amazon\u00a0Route   53 ", "라우팅\t정책")).toBe(id);
    // Hangul typed as separate jamo (NFD, as macOS file names carry it) is the same text.
    expect(cardId("Amazon Route 53", "라우팅 정책".normalize("NFD"))).toBe(id);
    expect(cardId("Amazon Route\u200b 53", "라우팅 정책")).toBe(id);
  });

  it("changes when the answer changes, and when the term changes", () => {
    const id = cardId("Amazon Route 53", "라우팅 정책");
    expect(cardId("Amazon Route 53", "라우팅 정책들")).not.toBe(id);
    expect(cardId("Amazon CloudFront", "라우팅 정책")).not.toBe(id);
  });

  it("does not confuse where the term ends and the answer begins", () => {
    expect(cardId("AWS Glue", "Data Catalog")).not.toBe(cardId("AWS Glue Data", "Catalog"));
  });

  it("adds a disambiguator only from the second same card on", () => {
    const first = cardId("Amazon Route 53", "라우팅 정책", 0);
    expect(first).toBe(cardId("Amazon Route 53", "라우팅 정책"));
    expect(first).not.toContain("-");
    expect(cardId("Amazon Route 53", "라우팅 정책", 1)).toBe(`${first}-1`);
    expect(cardId("Amazon Route 53", "라우팅 정책", 2)).toBe(`${first}-2`);
  });

  it("treats a nonsense ordinal as the first card", () => {
    const first = cardId("AWS Glue", "ETL");
    expect(cardId("AWS Glue", "ETL", Number.NaN)).toBe(first);
    expect(cardId("AWS Glue", "ETL", -3)).toBe(first);
  });
});

describe("foldIdentityText", () => {
  it("folds NBSP, tabs and line breaks to single spaces and lower-cases", () => {
    expect(foldIdentityText("\tAmazon\u00a0\u00a0S3 \n Glacier ")).toBe("amazon s3 glacier");
  });
});
