// Search-side text normalisation: one function for the index builder and the query, so both agree.
// Lower case, accents folded, punctuation dropped; a hyphenated token yields its parts and its joined form
// ("Ji-hu" → "ji", "hu", "jihu") so "Jihu", "Ji-hu" and "Ji hu" all meet.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

/** Lower-cased, accent-folded text with every run of non-letters/digits (except joiners) turned into one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøđłıþ]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .replace(/['’ʼ`]/g, '') // O'Brien → obrien
    .replace(/[^\p{L}\p{N}\-‐‑–]+/gu, ' ')
    .trim();
}

/** The words of `text` as stored in and looked up from the terms index. */
export function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const token of foldText(text).split(' ')) {
    const parts = token.split(/[-‐‑–]+/).filter(Boolean);
    for (const part of parts) out.add(part);
    if (parts.length > 1) out.add(parts.join(''));
  }
  return [...out];
}

/** The words of a user query, in order, without the joined forms (a query word is matched as a prefix anyway). */
export function queryWords(query: string, maxWords = 6): string[] {
  const words: string[] = [];
  for (const token of foldText(query).split(' ')) {
    for (const part of token.split(/[-‐‑–]+/)) {
      if (part && !words.includes(part)) words.push(part.slice(0, 40));
    }
  }
  return words.slice(0, maxWords);
}

/** The whole text folded to a single comparable string (for ranking, not for lookups). */
export function compactText(text: string): string {
  return foldText(text).replace(/[-‐‑–]+/g, ' ').replace(/\s+/g, ' ').trim();
}
