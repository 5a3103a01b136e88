// Reads entities out of the page rows: the page holding a key is found by binary search over the table's page keys,
// and parsed pages are kept (a popup search reads the same few pages keystroke after keystroke).
// A reader is tied to one state of the database: the service makes a new one whenever seeding moves on.
import type { CastmarkDb } from './database';
import {
  castFromTuple, personFromTuple, termFromTuple, titleFromTuple,
  type CastRecord, type CastsTuple, type PersonRecord, type PersonTuple, type SeedTable, type TermRecord,
  type TermTuple, type TitleRecord, type TitleTuple,
} from './records';

type Decoded = { titles: TitleRecord; casts: CastRecord; people: PersonRecord; terms: TermRecord; characters: TermRecord; lexicon: string };
/** A parsed page: tuples are turned into records only when asked for (a lookup wants one of hundreds). */
type Page<T> = { keys: string[]; tuples: unknown[]; items: Array<T | undefined> };

/** All of the search tables (about 2,000 pages): every page a session of popup searches touches stays parsed. */
const MAX_CACHED_PAGES = 2500;
/** Parsing ahead yields after this much work, so a keystroke's search waits at most about this long for it. */
const PARSE_AHEAD_SLICE_MS = 4;

const decoders: { [K in SeedTable]: (tuple: never) => Decoded[K] } = {
  titles: (t: TitleTuple) => titleFromTuple(t),
  casts: (t: CastsTuple) => castFromTuple(t),
  people: (t: PersonTuple) => personFromTuple(t),
  terms: (t: TermTuple) => termFromTuple(t),
  characters: (t: TermTuple) => termFromTuple(t),
  lexicon: (t: [string]) => t[0],
};

/** Index of the last key ≤ `key` in sorted `keys`, or -1. */
function floorIndex(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= key) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

/**
 * The tables a search reads (casts: for the character name of a character result); the popup preloads them whole,
 * one cursor each instead of a read per page.
 */
const SEARCH_TABLES: SeedTable[] = ['lexicon', 'terms', 'titles', 'people', 'characters', 'casts'];

export class CatalogReader {
  private pageKeys = new Map<SeedTable, Promise<string[]>>();
  private pages = new Map<string, Promise<Page<unknown> | undefined>>();
  private parsingAhead = false;
  /** Page texts of preloaded tables, parsed on first use. */
  private preloaded = new Map<SeedTable, Promise<Map<string, string>>>();
  /** The same, once a table has fully arrived: until then a page is read on its own, never behind the preload. */
  private loaded = new Map<SeedTable, Map<string, string>>();

  constructor(private readonly db: CastmarkDb) {}

  private keysOf(table: SeedTable): Promise<string[]> {
    let keys = this.pageKeys.get(table);
    if (!keys) {
      keys = this.db.table<unknown, string>(table).toCollection().primaryKeys() as Promise<string[]>;
      this.pageKeys.set(table, keys);
    }
    return keys;
  }

  private page<T extends SeedTable>(table: T, pageKey: string): Promise<Page<Decoded[T]> | undefined> {
    const id = `${table}\u0000${pageKey}`;
    let page = this.pages.get(id);
    if (!page) {
      // A card asked for while the popup's preload of tens of MB is under way must not wait for all of it.
      const loaded = this.loaded.get(table);
      const text = loaded
        ? Promise.resolve(loaded.get(pageKey))
        : this.db.table(table).get(pageKey).then((row: { d: string } | undefined) => row?.d);
      page = text.then((d) => {
        if (d === undefined) return undefined;
        const tuples = JSON.parse(d) as Array<[string]>;
        return { keys: tuples.map((t) => t[0]), tuples, items: new Array(tuples.length) };
      });
      if (this.pages.size >= MAX_CACHED_PAGES) this.pages.delete(this.pages.keys().next().value!);
      this.pages.set(id, page);
    }
    return page as Promise<Page<Decoded[T]> | undefined>;
  }

