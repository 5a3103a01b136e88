// `npm run index`: compiles the committed catalogue into the files the extension loads at run time
// (public/catalog/, gitignored). Each step is one call; writes are atomic (temp file + rename), so a build that
// reads public/catalog/ never sees half a file.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcherIndex } from '../lib/match/index.ts';
import { readCatalogFromDir } from './catalog-files.ts';
import { writeDbSeedFiles } from './db-seed-files.ts';

const OUT_DIR = join('public', 'catalog');

function writeAtomically(path: string, bytes: Uint8Array | string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

const started = performance.now();
const catalog = readCatalogFromDir('data');
mkdirSync(OUT_DIR, { recursive: true });

const matcherBytes = compileMatcherIndex(catalog);
writeAtomically(join(OUT_DIR, 'matcher.bin'), matcherBytes);
// Its content hash: the background keeps a copy of the index (lib/file-cache.ts) and uses it only for the same version.
writeAtomically(join(OUT_DIR, 'matcher.version'), createHash('sha256').update(matcherBytes).digest('hex'));
console.log(
  `matcher.bin: ${(matcherBytes.byteLength / 1e6).toFixed(1)} MB for ${catalog.people.length} people and ` +
    `${catalog.titles.length} titles (catalogue ${catalog.version})`,
);

const seed = writeDbSeedFiles(catalog, OUT_DIR);
console.log(`db/: ${seed.files} database seed files, ${(seed.bytes / 1e6).toFixed(1)} MB`);

console.log(`index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
