// Builds the database seed files (public/catalog/db/*) from the catalogue at build time: compact JSON chunks of
// tuples, one table per chunk, so seeding fetches, parses and writes one chunk per transaction and resumes by chunk.
// Prominence, result detail lines and the inverted word index are computed here once, not in every browser.
import type { Credit, Person, Title } from '../types';
import { PLATFORM_LABELS } from '../types';
import { termsOf } from '../search/normalize';
import {
  FLAG_SELF, FLAG_VOICE, personToTuple, titleToTuple,
  type CastTuple, type PageRow, type PersonRecord, type SeedChunkInfo, type SeedManifest, type SeedTable, type TitleRecord,
} from './records';

/** What the seed builder reads; the catalogue reader's `Catalog` fits it. */
export interface SeedCatalog {
  version: string;
  titles: Title[];
  people: Person[];
  credits: Credit[];
}

export interface SeedFile {
  name: string;
  data: string | Uint8Array;
}

export const SEED_DIR = 'db';
/** Bumped when the seed layout changes, so an installed database of the same catalogue is rebuilt too. */
export const SEED_FORMAT = 3;
export const MANIFEST_FILE = `${SEED_DIR}/manifest.json`;
/** A chunk is cut at about this many bytes of JSON: small enough to parse and write in one short transaction. */
export const CHUNK_BYTES = 2_000_000;
/** A page (one database row) is cut at about this many bytes: a lookup parses one page. */
export const PAGE_BYTES = 24_000;
/** A word shared by thousands of entities ("the", "kim") keeps only its most prominent ones. */
const MAX_REFS_PER_TERM = 4000;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export function titleRank(t: Title): number {
  const votes = Math.log10((t.imdbVotes ?? 0) + 1) / 6.5;
  const popularity = Math.log10((t.popularity ?? 0) + 1) / 3.5;
  return Math.round(clamp01(0.7 * votes + 0.3 * popularity) * 1e4) / 1e4;
}

/** How much a credit says about a person: top billing on a prominent title counts most. */
export function creditWeight(titleRankValue: number, role: 'A' | 'D', order: number): number {
  const billing = role === 'D' ? 0.95 : order <= 2 ? 1 : order <= 5 ? 0.85 : order <= 10 ? 0.7 : 0.5;
  return titleRankValue * billing;
}

function titleDetail(t: Title): string {
  const parts: string[] = [t.type === 'SHOW' ? 'Show' : 'Movie'];
  if (t.year) parts.push(String(t.year));
  if (t.platforms.length) parts.push(t.platforms.map((p) => PLATFORM_LABELS[p] ?? p).join(', '));
  return parts.join(' · ');
}

function titleWithYear(t: Title): string {
  return t.year ? `${t.title} (${t.year})` : t.title;
}

/** Groups consecutive JSON texts into arrays of about `maxBytes`. */
function groupBySize(texts: string[], maxBytes: number): string[][] {
  const groups: string[][] = [];
  let pending: string[] = [];
  let bytes = 0;
  for (const text of texts) {
    if (pending.length && bytes + text.length > maxBytes) groups.push(pending), (pending = []), (bytes = 0);
    pending.push(text);
    bytes += text.length + 1;
  }
  if (pending.length) groups.push(pending);
  return groups;
}

