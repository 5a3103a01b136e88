// Matching part of `npm run bench`: index load time, heap of the loaded matcher, throughput on 1 MB of news-like
// text with the full catalogue against a tokenise-only baseline, and pathological inputs against their own
// baselines. Medians of several runs, all in this one process.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';
import { compileMatcherIndex } from '../lib/match/index.ts';
import type { Matcher } from '../lib/match/index.ts';
import type { TokenBuffer } from '../lib/match/tokenize.ts';
import { readCatalogFromDir } from '../scripts/catalog-files.ts';

interface Engine {
  Matcher: typeof Matcher;
  TokenBuffer: typeof TokenBuffer;
}

/**
 * The matcher as the extension ships it: bundled by esbuild (as Vite does), not run through tsx's loader, whose
 * module wrappers (getters for imports, named closures) cost more than the matcher itself.
 */
async function bundledEngine(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'castmark-bench-'));
  try {
    const file = join(dir, 'engine.mjs');
    await build({
      stdin: {
        contents: "export { Matcher } from './lib/match/matcher.ts'; export { TokenBuffer } from './lib/match/tokenize.ts';",
        resolveDir: resolve('.'),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: file,
      logLevel: 'warning',
    });
    writeFileSync(file, readFileSync(file)); // make sure it is flushed before import
    return (await import(pathToFileURL(file).href)) as Engine;
  } finally {
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 0);
  }
}

const INDEX_PATH = join('public', 'catalog', 'matcher.bin');
const CORPUS_DIR = join('tests', 'fixtures', 'corpus');
const RUNS = 7;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** CPU milliseconds of this process (all its threads, so GC helpers count): robust to other load on the machine. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Wall-clock and CPU time of one run. */
function timeBoth(run: () => void): { wall: number; cpu: number } {
  const cpu = cpuNow();
  const wall = time(run);
  return { wall, cpu: cpuNow() - cpu };
}

/**
 * About `bytes` of paragraphs from the dev corpus in a shuffled order. `screenShare` is the share of paragraphs
 * taken from texts about film/TV (the rest: sport, weather, cooking, tech, politics). The corpus alone is very
 * dense in names (about 19 per 1000 characters); a share of 0.25 gives about 5, closer to real news pages.
 */
function newsLikeParagraphs(bytes: number, screenShare: number): string[] {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'));
  const paragraphsOf = (names: string[]) =>
    names.flatMap((f) => readFileSync(join(CORPUS_DIR, f), 'utf8').split('\n')).filter((p) => p.trim().length > 0);
  const isEmpty = (f: string) => (JSON.parse(readFileSync(join(CORPUS_DIR, f.replace(/\.txt$/, '.json')), 'utf8')) as { expected: unknown[] }).expected.length === 0;
  const screen = paragraphsOf(files.filter((f) => !isEmpty(f)));
  const other = paragraphsOf(files.filter(isEmpty));
  const out: string[] = [];
  let size = 0;
  let seed = 42;
  while (size < bytes) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const pool = (seed >>> 8) % 1000 < screenShare * 1000 ? screen : other;
    const p = pool[seed % pool.length];
    out.push(p);
    size += p.length;
  }
  return out;
}

function tokenizeAll(buffer: InstanceType<Engine['TokenBuffer']>, texts: readonly string[]): number {
  let tokens = 0;
  for (const t of texts) tokens += buffer.tokenize(t);
  return tokens;
}

/** Splits paragraphs into pages of about `pageChars` (a page is what one findInBlocks call sees). */
function pages(paragraphs: string[], pageChars: number): string[][] {
  const out: string[][] = [[]];
  let size = 0;
  for (const p of paragraphs) {
    if (size >= pageChars) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(p);
    size += p.length;
  }
  return out;
}

