import fc from "fast-check";
import { hashText } from "../../../src/core/cards/hash";

/** Our 14-character form of a 64-bit value: two 32-bit halves in base 36, 7 characters each. */
function asOurForm(value: bigint): string {
  const hi = Number(value >> 32n).toString(36).padStart(7, "0");
  const lo = Number(value & 0xffffffffn).toString(36).padStart(7, "0");
  return hi + lo;
}

/** An independent FNV-1a 64 with BigInt and the platform's UTF-8 encoder, as an oracle. */
function referenceFnv1a64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h;
}

describe("hashText", () => {
  it("matches the published FNV-1a 64-bit test vectors", () => {
    expect(hashText("")).toBe(asOurForm(0xcbf29ce484222325n));
    expect(hashText("a")).toBe(asOurForm(0xaf63dc4c8601ec8cn));
    expect(hashText("foobar")).toBe(asOurForm(0x85944171f73967e8n));
  });

  it("hashes Korean text and emoji by their UTF-8 bytes", () => {
    for (const text of ["라우팅 정책", "🔴 대표적인 AWS Compute 서비스", "Amazon Route 53"]) {
      expect(hashText(text)).toBe(asOurForm(referenceFnv1a64(text)));
    }
  });

  it("is a short lower-case base-36 string", () => {
    expect(hashText("Amazon CloudWatch")).toMatch(/^[0-9a-z]{14}$/);
  });

  it("agrees with the BigInt reference on any text", () => {
    // TextEncoder turns lone surrogates into U+FFFD, which is what hashText promises too.
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: anyUnit }));
    fc.assert(fc.property(text, (s) => hashText(s) === asOurForm(referenceFnv1a64(s))), { numRuns: 500 });
  });

  it("tells apart texts that differ by one character", () => {
    expect(hashText("Amazon S3")).not.toBe(hashText("Amazon S4"));
    expect(hashText("정책")).not.toBe(hashText("정착"));
  });
});
