// The Dexie database: four tables of pages keyed by their first entity key (see records.ts), and the seed meta.
// Runs anywhere IndexedDB does: the background, extension pages, and Node with fake-indexeddb in the unit tests.
import Dexie, { type Table } from 'dexie';
import type { PageRow, SeedManifest, SeedTable } from './records';

export const DB_NAME = 'castmark';
const TABLES = ['titles', 'casts', 'people', 'terms', 'characters', 'lexicon', 'meta'] as const;

/** Seeding progress of one catalogue version; written in the same transaction as each chunk's rows. */
export interface SeedMeta {
  key: 'seed';
  version: string;
  /** Index of the next chunk to write; equals `total` when done. */
  cursor: number;
  total: number;
  state: 'seeding' | 'ready';
  /** Tables whose every chunk is written: a card is served once the tables it reads are complete. */
  complete: SeedTable[];
  counts: SeedManifest['counts'];
  info?: Record<string, unknown>;
  startedAt: number;
  finishedAt?: number;
  /** Where seeding time went in this run (ms; `load` is the wait for a file, reads overlap writes). */
  timings?: { load: number; parse: number; write: number };
}

export class CastmarkDb extends Dexie {
  titles!: Table<PageRow, string>;
  casts!: Table<PageRow, string>;
  people!: Table<PageRow, string>;
  terms!: Table<PageRow, string>;
  characters!: Table<PageRow, string>;
  lexicon!: Table<PageRow, string>;
  meta!: Table<SeedMeta, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(3).stores({ titles: 'k', casts: 'k', people: 'k', terms: 'k', characters: 'k', lexicon: 'k', meta: 'key' });
  }
}

function hasEveryTable(db: CastmarkDb): boolean {
  const stores = db.backendDB()?.objectStoreNames;
  return !!stores && TABLES.every((name) => stores.contains(name));
}

/**
 * Opens the database; one that cannot be opened or lacks a table (deleted or damaged under the extension, or left by
 * another schema) is deleted and created anew: it only holds the catalogue, which seeding writes back.
 * Settings live in storage.sync and are never touched here.
 */
export async function openDatabase(name = DB_NAME): Promise<{ db: CastmarkDb; rebuilt: boolean }> {
  let db = new CastmarkDb(name);
  try {
    await db.open();
    if (hasEveryTable(db)) return { db, rebuilt: false };
  } catch (error) {
    console.warn('Castmark: the database cannot be opened, rebuilding it', error);
  }
  db.close();
  await Dexie.delete(name);
  db = new CastmarkDb(name);
  await db.open();
  return { db, rebuilt: true };
}
