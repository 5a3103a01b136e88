// A small hand-made catalogue with the cases search and cards must get right (other spellings, hyphenated Korean
// names, characters, near-miss titles), plus helpers to seed it into a fresh fake-indexeddb database.
import type { Credit, Person, Title } from '../../../lib/types';
import { buildSeedFiles, type SeedCatalog, type SeedFile } from '../../../lib/db/seed-files';
import { CastmarkDb } from '../../../lib/db/database';
import { seedDatabase, type SeedLoader } from '../../../lib/db/seeding';
import { CatalogReader } from '../../../lib/db/pages';

const title = (id: string, name: string, type: 'MOVIE' | 'SHOW', year: number, votes: number, extra: Partial<Title> = {}): Title => ({
  id, title: name, type, year, genres: ['drama'], countries: ['KR'], imdbVotes: votes, popularity: votes / 1000,
  platforms: ['netflix'], ...extra,
});
const person = (id: string, name: string, ...otherNames: string[]): Person => ({ id, name, otherNames });
const acts = (titleId: string, personId: string, order: number, characters: string[] = [], extra: Partial<Credit> = {}): Credit => ({
  titleId, personId, role: 'ACTOR', order, characters, ...extra,
});
const directs = (titleId: string, personId: string, order = 0): Credit => ({ titleId, personId, role: 'DIRECTOR', order, characters: [] });

export function fixtureCatalog(version = 'v1'): SeedCatalog {
  return {
    version,
    titles: [
      title('ts1', 'All of Us Are Dead', 'SHOW', 2022, 60000, { seasons: 2, aliases: ['Jigeum Uri Hakgyoneun'] }),
      title('ts2', 'Squid Game', 'SHOW', 2021, 500000, { seasons: 2 }),
      title('ts3', 'Stranger Things', 'SHOW', 2016, 1200000, { seasons: 5 }),
      title('tm4', 'The Squid and the Whale', 'MOVIE', 2005, 90000),
      title('tm5', 'Strangers', 'MOVIE', 2008, 5000),
      title('tm6', 'Hotel by the River', 'MOVIE', 2018, 800, { platforms: ['viki'] }),
      title('ts7', 'Itaewon Class', 'SHOW', 2020, 30000, { platforms: ['netflix', 'viki'] }),
    ],
    people: [
      person('101', 'Park Ji-hu', 'Park Ji-hoo'),
      person('102', 'Yoon Chan-young'),
      person('103', 'Lomon', 'Park Solomon'),
      person('104', 'Lee Jae-kyoo'),
      person('201', 'Lee Jung-jae'),
      person('202', 'Park Hae-soo'),
      person('203', 'Hwang Dong-hyuk'),
      person('301', 'Millie Bobby Brown'),
      person('302', 'Winona Ryder'),
      person('401', 'Park Seo-joon'),
      person('402', 'Jesse Eisenberg'),
      person('501', 'Hong Sang-soo'),
    ],
    credits: [
      directs('ts1', '104'),
      acts('ts1', '102', 0, ['Lee Cheong-san']),
      acts('ts1', '101', 1, ['Nam On-jo']),
      acts('ts1', '103', 2, ['Lee Su-hyeok']),
      directs('ts2', '203'),
      acts('ts2', '201', 0, ['Seong Gi-hun'], { note: 'No. 456' }),
      acts('ts2', '202', 1, ['Cho Sang-woo']),
      acts('ts3', '301', 1, ['Eleven']),
      acts('ts3', '302', 0, ['Joyce Byers']),
      acts('tm4', '402', 0, ['Walt Berkman']),
      acts('tm5', '302', 5, ['Joyce']),
      directs('tm6', '501'),
      acts('tm6', '201', 9, ['Himself'], { self: true }),
      acts('ts7', '401', 0, ['Park Sae-ro-yi']),
      directs('ts7', '104', 1),
      acts('ts7', '201', 12, ['Director Lee'], { voice: true }),
    ],
  };
}

export function loaderFor(files: SeedFile[]): SeedLoader & { reads: string[] } {
  const byName = new Map(files.map((f) => [f.name, f.data]));
  const reads: string[] = [];
  const load = async (name: string) => {
    reads.push(name);
    const data = byName.get(name);
    if (data === undefined) throw new Error(`no seed file ${name}`);
    return typeof data === 'string' ? data : new TextDecoder().decode(data);
  };
  return Object.assign(load, { reads });
}

let dbCounter = 0;
export function freshDbName(): string {
  return `castmark-test-${process.pid}-${++dbCounter}`;
}

/** Tiny pages and chunks so the fixture spans several of each, as the real catalogue does. */
export const SMALL_SIZES = { page: 200, chunk: 600 };

export async function seededFixtureReader(sizes = SMALL_SIZES): Promise<CatalogReader> {
  const db = new CastmarkDb(freshDbName());
  await db.open();
  await seedDatabase(db, loaderFor(buildSeedFiles(fixtureCatalog(), undefined, sizes)));
  return new CatalogReader(db);
}
