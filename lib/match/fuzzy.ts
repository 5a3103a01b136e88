// Fuzzy fallback for near misses no rule covers ("Anupam Tripati"). It only looks at capitalised multi-word spans
// that nothing else matched, and compares each against a small blocked candidate set from the index (names that
// share a first word and the next initial, or a last word and the first initial), never the whole catalogue.
import Fuse from 'fuse.js';
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

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), for the final check of a fuzzy hit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

/**
 * Whether a folded query is a plausible misspelling of a folded name with the same number of words: every word
 * starts with the same letter, short words (Korean syllables like "Ji" / "Jin") are identical, and the whole
 * differs by at most one edit per 8 characters (at least one).
 */
export function isNearMiss(query: string, name: string): boolean {
  const q = query.split(' ');
  const n = name.split(' ');
  if (q.length !== n.length) return false;
  for (let i = 0; i < q.length; i++) {
    if (q[i][0] !== n[i][0]) return false;
    if ((q[i].length <= 3 || n[i].length <= 3) && q[i] !== n[i]) return false;
  }
  const distance = editDistance(query, name);
  return distance > 0 && distance <= Math.max(1, Math.floor(name.length / 8));
}
const MAX_WINDOW_WORDS = 3;
/** The fallback is the slow path: it looks at no more word windows than this per page. */
const MAX_WINDOWS = 150;

function blockEntities(source: FuzzySource, key: string, into: Set<number>): void {
  const [h1, h2] = hashWords([key], SEED_BLOCK);
  const value = lookupKey(source.blocks, h1, h2);
  if (value === 0) return;
  const at = value - 1;
  const count = source.blockLists[at];
  for (let i = 1; i <= count; i++) into.add(source.blockLists[at + i]);
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
      const entities = new Set<number>();
      const last = w.words.length - 1;
      blockEntities(source, `${w.words[0]}|${w.words[1][0]}`, entities);
      blockEntities(source, `${w.words[last]}|${w.words[0][0]}`, entities);
      if (entities.size === 0) continue;
      const query = w.words.join(' ');
      // Same word count, similar length: fuzzy repairs spelling, it does not add or drop words. This cheap
      // filter leaves Fuse a handful of names at most.
      const list: Array<{ entity: number; name: string }> = [];
      for (const entity of entities) {
        const name = source.foldedNameOf(entity);
        if (Math.abs(name.length - query.length) <= 2 && isNearMiss(query, name)) list.push({ entity, name });
      }
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
