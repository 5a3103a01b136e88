// Popup search: candidates from the Dexie terms index (word prefixes, plus words within a typo or two found in a
// short key range), then ranked with fuse.js over that small candidate set together with word coverage (which makes
// the word order free: "Ji-hu Park" finds "Park Ji-hu") and the entity's prominence.
import Fuse from 'fuse.js';
import type { SearchResult } from '../../common/messages';
import type { CatalogReader } from '../db/pages';
import type { CastRecord, PersonRecord, TermRecord, TitleRecord } from '../db/records';
import { compactText, queryWords, termsOf } from './normalize';
import { allowedTypos, typoDistance } from './typos';

export const MAX_QUERY_LENGTH = 200;
const MAX_CANDIDATES = 36;
/** Per query word: how many catalogue words starting with it are read (short prefixes match too much). */
const prefixTermLimit = (word: string) => (word.length <= 1 ? 4 : word.length === 2 ? 12 : word.length === 3 ? 30 : 60);
/** Refs read from a word that only starts with the query word (its list is sorted by prominence). */
const PREFIX_REFS = 150;
const TYPO_REFS = 300;
const SINGLE_WORD_REFS = 400;
/** Catalogue words scanned for typos around one query word. */
const TYPO_SCAN_LIMIT = 4000;
/** A word with at least this many catalogue words starting with it (one of them itself) is taken as typed right. */
const ENOUGH_PREFIX_MATCHES = 3;

type Weights = number[]; // best weight per query word

interface Candidate {
  ref: string;
  weights: Weights;
  /** Position in the term's list (most prominent first), a cheap tie-breaker before records are read. */
  position: number;
}

async function matchingTerms(db: CatalogReader, words: string[]): Promise<Map<TermRecord, { term: TermRecord; weights: Weights }>> {
  // Keyed by the record itself: a word has one record for names and titles and one for characters.
  const terms = new Map<TermRecord, { term: TermRecord; weights: Weights }>();
  const add = (term: TermRecord, wordIndex: number, weight: number) => {
    const entry = terms.get(term) ?? terms.set(term, { term, weights: words.map(() => 0) }).get(term)!;
    if (entry.weights[wordIndex] < weight) entry.weights[wordIndex] = weight;
  };
  await Promise.all(
    words.map(async (word, i) => {
      const prefixed = await db.termsWithPrefix(word, prefixTermLimit(word));
      for (const term of prefixed) {
        add(term, i, term.w === word ? 1 : 0.85 - Math.min(0.15, (term.w.length - word.length) * 0.02));
      }
      const typos = allowedTypos(word);
      // Enough words start with it (the word is being typed) or it is a word: no typo hunt.
      const typedRight = new Set(prefixed.map((t) => t.w)).size >= ENOUGH_PREFIX_MATCHES || prefixed.some((t) => t.w === word);
      if (!typos || typedRight) return;
      // Words within a typo or two share the first letters (a cheap, bounded key range to scan).
      const stem = word.slice(0, word.length >= 7 ? 3 : 2);
      const near: Array<{ word: string; weight: number }> = [];
      for (const candidate of await db.wordsWithPrefix(stem, TYPO_SCAN_LIMIT)) {
        if (candidate.startsWith(word)) continue;
        const { distance, partial } = typoDistance(word, candidate);
        if (distance <= typos) near.push({ word: candidate, weight: (distance === 1 ? 0.72 : 0.58) - (partial ? 0.08 : 0) });
      }
      near.sort((a, b) => b.weight - a.weight);
      const kept = near.slice(0, 24);
      const weightOf = new Map(kept.map((n) => [n.word, n.weight]));
      for (const term of await db.terms(kept.map((n) => n.word))) add(term, i, weightOf.get(term.w)!);
    }),
  );
  return terms;
}

/**
 * A word's refs, split once per record (the reader keeps records while it lives): the same common words ("the",
 * a first name) come back keystroke after keystroke, with thousands of refs.
 */
const splitRefs = new WeakMap<TermRecord, string[]>();
function refsOf(term: TermRecord): string[] {
  let refs = splitRefs.get(term);
  if (!refs) splitRefs.set(term, (refs = term.refs.split(' ')));
  return refs;
}

async function gatherCandidates(db: CatalogReader, words: string[]): Promise<Candidate[]> {
  const terms = await matchingTerms(db, words);
  if (!terms.size) return [];
  const byRef = new Map<string, Candidate>();
  terms.forEach(({ term: row, weights }) => {
    const exact = words.includes(row.w);
    const strongest = Math.max(...weights);
    // A lone word keeps only its most prominent entities; several words need the whole lists to meet.
    const exactLimit = words.length === 1 ? SINGLE_WORD_REFS : undefined;
    const refs = refsOf(row);
    const count = Math.min(refs.length, (exact ? exactLimit : strongest >= 0.7 && strongest < 1 ? PREFIX_REFS : TYPO_REFS) ?? refs.length);
    for (let position = 0; position < count; position++) {
      const ref = refs[position];
      let candidate = byRef.get(ref);
      if (!candidate) byRef.set(ref, (candidate = { ref, weights: words.map(() => 0), position }));
      else if (position < candidate.position) candidate.position = position;
      for (let i = 0; i < weights.length; i++) if (weights[i] > candidate.weights[i]) candidate.weights[i] = weights[i];
    }
  });
  // Common words bring thousands of candidates: each one's total is summed once, not in every comparison.
  const ranked = [...byRef.values()].map((candidate) => ({ candidate, total: candidate.weights.reduce((sum, w) => sum + w, 0) }));
  ranked.sort((a, b) => b.total - a.total || a.candidate.position - b.candidate.position);
  return ranked.slice(0, MAX_CANDIDATES).map(({ candidate }) => candidate);
}

