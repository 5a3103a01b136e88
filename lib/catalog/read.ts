import type { Credit, Person, Role, Title } from '../types.ts';
import { parseAliases, type Alias } from './aliases.ts';
import { CREDITS_COLUMNS, PEOPLE_COLUMNS, TITLES_COLUMNS, readTable, splitList } from './tsv.ts';

export type { Alias } from './aliases.ts';

export interface Catalog {
  /** Changes whenever the generated catalogue or the curated aliases change (use it to re-seed caches). */
  version: string;
  titles: Title[];
  people: Person[];
  credits: Credit[];
  aliases: Alias[];
}

export interface CatalogFiles {
  titles: string;
  people: string;
  credits: string;
  aliases?: string;
  meta?: string;
}

/**
 * Reads the committed catalogue (data/catalog/*.tsv, optional data/aliases.tsv and meta.json) into objects.
 * Curated aliases are also merged into `Title.aliases` and `Person.otherNames`; an alias whose id is not in
 * the catalogue is an error, so a stale alias file cannot go unnoticed.
 */
export function parseCatalog(files: CatalogFiles): Catalog {
  const titles = readTable(files.titles, TITLES_COLUMNS, 'titles.tsv').map(toTitle);
  const people = readTable(files.people, PEOPLE_COLUMNS, 'people.tsv').map(
    ([id, name, otherNames]): Person => ({ id, name, otherNames: splitList(otherNames) }),
  );
  const credits = readTable(files.credits, CREDITS_COLUMNS, 'credits.tsv').map(toCredit);
  const aliases = files.aliases === undefined ? [] : parseAliases(files.aliases);
  mergeAliases(aliases, titles, people);
  const metaVersion = files.meta ? (JSON.parse(files.meta) as { version?: string }).version : undefined;
  const dataVersion = metaVersion ?? fnv1a(files.titles + files.people + files.credits);
  const version = files.aliases === undefined ? dataVersion : `${dataVersion}+${fnv1a(files.aliases)}`;
  return { version, titles, people, credits, aliases };
}

function toTitle(f: string[]): Title {
  const title: Title = {
    id: f[0],
    title: f[1],
    type: f[2] as Title['type'],
    genres: splitList(f[6]),
    countries: splitList(f[7]),
    platforms: splitList(f[14]) as Title['platforms'],
  };
  setNumber(title, 'year', f[3]);
  setNumber(title, 'seasons', f[4]);
  setNumber(title, 'runtime', f[5]);
  if (f[8]) title.ageRating = f[8];
  if (f[9]) title.imdbId = f[9];
  setNumber(title, 'imdbScore', f[10]);
  setNumber(title, 'imdbVotes', f[11]);
  setNumber(title, 'popularity', f[12]);
  setNumber(title, 'tmdbScore', f[13]);
  return title;
}

function setNumber<K extends 'year' | 'seasons' | 'runtime' | 'imdbScore' | 'imdbVotes' | 'popularity' | 'tmdbScore'>(title: Title, key: K, field: string): void {
  if (field !== '') title[key] = Number(field);
}

function toCredit(f: string[]): Credit {
  const credit: Credit = { titleId: f[0], personId: f[1], role: f[2] as Role, order: Number(f[3]), characters: splitList(f[4]) };
  const flags = splitList(f[5]);
  if (flags.includes('voice')) credit.voice = true;
  if (flags.includes('self')) credit.self = true;
  if (f[6]) credit.note = f[6];
  return credit;
}

function mergeAliases(aliases: readonly Alias[], titles: Title[], people: Person[]): void {
  const titleById = new Map(titles.map((t) => [t.id, t]));
  const personById = new Map(people.map((p) => [p.id, p]));
  for (const alias of aliases) {
    if (alias.kind === 'title') {
      const title = titleById.get(alias.id);
      if (!title) throw new Error(`aliases.tsv: unknown title id ${alias.id} (alias ${JSON.stringify(alias.alias)})`);
      if (alias.alias !== title.title && !title.aliases?.includes(alias.alias)) (title.aliases ??= []).push(alias.alias);
    } else {
      const person = personById.get(alias.id);
      if (!person) throw new Error(`aliases.tsv: unknown person id ${alias.id} (alias ${JSON.stringify(alias.alias)})`);
      if (alias.alias !== person.name && !person.otherNames.includes(alias.alias)) person.otherNames.push(alias.alias);
    }
  }
}

/** Small dependency-free hash (32-bit FNV-1a) so the reader stays pure and runs anywhere. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
