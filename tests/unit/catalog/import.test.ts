import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../lib/catalog/read.ts';
import { importCatalog } from '../../../scripts/import-catalog.ts';
import { CREDITS_HEADER, TITLES_HEADER, happyDatasets, tempDataDir, writeDatasets, type DatasetFiles } from './fixtures.ts';

function readOutputs(dataDir: string): Record<string, Buffer> {
  const dir = join(dataDir, 'catalog');
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

function importFixture(dataDir: string, files: DatasetFiles) {
  const datasets = writeDatasets(files);
  const result = importCatalog(datasets, dataDir);
  return { datasets, result, catalog: parseCatalog({ titles: result.files['titles.tsv'], people: result.files['people.tsv'], credits: result.files['credits.tsv'], meta: result.files['meta.json'] }) };
}

describe('importCatalog, happy path', () => {
  const { result, catalog } = importFixture(tempDataDir(), happyDatasets());
  const title = (id: string) => catalog.titles.find((t) => t.id === id)!;
  const credit = (titleId: string, personId: string) => catalog.credits.find((c) => c.titleId === titleId && c.personId === personId)!;

  it('merges titles across snapshots and platforms: newest wins, older fills gaps', () => {
    expect(title('ts1')).toEqual({
      id: 'ts1', title: 'Squid Game', type: 'SHOW', year: 2021, seasons: 2, runtime: 55, genres: ['drama', 'action'], countries: ['KR'],
      ageRating: 'TV-MA', imdbId: 'tt10919420', imdbScore: 8, imdbVotes: 463410, popularity: 277.024, tmdbScore: 7.8, platforms: ['netflix', 'viki'],
    });
    expect(title('tm2')).toMatchObject({ runtime: 101, genres: [], countries: [], imdbScore: 6.5, platforms: ['netflix'] });
    expect(title('ts3')).toMatchObject({ title: 'Left Netflix', seasons: 1, platforms: ['netflix'] });
    expect(catalog.titles.map((t) => t.id)).toEqual(['tm2', 'ts1', 'ts3']);
  });

  it('drops the description text, newline and all', () => {
    for (const text of Object.values(result.files)) expect(text).not.toMatch(/Hundreds of players|quoted newline/);
  });

  it('keeps both spellings of one person_id, the newest first, and never merges by name', () => {
    expect(catalog.people.find((p) => p.id === '11')).toEqual({ id: '11', name: 'Jo In-sung', otherNames: ['Zo In-sung'] });
    expect(catalog.people.filter((p) => p.name === 'Kim Si-eun').map((p) => p.id)).toEqual(['12', '13']);
  });

  it('cleans characters into names, flags and notes', () => {
    expect(credit('ts1', '10')).toMatchObject({ role: 'ACTOR', characters: ['Seong Gi-hun'], note: 'No. 456' });
    expect(credit('ts1', '11')).toMatchObject({ characters: [], self: true });
    expect(credit('ts1', '12')).toMatchObject({ characters: ['Young Girl'], voice: true });
    expect(credit('tm2', '13')).toMatchObject({ characters: ['Queen', 'Witch'], voice: true });
    expect(credit('tm2', '14')).toMatchObject({ role: 'DIRECTOR', characters: [] });
  });

  it('keeps credits an older snapshot had, in their billing position', () => {
    expect(catalog.credits.filter((c) => c.titleId === 'ts1').map((c) => [c.personId, c.order])).toEqual([
      ['10', 0], ['15', 1], ['11', 2], ['12', 3],
    ]);
  });

  it('records every snapshot and the counts in meta.json', () => {
    const meta = JSON.parse(result.files['meta.json']);
    expect(meta.version).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.snapshots.map((s: { folder: string; snapshot: string }) => `${s.folder}@${s.snapshot}`)).toEqual([
      'justwatch-netflix@2023-03', 'justwatch-netflix-2022-05@2022-05', 'justwatch-viki@2022-05',
    ]);
    expect(meta.counts).toEqual({ titles: 3, shows: 2, movies: 1, people: 6, credits: 6, creditsWithCharacter: 4 });
    expect(result.skipped).toEqual(['shivam-bansal-2021']);
  });

  it('writes the same bytes on a second run', () => {
    const again = importFixture(tempDataDir(), happyDatasets());
    expect(again.result.files).toEqual(result.files);
  });
});

