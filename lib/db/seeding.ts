// Seeding: writes the seed chunks into the database, one transaction per chunk together with the progress cursor,
// so it is idempotent (bulkPut by primary key) and resumable (a worker stopped half-way restarts at the cursor).
// A new catalogue version clears the catalogue tables first, so rows of two versions never mix.
import type { CastmarkDb, SeedMeta } from './database';
import type { PageRow, SeedChunkInfo, SeedManifest, SeedTable } from './records';
import { MANIFEST_FILE } from './seed-files';

/** Reads one seed file's text (fetch of the extension URL in the browser, fs in Node). */
export type SeedLoader = (file: string) => Promise<string>;

export interface SeedProgress {
  done: number;
  total: number;
  version: string;
}

export async function readManifest(load: SeedLoader): Promise<SeedManifest> {
  const manifest = JSON.parse(await load(MANIFEST_FILE)) as SeedManifest;
  if (manifest?.format !== 2 || !Array.isArray(manifest.chunks) || typeof manifest.version !== 'string') {
    throw new Error('Castmark: the seed manifest is not in a known format');
  }
  return manifest;
}

/** A chunk file is a JSON array of [pageKey, tuples]; a page is stored as the JSON text of its tuples. */
function decodeChunk(rows: unknown): PageRow[] {
  if (!Array.isArray(rows)) throw new Error('Castmark: a seed chunk is not an array');
  return rows.map((row) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || !Array.isArray(row[1])) throw new Error('Castmark: bad seed page');
    return { k: row[0], d: JSON.stringify(row[1]) };
  });
}

/** Tables whose last chunk lies before `cursor`. */
export function completeTables(chunks: SeedChunkInfo[], cursor: number): SeedTable[] {
  const tables = [...new Set(chunks.map((c) => c.table))];
  return tables.filter((table) => chunks.every((c, i) => c.table !== table || i < cursor));
}

async function startVersion(db: CastmarkDb, manifest: SeedManifest): Promise<SeedMeta> {
  const meta: SeedMeta = {
    key: 'seed', version: manifest.version, cursor: 0, total: manifest.chunks.length, state: 'seeding',
    complete: [], counts: manifest.counts, info: manifest.info, startedAt: Date.now(),
  };
  const catalogTables = [db.titles, db.casts, db.people, db.terms, db.characters, db.lexicon];
  await db.transaction('rw', [...catalogTables, db.meta], async () => {
    await Promise.all(catalogTables.map((table) => table.clear()));
    await db.meta.put(meta);
  });
  return meta;
}

/** Whether a database that says it is ready really holds the manifest's rows (a cleared table reseeds). */
async function holdsEveryRow(db: CastmarkDb, manifest: SeedManifest): Promise<boolean> {
  const expected = new Map<SeedTable, number>();
  for (const chunk of manifest.chunks) expected.set(chunk.table, (expected.get(chunk.table) ?? 0) + chunk.rows);
  const counts = await Promise.all([...expected.keys()].map((table) => db.table(table).count()));
  return [...expected.values()].every((rows, i) => counts[i] === rows);
}

/**
 * Brings the database to the manifest's version, continuing from the stored cursor. Safe to call again at any time
 * (and concurrently: a chunk is written only if the cursor still points at it).
 */
export async function seedDatabase(
  db: CastmarkDb,
  load: SeedLoader,
  onProgress?: (progress: SeedProgress) => void,
  manifest?: SeedManifest,
): Promise<SeedMeta> {
  manifest ??= await readManifest(load);
  let meta = await db.meta.get('seed');
  if (!meta || meta.version !== manifest.version || meta.total !== manifest.chunks.length) {
    meta = await startVersion(db, manifest);
  } else if (meta.state === 'ready' && !(await holdsEveryRow(db, manifest))) {
    meta = await startVersion(db, manifest);
  }
  const { version } = manifest;
  onProgress?.({ done: meta.cursor, total: meta.total, version });

  const timings = { load: 0, parse: 0, write: 0 };
  // The next chunk is read while this one is written: file reads and database writes overlap.
  const prefetch = (index: number) => {
    if (index >= manifest!.chunks.length) return undefined;
    const text = load(manifest!.chunks[index].file);
    text.catch(() => undefined); // a failure is reported when (and if) that chunk is reached
    return text;
  };
  let upcoming = prefetch(meta.cursor);
  for (let index = meta.cursor; index < manifest.chunks.length; index++) {
    const chunk = manifest.chunks[index];
    let started = Date.now();
    const text = await (upcoming ?? load(chunk.file));
    upcoming = prefetch(index + 1);
    timings.load += Date.now() - started;
    started = Date.now();
    const pages = decodeChunk(JSON.parse(text));
    timings.parse += Date.now() - started;
    started = Date.now();
    const table = db.table(chunk.table);
    const written = await db.transaction('rw', [table, db.meta], async () => {
      const current = await db.meta.get('seed');
      if (!current || current.version !== version || current.cursor !== index) return current;
      await table.bulkPut(pages);
      const cursor = index + 1;
      const next: SeedMeta = {
        ...current,
        cursor,
        complete: completeTables(manifest!.chunks, cursor),
        state: cursor === current.total ? 'ready' : 'seeding',
        timings: { ...timings, write: timings.write + Date.now() - started },
        ...(cursor === current.total ? { finishedAt: Date.now() } : {}),
      };
      await db.meta.put(next);
      return next;
    });
    timings.write += Date.now() - started;
    if (!written || written.version !== version) throw new Error('Castmark: another catalogue version took over seeding');
    meta = written;
    if (meta.cursor > index + 1) {
      index = meta.cursor - 1; // someone else wrote further: skip ahead
      upcoming = prefetch(meta.cursor);
    }
    onProgress?.({ done: meta.cursor, total: meta.total, version });
  }
  return meta;
}
