// One linear pass over a text: word tokens with their character range, key hash and the shape facts the evidence
// rules need (capitalisation, sentence start, hyphen continuation, hashtag, hard breaks). Buffers are reused
// between calls, so matching a page allocates almost nothing per token.
import * as fold from '../names/fold';
import * as hash from '../names/hash';

// Module-level copies: the hot loop must not go through import bindings (some loaders turn them into getters).
const FOLD = fold.FOLD_TABLE;
const foldCode = fold.foldCode;
const expansionOf = fold.expansionOf;
const isLowerCode = fold.isLowerCode;
const isUpperCode = fold.isUpperCode;
const SEPARATOR = fold.SEPARATOR;
const IGNORABLE = fold.IGNORABLE;
const EXPANSION_MIN = 0x10000;
const BASE_1 = hash.BASE_1;
const BASE_2 = hash.BASE_2;
const BASE_1_SQUARED = Math.imul(BASE_1, BASE_1);
const BASE_2_SQUARED = Math.imul(BASE_2, BASE_2);

export const TokenFlag = {
  /** First letter upper case. */
  Capital: 1,
  /** Two or more letters, none lower case ("JQ", "NETFLIX"). */
  AllCaps: 2,
  /** Starts a sentence (or the text): its capital says nothing. */
  SentenceStart: 4,
  /** Joined to the previous token by a hyphen or an apostrophe only ("Ji-hu", "Lomon's"). */
  Joined: 8,
  /** The window may not extend from the previous token into this one (sentence end, bracket, quote…). */
  HardBefore: 16,
  /** Directly preceded by "#". */
  Hashtag: 32,
  /** Starts with a digit. */
  Digit: 64,
  /** A synthetic "and" standing for "&". */
  Ampersand: 128,
} as const;

const AND_CODES = [0x61, 0x6e, 0x64];
const AND_POWER_1 = hash.power1(3) | 0;
const AND_POWER_2 = hash.power2(3) | 0;

/** What a separator character does to the gap it belongs to. */
const GAP_SOFT = 0;
const GAP_JOIN = 1; // hyphen, apostrophe
const GAP_HARD = 2; // square brackets, quotes, bullets, semicolon (round brackets are soft: "Online (Fast)")
const GAP_SENTENCE = 3; // ! ? newline … (hard, and the next word starts a sentence)
const GAP_PERIOD = 4; // hard after a long word, soft after "Mr", "J", "St"
const GAP_COLON = 5; // soft, but the next word may be capitalised for its own sake
const GAP_HASH = 6;

const gapClass = new Uint8Array(0x10000);
const setGap = (chars: string, cls: number) => {
  for (const ch of chars) gapClass[ch.charCodeAt(0)] = cls;
};
setGap("-\u2010\u2011'\u2019\u02bc", GAP_JOIN);
setGap('[]{}"\u201c\u201d\u201e\u00ab\u00bb|\u2022\u00b7;*_<>=\u2039\u203a\u3008\u3009\u300a\u300b\u300c\u300d', GAP_HARD);
setGap('!?\n\r\u2026\u2028\u2029\u00a1\u00bf', GAP_SENTENCE);
setGap('.', GAP_PERIOD);
setGap(':', GAP_COLON);
setGap('#', GAP_HASH);

/** Whether a character is part of a word (folds to something other than a separator). */
function isWordCode(code: number): boolean {
  const value = FOLD[code] === 0 ? foldCode(code) : FOLD[code];
  return value !== SEPARATOR && value !== IGNORABLE;
}

/**
 * Lower-case French and Italian elisions: the word after their apostrophe is a word of its own ("d'Emily in Paris",
 * "l'Amica geniale"), unlike "O'Brien" or "Lomon's". Keys of the folded words (see lexicon.wordKey).
 */
const ELISIONS = new Set(
  'l d j m t s c n qu jusqu lorsqu puisqu un dell all nell sull dall coll quell'.split(' ').map((w) => hash.hashWords([w])[0] & 0x3fffffff),
);
/** Apostrophes: ASCII, right single quotation mark, modifier letter apostrophe. */
export const APOSTROPHES: ReadonlySet<number> = new Set([0x27, 0x2019, 0x02bc]);

