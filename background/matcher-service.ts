// The 'match' handler: the catalogue's matcher lives here, in the background, so no tab pays for it.
// The index (public/catalog/matcher.bin, built by `npm run index`) is loaded lazily on the first request and kept
// as a promise. The service worker is stopped whenever it idles and then loads the index again, so a copy is kept
// in the origin private file system, which reads back much faster than the extension package (lib/file-cache.ts).
import { browser } from 'wxt/browser';
import { Matcher } from '../lib/match';
import { loadCachedFile } from '../lib/file-cache';
import { OpfsFileStore } from './opfs-store';
import { handle } from './router';
import type { MatcherLoad } from '../common/messages';

let matcher: Promise<Matcher> | null = null;
let loaded: MatcherLoad | undefined;
const fileStore = new OpfsFileStore();

async function fetchBundled(path: string): Promise<Response> {
  // The index is generated at build time, so it is not among WXT's typed public paths.
  const response = await fetch((browser.runtime.getURL as (path: string) => string)(path));
  if (!response.ok) throw new Error(`Castmark: cannot load ${path} (${response.status}); run npm run index`);
  return response;
}

async function loadMatcher(): Promise<Matcher> {
  const started = performance.now();
  const { value, from } = await loadCachedFile(fileStore, {
    name: 'matcher.bin',
    version: async () => (await (await fetchBundled('/catalog/matcher.version')).text()).trim(),
    fetch: async () => new Uint8Array(await (await fetchBundled('/catalog/matcher.bin')).arrayBuffer()),
    open: (bytes) => Matcher.load(bytes),
    warn: (message, error) => console.warn(`Castmark: ${message}`, error ?? ''),
  });
  loaded = { from, ms: Math.round(performance.now() - started) };
  return value;
}

/** How this worker instance loaded the index, once it has (for `ping`: tests and the bench read it). */
export function matcherLoad(): MatcherLoad | undefined {
  return loaded;
}

export function getMatcher(): Promise<Matcher> {
  matcher ??= loadMatcher().catch((error: unknown) => {
    matcher = null; // let the next request retry
    throw error;
  });
  return matcher;
}

export function registerMatcherService(): void {
  handle('match', async ({ texts, aboutScreen }) => {
    if (!Array.isArray(texts) || texts.length === 0) return { mentions: [] };
    const blocks = texts.map((text) => (typeof text === 'string' ? text : ''));
    return { mentions: (await getMatcher()).findInBlocks(blocks, { aboutScreen: aboutScreen === true }) };
  });
}
