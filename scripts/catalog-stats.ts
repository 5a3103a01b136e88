// `npm run catalog:stats`: one JSON object with the catalogue's counts and the byte sizes of its files
// (data/catalog/* and, once `npm run index` has run, the compiled index in public/catalog/).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORMS, type Platform } from '../lib/types.ts';
import { readCatalogFromDir } from './catalog-files.ts';

/** Byte size of every file below `dir`, keyed by its path relative to `dir` (empty when `dir` is missing). */
function fileSizes(dir: string, prefix = ''): Record<string, number> {
  if (!existsSync(dir)) return {};
  const sizes: Record<string, number> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) Object.assign(sizes, fileSizes(path, `${prefix}${name}/`));
    else if (stat.isFile()) sizes[`${prefix}${name}`] = stat.size;
  }
  return sizes;
}

const sum = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);

const catalog = readCatalogFromDir('data');
const catalogBytes = fileSizes('data/catalog');
const indexBytes = fileSizes('public/catalog');
const platforms = Object.fromEntries(PLATFORMS.map((p) => [p, 0])) as Record<Platform, number>;
for (const title of catalog.titles) for (const platform of title.platforms) platforms[platform]++;

console.log(JSON.stringify({
  version: catalog.version,
  titles: catalog.titles.length,
  shows: catalog.titles.filter((t) => t.type === 'SHOW').length,
  movies: catalog.titles.filter((t) => t.type === 'MOVIE').length,
  people: catalog.people.length,
  peopleWithOtherNames: catalog.people.filter((p) => p.otherNames.length > 0).length,
  credits: catalog.credits.length,
  creditsWithCharacter: catalog.credits.filter((c) => c.characters.length > 0).length,
  aliases: catalog.aliases.length,
  platforms,
  bytes: {
    catalog: catalogBytes,
    catalogTotal: sum(catalogBytes),
    aliases: existsSync('data/aliases.tsv') ? statSync('data/aliases.tsv').size : 0,
    index: indexBytes,
    indexTotal: sum(indexBytes),
  },
}, null, 2));
