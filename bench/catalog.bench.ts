// `npm run bench` part: the catalogue. How long a full import of the shared datasets takes (into a temp
// folder, the committed catalogue is not touched) and how long parseCatalog needs for the committed files.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalog } from '../lib/catalog/read.ts';
import { DEFAULT_DATASETS_DIR, importCatalog } from '../scripts/import-catalog.ts';

const PARSE_RUNS = 3;

export default async function run(): Promise<void> {
  if (existsSync(DEFAULT_DATASETS_DIR)) {
    const out = mkdtempSync(join(tmpdir(), 'castmark-bench-catalog-'));
    const started = performance.now();
    const { catalog } = importCatalog(DEFAULT_DATASETS_DIR, out);
    console.log(`import ${DEFAULT_DATASETS_DIR}: ${Math.round(performance.now() - started)} ms (${catalog.titles.length} titles, ${catalog.people.length} people, ${catalog.credits.length} credits)`);
    rmSync(out, { recursive: true, force: true });
  } else {
    console.log(`import: skipped, ${DEFAULT_DATASETS_DIR} not found`);
  }
  const read = (path: string) => readFileSync(path, 'utf8');
  const files = {
    titles: read('data/catalog/titles.tsv'),
    people: read('data/catalog/people.tsv'),
    credits: read('data/catalog/credits.tsv'),
    meta: read('data/catalog/meta.json'),
    aliases: read('data/aliases.tsv'),
  };
  const times: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const started = performance.now();
    parseCatalog(files);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`parseCatalog (committed files, ${(Object.values(files).join('').length / 1e6).toFixed(1)} M chars): median ${Math.round(times[Math.floor(PARSE_RUNS / 2)])} ms of ${PARSE_RUNS} runs`);
}
