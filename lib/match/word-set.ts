// A small set of word keys (see lexicon.wordKey) with a 4096-bit filter in front. The scan asks about nearly every
// token, and nearly every token is in none of the small word lists: one bit test answers most of those questions
// without a hash-set lookup.
export class WordSet {
  private readonly bits = new Int32Array(128);

  constructor(private readonly keys: ReadonlySet<number>) {
    for (const key of keys) this.bits[(key >>> 5) & 127] |= 1 << (key & 31);
  }

  has(key: number): boolean {
    return (this.bits[(key >>> 5) & 127] & (1 << (key & 31))) !== 0 && this.keys.has(key);
  }
}
