import { PLATFORMS, type Credit, type Person, type Platform, type Role, type Title } from '../types.ts';
import { cleanCharacter } from './characters.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { CatalogInputError } from './errors.ts';
import { parseDecimal, parseWholeNumber } from './numbers.ts';
import { parsePythonList } from './python-list.ts';
import { compareText, rankSources, type SourceFile, type SourceFolder } from './sources.ts';

export const TITLES_CSV_HEADER = [
  'id', 'title', 'type', 'description', 'release_year', 'age_certification', 'runtime', 'genres',
  'production_countries', 'seasons', 'imdb_id', 'imdb_score', 'imdb_votes', 'tmdb_popularity', 'tmdb_score',
] as const;
export const CREDITS_CSV_HEADER = ['person_id', 'id', 'name', 'character', 'role'] as const;

export interface SnapshotSummary {
  folder: string;
  platform: Platform;
  snapshot: string;
  titles: number;
  credits: number;
}

export interface BuiltCatalog {
  titles: Title[];
  people: Person[];
  credits: Credit[];
  snapshots: SnapshotSummary[];
}

const TITLE_ID = /^t[ms]\d+$/;
const PERSON_ID = /^\d+$/;
const IMDB_ID = /^tt\d+$/;

/**
 * Merges every source folder into one catalogue keyed by JustWatch title id and person_id.
 * Newest snapshot wins field by field, older snapshots fill the gaps, every platform is kept.
 * Throws CatalogInputError (file + line) on the first malformed row; nothing is half-built.
 */
export function buildCatalog(sources: readonly SourceFolder[]): BuiltCatalog {
  const ranked = rankSources(sources);
  const titles = new Map<string, Title>();
  const people = new Map<string, string[]>();
  const creditsByTitle = new Map<string, CreditList>();
  const snapshots: SnapshotSummary[] = [];

  for (const source of ranked) {
    const sourceTitles = readTitles(source.titles);
    for (const title of sourceTitles.values()) mergeTitle(titles, title, source.platform);
    let creditCount = 0;
    if (source.credits) {
      const perTitle = readCredits(source.credits, sourceTitles, people);
      for (const [titleId, list] of perTitle) {
        creditCount += list.items.length;
        const merged = creditsByTitle.get(titleId);
        if (merged) merged.mergeOlder(list);
        else creditsByTitle.set(titleId, list);
      }
    }
    snapshots.push({ folder: source.folder, platform: source.platform, snapshot: source.snapshot, titles: sourceTitles.size, credits: creditCount });
  }

  const sortedTitles = [...titles.values()].sort((a, b) => compareText(a.id, b.id));
  for (const title of sortedTitles) title.platforms.sort((a, b) => PLATFORMS.indexOf(a) - PLATFORMS.indexOf(b));
  const sortedPeople = [...people.entries()]
    .map(([id, names]): Person => ({ id, name: names[0], otherNames: names.slice(1) }))
    .sort((a, b) => Number(a.id) - Number(b.id));
  const credits: Credit[] = [];
  for (const titleId of [...creditsByTitle.keys()].sort(compareText)) {
    creditsByTitle.get(titleId)!.items.forEach((credit, order) => credits.push({ ...credit, order }));
  }
  return { titles: sortedTitles, people: sortedPeople, credits, snapshots: [...snapshots].sort((a, b) => compareText(a.folder, b.folder)) };
}

function readTitles(file: SourceFile): Map<string, Title> {
  const result = new Map<string, Title>();
  const firstSeen = new Map<string, CsvRow>();
  for (const row of parseCsv(file.text, file.name, TITLES_CSV_HEADER)) {
    const id = row.fields[0];
    const earlier = firstSeen.get(id);
    if (earlier) {
      // Amazon repeats three rows verbatim; a repeat that disagrees cannot be resolved and is an error.
      if (earlier.fields.join('\u0000') === row.fields.join('\u0000')) continue;
      throw new CatalogInputError(file.name, row.line, `title id ${id} repeats line ${earlier.line} with different values`);
    }
    firstSeen.set(id, row);
    result.set(id, parseTitleRow(row, file.name));
  }
  return result;
}

function parseTitleRow(row: CsvRow, file: string): Title {
  const [id, title, type, , year, ageRating, runtime, genres, countries, seasons, imdbId, imdbScore, imdbVotes, popularity, tmdbScore] = row.fields;
  const fail = (problem: string): never => {
    throw new CatalogInputError(file, row.line, problem);
  };
  if (!TITLE_ID.test(id)) fail(`title id ${JSON.stringify(id)} is not tm<digits> or ts<digits>`);
  if (type !== 'MOVIE' && type !== 'SHOW') fail(`type ${JSON.stringify(type)} is neither MOVIE nor SHOW`);
  if (imdbId !== '' && !IMDB_ID.test(imdbId)) fail(`imdb_id ${JSON.stringify(imdbId)} is not tt<digits>`);
  try {
    return {
      id,
      title: cleanText(title),
      type: type as Title['type'],
      year: parseWholeNumber(year, 'release_year'),
      seasons: parseWholeNumber(seasons, 'seasons'),
      runtime: parseWholeNumber(runtime, 'runtime'),
      genres: parsePythonList(genres).map(cleanText).filter(Boolean),
      countries: parsePythonList(countries).map(cleanText).filter(Boolean),
      ageRating: cleanText(ageRating) || undefined,
      imdbId: imdbId || undefined,
      imdbScore: parseDecimal(imdbScore, 'imdb_score'),
      imdbVotes: parseWholeNumber(imdbVotes, 'imdb_votes'),
      popularity: parseDecimal(popularity, 'tmdb_popularity'),
      tmdbScore: parseDecimal(tmdbScore, 'tmdb_score'),
      platforms: [],
    };
  } catch (error) {
    return fail((error as Error).message);
  }
}

