import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogReader } from '../../../lib/db/pages';
import { searchCatalog } from '../../../lib/search/search';
import { seededFixtureReader } from '../db/fixture';

let db: CatalogReader;
beforeAll(async () => {
  db = await seededFixtureReader();
});

const top = async (query: string) => (await searchCatalog(db, query))[0];

describe('search', () => {
  it('finds a person by name, in either word order, joined or hyphenated', async () => {
    for (const query of ['Park Ji-hu', 'Ji-hu Park', 'park jihu', 'JI HU PARK', 'Park Jí-hú']) {
      expect(await top(query), query).toMatchObject({ kind: 'person', id: '101', label: 'Park Ji-hu' });
    }
  });

  it('finds a person by another spelling and says which one matched', async () => {
    expect(await top('Park Ji-hoo')).toMatchObject({ kind: 'person', id: '101', detail: expect.stringContaining('Also spelled Park Ji-hoo') });
    expect(await top('Solomon')).toMatchObject({ kind: 'person', id: '103', label: 'Lomon' });
  });

  it('finds titles with a typo', async () => {
    expect(await top('Squid Gaem')).toMatchObject({ kind: 'title', id: 'ts2', label: 'Squid Game' });
    expect(await top('Stranger Thigns')).toMatchObject({ kind: 'title', id: 'ts3' });
    expect(await top('Stranegr')).toMatchObject({ kind: 'title', id: 'ts3' });
  });

  it('finds titles by prefix as the user types, and by alias', async () => {
    expect(await top('all of us')).toMatchObject({ kind: 'title', id: 'ts1' });
    expect(await top('itaew')).toMatchObject({ kind: 'title', id: 'ts7' });
    expect(await top('Jigeum Uri')).toMatchObject({ kind: 'title', id: 'ts1', detail: expect.stringContaining('Also known as') });
  });

  it('finds a character, answering with the actor and the title', async () => {
    expect(await top('Nam On-jo')).toMatchObject({ kind: 'character', id: '101', label: 'Nam On-jo', detail: 'Park Ji-hu in All of Us Are Dead (2022)' });
    expect(await top('eleven')).toMatchObject({ kind: 'character', id: '301' });
  });

  it('mixes kinds in one ranked list with scores in order', async () => {
    const results = await searchCatalog(db, 'park');
    const kinds = new Set(results.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['person', 'character']));
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await searchCatalog(db, 'squid')).map((r) => r.id)).toEqual(['ts2', 'tm4']);
  });

  it('honours the limit', async () => {
    expect(await searchCatalog(db, 'park', 2)).toHaveLength(2);
  });

  it('answers bad queries without error', async () => {
    const bad = ['', '   ', '!!!???...', "'foo | !bar ^x$", '=squid', '.*+?[(', 'a'.repeat(10_000), 'ซีรีส์เกาหลี', '🎬🍿', '\u0000\uffff', 'x'];
    for (const query of bad) {
      const results = await searchCatalog(db, query);
      expect(Array.isArray(results), query.slice(0, 20)).toBe(true);
    }
    expect(await searchCatalog(db, '')).toEqual([]);
    expect(await searchCatalog(db, '!!!???...')).toEqual([]);
    expect(await searchCatalog(db, 'ซีรีส์เกาหลี')).toEqual([]);
    expect(await searchCatalog(db, 42 as never)).toEqual([]);
    // Extended-search syntax is plain text here: the words still count.
    expect((await searchCatalog(db, "'squid | !game ^x$")).map((r) => r.id)).toContain('ts2');
    const long = await searchCatalog(db, 'squid game '.repeat(1000));
    expect(long[0]).toMatchObject({ id: 'ts2' });
  });
});
