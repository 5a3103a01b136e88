// What the index file contains, shared by the compiler (writes) and the matcher (reads).
//
// Entities are numbered people first (0 … P-1), then titles (P … P+T-1). A posting list is
//   [header, ref, ref, …] with header = count | keyFlags << 16 and ref = entity << 2 | tier; the people's refs come
//   first, then the titles' (the matcher decides each kind over its own range).

export const SECTIONS = {
  /** u32 [peopleCount, titleCount] */
  counts: 'cnts',
  /** u32 key table (exact + derived variants + prefixes), see key-table.ts */
  keys: 'keys',
  /** u32 phonetic key table (Korean romanization families) */
  phonetic: 'phon',
  /** u32 posting lists for keys and phonetic keys */
  postings: 'post',
  /** u32 block table for the fuzzy fallback: block key → entity list */
  blocks: 'blks',
  /** u32 entity lists of the block table: [count, entity…] */
  blockLists: 'blkl',
  /** u32 parallel to blockLists: the blockShape() of each entity's folded name */
  blockShapes: 'blsh',
  /** u8 UTF-8 strings: for entity e, id at 2e and name at 2e+1 */
  strings: 'strs',
  /** u32 string offsets (2E + 1) */
  stringOffsets: 'soff',
  /** f32 popularity prior per entity (credits for people, votes for titles) */
  prior: 'prio',
  /** u32 CSR person → titles (local title indexes) */
  personTitleOffsets: 'ptof',
  personTitles: 'ptls',
  /** u32 CSR title → people */
  titlePeopleOffsets: 'tpof',
  titlePeople: 'tpls',
  /** u8 per title: release year − YEAR_BASE (0: unknown), so "Oldboy (2003)" can tell the film from a namesake */
  titleYears: 'tyrs',
  /** u8 per person: 1 when some credit has them as themselves (an athlete in a sports documentary, a chef, a host) */
  personSelf: 'pslf',
  /** u32 key table: a person key that is also a character's name in some credit → offset + 1 into characterTitles */
  characterKeys: 'chrk',
  /** u32 lists [count, title entity…]: the titles that have a character of that name */
  characterTitles: 'chrt',
} as const;

/** titleYears stores year − YEAR_BASE in one byte (1871–2125). */
export const YEAR_BASE = 1870;

/** Key flags (posting header bits 16+): what kind of evidence a hit on this key needs. */
export const KeyFlag = {
  /** The name is a single word ("Dark", "Lomon"). */
  SingleWord: 1,
  /** Every word is a common word in some language (or a number). */
  AllCommon: 2,
  /** Every word is among the most common English words ("Will Power"). */
  AllVeryCommon: 4,
  /** A single word that is also a frequent first or last word of other people's names ("David", "Kim"). */
  NamePart: 8,
  /** Digits only ("1917"). */
  Numeric: 16,
} as const;

/**
 * Key flag bits 5–7: punctuation that ends the catalogue name ("Call My Agent!", "How to Sell Drugs Online (Fast)")
 * and belongs in the mention when the text has it too. Tokens never include it.
 */
export const TRAILING_SHIFT = 5;
/** Key flag bit 8: the key is a title with its subtitle dropped ("BTS" from "BTS: Permission to Dance…"). */
export const SHORTENED_FLAG = 1 << 8;
/** Key flag bit 9: the key is also a well-known place ("Los Angeles", "Chicago"), see lib/names/places.ts. */
export const PLACE_FLAG = 1 << 9;
/**
 * Key flag bit 10: a person's name whose first and last parts each start or end many other names ("Grant
 * Williams", "Nick Pope"): many people in the world share it, so an obscure actor of that name is rarely the one meant.
 */
export const COMMON_NAME_FLAG = 1 << 10;
/** Key flag bit 11: a person's name that is also a character's in some title ("Tom Parker" in Elvis): see characterKeys. */
export const CHARACTER_FLAG = 1 << 11;
export const TRAILING_CHARS = ['', '!', '?', ')', '.'] as const;

export const MAX_WINDOW_TOKENS = 12;
/** How many entities a fuzzy block keeps (the most popular). */
export const MAX_BLOCK_ENTITIES = 48;

/**
 * What a near miss must share with a name, packed in one number: the word count and the words' initials exactly,
 * the length roughly (bits 0–7). Stored beside each block list entry, so the fuzzy fallback skips names of the
 * wrong shape without reading their text (most of a block, for most windows).
 */
export function blockShape(words: readonly string[], from = 0, to = words.length - 1): number {
  let length = to - from;
  let initials = 0;
  for (let k = from; k <= to; k++) {
    length += words[k].length;
    initials = addInitial(initials, words[k].charCodeAt(0));
  }
  return packBlockShape(length, to - from + 1, initials);
}

/** Folds one more word's first letter into a block shape's initials. */
export function addInitial(initials: number, initial: number): number {
  return (Math.imul(initials, 31) + initial) & 0xfffff;
}

/** A block shape from its parts: length in characters (words joined by single spaces), word count, initials. */
export function packBlockShape(length: number, words: number, initials: number): number {
  return (Math.min(length, 255) | (Math.min(words, 15) << 8) | (initials << 12)) >>> 0;
}

/** Whether a name of shape `name` could be a near miss of a query of shape `query` (see fuzzy.isNearMiss). */
export function sameBlockShape(query: number, name: number): boolean {
  const gap = (query & 0xff) - (name & 0xff);
  return query >>> 8 === name >>> 8 && gap <= 2 && gap >= -2;
}
