import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../lib/catalog/read.ts';
import { readCatalogFromDir } from '../../../scripts/catalog-files.ts';

// The committed catalogue itself: spot checks that must survive every re-import.
describe('committed catalogue (data/)', () => {
  let catalog: Catalog;
  beforeAll(() => {
    catalog = readCatalogFromDir('data');
  }, 60_000);

  it('has every platform, both snapshots merged', () => {
    expect(catalog.titles.length).toBeGreaterThan(26_000);
    expect(catalog.people.length).toBeGreaterThan(144_000);
    expect(catalog.credits.length).toBeGreaterThan(270_000);
  });

  it('has All of Us Are Dead with its 11 credits in billing order', () => {
    const title = catalog.titles.find((t) => t.id === 'ts225855');
    expect(title).toMatchObject({ title: 'All of Us Are Dead', type: 'SHOW', year: 2022, seasons: 2, imdbId: 'tt14169960', platforms: ['netflix'] });
    const credits = catalog.credits.filter((c) => c.titleId === 'ts225855');
    expect(credits).toHaveLength(11);
    const person = (id: string) => catalog.people.find((p) => p.id === id)!;
    expect(person(credits[0].personId).name).toBe('Park Ji-hu');
    expect(credits[0].characters).toEqual(['Nam On-jo']);
    const lomon = credits.find((c) => person(c.personId).name === 'Lomon')!;
    expect(lomon.characters).toEqual(['Lee Su-hyeok']);
    expect(person(lomon.personId).otherNames).toContain('Park Solomon');
    const directors = credits.filter((c) => c.role === 'DIRECTOR').map((c) => person(c.personId).name);
    expect(directors).toEqual(['JQ Lee', 'Kim Nam-soo']);
  });

  it('keeps Squid Game player numbers as notes', () => {
    const gihun = catalog.credits.find((c) => c.titleId === 'ts220305' && c.order === 0)!;
    expect(gihun).toMatchObject({ characters: ['Seong Gi-hun'], note: 'No. 456' });
    expect(catalog.titles.find((t) => t.id === 'ts220305')!.aliases).toContain('El juego del calamar');
  });

  it('keeps every spelling of one person_id and never merges two people by name', () => {
    const joInSung = catalog.people.find((p) => p.id === '167699')!;
    expect([joInSung.name, ...joInSung.otherNames].sort()).toEqual(['Jo In-sung', 'Zo In-sung']);
    const kimSiEun = catalog.people.filter((p) => p.name === 'Kim Si-eun').map((p) => p.id).sort();
    expect(kimSiEun).toEqual(['1168246', '242917']);
  });

  it('holds no description text, stays small and sorted', () => {
    // Opening words of descriptions in the source titles.csv files (Amazon, Crunchyroll, Disney, Paramount, HBO, Netflix).
    const descriptions = [
      'The Three Stooges were an American vaudeville',
      'Arsene Lupin III is the grandson',
      'Kris Kringle, seemingly the embodiment',
      'A hack screenwriter writes a screenplay',
      'In Casablanca, Morocco in December 1941',
      'This collection includes 12 World War II-era',
    ];
    for (const name of ['titles.tsv', 'people.tsv', 'credits.tsv', 'meta.json']) {
      const path = `data/catalog/${name}`;
      const text = readFileSync(path, 'utf8');
      for (const sentence of descriptions) expect(text.includes(sentence), `${name} contains "${sentence}"`).toBe(false);
      expect(statSync(path).size).toBeLessThan(20 * 1024 * 1024);
    }
    const ids = catalog.titles.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    const personIds = catalog.people.map((p) => Number(p.id));
    expect(personIds).toEqual([...personIds].sort((a, b) => a - b));
  });
});
