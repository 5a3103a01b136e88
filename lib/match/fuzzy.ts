// Fuzzy fallback for near misses no rule covers ("Anupam Tripati"). It only looks at capitalised multi-word spans
// that nothing else matched, and compares each against a small blocked candidate set from the index (names that
// share a first word and the next initial, or a last word and the first initial), never the whole catalogue.
import Fuse from 'fuse.js';
import { editDistance } from '../names/edit-distance';
import { foldWords } from '../names/fold';
import { BASE_1, BASE_2, composableHash, SEED_BLOCK } from '../names/hash';
import { lookupKey } from './key-table';
import { FUNCTION_WORD_SET } from './lexicon';
import { blockShape, sameBlockShape } from './layout';

export interface FuzzySpan {
  block: number;
  start: number;
  end: number;
  text: string;
  /**
   * The word windows worth a look, in the order they are tried (`first` word index, `words` count), when the scan
   * could tell from its token hashes; otherwise every window is tried.
   */
  windows?: ReadonlyArray<FuzzyWindow>;
}

/**
 * A word window of a span (`first` word index, `words` count) and, when the scan found them, its two blocks (see
 * blockOf: by first word + next initial, by last word + first initial) as offsets + 1, 0 where that block holds no
 * name of the window's shape.
 */
export interface FuzzyWindow {
  first: number;
  words: number;
  firstBlock?: number;
  lastBlock?: number;
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
  /** blockShape() of each blockLists entry's name. */
  readonly blockShapes: Uint32Array;
  /** The entity's name folded, words joined by single spaces ("zoe saldana"). */
  foldedNameOf(entity: number): string;
  /** Popularity prior per entity (log scale): of two names equally near, the better known wins. */
  readonly prior: Float32Array;
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
/** How many of Fuse's best names are compared by edits and fame, and the edit count beyond which all tie. */
const MAX_RANKED = 4;
const MAX_EDITS = 4;
/** The fallback is the slow path: it looks at no more word windows than this per page. */
const MAX_WINDOWS = 150;

const BLOCK_KEY_SEPARATOR = '|'.charCodeAt(0);
const POSSESSIVE = /['\u2019\u02bc]s$/;

/**
 * The hash of the block key `${word}|${initial}` (as `hashWords([key], SEED_BLOCK)`) from the word's own polynomial
 * hash and base powers: hashes compose, so neither the scan (token hashes) nor the fallback builds the key string.
 */
function blockKeyOf(source: FuzzySource, wordH1: number, wordH2: number, wordP1: number, wordP2: number, initial: number): number {
  let h1 = (Math.imul(SEED_BLOCK, wordP1) + wordH1) | 0;
  let h2 = (Math.imul(SEED_BLOCK, wordP2) + wordH2) | 0;
  h1 = (Math.imul(h1, BASE_1) + BLOCK_KEY_SEPARATOR) | 0;
  h2 = (Math.imul(h2, BASE_2) + BLOCK_KEY_SEPARATOR) | 0;
  h1 = (Math.imul(h1, BASE_1) + initial) | 0;
  h2 = (Math.imul(h2, BASE_2) + initial) | 0;
  return lookupKey(source.blocks, h1 >>> 0, h2 >>> 0);
}

/**
 * The block for `${word}|${initial}` (offset + 1) if it holds a name of the given block shape, else 0, from the
 * word's hash and base powers (as the tokenizer computes them): a window whose blocks hold no name of its shape can
 * never be a near miss.
 */
export function blockWithShape(
  source: FuzzySource, wordH1: number, wordH2: number, wordP1: number, wordP2: number, initial: number, shape: number,
): number {
  const block = blockKeyOf(source, wordH1, wordH2, wordP1, wordP2, initial);
  if (block === 0) return 0;
  const at = block - 1;
  const count = source.blockLists[at];
  const shapes = source.blockShapes;
  for (let i = 1; i <= count; i++) if (sameBlockShape(shape, shapes[at + i])) return block;
  return 0;
}

function listed(list: ReadonlyArray<{ entity: number }>, entity: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i].entity === entity) return true;
  return false;
}

/** The block list for the key `${word}|${initial}`: its offset + 1, or 0 when there is none. */
function blockOf(source: FuzzySource, word: string, initial: number): number {
  const { h1, h2, p1, p2 } = composableHash(word);
  return blockKeyOf(source, h1, h2, p1, p2, initial);
}

/**
 * Adds to `into` the names of one block (see blockOf) that could be a near miss of `query` (same block shape, isNearMiss), each
 * once, in block order. The shape is stored with each entry, so most names are skipped before their text is read.
 */
function addNearMisses(source: FuzzySource, block: number, query: string, shape: number, into: Array<{ entity: number; name: string }>): void {
  if (block === 0) return;
  const lists = source.blockLists;
  const at = block - 1;
  const count = lists[at];
  const shapes = source.blockShapes;
  for (let i = 1; i <= count; i++) {
    if (!sameBlockShape(shape, shapes[at + i])) continue;
    const entity = lists[at + i];
    const name = source.foldedNameOf(entity);
    if (!isNearMiss(query, name) || listed(into, entity)) continue;
    into.push({ entity, name });
  }
}

