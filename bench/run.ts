// `npm run bench`: runs every bench/*.bench.ts part in name order, in this one process.
// Each part exports `default async function run(): Promise<void>` and prints its own figures.
// `npm run bench -- db page` runs only the named parts.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const benchDir = import.meta.dirname;
const wanted = process.argv.slice(2);
const parts = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.bench\.ts$/, '')))
  .sort();

if (parts.length === 0) console.log(`No bench part matches ${wanted.join(', ') || 'bench/*.bench.ts'}.`);

let failed = 0;
for (const name of parts) {
  console.log(`\n== ${name.replace(/\.bench\.ts$/, '')} ==`);
  const started = performance.now();
  try {
    const part = (await import(pathToFileURL(resolve(benchDir, name)).href)) as { default?: () => Promise<void> };
    if (typeof part.default !== 'function') throw new Error('exports no default run() function');
    await part.default();
    console.log(`(${name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`${name} failed:`, error);
  }
}
if (failed > 0) process.exit(1);