/** Lower-case abbreviations a period does not end a sentence after ("vs. Netflix", "dir. Bong Joon-ho"). */
const LOWER_ABBREVIATIONS = new Set(
  'vs v cf ca ft no nr pp op ed eds vol dir feat min max approx etc jr sr st dr mr mrs ms'.split(' ').map((w) => hash.hashWords([w])[0] & 0x3fffffff),
);
/** A short word before "." is an abbreviation or an initial, not a sentence end. */
const ABBREVIATION_MAX = 3;

export class TokenBuffer {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  hash1 = new Int32Array(1024);
  hash2 = new Int32Array(1024);
  /** Folded length. */
  length = new Int32Array(1024);
  /** BASE_1 / BASE_2 to the power of the folded length: what a window multiplies by to append this token. */
  power1 = new Int32Array(1024);
  power2 = new Int32Array(1024);
  flags = new Uint8Array(1024);
  /**
   * Signs of casual writing in the last text: sentences opening in lower case, "i" for "I". Names written in lower
   * case ("song hye kyo deserves every award") are only looked for where these show.
   */
  casualMarks = 0;

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.hash1 = copy(this.hash1, (n) => new Int32Array(n));
    this.hash2 = copy(this.hash2, (n) => new Int32Array(n));
    this.length = copy(this.length, (n) => new Int32Array(n));
    this.power1 = copy(this.power1, (n) => new Int32Array(n));
    this.power2 = copy(this.power2, (n) => new Int32Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
  }

  /** Whether token t is a lower-case elision and `code` the apostrophe after it ("d'Emily in Paris"). */
  private isElision(text: string, t: number, code: number): boolean {
    if (!APOSTROPHES.has(code)) return false;
    const first = text.charCodeAt(this.start[t]);
    return (first < 0x80 ? first >= 0x61 && first <= 0x7a : isLowerCode(first)) && ELISIONS.has(this.hash1[t] & 0x3fffffff);
  }

  /**
   * Whether token t is a short lower-case word that is not an abbreviation ("told us. You can…"): a period after it
   * ends the sentence, unlike after "Mr", "J" or "vs".
   */
  private isShortLowerWord(text: string, t: number): boolean {
    const first = text.charCodeAt(this.start[t]);
    return first >= 0x61 && first <= 0x7a && !LOWER_ABBREVIATIONS.has(this.hash1[t] & 0x3fffffff);
  }