/** `foldWords(word).join('')`, without its per-character string building for plain ASCII words (most of them). */
function foldedWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return foldWords(word).join('');
  }
  return word.toLowerCase();
}

/** The folded words of a span with their character ranges (a span may start with "Actor" or end with "Says"). */
function spanWords(span: FuzzySpan): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /[^\s]+/g;
  for (let m = re.exec(span.text); m; m = re.exec(span.text)) {
    // A possessive is not part of the name ("Oh My Girl's Arin" is no misspelt "My Girl"), nor of the mention.
    const bare = m[0].replace(POSSESSIVE, '');
    const folded = foldedWord(bare);
    if (!folded) continue;
    words.push(folded);
    starts.push(span.start + m.index);
    ends.push(span.start + m.index + bare.length);
  }
  return { words, starts, ends };
}

export function findFuzzy(source: FuzzySource, spans: readonly FuzzySpan[]): FuzzyHit[] {
  const hits: FuzzyHit[] = [];
  let budget = MAX_WINDOWS;
  // A page repeats its capitalised phrases (names, places, menus): each distinct window is looked up once.
  const known = new Map<string, { entity: number; score: number } | null>();
  for (const span of spans) {
    const { words, starts, ends } = spanWords(span);
    // A run may hold several names ("Tilda Swinton and Steven Yuen"): windows that overlap a hit are skipped.
    let hitFirst = -1;
    let hitLast = -1;
    for (const window of span.windows ?? wordWindows(words)) {
      const { first: a, words: size } = window;
      const last = a + size - 1;
      if (last >= words.length || (a <= hitLast && last >= hitFirst)) continue;
      if (--budget < 0) return hits;
      let query = words[a];
      for (let k = a + 1; k <= last; k++) query += ' ' + words[k];
      let best = known.get(query);
      if (best === undefined) {
        best = nearestName(source, words, window, query);
        known.set(query, best);
      }
      if (best === null) continue;
      hits.push({ block: span.block, start: starts[a], end: ends[last], entity: best.entity, score: best.score, words: size });
      if (hitFirst >= 0) break; // two names in one run are plenty
      hitFirst = a;
      hitLast = last;
    }
  }
  return hits;
}

/**
 * Calls `visit(first, words)` for each word window of 2–3 of `count` words, longest first, left to right, the order
 * the fallback tries them in. A name neither starts nor ends with "of", "im", "und", "the" ("Regen im Norden",
 * "Kingdom of Sweden"): such windows are left out before they cost any of the budget. Shared by the fallback (words
 * as strings) and the scan (words as token hashes, matcher.ts fuzzyWindows).
 */
export function forEachWindow(count: number, isFunctionWord: (k: number) => boolean, visit: (first: number, words: number) => void): void {
  for (let size = Math.min(MAX_WINDOW_WORDS, count); size >= 2; size--) {
    for (let a = 0; a + size <= count; a++) if (!isFunctionWord(a) && !isFunctionWord(a + size - 1)) visit(a, size);
  }
}

function wordWindows(words: readonly string[]): FuzzyWindow[] {
  const out: FuzzyWindow[] = [];
  forEachWindow(words.length, (k) => FUNCTION_WORD_SET.has(words[k]), (first, size) => out.push({ first, words: size }));
  return out;
}

type Named = { entity: number; name: string };
let ranker: Fuse<Named> | undefined;

/** The catalogue name that the window words[a..last] (joined: `query`) misspells, with its score, or null. */
function nearestName(source: FuzzySource, words: string[], window: FuzzyWindow, query: string): { entity: number; score: number } | null {
  const a = window.first;
  const last = a + window.words - 1;
  // Same word count, similar length: fuzzy repairs spelling, it does not add or drop words. This cheap filter
  // leaves Fuse a handful of names at most.
  const list: Array<{ entity: number; name: string }> = [];
  const shape = blockShape(words, a, last);
  addNearMisses(source, window.firstBlock ?? blockOf(source, words[a], words[a + 1].charCodeAt(0)), query, shape, list);
  addNearMisses(source, window.lastBlock ?? blockOf(source, words[last], words[a].charCodeAt(0)), query, shape, list);
  if (list.length === 0) return null;
  // One Fuse, given each small list in turn: building one per look-up cost half of its time.
  ranker ??= new Fuse<Named>([], { keys: ['name'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
  const fuse = ranker;
  fuse.setCollection(list);
  // Fuse ranks by its own score, which favours a name the query is a prefix of: for "brian cranston" an obscure
  // "Brian Cranstone" over Bryan Cranston. Among the names Fuse accepts, the fewest edits win, then the better known.
  let best: { entity: number; score: number; edits: number } | null = null;
  for (const r of fuse.search(query, { limit: MAX_RANKED })) {
    if (r.score === undefined || r.score > FUZZY_THRESHOLD) continue;
    const edits = editDistance(query, r.item.name, MAX_EDITS);
    const entity = r.item.entity;
    if (!best || edits < best.edits || (edits === best.edits && source.prior[entity] > source.prior[best.entity])) {
      best = { entity, score: 0.6 - r.score, edits };
    }
  }
  return best && { entity: best.entity, score: best.score };
}
