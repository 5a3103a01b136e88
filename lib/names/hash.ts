// Two independent 32-bit polynomial hashes of a folded key. Polynomial hashing composes: the hash of "ab" is
// hash(a) · B^len(b) + hash(b), so the matcher hashes each text token once and combines token hashes while it
// extends a window, without re-reading characters. Keys are the folded words joined with no separator, so
// "Ji-hu", "Ji Hu" and "Jihu" are the same key.

export const BASE_1 = 0x01000193;
export const BASE_2 = 0x5bd1e995;

/** Start values that keep the key spaces of different tables apart (same text, different key). */
export const SEED_EXACT = 0;
export const SEED_PHONETIC = 0x2545f491;
export const SEED_BLOCK = 0x61c88647;

const POW_CACHE = 64;
const pow1 = new Uint32Array(POW_CACHE);
const pow2 = new Uint32Array(POW_CACHE);
pow1[0] = 1;
pow2[0] = 1;
for (let i = 1; i < POW_CACHE; i++) {
  pow1[i] = Math.imul(pow1[i - 1], BASE_1);
  pow2[i] = Math.imul(pow2[i - 1], BASE_2);
}

function powSlow(base: number, exponent: number): number {
  let result = 1;
  let b = base;
  let e = exponent;
  while (e > 0) {
    if (e & 1) result = Math.imul(result, b);
    b = Math.imul(b, b);
    e >>>= 1;
  }
  return result >>> 0;
}

/** BASE_1^length mod 2^32. */
export function power1(length: number): number {
  return length < POW_CACHE ? pow1[length] : powSlow(BASE_1, length);
}

/** BASE_2^length mod 2^32. */
export function power2(length: number): number {
  return length < POW_CACHE ? pow2[length] : powSlow(BASE_2, length);
}

/** Hash pair of a folded key made of words (the words are concatenated). */
export function hashWords(words: readonly string[], seed = SEED_EXACT): [number, number] {
  let h1 = seed;
  let h2 = seed;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      h1 = (Math.imul(h1, BASE_1) + code) | 0;
      h2 = (Math.imul(h2, BASE_2) + code) | 0;
    }
  }
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * A folded string's two hashes and base powers (as the tokenizer computes them for a token): hashes compose, so a
 * key made of this string and others is hashed without building it.
 */
export interface ComposableHash {
  h1: number;
  h2: number;
  p1: number;
  p2: number;
}

export function composableHash(s: string): ComposableHash {
  let h1 = 0;
  let h2 = 0;
  let p1 = 1;
  let p2 = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = (Math.imul(h1, BASE_1) + c) | 0;
    h2 = (Math.imul(h2, BASE_2) + c) | 0;
    p1 = Math.imul(p1, BASE_1);
    p2 = Math.imul(p2, BASE_2);
  }
  return { h1, h2, p1, p2 };
}