interface Scored extends SearchResult {
  names: string[];
  coverage: number;
  rank: number;
}

/** The person's spelling that shares the most words with the query (to say "also spelled" when it is not the main one). */
function bestSpelling(names: string[], words: string[]): string {
  let best = names[0];
  let bestHits = -1;
  for (const name of names) {
    const terms = termsOf(name);
    const hits = words.filter((w) => terms.some((t) => t.startsWith(w))).length;
    if (hits > bestHits) (best = name), (bestHits = hits);
  }
  return best;
}

async function describe(db: CatalogReader, candidates: Candidate[], words: string[]): Promise<Scored[]> {
  const titleIds = new Set<string>();
  const personIds = new Set<string>();
  const castIds = new Set<string>();
  for (const { ref } of candidates) {
    if (ref[0] === 't') titleIds.add(ref.slice(1));
    else if (ref[0] === 'p') personIds.add(ref.slice(1));
    else if (ref[0] === 'c') {
      const [personId, titleId] = ref.slice(1).split(':');
      personIds.add(personId);
      titleIds.add(titleId);
      castIds.add(titleId);
    }
  }
  const [titles, people, casts] = await Promise.all([
    db.get('titles', [...titleIds]),
    db.get('people', [...personIds]),
    db.get('casts', [...castIds]),
  ]);
  const titleById = new Map(titles.filter((t): t is TitleRecord => !!t).map((t) => [t.id, t]));
  const personById = new Map(people.filter((p): p is PersonRecord => !!p).map((p) => [p.id, p]));
  const castById = new Map(casts.filter((c): c is CastRecord => !!c).map((c) => [c.id, c]));

  const out: Scored[] = [];
  for (const candidate of candidates) {
    const { ref } = candidate;
    const coverage = candidate.weights.reduce((sum, w) => sum + w, 0) / words.length;
    // A ref whose record is not there (yet: seeding) is left out rather than shown half-known.
    if (ref[0] === 't') {
      const title = titleById.get(ref.slice(1));
      if (!title) continue;
      const names = [title.title, ...(title.aliases ?? [])];
      const spelled = bestSpelling(names, words);
      const detail = spelled === title.title ? title.detail : `Also known as ${spelled} · ${title.detail}`;
      out.push({ kind: 'title', id: title.id, label: title.title, detail, score: 0, names, coverage, rank: title.rank });
    } else if (ref[0] === 'p') {
      const person = personById.get(ref.slice(1));
      if (!person) continue;
      const names = [person.name, ...person.otherNames];
      const spelled = bestSpelling(names, words);
      const detail = spelled === person.name ? person.detail : `Also spelled ${spelled} · ${person.detail}`;
      out.push({ kind: 'person', id: person.id, label: person.name, detail, score: 0, names, coverage, rank: person.rank });
    } else {
      const [personId, titleId] = ref.slice(1).split(':');
      const person = personById.get(personId);
      const title = titleById.get(titleId);
      const credit = castById.get(titleId)?.cast.find((c) => c[0] === personId && c[2] === 'A' && c[4]);
      if (!person || !title || !credit) continue;
      const characters = credit[4].split('|');
      const character = bestSpelling(characters, words);
      const titleLabel = title.year ? `${title.title} (${title.year})` : title.title;
      out.push({
        kind: 'character', id: person.id, label: character, detail: `${person.name} in ${titleLabel}`, score: 0,
        names: characters, coverage, rank: Math.min(title.rank, person.rank),
      });
    }
  }
  return out;
}

function rank(results: Scored[], words: string[]): SearchResult[] {
  const query = words.join(' ');
  const fuse = new Fuse(
    results.map((r) => ({ names: r.names.map(compactText) })),
    { keys: ['names'], includeScore: true, ignoreLocation: true, threshold: 1, shouldSort: false, isCaseSensitive: true },
  );
  const fuseScore = new Map<number, number>();
  for (const hit of fuse.search(query)) fuseScore.set(hit.refIndex, hit.score ?? 1);
  const scored = results.map((r, i) => {
    const closeness = 1 - (fuseScore.get(i) ?? 1);
    const startsAlike = r.names.some((name) => compactText(name).startsWith(query)) ? 0.08 : 0;
    const kindBias = r.kind === 'character' ? -0.04 : 0;
    const score = 0.55 * Math.min(1, r.coverage) + 0.25 * closeness + 0.15 * r.rank + startsAlike + kindBias;
    return { kind: r.kind, id: r.id, label: r.label, detail: r.detail, score: Math.round(score * 1000) / 1000 };
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * Searches people (any spelling), titles (and aliases) and characters. Never throws on odd input: an empty,
 * punctuation-only or unknown-script query simply finds nothing; a very long one is cut to its beginning.
 */
export async function searchCatalog(db: CatalogReader, query: unknown, limit = 20): Promise<SearchResult[]> {
  if (typeof query !== 'string') return [];
  const words = queryWords(query.slice(0, MAX_QUERY_LENGTH));
  if (!words.length) return [];
  const max = Math.max(1, Math.min(50, Math.floor(Number(limit)) || 20));
  const candidates = await gatherCandidates(db, words);
  const results = candidates.length ? await describe(db, candidates, words) : [];
  // The same character credit can come through several of its words: keep one line per result.
  const seen = new Set<string>();
  return rank(results, words)
    .filter((r) => {
      const key = `${r.kind}:${r.id}:${r.label}:${r.detail}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, max);
}
