// Typo tolerance at the word level (the candidate words come from a Dexie key range).
import { editDistance } from '../names/edit-distance';

/** Past this many typos a word is not worth ranking. */
const MAX_TYPOS = 3;

/** How many typos a word of this length may carry and still count. */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * Typos between a query word and a catalogue word, read either as the whole word ("thigns" → "things") or as the
 * beginning of it while the user is still typing ("strnag" → "stranger").
 */
export function typoDistance(queryWord: string, term: string): { distance: number; partial: boolean } {
  const whole = editDistance(queryWord, term, MAX_TYPOS);
  const start = term.length > queryWord.length ? editDistance(queryWord, term.slice(0, queryWord.length), MAX_TYPOS) : whole;
  return start < whole ? { distance: start, partial: true } : { distance: whole, partial: false };
}
