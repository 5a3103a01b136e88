// The matcher for Node tools (detect, eval, bench): the built index when present, else compiled in memory.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcherIndex, Matcher } from '../lib/match/index.ts';
import { readCatalogFromDir } from './catalog-files.ts';

export const INDEX_PATH = join('public', 'catalog', 'matcher.bin');

export function loadMatcher(): Matcher {
  if (existsSync(INDEX_PATH)) return Matcher.load(readFileSync(INDEX_PATH));
  console.error(`${INDEX_PATH} is missing (run \`npm run index\`); compiling the catalogue in memory…`);
  return Matcher.load(compileMatcherIndex(readCatalogFromDir('data')));
}
