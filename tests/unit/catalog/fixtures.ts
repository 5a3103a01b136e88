// Small JustWatch-shaped datasets written into a temp dir, so importer tests control every byte.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TITLES_HEADER = 'id,title,type,description,release_year,age_certification,runtime,genres,production_countries,seasons,imdb_id,imdb_score,imdb_votes,tmdb_popularity,tmdb_score';
export const CREDITS_HEADER = 'person_id,id,name,character,role';

export type DatasetFiles = Record<string, string | Uint8Array>;

/** Netflix 2023-03 (CRLF, quoted newline), Netflix 2022-05 (older facts) and Viki (second platform). */
export function happyDatasets(): DatasetFiles {
  const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
  return {
    'justwatch-netflix/titles.csv': crlf([
      TITLES_HEADER,
      'ts1,Squid Game,SHOW,"Hundreds of players,\r\nwith a quoted newline and ""quotes"".",2021,TV-MA,55,"[\'drama\', \'action\']",[\'KR\'],2.0,tt10919420,,463410.0,277.024,7.8',
      'tm2,Some Film,MOVIE,,2019,,101.0,[],[],,,6.5,,,',
    ]),
    'justwatch-netflix/credits.csv': crlf([
      CREDITS_HEADER,
      "10,ts1,Lee Jung-jae,Seong Gi-hun / 'No. 456',ACTOR",
      '11,ts1,Jo In-sung,"Himself",ACTOR',
      '12,ts1,Kim Si-eun,Young Girl (voice),ACTOR',
      '13,tm2,Kim Si-eun,"Queen / Witch (voice) (uncredited)",ACTOR',
      '14,tm2,Some Director,,DIRECTOR',
    ]),
    'justwatch-netflix-2022-05/titles.csv': [
      TITLES_HEADER,
      "ts1,Squid Game (old spelling),SHOW,,2021,TV-MA,55,['drama'],['KR'],2.0,tt10919420,8.0,400000.0,250.5,7.5",
      "ts3,Left Netflix,SHOW,,2018,,,['comedy'],['US'],1.0,,,,,",
      "ts3,Left Netflix,SHOW,,2018,,,['comedy'],['US'],1.0,,,,,",
      '',
    ].join('\n'),
    'justwatch-netflix-2022-05/credits.csv': [
      CREDITS_HEADER,
      "10,ts1,Lee Jung-jae,Seong Gi-hun / 'No. 456',ACTOR",
      '15,ts1,Dropped Later,Guard,ACTOR',
      '11,ts1,Zo In-sung,Himself,ACTOR',
      '',
    ].join('\n'),
    'justwatch-viki/titles.csv': crlf([TITLES_HEADER, "ts1,Squid Game,SHOW,,2021,,,['drama'],['KR'],2.0,,,,,"]),
    'shivam-bansal-2021/amazon_prime_titles.csv': 'show_id,type,title\n',
  };
}

export function writeDatasets(files: DatasetFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'castmark-datasets-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'castmark-data-'));
}