/** Pages of tuples (each tuple's first field is its key, rows sorted by it), then chunk files of pages. */
function paged(table: SeedTable, tuples: Array<[string, ...unknown[]]>, sizes: { page: number; chunk: number }, files: SeedFile[], chunks: SeedChunkInfo[]): void {
  const pages: PageRow[] = [];
  let start = 0;
  for (const group of groupBySize(tuples.map((t) => JSON.stringify(t)), sizes.page)) {
    pages.push({ k: tuples[start][0], d: `[${group.join(',')}]` });
    start += group.length;
  }
  // In the file a page is [key, tuples] (no JSON inside JSON: escaping would add a tenth); seeding stringifies it.
  for (const group of groupBySize(pages.map((p) => `[${JSON.stringify(p.k)},${p.d}]`), sizes.chunk)) {
    const file = `${SEED_DIR}/${table}-${String(chunks.filter((c) => c.table === table).length).padStart(3, '0')}.json`;
    files.push({ name: file, data: `[${group.join(',\n')}]` });
    chunks.push({ file, table, rows: group.length });
  }
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildSeedFiles(
  catalog: SeedCatalog,
  info?: Record<string, unknown>,
  sizes: { page: number; chunk: number } = { page: PAGE_BYTES, chunk: CHUNK_BYTES },
): SeedFile[] {
  const titleById = new Map(catalog.titles.map((t) => [t.id, t]));
  const personById = new Map(catalog.people.map((p) => [p.id, p]));
  const credits = catalog.credits.filter((c) => titleById.has(c.titleId) && personById.has(c.personId));

  const castByTitle = new Map<string, CastTuple[]>();
  const creditsByPerson = new Map<string, Credit[]>();
  for (const c of credits) {
    const person = personById.get(c.personId)!;
    const flags = (c.voice ? FLAG_VOICE : 0) | (c.self ? FLAG_SELF : 0);
    const tuple: CastTuple = [c.personId, person.name, c.role === 'DIRECTOR' ? 'D' : 'A', c.order, c.characters.join('|'), flags, c.note ?? ''];
    (castByTitle.get(c.titleId) ?? castByTitle.set(c.titleId, []).get(c.titleId)!).push(tuple);
    (creditsByPerson.get(c.personId) ?? creditsByPerson.set(c.personId, []).get(c.personId)!).push(c);
  }

  const ranks = new Map(catalog.titles.map((t) => [t.id, titleRank(t)]));
  const titles: TitleRecord[] = [...catalog.titles]
    .sort((a, b) => byKey(a.id, b.id))
    .map((t) => ({ ...t, rank: ranks.get(t.id)!, detail: titleDetail(t) }));
  const castOf = (id: string) =>
    (castByTitle.get(id) ?? []).sort((a, b) => (a[2] === b[2] ? a[3] - b[3] : a[2] === 'D' ? -1 : 1));

  const people: PersonRecord[] = [...catalog.people]
    .sort((a, b) => byKey(a.id, b.id))
    .map((p) => {
      const own = creditsByPerson.get(p.id) ?? [];
      let best: Credit | undefined;
      let bestWeight = -1;
      for (const c of own) {
        const w = creditWeight(ranks.get(c.titleId)!, c.role === 'DIRECTOR' ? 'D' : 'A', c.order);
        if (w > bestWeight) (best = c), (bestWeight = w);
      }
      const acts = own.some((c) => c.role === 'ACTOR');
      const directs = own.some((c) => c.role === 'DIRECTOR');
      const roleLabel = acts && directs ? 'Actor, director' : directs ? 'Director' : 'Actor';
      const titleIds = [...new Set(own.map((c) => c.titleId))];
      const breadth = Math.min(0.1, Math.log2(titleIds.length + 1) * 0.02);
      return {
        ...p,
        rank: Math.round(clamp01(Math.max(0, bestWeight) * 0.9 + breadth) * 1e4) / 1e4,
        detail: best ? `${roleLabel} · ${titleWithYear(titleById.get(best.titleId)!)}` : roleLabel,
        titles: titleIds,
      };
    });

  // Inverted indexes: word → refs, most prominent entity first, so a capped list keeps what people look up.
  // Characters have their own (70% of all refs): names and titles are searchable before it is seeded.
  type Postings = Map<string, Map<string, number>>;
  const names: Postings = new Map();
  const roles: Postings = new Map();
  const post = (index: Postings, text: string, ref: string, rank: number) => {
    for (const term of termsOf(text)) {
      const refs = index.get(term) ?? index.set(term, new Map()).get(term)!;
      if ((refs.get(ref) ?? -1) < rank) refs.set(ref, rank);
    }
  };
  for (const t of titles) for (const text of [t.title, ...(t.aliases ?? [])]) post(names, text, 't' + t.id, t.rank);
  for (const p of people) for (const text of [p.name, ...p.otherNames]) post(names, text, 'p' + p.id, p.rank);
  for (const c of credits) {
    if (c.self || c.role !== 'ACTOR') continue;
    const weight = creditWeight(ranks.get(c.titleId)!, 'A', c.order);
    for (const character of c.characters) post(roles, character, `c${c.personId}:${c.titleId}`, weight);
  }
  const termTuples = (index: Postings) =>
    [...index.keys()].sort(byKey).map((w) => {
      const refs = [...index.get(w)!].sort((a, b) => b[1] - a[1]).slice(0, MAX_REFS_PER_TERM);
      return [w, refs.map(([ref]) => ref).join(' ')] as [string, string];
    });
  const terms = termTuples(names);
  const characterTerms = termTuples(roles);
  const lexicon = [...new Set([...names.keys(), ...roles.keys()])].sort(byKey);

  const files: SeedFile[] = [];
  const chunks: SeedChunkInfo[] = [];
  // What search needs first (titles, the word indexes, people), characters and casts last: names and titles are
  // found early during seeding, cards and character results once the casts are in.
  paged('titles', titles.map(titleToTuple), sizes, files, chunks);
  paged('lexicon', lexicon.map((w) => [w] as [string]), sizes, files, chunks);
  paged('terms', terms, sizes, files, chunks);
  paged('people', people.map(personToTuple), sizes, files, chunks);
  paged('characters', characterTerms, sizes, files, chunks);
  paged('casts', titles.map((t) => [t.id, castOf(t.id)] as [string, CastTuple[]]), sizes, files, chunks);
  const manifest: SeedManifest = {
    format: 2,
    version: `${catalog.version}:db${SEED_FORMAT}`,
    counts: { titles: titles.length, people: people.length, credits: credits.length, terms: lexicon.length },
    chunks,
    ...(info ? { info } : {}),
  };
  files.unshift({ name: MANIFEST_FILE, data: JSON.stringify(manifest) });
  return files;
}
