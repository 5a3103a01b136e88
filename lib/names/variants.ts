// The spellings that rules can derive from one catalogue name. Each variant is a list of folded words plus a tier
// that says how much a hit on it is worth. Hyphen/space variants need no rule: keys join words without separator.
import { foldWords } from './fold';
import { isKoreanSurname, phoneticWords } from './korean';
import { japaneseNameVariants } from './japanese';

export const Tier = {
  /** The catalogue spelling. */
  Exact: 0,
  /** Another spelling of the same person_id, or a curated alias. */
  Alias: 1,
  /** Derived by a rule (name order, article, subtitle, Mr./Mister, numerals). */
  Variant: 2,
  /** Same Korean romanization family (the phonetic table). */
  Phonetic: 3,
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];
type SourceTier = typeof Tier.Exact | typeof Tier.Alias;

export interface NameVariant {
  words: string[];
  tier: Tier;
  /** A subtitle was dropped: only kept when no other title drops to the same key. */
  subtitleDropped?: boolean;
  /** Only the subtitle is left ("Andor" from "Star Wars: Andor"): kept only when it is distinctive. */
  subtitleOnly?: boolean;
  /** A studio's or author's name was dropped ("Pinocchio" from "Guillermo del Toro's Pinocchio"). */
  ownerDropped?: boolean;
}

const LEADING_ARTICLES = new Set(['the', 'a', 'an']);
const WORD_SWAPS: Record<string, string> = { mr: 'mister', mister: 'mr', dr: 'doctor', doctor: 'dr', st: 'saint', saint: 'st', vs: 'versus', versus: 'vs' };
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'];
const NUMERAL_SWAPS = new Map<string, string>();
for (let n = 2; n < ROMAN.length; n++) {
  NUMERAL_SWAPS.set(ROMAN[n], String(n));
  NUMERAL_SWAPS.set(String(n), ROMAN[n]);
}

/** Whether folded words are worth a key at all (at least two letters/digits in total). */
export function isUsableKey(words: readonly string[]): boolean {
  let length = 0;
  for (const w of words) length += w.length;
  return length >= 2;
}

/**
 * A romanized Korean name rewritten surname first ("Ji-hu Park" → ["park", "ji", "hu"]), or undefined when the
 * name does not look Korean. The hyphenated part is the given name; without a hyphen, the known surname decides.
 */
export function koreanSurnameFirst(name: string): string[] | undefined {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const folded = parts.map((p) => foldWords(p));
  // Romanized syllables are short; a longer word is only a two-syllable surname ("Namkoong").
  if (folded.some((words) => words.length === 0 || words.some((w) => !/^[a-z]{1,6}$/.test(w) && !isKoreanSurname(w)))) return undefined;
  const isSurname = (i: number) => folded[i].length === 1 && isKoreanSurname(folded[i][0]);
  const hyphenated = (i: number) => folded[i].length > 1;
  const last = parts.length - 1;
  const givenFirst = isSurname(last) && (!isSurname(0) || folded.slice(0, last).some((_, i) => hyphenated(i)));
  if (givenFirst) return [folded[last][0], ...folded.slice(0, last).flat()];
  return isSurname(0) ? folded.flat() : undefined;
}

/** Variants of a person's name: the name itself, the other order of Korean names, no middle initials. */
export function personVariants(name: string, tier: SourceTier): NameVariant[] {
  const words = foldWords(name);
  if (!isUsableKey(words)) return [];
  const out: NameVariant[] = [{ words, tier }];
  const surnameFirst = koreanSurnameFirst(name);
  if (surnameFirst) {
    const other = surnameFirst.join(' ') === words.join(' ') ? [...surnameFirst.slice(1), surnameFirst[0]] : surnameFirst;
    out.push({ words: other, tier: Tier.Variant });
  }
  // "Satō Takeru" for Takeru Satoh: Japanese order and long vowels written short.
  if (!surnameFirst) for (const other of japaneseNameVariants(words)) out.push({ words: other, tier: Tier.Variant });
  if (words.length >= 3 && !surnameFirst) {
    const withoutInitials = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
    if (withoutInitials.length >= 2 && withoutInitials.length < words.length) out.push({ words: withoutInitials, tier: Tier.Variant });
  }
  return out;
}