const MERGED_TITLE_FIELDS = ['title', 'year', 'seasons', 'runtime', 'ageRating', 'imdbId', 'imdbScore', 'imdbVotes', 'popularity', 'tmdbScore'] as const;

/** Sources arrive newest first, so an existing value always wins and only gaps are filled. */
function mergeTitle(titles: Map<string, Title>, incoming: Title, platform: Platform): void {
  const existing = titles.get(incoming.id);
  if (!existing) {
    titles.set(incoming.id, { ...incoming, platforms: [platform] });
    return;
  }
  const target = existing as unknown as Record<string, unknown>;
  for (const field of MERGED_TITLE_FIELDS) {
    if (target[field] === undefined || target[field] === '') target[field] = incoming[field];
  }
  if (existing.genres.length === 0) existing.genres = incoming.genres;
  if (existing.countries.length === 0) existing.countries = incoming.countries;
  if (!existing.platforms.includes(platform)) existing.platforms.push(platform);
}

type PendingCredit = Omit<Credit, 'order'>;

/** One title's credits in billing order, keyed by person and role. */
class CreditList {
  readonly items: PendingCredit[] = [];
  private readonly index = new Map<string, PendingCredit>();

  add(credit: PendingCredit): void {
    const key = creditKey(credit);
    const existing = this.index.get(key);
    if (!existing) {
      this.items.push(credit);
      this.index.set(key, credit);
      return;
    }
    // The same person listed twice for one title in one file (e.g. "Oscar the Grouch (voice)" and "Oscar the Grouch").
    for (const character of credit.characters) if (!existing.characters.includes(character)) existing.characters.push(character);
    if (credit.voice) existing.voice = true;
    if (credit.self) existing.self = true;
    if (credit.note && credit.note !== existing.note) existing.note = existing.note ? `${existing.note}, ${credit.note}` : credit.note;
  }

  /**
   * Adds an older snapshot's list: known credits only gain a character they lacked; credits the newer list
   * dropped are inserted right after the credit that preceded them in the older list, keeping billing order.
   */
  mergeOlder(older: CreditList): void {
    let insertAt = 0;
    for (const credit of older.items) {
      const existing = this.index.get(creditKey(credit));
      if (existing) {
        insertAt = this.items.indexOf(existing) + 1;
        if (existing.characters.length === 0 && credit.characters.length > 0) {
          existing.characters = credit.characters;
          existing.voice = credit.voice;
          existing.self = credit.self;
          existing.note = credit.note;
        }
        continue;
      }
      const copy = { ...credit };
      this.items.splice(insertAt, 0, copy);
      this.index.set(creditKey(copy), copy);
      insertAt++;
    }
  }
}

function creditKey(credit: { personId: string; role: Role }): string {
  return `${credit.personId}\u0000${credit.role}`;
}

function readCredits(file: SourceFile, knownTitles: ReadonlyMap<string, Title>, people: Map<string, string[]>): Map<string, CreditList> {
  const perTitle = new Map<string, CreditList>();
  for (const row of parseCsv(file.text, file.name, CREDITS_CSV_HEADER)) {
    const [personId, titleId, rawName, character, role] = row.fields;
    const fail = (problem: string): never => {
      throw new CatalogInputError(file.name, row.line, problem);
    };
    if (!PERSON_ID.test(personId)) fail(`person_id ${JSON.stringify(personId)} is not a number`);
    if (!knownTitles.has(titleId)) fail(`title id ${JSON.stringify(titleId)} is not in this folder's titles.csv`);
    if (role !== 'ACTOR' && role !== 'DIRECTOR') fail(`role ${JSON.stringify(role)} is neither ACTOR nor DIRECTOR`);
    const name = cleanText(rawName);
    if (name === '') fail(`person ${personId} has an empty name`);

    const names = people.get(personId);
    if (!names) people.set(personId, [name]);
    else if (!names.includes(name)) names.push(name);

    const cleaned = role === 'ACTOR' ? cleanCharacter(character) : { characters: [], voice: false, self: false };
    const credit: PendingCredit = { titleId, personId, role: role as Role, characters: cleaned.characters.map((c) => c.replace(/\|/g, '/')) };
    if (cleaned.voice) credit.voice = true;
    if (cleaned.self) credit.self = true;
    if (cleaned.note) credit.note = cleaned.note;
    let list = perTitle.get(titleId);
    if (!list) perTitle.set(titleId, (list = new CreditList()));
    list.add(credit);
  }
  return perTitle;
}

/** Catalogue fields never contain tabs or newlines, and lists use `|`, so those become spaces / slashes. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
