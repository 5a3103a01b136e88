// The 'match' handler: the catalogue's matcher lives here, in the background, so no tab pays for it.
// The index (public/catalog/matcher.bin, built by `npm run index`) is fetched lazily on the first request and
// kept as a promise: the service worker may be stopped and restarted at any time, and then loads it again.
import { browser } from 'wxt/browser';
import { Matcher } from '../lib/match';
import { handle } from './router';

let matcher: Promise<Matcher> | null = null;

async function loadMatcher(): Promise<Matcher> {
  // The index is generated at build time, so it is not among WXT's typed public paths.
  const url = (browser.runtime.getURL as (path: string) => string)('/catalog/matcher.bin');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Castmark: cannot load the matcher index (${response.status})`);
  return Matcher.load(new Uint8Array(await response.arrayBuffer()));
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