/** The phonetic key words of a person name, when it looks like a romanized Korean name (either order). */
export function personPhoneticWords(name: string): string[] | undefined {
  const surnameFirst = koreanSurnameFirst(name);
  return surnameFirst ? phoneticWords(surnameFirst) : undefined;
}

function swapped(words: readonly string[], swaps: (w: string) => string | undefined): string[] | undefined {
  let changed = false;
  const out = words.map((w) => {
    const s = swaps(w);
    if (s === undefined) return w;
    changed = true;
    return s;
  });
  return changed ? out : undefined;
}

/**
 * Studios and authors whose name heads a title but rarely its mentions: "Tom Clancy's Jack Ryan" is "Jack Ryan",
 * "Marvel's Daredevil" is "Daredevil". A list, not a rule for every possessive: "Ferris Bueller's Day Off" is never
 * "Day Off".
 */
const OWNER_PREFIX = new RegExp(
  `^(?:${[
    'Marvel Studios', 'Marvel', 'Disney', 'DreamWorks', 'Nickelodeon', 'Tom Clancy', 'Tyler Perry', 'Roald Dahl', 'Bram Stoker',
    'Guillermo del Toro', 'Jim Henson', 'Stephen King', 'Agatha Christie', 'Dr\\. Seuss', 'Neil Gaiman', 'Terry Pratchett', 'Jane Austen',
  ].join('|')})['\u2019]s?\\s+(?=\\S)`,
);

/** Variants of a title: itself, without a leading article, without its subtitle, Mr./Mister, numerals, owner. */
export function titleVariants(title: string, tier: SourceTier): NameVariant[] {
  const words = foldWords(title);
  if (!isUsableKey(words)) return [];
  const out: NameVariant[] = [{ words, tier }];
  // The spellings the other rules start from: the title, without its owner, without its subtitle.
  const bases: NameVariant[] = [out[0]];
  const owner = OWNER_PREFIX.exec(title);
  const unowned = owner ? title.slice(owner[0].length) : undefined;
  const fulls = [title];
  if (unowned !== undefined && isUsableKey(foldWords(unowned))) {
    fulls.push(unowned);
    bases.push({ words: foldWords(unowned), tier: Tier.Variant, ownerDropped: true });
  }
  // "Money Heist: Korea - Joint Economic Area" → "Money Heist: Korea" and "Money Heist".
  for (const full of fulls) {
    const fullWords = foldWords(full);
    for (const separator of full.matchAll(/\s*(?::|\s[-–—]\s)\s*/g)) {
      const main = foldWords(full.slice(0, separator.index));
      if (isUsableKey(main) && main.length < fullWords.length) bases.push({ words: main, tier: Tier.Variant, subtitleDropped: true });
    }
  }
  out.push(...bases.slice(1));
  // "Star Wars: Andor" is "Andor", "Cyberpunk: Edgerunners" is "Edgerunners": after a franchise's colon, the
  // subtitle is the name people use (the compiler keeps it only when it is not made of common words or a place).
  const colon = fulls[fulls.length - 1].indexOf(': ');
  if (colon > 0) {
    const subtitle = foldWords(fulls[fulls.length - 1].slice(colon + 2));
    if (isUsableKey(subtitle)) out.push({ words: subtitle, tier: Tier.Variant, subtitleDropped: true, subtitleOnly: true });
  }
  for (const { words: base, subtitleDropped } of bases) {
    if (base.length >= 2 && LEADING_ARTICLES.has(base[0])) out.push({ words: base.slice(1), tier: Tier.Variant, subtitleDropped });
    const wordSwap = swapped(base, (w) => WORD_SWAPS[w]);
    if (wordSwap) out.push({ words: wordSwap, tier: Tier.Variant, subtitleDropped });
    // "I" is a pronoun far more often than a numeral, so only the last word may be a roman/arabic numeral swap.
    const numeral = base.length >= 2 ? NUMERAL_SWAPS.get(base[base.length - 1]) : undefined;
    if (numeral) out.push({ words: [...base.slice(0, -1), numeral], tier: Tier.Variant, subtitleDropped });
  }
  return out;
}
