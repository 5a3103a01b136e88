// `npm run catalog [datasets-dir] [-- --out <data-dir>]`: rebuilds data/catalog/ from the shared JustWatch folders.
// Every input problem stops the import with one `file:line: problem` line and exit code 1; the outputs are
// written to temporary files and renamed only once everything succeeded, so a failed run changes nothing.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type BuiltCatalog } from '../lib/catalog/build.ts';
import { decodeUtf8 } from '../lib/catalog/decode.ts';
import { CatalogInputError } from '../lib/catalog/errors.ts';
import { describeSourceFolder, isSourceFolderName, type SourceFile, type SourceFolder } from '../lib/catalog/sources.ts';
import { formatCredits, formatPeople, formatTitles } from '../lib/catalog/tsv.ts';

export const DEFAULT_DATASETS_DIR = '../shared/datasets';

export interface ImportResult {
  catalog: BuiltCatalog;
  skipped: string[];
  files: Record<string, string>;
}

/** Reads every `justwatch-*` folder under `datasetsDir` and writes `<dataDir>/catalog/*` atomically. */
export function importCatalog(datasetsDir: string, dataDir = 'data'): ImportResult {
  const { sources, skipped } = readSourceFolders(datasetsDir);
  const catalog = buildCatalog(sources);
  const tables = {
    'titles.tsv': formatTitles(catalog.titles),
    'people.tsv': formatPeople(catalog.people),
    'credits.tsv': formatCredits(catalog.credits),
  };
  const version = createHash('sha256')
    .update(tables['titles.tsv']).update('\0').update(tables['people.tsv']).update('\0').update(tables['credits.tsv'])
    .digest('hex');
  const meta = {
    version,
    snapshots: catalog.snapshots,
    counts: {
      titles: catalog.titles.length,
      shows: catalog.titles.filter((t) => t.type === 'SHOW').length,
      movies: catalog.titles.filter((t) => t.type === 'MOVIE').length,
      people: catalog.people.length,
      credits: catalog.credits.length,
      creditsWithCharacter: catalog.credits.filter((c) => c.characters.length > 0).length,
    },
  };
  const files: Record<string, string> = { ...tables, 'meta.json': `${JSON.stringify(meta, null, 2)}\n` };
  writeAtomically(join(dataDir, 'catalog'), files);
  return { catalog, skipped, files };
}

function readSourceFolders(datasetsDir: string): { sources: SourceFolder[]; skipped: string[] } {
  let entries: string[];
  try {
    entries = readdirSync(datasetsDir).sort();
  } catch (error) {
    throw new CatalogInputError(datasetsDir, undefined, `cannot read the datasets folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const sources: SourceFolder[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const path = join(datasetsDir, entry);
    if (!isDirectory(path)) continue;
    if (!isSourceFolderName(entry)) {
      skipped.push(entry);
      continue;
    }
    let described: ReturnType<typeof describeSourceFolder>;
    try {
      described = describeSourceFolder(entry);
    } catch (error) {
      throw new CatalogInputError(path, undefined, (error as Error).message);
    }
    const titles = readSourceFile(join(path, 'titles.csv'), true)!;
    const credits = readSourceFile(join(path, 'credits.csv'), false);
    sources.push({ folder: entry, ...described, titles, credits });
  }
  if (sources.length === 0) throw new CatalogInputError(datasetsDir, undefined, 'contains no justwatch-* folder');
  return { sources, skipped };
}

function readSourceFile(path: string, required: boolean): SourceFile | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return undefined;
    throw new CatalogInputError(path, undefined, `cannot read file (${code ?? error})`);
  }
  return { name: path, text: decodeUtf8(bytes, path) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Writes every file to a temporary name first; renames only after all writes succeeded. */
function writeAtomically(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const temporary = Object.keys(files).map((name) => [join(dir, `.${name}.${process.pid}.tmp`), join(dir, name)] as const);
  try {
    temporary.forEach(([tmp], i) => writeFileSync(tmp, Object.values(files)[i]));
    for (const [tmp, final] of temporary) renameSync(tmp, final);
  } finally {
    for (const [tmp] of temporary) rmSync(tmp, { force: true });
  }
}

function main(argv: string[]): number {
  const args = [...argv];
  let dataDir = 'data';
  const outIndex = args.indexOf('--out');
  if (outIndex !== -1) {
    dataDir = args[outIndex + 1] ?? 'data';
    args.splice(outIndex, 2);
  }
  const datasetsDir = args[0] ?? DEFAULT_DATASETS_DIR;
  try {
    const { catalog, skipped, files } = importCatalog(datasetsDir, dataDir);
    for (const s of catalog.snapshots) console.log(`read ${s.folder} (${s.platform}, ${s.snapshot}): ${s.titles} titles, ${s.credits} credits`);
    for (const name of skipped) console.log(`skipped ${name} (not a justwatch-* folder: no JustWatch ids to merge by)`);
    console.log(`wrote ${resolve(dataDir, 'catalog')}: ${Object.keys(files).join(', ')}`);
    console.log(`${catalog.titles.length} titles, ${catalog.people.length} people, ${catalog.credits.length} credits`);
    return 0;
  } catch (error) {
    if (error instanceof CatalogInputError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
