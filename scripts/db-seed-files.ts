// Writes the database seed files into public/catalog/db/ (called by scripts/build-index.ts; runnable alone:
// `tsx scripts/db-seed-files.ts`).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSeedFiles, MANIFEST_FILE, SEED_DIR, type SeedCatalog, type SeedFile } from '../lib/db/seed-files.ts';
import type { SeedManifest } from '../lib/db/records.ts';
import { DATA_ATTRIBUTION } from '../lib/db/attribution.ts';

/** Source snapshots from data/catalog/meta.json, shown on the options page. */
function snapshotsFrom(dataDir: string): unknown[] {
  const path = join(dataDir, 'catalog', 'meta.json');
  if (!existsSync(path)) return [];
  const meta = JSON.parse(readFileSync(path, 'utf8')) as { snapshots?: unknown[] };
  return Array.isArray(meta.snapshots) ? meta.snapshots : [];
}

/**
 * Chunks are shipped gzipped (`.json.gz`, inflated with DecompressionStream when seeding): reading extension files
 * is byte-bound, and JSON shrinks about fivefold.
 */
function gzipChunks(files: SeedFile[]): SeedFile[] {
  const manifestFile = files.find((f) => f.name === MANIFEST_FILE)!;
  const manifest = JSON.parse(manifestFile.data as string) as SeedManifest;
  for (const chunk of manifest.chunks) chunk.file += '.gz';
  return files.map((file) =>
    file === manifestFile
      ? { name: file.name, data: JSON.stringify(manifest) }
      : { name: `${file.name}.gz`, data: gzipSync(file.data, { level: 6 }) },
  );
}

export function writeDbSeedFiles(catalog: SeedCatalog, outDir = 'public/catalog', dataDir = 'data'): { files: number; bytes: number } {
  const files = gzipChunks(buildSeedFiles(catalog, { snapshots: snapshotsFrom(dataDir), attribution: DATA_ATTRIBUTION }));
  // Written beside, then swapped in, so a build reading public/catalog/ meanwhile never mixes two versions.
  const target = join(outDir, SEED_DIR);
  const fresh = `${target}.${process.pid}.tmp`;
  const stale = `${target}.${process.pid}.old`;
  rmSync(fresh, { recursive: true, force: true });
  let bytes = 0;
  for (const file of files) {
    const path = join(fresh, file.name.slice(SEED_DIR.length + 1));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.data);
    bytes += typeof file.data === 'string' ? Buffer.byteLength(file.data) : file.data.byteLength;
  }
  if (existsSync(target)) renameSync(target, stale);
  renameSync(fresh, target);
  rmSync(stale, { recursive: true, force: true });
  return { files: files.length, bytes };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const { readCatalogFromDir } = await import('./catalog-files.ts');
  const started = performance.now();
  const { files, bytes } = writeDbSeedFiles(readCatalogFromDir('data'));
  console.log(`Castmark: ${files} database seed files, ${(bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
