import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { buildSeedFiles, MANIFEST_FILE } from '../../../lib/db/seed-files';
import { CastmarkDb, openDatabase } from '../../../lib/db/database';
import { completeTables, seedDatabase } from '../../../lib/db/seeding';
import type { SeedManifest } from '../../../lib/db/records';
import { CatalogReader } from '../../../lib/db/pages';
import { fixtureCatalog, freshDbName, loaderFor, SMALL_SIZES } from './fixture';

/** How many entities of a table the database holds (rows are pages of them). */
async function entities(db: CastmarkDb, table: 'titles' | 'casts' | 'people'): Promise<number> {
  const pages = await db.table(table).toArray();
  return pages.reduce((n, page) => n + JSON.parse(page.d).length, 0);
}

const manifestOf = (files: ReturnType<typeof buildSeedFiles>) =>
  JSON.parse(files.find((f) => f.name === MANIFEST_FILE)!.data as string) as SeedManifest;

describe('seed files', () => {
  it('splits every table into chunks of bounded size listed in the manifest: titles, words, name terms, people, character terms, then casts', () => {
    const files = buildSeedFiles(fixtureCatalog(), { sources: ['x'] }, SMALL_SIZES);
    const manifest = manifestOf(files);
    expect(manifest.version).toBe('v1:db3');
    expect(manifest.counts).toMatchObject({ titles: 7, people: 12, credits: 16 });
    expect(manifest.info).toEqual({ sources: ['x'] });
    const order = manifest.chunks.map((c) => c.table).filter((t, i, all) => t !== all[i - 1]);
    expect(order).toEqual(['titles', 'lexicon', 'terms', 'people', 'characters', 'casts']);
    expect(manifest.chunks.filter((c) => c.table === 'titles').length).toBeGreaterThan(1);
    let people = 0;
    for (const chunk of manifest.chunks) {
      const data = files.find((f) => f.name === chunk.file)!.data as string;
      const pages = JSON.parse(data) as Array<[string, Array<[string]>]>;
      expect(pages).toHaveLength(chunk.rows);
      if (chunk.rows > 1) expect(data.length).toBeLessThanOrEqual(SMALL_SIZES.chunk + 2 * chunk.rows);
      for (const [key, tuples] of pages) {
        expect(tuples[0][0]).toBe(key); // a page is keyed by its first entity
        if (chunk.table === 'people') people += tuples.length;
      }
    }
    expect(people).toBe(12);
  });

  it('indexes hyphenated names by their parts and their joined form, and characters per actor and title', () => {
    const files = buildSeedFiles(fixtureCatalog());
    const terms = new Map<string, string>(
      manifestOf(files).chunks.filter((c) => c.table === 'terms' || c.table === 'characters')
        .flatMap((c) => JSON.parse(files.find((f) => f.name === c.file)!.data as string) as Array<[string, Array<[string, string]>]>)
        .flatMap(([, tuples]) => tuples),
    );
    expect(terms.get('jihu')?.split(' ')).toContain('p101');
    expect(terms.get('hoo')?.split(' ')).toContain('p101');
    expect(terms.get('onjo')?.split(' ')).toContain('c101:ts1');
    expect(terms.get('himself')).toBeUndefined(); // "self" appearances are not characters
  });
});

