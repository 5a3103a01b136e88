// Node-side access to the committed catalogue: everyone reads it through readCatalogFromDir, never by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog, type Catalog } from '../lib/catalog/read.ts';

export const CATALOG_FILE_NAMES = ['titles.tsv', 'people.tsv', 'credits.tsv', 'meta.json'] as const;

/** Reads `<dir>/catalog/{titles,people,credits}.tsv`, `meta.json` and the curated `<dir>/aliases.tsv` when present. */
export function readCatalogFromDir(dir = 'data'): Catalog {
  const read = (path: string) => readFileSync(path, 'utf8');
  const optional = (path: string) => (existsSync(path) ? read(path) : undefined);
  return parseCatalog({
    titles: read(join(dir, 'catalog', 'titles.tsv')),
    people: read(join(dir, 'catalog', 'people.tsv')),
    credits: read(join(dir, 'catalog', 'credits.tsv')),
    meta: optional(join(dir, 'catalog', 'meta.json')),
    aliases: optional(join(dir, 'aliases.tsv')),
  });
}
