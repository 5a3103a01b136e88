import { beforeAll, describe, expect, it } from 'vitest';
import { buildEntityCard } from '../../../lib/db/cards';
import type { CatalogReader } from '../../../lib/db/pages';
import type { PersonCard, TitleCard } from '../../../lib/types';
import { seededFixtureReader } from './fixture';

let db: CatalogReader;
beforeAll(async () => {
  db = await seededFixtureReader();
});

describe('entity cards', () => {
  it('a title card has its directors and its cast in billing order, with characters and notes', async () => {
    const card = (await buildEntityCard(db, 'title', 'ts1')) as TitleCard;
    expect(card.kind).toBe('title');
    expect(card.title).toMatchObject({ id: 'ts1', title: 'All of Us Are Dead', year: 2022, aliases: ['Jigeum Uri Hakgyoneun'] });
    expect(card.title).not.toHaveProperty('rank');
    expect(card.directors.map((p) => p.name)).toEqual(['Lee Jae-kyoo']);
    expect(card.cast.map((c) => [c.person.name, c.characters[0], c.order])).toEqual([
      ['Yoon Chan-young', 'Lee Cheong-san', 0],
      ['Park Ji-hu', 'Nam On-jo', 1],
      ['Lomon', 'Lee Su-hyeok', 2],
    ]);
    expect(card.cast[1].person.otherNames).toEqual(['Park Ji-hoo']);
    const squid = (await buildEntityCard(db, 'title', 'ts2')) as TitleCard;
    expect(squid.cast[0]).toMatchObject({ role: 'ACTOR', note: 'No. 456', characters: ['Seong Gi-hun'] });
  });

  it('a person card lists roles by prominence (known title, high billing first), with flags', async () => {
    const card = (await buildEntityCard(db, 'person', '201')) as PersonCard;
    expect(card.person).toEqual({ id: '201', name: 'Lee Jung-jae', otherNames: [] });
    expect(card.roles.map((r) => r.title.title)).toEqual(['Squid Game', 'Itaewon Class', 'Hotel by the River']);
    expect(card.roles[1]).toMatchObject({ voice: true, order: 12 });
    expect(card.roles[2]).toMatchObject({ self: true });
  });

  it('a person who directs and acts gets both roles', async () => {
    const card = (await buildEntityCard(db, 'person', '104')) as PersonCard;
    expect(card.roles.map((r) => [r.title.id, r.role])).toEqual([['ts1', 'DIRECTOR'], ['ts7', 'DIRECTOR']]);
  });

  it('answers null for unknown ids and kinds', async () => {
    expect(await buildEntityCard(db, 'person', 'nope')).toBeNull();
    expect(await buildEntityCard(db, 'title', '')).toBeNull();
    expect(await buildEntityCard(db, 'planet' as never, '101')).toBeNull();
  });
});

describe('cards while the popup preloads the search tables', () => {
  it('answer from single page reads instead of waiting for the whole tables to arrive', async () => {
    const reader = await seededFixtureReader();
    // Make the whole-table reads of warm() never finish, as a slow preload of tens of MB would not for seconds.
    const db = (reader as unknown as { db: { table(name: string): { toArray(): Promise<unknown[]> } } }).db;
    const table = db.table.bind(db);
    db.table = (name: string) => Object.assign(Object.create(table(name)), { toArray: () => new Promise<unknown[]>(() => undefined) });
    void reader.warm();
    const card = (await buildEntityCard(reader, 'title', 'ts2')) as TitleCard;
    expect(card.title.title).toBe('Squid Game');
    expect(card.cast[0].person.name).toBe('Lee Jung-jae');
  });
});