describe('importCatalog refuses malformed input and leaves the catalogue untouched', () => {
  let dataDir: string;
  let before: Record<string, Buffer>;
  beforeEach(() => {
    dataDir = tempDataDir();
    importFixture(dataDir, happyDatasets());
    before = readOutputs(dataDir);
  });

  const broken = (path: string, content: string | Uint8Array): DatasetFiles => ({ ...happyDatasets(), [path]: content });
  const expectRefused = (datasets: string, message: RegExp) => {
    expect(() => importCatalog(datasets, dataDir)).toThrow(message);
    expect(readOutputs(dataDir)).toEqual(before);
  };
  const refuses = (files: DatasetFiles, file: string, message: RegExp | string) => {
    const datasets = writeDatasets(files);
    const where = `${join(datasets, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    const pattern = typeof message === 'string' ? new RegExp(`^${where}:${message}`) : new RegExp(`^${where}${message.source}`);
    expectRefused(datasets, pattern);
  };

  it('a wrong header', () => {
    refuses(broken('justwatch-viki/titles.csv', `id,name,type\r\nts1,x,SHOW\r\n`), 'justwatch-viki/titles.csv', '1: wrong header');
  });

  it('a row with the wrong field count', () => {
    const credits = `${CREDITS_HEADER}\n10,ts1,Lee Jung-jae,Gi-hun,ACTOR\n11,ts1,Jo In-sung,ACTOR\n`;
    refuses(broken('justwatch-netflix-2022-05/credits.csv', credits), 'justwatch-netflix-2022-05/credits.csv', '3: expected 5 fields, found 4');
  });

  it('counts lines correctly after a quoted newline', () => {
    const titles = `${TITLES_HEADER}\nts1,A,SHOW,"two\nlines",2021,,,[],[],,,,,,\nts9,B,SHOW,,20x1,,,[],[],,,,,,\n`;
    refuses(broken('justwatch-viki/titles.csv', titles), 'justwatch-viki/titles.csv', '4: release_year is not a number: "20x1"');
  });

  it('a credit whose title id is not in the folder', () => {
    const credits = `${CREDITS_HEADER}\n10,ts1,Lee Jung-jae,Gi-hun,ACTOR\n16,ts404,Nobody,,ACTOR\n`;
    refuses(broken('justwatch-netflix-2022-05/credits.csv', credits), 'justwatch-netflix-2022-05/credits.csv', '3: title id "ts404" is not in this folder\'s titles.csv');
  });

  it('a UTF-8 byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${TITLES_HEADER}\nts1,A,SHOW,,2021,,,[],[],,,,,,\n`)]);
    refuses(broken('justwatch-viki/titles.csv', withBom), 'justwatch-viki/titles.csv', '1: starts with a UTF-8 byte-order mark');
  });

  it('bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${TITLES_HEADER}\nts1,A,SHOW,,2021,,,[],[],,,,,,\nts2,Caf`), 0xe9, 0x0a]);
    refuses(broken('justwatch-viki/titles.csv', latin1), 'justwatch-viki/titles.csv', '3: is not valid UTF-8');
  });

  it('an empty file, and a header without rows', () => {
    refuses(broken('justwatch-netflix/credits.csv', ''), 'justwatch-netflix/credits.csv', '1: empty file');
    refuses(broken('justwatch-netflix/credits.csv', `${CREDITS_HEADER}\r\n`), 'justwatch-netflix/credits.csv', '2: no data rows');
  });

  it('a missing titles.csv, a missing folder and a path that is not a folder', () => {
    const { ['justwatch-viki/titles.csv']: _, ...withoutVikiTitles } = happyDatasets();
    refuses({ ...withoutVikiTitles, 'justwatch-viki/credits.csv': `${CREDITS_HEADER}\n` }, 'justwatch-viki/titles.csv', /: cannot read file \(ENOENT\)/);
    const missing = join(writeDatasets({}), 'nope');
    expectRefused(missing, new RegExp(`^${missing}: cannot read the datasets folder \\(ENOENT\\)`));
    const notAFolder = join(writeDatasets({ 'file.txt': 'x' }), 'file.txt');
    expectRefused(notAFolder, new RegExp(`^${notAFolder}: cannot read the datasets folder \\(ENOTDIR\\)`));
  });

  it('a genre list that is not a Python list', () => {
    const titles = `${TITLES_HEADER}\nts1,A,SHOW,,2021,,,drama,[],,,,,,\n`;
    refuses(broken('justwatch-viki/titles.csv', titles), 'justwatch-viki/titles.csv', '2: not a Python list of strings');
  });

  it('a repeated title id with different values (identical repeats are fine)', () => {
    const titles = `${TITLES_HEADER}\nts1,A,SHOW,,2021,,,[],[],,,,,,\nts7,B,SHOW,,2021,,,[],[],,,,,,\nts1,A,SHOW,,2022,,,[],[],,,,,,\n`;
    refuses(broken('justwatch-viki/titles.csv', titles), 'justwatch-viki/titles.csv', '4: title id ts1 repeats line 2 with different values');
  });

  it('an unterminated quote, an unknown type and an unknown role', () => {
    refuses(broken('justwatch-viki/titles.csv', `${TITLES_HEADER}\nts1,"A,SHOW,,2021,,,[],[],,,,,,\n`), 'justwatch-viki/titles.csv', '2: unterminated quoted field');
    refuses(broken('justwatch-viki/titles.csv', `${TITLES_HEADER}\nts1,A,SERIES,,2021,,,[],[],,,,,,\n`), 'justwatch-viki/titles.csv', '2: type "SERIES"');
    refuses(broken('justwatch-netflix/credits.csv', `${CREDITS_HEADER}\n10,ts1,Lee Jung-jae,,WRITER\n`), 'justwatch-netflix/credits.csv', '2: role "WRITER"');
  });

  it('exits with code 1 and one line on stderr from the command line', () => {
    const datasets = writeDatasets(broken('justwatch-viki/titles.csv', ''));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-catalog.ts', datasets, '--out', dataDir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`${join(datasets, 'justwatch-viki/titles.csv')}:1: empty file (expected header ${TITLES_HEADER})`]);
    expect(readOutputs(dataDir)).toEqual(before);
  }, 30_000);
});
