// The database in the background: opened once per worker start (lazily, kept as a promise) and the message
// handlers that read it: entity cards, search and catalogue facts.
import { handle } from './router';
import type { CatalogInfo } from '../common/messages';
import { openDatabase, type CastmarkDb, type SeedMeta } from '../lib/db/database';
import { buildEntityCard } from '../lib/db/cards';
import { CatalogReader } from '../lib/db/pages';
import type { SeedTable } from '../lib/db/records';
import { searchCatalog } from '../lib/search/search';
import { ensureSeeded, seedStatus, whenSeeded } from './seeding';

let opening: Promise<CastmarkDb> | undefined;

export function database(): Promise<CastmarkDb> {
  opening ??= openDatabase().then(({ db, rebuilt }) => {
    if (rebuilt) console.warn('Castmark: the database was damaged and has been rebuilt');
    // Another page deleting or upgrading the database closes this connection: open again on the next request.
    db.on('close', () => (opening = undefined));
    return db;
  }).catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

let reader: { stamp: string; reader: CatalogReader } | undefined;

/** A page reader for the database as it is now (a new one, with empty caches, whenever seeding moved on). */
async function currentReader(): Promise<{ reader: CatalogReader; meta: SeedMeta | undefined }> {
  const db = await database();
  const meta = await db.meta.get('seed');
  const stamp = meta ? `${meta.version}:${meta.cursor}` : '';
  if (reader?.stamp !== stamp) reader = { stamp, reader: new CatalogReader(db) };
  return { reader: reader.reader, meta };
}

/** Cards read complete rows only: a title card its title's chunk, a person card also every title. */
function cardReady(meta: SeedMeta | undefined, kind: 'person' | 'title'): boolean {
  if (!meta) return false;
  if (meta.state === 'ready') return true;
  const needs: SeedTable[] = kind === 'title' ? ['titles', 'casts'] : ['titles', 'casts', 'people'];
  return needs.every((table) => meta.complete.includes(table));
}

const CARD_WAIT_MS = 8_000;

export function registerDatabase(): void {
  handle('entity', async ({ kind, id }) => {
    let { reader, meta } = await currentReader();
    if (!cardReady(meta, kind)) {
      // While seeding, wait (briefly) for the tables this card reads rather than answer from half the data.
      void ensureSeeded();
      if (!cardReady(await whenSeeded((m) => cardReady(m, kind), CARD_WAIT_MS), kind)) return { card: null };
      ({ reader, meta } = await currentReader());
    }
    return { card: await buildEntityCard(reader, kind, id) };
  });

  handle('search', async ({ query, limit }) => {
    // While seeding, results come from the pages already written: fewer, never wrong (the popup says so).
    const { reader, meta } = await currentReader();
    if (meta?.state !== 'ready') void ensureSeeded();
    return { results: await searchCatalog(reader, query, limit) };
  });

  // The popup asks for the seed status as it opens: the moment to load the word list for its first keystroke.
  handle('seedStatus', async () => {
    const status = await seedStatus();
    if (status.state === 'ready') void currentReader().then(({ reader }) => reader.warm());
    return status;
  });

  handle('catalogInfo', async (): Promise<CatalogInfo> => {
    const meta = await (await database()).meta.get('seed');
    if (!meta) return { version: '', counts: {} };
    return {
      version: meta.version,
      counts: { ...meta.counts },
      ...(meta.info ? { info: meta.info } : {}),
      ...(meta.finishedAt ? { seededAt: meta.finishedAt } : {}),
    };
  });
}