describe('seeding', () => {
  it('writes every row and marks the version ready', async () => {
    const db = new CastmarkDb(freshDbName());
    const files = buildSeedFiles(fixtureCatalog(), undefined, SMALL_SIZES);
    const meta = await seedDatabase(db, loaderFor(files));
    expect(meta).toMatchObject({ state: 'ready', version: 'v1:db3', cursor: meta.total, complete: ['titles', 'lexicon', 'terms', 'people', 'characters', 'casts'] });
    expect(await entities(db, 'titles')).toBe(7);
    expect(await entities(db, 'casts')).toBe(7);
    expect(await entities(db, 'people')).toBe(12);
    const reader = new CatalogReader(db);
    expect(await reader.one('titles', 'ts2')).toMatchObject({ title: 'Squid Game', seasons: 2, platforms: ['netflix'] });
    expect(await reader.one('people', '101')).toMatchObject({ otherNames: ['Park Ji-hoo'], titles: ['ts1'] });
    expect(await reader.one('people', '999')).toBeUndefined();
    // "park" is a name word (Park Ji-hu...) and a character word (Park Sae-ro-yi): one record in each index.
    const park = await reader.termsWithPrefix('park', 10);
    expect(park.map((t) => t.w)).toEqual(['park', 'park']);
    expect(park[0].refs.split(' ')).toContain('p101');
    expect(park[1].refs.split(' ')).toEqual(['c401:ts7']);
    const words = await reader.wordsWithPrefix('s', 100);
    expect(words).toEqual(expect.arrayContaining(['sae', 'saeroyi', 'squid', 'stranger', 'strangers', 'su']));
    expect(words.every((w) => w.startsWith('s'))).toBe(true);
    expect(words).toEqual([...words].sort());
    expect(await reader.wordsWithPrefix('s', 3)).toEqual(words.slice(0, 3));
    expect(new Set((await reader.termsWithPrefix('s', 3)).map((t) => t.w))).toEqual(new Set(words.slice(0, 3)));
  });

  it('is idempotent: a second run reads only the manifest', async () => {
    const db = new CastmarkDb(freshDbName());
    const files = buildSeedFiles(fixtureCatalog(), undefined, SMALL_SIZES);
    await seedDatabase(db, loaderFor(files));
    const again = loaderFor(files);
    const meta = await seedDatabase(db, again);
    expect(meta.state).toBe('ready');
    expect(again.reads).toEqual([MANIFEST_FILE]);
    expect(await entities(db, 'people')).toBe(12);
  });

  it('resumes from the stored cursor after being stopped half-way', async () => {
    const name = freshDbName();
    const files = buildSeedFiles(fixtureCatalog(), undefined, SMALL_SIZES);
    const total = manifestOf(files).chunks.length;
    const failing = loaderFor(files);
    const broken = Object.assign(async (file: string) => {
      if (file === manifestOf(files).chunks[4].file) throw new Error('worker stopped');
      return failing(file);
    });
    const first = new CastmarkDb(name);
    await expect(seedDatabase(first, broken)).rejects.toThrow('worker stopped');
    expect(await first.meta.get('seed')).toMatchObject({ state: 'seeding', cursor: 4, total });
    expect((await first.meta.get('seed'))!.complete).toEqual(completeTables(manifestOf(files).chunks, 4));
    expect(await entities(first, 'people')).toBeLessThan(12); // half-way really is half-way
    first.close();

    const second = new CastmarkDb(name); // a new worker, a new connection
    const resumed = loaderFor(files);
    const meta = await seedDatabase(second, resumed);
    expect(meta.state).toBe('ready');
    expect(resumed.reads.slice(1)).toEqual(manifestOf(files).chunks.slice(4).map((c) => c.file));
    expect(await entities(second, 'people')).toBe(12);
    expect(await entities(second, 'titles')).toBe(7);
  });

  it('replaces the rows of an older catalogue version instead of mixing them', async () => {
    const db = new CastmarkDb(freshDbName());
    await seedDatabase(db, loaderFor(buildSeedFiles(fixtureCatalog('v1'))));
    const v2 = fixtureCatalog('v2');
    v2.people = v2.people.filter((p) => p.id !== '402');
    v2.credits = v2.credits.filter((c) => c.personId !== '402');
    const meta = await seedDatabase(db, loaderFor(buildSeedFiles(v2)));
    expect(meta).toMatchObject({ version: 'v2:db3', state: 'ready' });
    expect(await new CatalogReader(db).one('people', '402')).toBeUndefined();
    expect(await entities(db, 'people')).toBe(11);
  });

  it('reseeds a database that says it is ready but lost rows', async () => {
    const db = new CastmarkDb(freshDbName());
    const files = buildSeedFiles(fixtureCatalog());
    await seedDatabase(db, loaderFor(files));
    await db.people.clear();
    const meta = await seedDatabase(db, loaderFor(files));
    expect(meta.state).toBe('ready');
    expect(await entities(db, 'people')).toBe(12);
  });
});

describe('opening the database', () => {
  it('makes a database left by another schema usable (missing tables, higher version)', async () => {
    const name = freshDbName();
    const alien = new Dexie(name);
    alien.version(7).stores({ something: 'id' });
    await alien.open();
    await alien.table('something').put({ id: 1 });
    alien.close();

    const { db } = await openDatabase(name);
    expect([...db.backendDB().objectStoreNames]).toEqual(expect.arrayContaining(['casts', 'characters', 'lexicon', 'meta', 'people', 'terms', 'titles']));
    expect(db.tables.map((t) => t.name).sort()).toEqual(['casts', 'characters', 'lexicon', 'meta', 'people', 'terms', 'titles']);
    const meta = await seedDatabase(db, loaderFor(buildSeedFiles(fixtureCatalog())));
    expect(meta.state).toBe('ready');
  });

  it('opens an intact database as it is', async () => {
    const name = freshDbName();
    const first = await openDatabase(name);
    await seedDatabase(first.db, loaderFor(buildSeedFiles(fixtureCatalog())));
    first.db.close();
    const { db, rebuilt } = await openDatabase(name);
    expect(rebuilt).toBe(false);
    expect(await entities(db, 'people')).toBe(12);
  });
});
