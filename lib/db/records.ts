// What the database stores, and the compact tuples the seed files carry them in.
// Credits are stored with their title (the cast list, with each person's name) and as a list of title ids with
// each person: a card is then a few key lookups. Rows are PAGES of consecutive entities (sorted by id, or by word
// for the index), keyed by their first key: IndexedDB pays per row, and a few thousand pages seed in a fraction of
// the time 600,000 single rows take, while a page lookup is still one indexed key-range read.
import type { Person, Role, Title } from '../types';

/** One credit as stored in a title: [personId, personName, role, order, characters, flags, note]. */
export type CastTuple = [string, string, 'A' | 'D', number, string, number, string];
export const FLAG_VOICE = 1;
export const FLAG_SELF = 2;

export interface TitleRecord extends Title {
  /** Prominence in [0, 1] (IMDb votes and TMDB popularity), for ranking. */
  rank: number;
  /** Short second line for search results, e.g. "Show · 2022 · Netflix". */
  detail: string;
}

/** A title's credits, kept apart from the title so search reads light rows. Directors and cast by billing order. */
export interface CastRecord {
  id: string;
  cast: CastTuple[];
}

export interface PersonRecord extends Person {
  /** Prominence in [0, 1]: the best title they were billed high in. */
  rank: number;
  detail: string;
  /** Every title they have a credit in (the credits themselves live in the title's cast). */
  titles: string[];
}

/**
 * The inverted index: one entry per normalised word, with the entities it occurs in (most prominent first).
 * Names and titles are in `terms`, characters in `characters` (same shape).
 */
export interface TermRecord {
  w: string;
  /** Space-separated refs: `t<titleId>`, `p<personId>`, `c<personId>:<titleId>` (a character played by someone). */
  refs: string;
}

/** One database row: consecutive entities of one table, as the JSON text of their tuples. */
export interface PageRow {
  /** The first entity's key (id or word) in the page; pages of a table never overlap. */
  k: string;
  /** JSON array of tuples (TitleTuple without cast, CastTuple lists, PersonTuple, TermTuple). */
  d: string;
}

/** `lexicon` holds the index's words alone (pages of [word] tuples): prefix and typo scans read it, not the refs. */
export type SeedTable = 'titles' | 'casts' | 'people' | 'terms' | 'characters' | 'lexicon';

export interface SeedChunkInfo {
  file: string;
  table: SeedTable;
  /** Pages (database rows) in the chunk. */
  rows: number;
}

export interface SeedManifest {
  format: 2;
  version: string;
  counts: { titles: number; people: number; credits: number; terms: number };
  chunks: SeedChunkInfo[];
  /** Facts shown on the options page (sources, licences), passed through from the catalogue's meta. */
  info?: Record<string, unknown>;
}

// Tuples: arrays with positional fields keep the seed files about half the size of JSON objects.
export type TitleTuple = [
  string, string, 'MOVIE' | 'SHOW', number | null, number | null, number | null, string, string, string, string,
  number | null, number | null, number | null, number | null, string, string, number, string,
];
/** A title's credits in a casts page: [titleId, credits]. */
export type CastsTuple = [string, CastTuple[]];
export type PersonTuple = [string, string, string, string, number, string];
export type TermTuple = [string, string];

const split = (s: string): string[] => (s ? s.split('|') : []);
const opt = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined || v === '' ? undefined : v);

export function titleToTuple(t: TitleRecord): TitleTuple {
  return [
    t.id, t.title, t.type, t.year ?? null, t.seasons ?? null, t.runtime ?? null, t.genres.join('|'),
    t.countries.join('|'), t.ageRating ?? '', t.imdbId ?? '', t.imdbScore ?? null, t.imdbVotes ?? null,
    t.popularity ?? null, t.tmdbScore ?? null, t.platforms.join('|'), (t.aliases ?? []).join('|'), t.rank, t.detail,
  ];
}

export function titleFromTuple(x: TitleTuple): TitleRecord {
  const record: TitleRecord = {
    id: x[0], title: x[1], type: x[2], genres: split(x[6]), countries: split(x[7]),
    platforms: split(x[14]) as Title['platforms'], rank: x[16], detail: x[17],
  };
  const optional: Partial<Title> = {
    year: opt(x[3]), seasons: opt(x[4]), runtime: opt(x[5]), ageRating: opt(x[8]), imdbId: opt(x[9]),
    imdbScore: opt(x[10]), imdbVotes: opt(x[11]), popularity: opt(x[12]), tmdbScore: opt(x[13]),
    aliases: x[15] ? split(x[15]) : undefined,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (record as any)[key] = value;
  return record;
}

export function castFromTuple(x: CastsTuple): CastRecord {
  return { id: x[0], cast: x[1] };
}

export function personToTuple(p: PersonRecord): PersonTuple {
  return [p.id, p.name, p.otherNames.join('|'), p.titles.join('|'), p.rank, p.detail];
}

export function personFromTuple(x: PersonTuple): PersonRecord {
  return { id: x[0], name: x[1], otherNames: split(x[2]), titles: split(x[3]), rank: x[4], detail: x[5] };
}

export function termFromTuple(x: TermTuple): TermRecord {
  return { w: x[0], refs: x[1] };
}

export function roleOf(code: 'A' | 'D'): Role {
  return code === 'D' ? 'DIRECTOR' : 'ACTOR';
}