  private item<T extends SeedTable>(table: T, page: Page<Decoded[T]>, index: number): Decoded[T] {
    return (page.items[index] ??= decoders[table](page.tuples[index] as never));
  }

  async get<T extends SeedTable>(table: T, ids: string[]): Promise<Array<Decoded[T] | undefined>> {
    const keys = await this.keysOf(table);
    return Promise.all(
      ids.map(async (id) => {
        const at = floorIndex(keys, id);
        if (at < 0) return undefined;
        const page = await this.page(table, keys[at]);
        const index = page ? floorIndex(page.keys, id) : -1;
        return index >= 0 && page!.keys[index] === id ? this.item(table, page!, index) : undefined;
      }),
    );
  }

  /**
   * Reads the tables search needs in one go (a cursor per table: far cheaper than a read per page) and parses the
   * word list, so keystrokes in the popup touch memory only. Holds their text (tens of MB) while the reader lives;
   * the service worker's idle shutdown frees it.
   */
  async warm(): Promise<void> {
    for (const table of SEARCH_TABLES) {
      if (!this.preloaded.has(table)) {
        this.preloaded.set(
          table,
          this.db.table<{ k: string; d: string }, string>(table).toArray().then((rows) => {
            const texts = new Map(rows.map((row) => [row.k, row.d]));
            this.loaded.set(table, texts);
            return texts;
          }),
        );
      }
    }
    const keys = await this.keysOf('lexicon');
    await Promise.all(keys.map((key) => this.page('lexicon', key)));
    void this.parseAhead();
    await Promise.all(this.preloaded.values());
  }

  /**
   * Parses the search tables' pages in slices of a few milliseconds between other work, table by table as their
   * text arrives, so that keystrokes find their pages parsed (a first parse costs far more than the search itself)
   * and never wait long behind a slice. Casts come last: only character results read them, one page each.
   */
  private async parseAhead(): Promise<void> {
    if (this.parsingAhead) return;
    this.parsingAhead = true;
    for (const table of ['terms', 'characters', 'titles', 'people', 'casts'] as const) {
      const [keys] = await Promise.all([this.keysOf(table), this.preloaded.get(table)]);
      let sliceStarted = performance.now();
      for (const key of keys) {
        if (this.pages.size >= MAX_CACHED_PAGES) return;
        await this.page(table, key);
        if (performance.now() - sliceStarted >= PARSE_AHEAD_SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0)); // let a waiting request in
          sliceStarted = performance.now();
        }
      }
    }
  }

  async one<T extends SeedTable>(table: T, id: string): Promise<Decoded[T] | undefined> {
    return (await this.get(table, [id]))[0];
  }

  /** Index words starting with `prefix`, in order, at most `limit` (read from the lexicon: words only). */
  async wordsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    const keys = await this.keysOf('lexicon');
    const out: string[] = [];
    for (let at = Math.max(0, floorIndex(keys, prefix)); at < keys.length && out.length < limit; at++) {
      if (keys[at] > prefix && !keys[at].startsWith(prefix)) break;
      const page = await this.page('lexicon', keys[at]);
      if (!page) continue;
      for (let i = Math.max(0, floorIndex(page.keys, prefix)); i < page.keys.length && out.length < limit; i++) {
        const word = page.keys[i];
        if (word.startsWith(prefix)) out.push(word);
        else if (word > prefix) break;
      }
    }
    return out;
  }

  /** The index entries (word and refs) of these words, names and titles then characters; missing ones left out. */
  async terms(words: string[]): Promise<TermRecord[]> {
    const [names, characters] = await Promise.all([this.get('terms', words), this.get('characters', words)]);
    return [...names, ...characters].filter((t): t is TermRecord => !!t);
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<TermRecord[]> {
    return this.terms(await this.wordsWithPrefix(prefix, limit));
  }
}
