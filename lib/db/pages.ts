// Reads entities out of the page rows: the page holding a key is found by binary search over the table's page keys,
// and parsed pages are kept (a popup search reads the same few pages keystroke after keystroke).
// A reader is tied to one state of the database: the service makes a new one whenever seeding moves on.
import type { CastmarkDb } from './database';
import {
  castFromTuple, personFromTuple, termFromTuple, titleFromTuple,
  type CastRecord, type CastsTuple, type PersonRecord, type PersonTuple, type SeedTable, type TermRecord,
  type TermTuple, type TitleRecord, type TitleTuple,
} from './records';

type Decoded = { titles: TitleRecord; casts: CastRecord; people: PersonRecord; terms: TermRecord; lexicon: string };
type Page<T> = { keys: string[]; items: T[] };

const MAX_CACHED_PAGES = 600;

const decoders: { [K in SeedTable]: (tuple: never) => Decoded[K] } = {
  titles: (t: TitleTuple) => titleFromTuple(t),
  casts: (t: CastsTuple) => castFromTuple(t),
  people: (t: PersonTuple) => personFromTuple(t),
  terms: (t: TermTuple) => termFromTuple(t),
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

export class CatalogReader {
  private pageKeys = new Map<SeedTable, Promise<string[]>>();
  private pages = new Map<string, Promise<Page<unknown> | undefined>>();

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
      page = this.db.table(table).get(pageKey).then((row: { d: string } | undefined) => {
        if (!row) return undefined;
        const tuples = JSON.parse(row.d) as Array<[string]>;
        return { keys: tuples.map((t) => t[0]), items: tuples.map((t) => decoders[table](t as never)) };
      });
      if (this.pages.size >= MAX_CACHED_PAGES) this.pages.delete(this.pages.keys().next().value!);
      this.pages.set(id, page);
    }
    return page as Promise<Page<Decoded[T]> | undefined>;
  }

  async get<T extends SeedTable>(table: T, ids: string[]): Promise<Array<Decoded[T] | undefined>> {
    const keys = await this.keysOf(table);
    return Promise.all(
      ids.map(async (id) => {
        const at = floorIndex(keys, id);
        if (at < 0) return undefined;
        const page = await this.page(table, keys[at]);
        const index = page ? floorIndex(page.keys, id) : -1;
        return index >= 0 && page!.keys[index] === id ? page!.items[index] : undefined;
      }),
    );
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

  /** The index entries (word and refs) of these words; missing ones are left out. */
  async terms(words: string[]): Promise<TermRecord[]> {
    return (await this.get('terms', words)).filter((t): t is TermRecord => !!t);
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<TermRecord[]> {
    return this.terms(await this.wordsWithPrefix(prefix, limit));
  }
}
