/**
 * A small, stable string hash for card ids: 64-bit FNV-1a over the UTF-8 bytes of the text, computed in two 32-bit
 * halves with plain number arithmetic (no BigInt, no crypto, no Node APIs), so every platform — desktop, mobile,
 * the command-line tools — gets the same id for the same text.
 * FNV-1a: http://www.isthe.com/chongo/tech/comp/fnv/
 */

// 64-bit FNV offset basis 0xcbf29ce484222325, split in halves.
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
// The 64-bit FNV prime is 2^40 + 0x1b3: multiplying by it is `h * 0x1b3 + (h << 40)`.
const PRIME_LOW_PART = 0x1b3;
const TWO_32 = 0x100000000;

/** Calls `emit` with each UTF-8 byte of `text`; a lone surrogate is encoded as U+FFFD, as TextEncoder does. */
function forEachUtf8Byte(text: string, emit: (byte: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x80) {
      emit(cp);
    } else if (cp < 0x800) {
      emit(0xc0 | (cp >> 6));
      emit(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      emit(0xe0 | (cp >> 12));
      emit(0x80 | ((cp >> 6) & 0x3f));
      emit(0x80 | (cp & 0x3f));
    } else {
      emit(0xf0 | (cp >> 18));
      emit(0x80 | ((cp >> 12) & 0x3f));
      emit(0x80 | ((cp >> 6) & 0x3f));
      emit(0x80 | (cp & 0x3f));
    }
  }
}

/** 64-bit FNV-1a of `text` as 14 lower-case base-36 characters; the same text gives the same hash everywhere. */
export function hashText(text: string): string {
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  forEachUtf8Byte(text, (byte) => {
    lo = (lo ^ byte) >>> 0;
    // Every intermediate below stays under 2^53, so number arithmetic is exact.
    const low = lo * PRIME_LOW_PART;
    const carry = Math.floor(low / TWO_32);
    hi = (hi * PRIME_LOW_PART + carry + (lo % 0x1000000) * 0x100) % TWO_32;
    lo = low % TWO_32;
  });
  return hi.toString(36).padStart(7, "0") + lo.toString(36).padStart(7, "0");
}
