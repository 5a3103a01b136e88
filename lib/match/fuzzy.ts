// Fuzzy fallback for near misses no rule covers ("Anupam Tripati"). It only looks at capitalised multi-word spans
// that nothing else matched, and compares each against a small blocked candidate set from the index (names that
// share a first word and the next initial, or a last word and the first initial), never the whole catalogue.
import Fuse from 'fuse.js';
import { editDistance } from '../names/edit-distance';
import { foldWords } from '../names/fold';
import { hashWords, SEED_BLOCK } from '../names/hash';
import { lookupKey } from './key-table';

export interface FuzzySpan {
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface FuzzyHit {
  block: number;
  start: number;
  end: number;
  entity: number;
  score: number;
  /** Words in the matched window (a longer window wins over shorter exact hits inside it). */
  words: number;
}

/** What the fallback needs from the matcher (kept narrow so this module stays independent). */
export interface FuzzySource {
  readonly blocks: Uint32Array;
  readonly blockLists: Uint32Array;
  /** The entity's name folded, words joined by single spaces ("zoe saldana"). */
  foldedNameOf(entity: number): string;
}

/** Fuse score (0 = identical) at or under which a blocked candidate is considered; tuned on the dev corpus. */
export const FUZZY_THRESHOLD = 0.3;


/**
 * Whether a folded query is a plausible misspelling of a folded name with the same number of words: every word
 * starts with the same letter, short words (Korean syllables like "Ji" / "Jin") are identical, and the whole
 * differs by at most one edit per 8 characters (at least one).
 */
export function isNearMiss(query: string, name: string): boolean {
  // Word by word over the two strings in place (no split: this runs for every blocked name of similar length).
  let qa = 0;
  let na = 0;
  for (;;) {
    let qe = query.indexOf(' ', qa);
    if (qe < 0) qe = query.length;
    let ne = name.indexOf(' ', na);
    if (ne < 0) ne = name.length;
    if (query.charCodeAt(qa) !== name.charCodeAt(na)) return false;
    const ql = qe - qa;
    const nl = ne - na;
    if (ql <= 3 || nl <= 3) {
      if (ql !== nl) return false;
      for (let k = 1; k < ql; k++) if (query.charCodeAt(qa + k) !== name.charCodeAt(na + k)) return false;
    }
    const queryDone = qe === query.length;
    if (queryDone !== (ne === name.length)) return false; // different word counts
    if (queryDone) break;
    qa = qe + 1;
    na = ne + 1;
  }
  if (query === name) return false;
  const limit = Math.max(1, Math.floor(name.length / 8));
  return editDistance(query, name, limit) <= limit;
}

const MAX_WINDOW_WORDS = 3;
/** The fallback is the slow path: it looks at no more word windows than this per page. */
const MAX_WINDOWS = 150;

/**
 * Adds to `into` the names of one block that could be a near miss of `query` (same first letter, length within
 * 2, isNearMiss), each once, in block order: the cheap checks run before any name is compared in full.
 */
function addNearMisses(source: FuzzySource, key: string, query: string, into: Array<{ entity: number; name: string }>): void {
  const [h1, h2] = hashWords([key], SEED_BLOCK);
  const value = lookupKey(source.blocks, h1, h2);
  if (value === 0) return;
  const at = value - 1;
  const count = source.blockLists[at];
  const first = query.charCodeAt(0);
  for (let i = 1; i <= count; i++) {
    const entity = source.blockLists[at + i];
    const name = source.foldedNameOf(entity);
    if (name.charCodeAt(0) !== first || Math.abs(name.length - query.length) > 2) continue;
    if (into.some((item) => item.entity === entity) || !isNearMiss(query, name)) continue;
    into.push({ entity, name });
  }
}

/** Word windows of a span with their character ranges (a span may start with "Actor" or end with "Says"). */
function windows(span: FuzzySpan): Array<{ start: number; end: number; words: string[] }> {
  const ranges: Array<{ start: number; end: number; word: string }> = [];
  const re = /[^\s]+/g;
  for (let m = re.exec(span.text); m; m = re.exec(span.text)) {
    const folded = foldWords(m[0]).join('');
    if (folded) ranges.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, word: folded });
  }
  const out: Array<{ start: number; end: number; words: string[] }> = [];
  for (let size = Math.min(MAX_WINDOW_WORDS, ranges.length); size >= 2; size--) {
    for (let a = 0; a + size <= ranges.length; a++) {
      const slice = ranges.slice(a, a + size);
      out.push({ start: slice[0].start, end: slice[size - 1].end, words: slice.map((r) => r.word) });
    }
  }
  return out;
}

export function findFuzzy(source: FuzzySource, spans: readonly FuzzySpan[]): FuzzyHit[] {
  const hits: FuzzyHit[] = [];
  let budget = MAX_WINDOWS;
  for (const span of spans) {
    for (const w of windows(span)) {
      if (--budget < 0) return hits;
      const last = w.words.length - 1;
      const query = w.words.join(' ');
      // Same word count, similar length: fuzzy repairs spelling, it does not add or drop words. This cheap
      // filter leaves Fuse a handful of names at most.
      const list: Array<{ entity: number; name: string }> = [];
      addNearMisses(source, `${w.words[0]}|${w.words[1][0]}`, query, list);
      addNearMisses(source, `${w.words[last]}|${w.words[0][0]}`, query, list);
      if (list.length === 0) continue;
      const fuse = new Fuse(list, { keys: ['name'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
      const best = fuse.search(query, { limit: 1 })[0];
      if (!best || best.score === undefined || best.score > FUZZY_THRESHOLD) continue;
      hits.push({ block: span.block, start: w.start, end: w.end, entity: best.item.entity, score: 0.6 - best.score, words: w.words.length });
      break;
    }
  }
  return hits;
}