  /** Splits `text` into tokens; returns the count. Linear in the text length, never throws on odd input. */
  tokenize(text: string): number {
    let count = 0;
    this.casualMarks = 0;
    const n = text.length;
    let i = 0;
    // Gap state between the previous token and the next one.
    let hard = true;
    let sentence = true;
    /** The gap ends a sentence (not only a colon or a dash). */
    let fullStop = true;
    let joinedOnly = false;
    let hashtag = false;
    let previousLength = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      let value = FOLD[code];
      if (value === 0) value = foldCode(code);
      if (value === SEPARATOR || value === IGNORABLE) {
        if (code === 0x26) {
          // "&" becomes a token "and".
          if (count === this.start.length) this.grow();
          let h1 = 0;
          let h2 = 0;
          for (const c of AND_CODES) {
            h1 = (Math.imul(h1, BASE_1) + c) | 0;
            h2 = (Math.imul(h2, BASE_2) + c) | 0;
          }
          this.start[count] = i;
          this.end[count] = i + 1;
          this.hash1[count] = h1;
          this.hash2[count] = h2;
          this.length[count] = 3;
          this.power1[count] = AND_POWER_1;
          this.power2[count] = AND_POWER_2;
          this.flags[count] = TokenFlag.Ampersand | (hard ? TokenFlag.HardBefore : 0);
          count++;
          hard = false;
          sentence = false;
          fullStop = false;
          joinedOnly = false;
          hashtag = false;
          previousLength = 3;
          i++;
          continue;
        }
        let cls = code < 0x10000 ? gapClass[code] : GAP_SOFT;
        // An underscore inside a word joins it ("JUNG_E"); around a word it is emphasis ("_Dark_").
        if (code === 0x5f && count > 0 && i === this.end[count - 1] && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) cls = GAP_JOIN;
        // A dash between spaces separates like a colon ("12:40 – Why Ozark's ending worked"): the next word may be
        // capitalised for its own sake.
        else if ((code === 0x2d || code === 0x2013 || code === 0x2014) && i > 0 && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) cls = GAP_COLON;
        if (cls === GAP_JOIN) {
          // Only a hyphen or apostrophe that touches the previous word joins ("Ji-hu", "Lomon's"); after a space
          // it opens a quote or a dash ("renews 'Ginny & Georgia'").
          if (!hard && previousLength > 0 && (joinedOnly || i === this.end[count - 1]) && !this.isElision(text, count - 1, code)) joinedOnly = true;
        } else {
          joinedOnly = false;
          if (cls === GAP_HARD) hard = true;
          else if (cls === GAP_SENTENCE) {
            hard = true;
            sentence = true;
            fullStop = true;
          } else if (cls === GAP_PERIOD) {
            if (previousLength > ABBREVIATION_MAX || (previousLength > 0 && this.isShortLowerWord(text, count - 1))) {
              hard = true;
              sentence = true;
              fullStop = true;
            }
          } else if (cls === GAP_COLON) sentence = true;
          else if (cls === GAP_HASH) hashtag = true;
        }
        if (cls !== GAP_HASH && cls !== GAP_JOIN) hashtag = false;
        i++;
        continue;
      }
      // A word: fold and hash its characters.
      if (count === this.start.length) this.grow();
      const wordStart = i;
      let h1 = 0;
      let h2 = 0;
      let p1 = 1;
      let p2 = 1;
      let folded = 0;
      let upper = 0;
      let lower = 0;
      const first = code;
      while (i < n) {
        const c = text.charCodeAt(i);
        let v = FOLD[c];
        if (v === 0) v = foldCode(c);
        if (v === SEPARATOR) break;
        if (v !== IGNORABLE) {
          if (c < 0x80) {
            if (c <= 0x5a && c >= 0x41) upper++;
            else if (c >= 0x61) lower++;
          } else if (isUpperCode(c)) upper++;
          else if (isLowerCode(c)) lower++;
          if (v >= EXPANSION_MIN) {
            const [a, b] = expansionOf(v);
            h1 = (Math.imul(Math.imul(h1, BASE_1) + a, BASE_1) + b) | 0;
            h2 = (Math.imul(Math.imul(h2, BASE_2) + a, BASE_2) + b) | 0;
            p1 = Math.imul(p1, BASE_1_SQUARED);
            p2 = Math.imul(p2, BASE_2_SQUARED);
            folded += 2;
          } else {
            h1 = (Math.imul(h1, BASE_1) + v) | 0;
            h2 = (Math.imul(h2, BASE_2) + v) | 0;
            p1 = Math.imul(p1, BASE_1);
            p2 = Math.imul(p2, BASE_2);
            folded++;
          }
        }
        i++;
      }
      let flags = 0;
      if (first < 0x80 ? first >= 0x41 && first <= 0x5a : isUpperCode(first)) flags |= TokenFlag.Capital;
      if (upper >= 2 && lower === 0) flags |= TokenFlag.AllCaps;
      if (first >= 0x30 && first <= 0x39) flags |= TokenFlag.Digit;
      if (hard) flags |= TokenFlag.HardBefore;
      if (sentence) flags |= TokenFlag.SentenceStart;
      // Casual writing: a sentence opening in lower case ("lol. also…"; not "iPhone", not after a colon), or "i".
      if (upper === 0 && first >= 0x61 && first <= 0x7a && ((fullStop && lower > 1) || (i - wordStart === 1 && first === 0x69))) this.casualMarks++;
      if (joinedOnly) flags |= TokenFlag.Joined;
      if (hashtag) flags |= TokenFlag.Hashtag;
      this.start[count] = wordStart;
      this.end[count] = i;
      this.hash1[count] = h1;
      this.hash2[count] = h2;
      this.length[count] = folded;
      this.power1[count] = p1;
      this.power2[count] = p2;
      this.flags[count] = flags;
      count++;
      hard = false;
      sentence = false;
      fullStop = false;
      joinedOnly = false;
      hashtag = false;
      previousLength = folded;
    }
    this.count = count;
    return count;
  }
}
