import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../lib/catalog/read.ts';
import { formatCredits, formatPeople, formatTitles } from '../../../lib/catalog/tsv.ts';
import type { Credit, Person, Title } from '../../../lib/types.ts';

const titles: Title[] = [
  { id: 'tm1', title: 'A Film', type: 'MOVIE', year: 1999, runtime: 120, genres: ['drama'], countries: ['US', 'GB'], imdbScore: 7.5, platforms: ['netflix', 'amazon'] },
  { id: 'ts2', title: 'Money Heist', type: 'SHOW', seasons: 5, genres: [], countries: [], platforms: ['netflix'] },
];
const people: Person[] = [
  { id: '7', name: 'Jo In-sung', otherNames: ['Zo In-sung'] },
  { id: '8', name: 'Lomon', otherNames: [] },
];
const credits: Credit[] = [
  { titleId: 'tm1', personId: '7', role: 'ACTOR', order: 0, characters: ['Queen', 'Witch'], voice: true, note: 'No. 456' },
  { titleId: 'tm1', personId: '8', role: 'DIRECTOR', order: 1, characters: [] },
  { titleId: 'ts2', personId: '8', role: 'ACTOR', order: 0, characters: [], self: true },
];
const files = { titles: formatTitles(titles), people: formatPeople(people), credits: formatCredits(credits) };
const aliases = '# comment\nkind\tid\talias\tsource\nperson\t8\tPark Solomon\tlegal name\ntitle\tts2\tLa casa de papel\tSpanish title\n';

describe('parseCatalog', () => {
  it('reads back exactly what the importer writes', () => {
    const catalog = parseCatalog(files);
    expect(catalog.titles).toEqual(titles);
    expect(catalog.people).toEqual(people);
    expect(catalog.credits).toEqual(credits);
    expect(catalog.aliases).toEqual([]);
  });

  it('merges curated aliases into titles and people, and changes the version with them', () => {
    const plain = parseCatalog(files);
    const catalog = parseCatalog({ ...files, aliases });
    expect(catalog.titles[1].aliases).toEqual(['La casa de papel']);
    expect(catalog.people[1].otherNames).toEqual(['Park Solomon']);
    expect(catalog.aliases).toHaveLength(2);
    expect(catalog.version).not.toBe(plain.version);
  });

  it('takes the version from meta.json when given', () => {
    expect(parseCatalog({ ...files, meta: '{"version":"abc"}' }).version).toBe('abc');
  });

  it('rejects an alias for an unknown id, a wrong header and a short row', () => {
    expect(() => parseCatalog({ ...files, aliases: 'kind\tid\talias\tsource\nperson\t999\tX\tnote\n' })).toThrow(/unknown person id 999/);
    expect(() => parseCatalog({ ...files, titles: 'id\ttitle\n' })).toThrow(/^titles.tsv:1: wrong header/);
    expect(() => parseCatalog({ ...files, people: `${files.people}9\tShort\n` })).toThrow(/^people.tsv:4: expected 3 fields, found 2/);
  });
});
