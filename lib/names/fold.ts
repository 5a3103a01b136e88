// Character folding shared by the index compiler and the matcher: both must turn a character into exactly the same
// folded code(s), so there is one table and one function. Folding = lower case + accents removed + a few Latin
// letters expanded (ß → ss), so "Zoe Saldaña" and "ZOE SALDANA" give the same key.

/** Table value for a character that separates words (spaces, punctuation, symbols, emoji halves). */
export const SEPARATOR = -1;
/** Table value for a character that belongs to a word but adds nothing to its key (combining accents, soft hyphen). */
export const IGNORABLE = -2;
const UNKNOWN = 0;
/** Values at or above this index EXPANSIONS (a character folding to two characters). */
const EXPANSION_BASE = 0x10000;

const EXPANSION_TEXT: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ĳ: 'ij', Ĳ: 'ij',
};
const SINGLE_SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't',
  ſ: 's', ŀ: 'l', Ŀ: 'l',
};

const expansions: Array<[number, number]> = [];
/** Folded value per UTF-16 code unit (0 = not classified yet; call foldCode). Exported for the tokenizer's hot loop. */
export const FOLD_TABLE = new Int32Array(0x10000);
const table = FOLD_TABLE;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return SEPARATOR; // astral characters (emoji...) separate words
  if (code === 0xad || code === 0x200c || code === 0x200d) return IGNORABLE; // soft hyphen, zero-width (non-)joiner
  if (MARK.test(ch)) return IGNORABLE;
  if (!LETTER_OR_DIGIT.test(ch)) return SEPARATOR;
  const expansion = EXPANSION_TEXT[ch];
  if (expansion) {
    expansions.push([expansion.charCodeAt(0), expansion.charCodeAt(1)]);
    return EXPANSION_BASE + expansions.length - 1;
  }
  const special = SINGLE_SPECIAL[ch];
  if (special) return special.charCodeAt(0);
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Letters whose decomposition is not a single BMP letter (rare) keep their own lower-case code.
  if (base.length !== 1) {
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  const folded = base.charCodeAt(0);
  return folded === 0 ? code : folded;
}

// ASCII is classified eagerly (the hot path); everything else lazily on first sight.
for (let code = 0; code < 0x80; code++) {
  if (code >= 0x41 && code <= 0x5a) table[code] = code + 32;
  else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) table[code] = code;
  else table[code] = SEPARATOR;
}

/**
 * The folded form of a UTF-16 code unit: SEPARATOR, IGNORABLE, a single folded code (1..0xFFFF), or an expansion
 * index (≥ 0x10000) to read with expansionOf.
 */
export function foldCode(code: number): number {
  let value = table[code];
  if (value === UNKNOWN) {
    value = classify(code);
    table[code] = value;
  }
  return value;
}

export function isExpansion(value: number): boolean {
  return value >= EXPANSION_BASE;
}

export function expansionOf(value: number): [number, number] {
  return expansions[value - EXPANSION_BASE];
}

/** Whether a code unit is an upper-case letter (used for title-case evidence, not for keys). */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a code unit is a lower-case letter. */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Folds a whole string into its words (used for catalogue names at build time and in tests). */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x26) {
      // "&" is the word "and", so "Love, Death & Robots" = "Love, Death and Robots".
      if (current) words.push(current);
      words.push('and');
      current = '';
      continue;
    }
    const value = foldCode(code);
    if (value === SEPARATOR) {
      if (current) words.push(current);
      current = '';
    } else if (value === IGNORABLE) {
      continue;
    } else if (isExpansion(value)) {
      const [a, b] = expansionOf(value);
      current += String.fromCharCode(a, b);
    } else {
      current += String.fromCharCode(value);
    }
  }
  if (current) words.push(current);
  return words;
}