function compare(engine: Engine, label: string, matcher: Matcher, pageList: string[][], chars: number): void {
  const buffer = new engine.TokenBuffer();
  const all = pageList.flat();
  const matchAll = () => pageList.reduce((n, page) => n + matcher.findInBlocks(page).reduce((m, list) => m + list.length, 0), 0);
  tokenizeAll(buffer, all);
  matchAll(); // warm-up
  const matchTimes: Array<{ wall: number; cpu: number }> = [];
  const baseTimes: Array<{ wall: number; cpu: number }> = [];
  let mentions = 0;
  for (let r = 0; r < RUNS; r++) {
    baseTimes.push(timeBoth(() => tokenizeAll(buffer, all)));
    matchTimes.push(timeBoth(() => (mentions = matchAll())));
  }
  const match = median(matchTimes.map((t) => t.wall));
  const base = median(baseTimes.map((t) => t.wall));
  const cpuRatio = median(matchTimes.map((t) => t.cpu)) / median(baseTimes.map((t) => t.cpu));
  const mb = chars / MB;
  console.log(
    `${label}: ${mb.toFixed(1)} M chars, ${mentions} mentions · match ${match.toFixed(1)} ms = ${(mb / (match / 1000)).toFixed(1)} MB/s · ` +
      `tokenise-only ${base.toFixed(1)} ms = ${(mb / (base / 1000)).toFixed(1)} MB/s · ratio ${(match / base).toFixed(2)}× ` +
      `(in CPU time ${cpuRatio.toFixed(2)}×)`,
  );
}

export default async function run(): Promise<void> {
  const engine = await bundledEngine();
  if (!existsSync(INDEX_PATH)) console.log(`${INDEX_PATH} missing: compiling the catalogue in memory (run \`npm run index\`)`);
  const bytes = existsSync(INDEX_PATH) ? new Uint8Array(readFileSync(INDEX_PATH)) : compileMatcherIndex(readCatalogFromDir('data'));
  console.log(`index file: ${(bytes.byteLength / MB).toFixed(1)} MB`);

  const loadTimes: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const copy = bytes.slice().buffer; // as fetched: a fresh ArrayBuffer each time
    loadTimes.push(time(() => engine.Matcher.load(copy)));
  }
  gc();
  const before = process.memoryUsage();
  const fetched = bytes.slice().buffer;
  const matcher = engine.Matcher.load(fetched);
  matcher.find('Park Ji-hu warms up the matcher.');
  gc();
  const after = process.memoryUsage();
  const heap = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
  console.log(
    `load: median ${median(loadTimes).toFixed(1)} ms (target ≤ 200) · matcher heap ${(heap / MB).toFixed(1)} MB incl. the ` +
      `${(fetched.byteLength / MB).toFixed(1)} MB index buffer (target ≤ 40)`,
  );

  const chars = (list: string[]) => list.reduce((n, p) => n + p.length, 0);
  const news = newsLikeParagraphs(MB, 0.25);
  compare(engine, 'news-like 1 MB (1 in 4 paragraphs about film/TV), pages of 20 KB', matcher, pages(news, 20_000), chars(news));
  compare(engine, 'news-like 1 MB as one page', matcher, [news], chars(news));
  const dense = newsLikeParagraphs(MB, 1);
  compare(engine, 'dense 1 MB (film/TV paragraphs only), pages of 20 KB', matcher, pages(dense, 20_000), chars(dense));

  const noSpaces = ['Squidgameparkjihulomon'.repeat(Math.ceil((10 * MB) / 22)).slice(0, 10 * MB)];
  compare(engine, 'pathological: 10 MB without spaces', matcher, [noSpaces], noSpaces[0].length);

  // Every word starts (or almost is) a key, but the window never completes one: prefix probes all the way.
  const nearKeyText = 'Squid Gam Stranger Thingz Breaking Bat Money Heis Park Ji-hx Lee Jung-ja All Of Us Are Deaf ';
  const nearKeys = [nearKeyText.repeat(Math.ceil((2 * MB) / nearKeyText.length)).slice(0, 2 * MB)];
  compare(engine, 'pathological: 2 MB of near-keys in one text node', matcher, [nearKeys], nearKeys[0].length);

  const mixed = ['\u0000\ud800😀 مسلسل \u202eSquid\u202c Game 🦑'.repeat(Math.ceil(MB / 30)).slice(0, MB)];
  compare(engine, 'pathological: 1 MB of emoji, RTL, control chars, lone surrogates', matcher, [mixed], mixed[0].length);

  // Every word a title and an item of one long list: list neighbours must be found without a scan per item.
  const list = ['Kingdom, Hellbound, Dark, '.repeat(Math.ceil(MB / 26)).slice(0, MB)];
  compare(engine, 'pathological: 1 MB list of titles in one text node', matcher, [list], list[0].length);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
