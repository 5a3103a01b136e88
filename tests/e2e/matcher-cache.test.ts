// The matcher index's copy in the private file system (lib/file-cache.ts, background/opfs-store.ts): a restarted
// service worker reads it instead of the extension package, and a damaged copy costs nothing but a re-read.
import { describe, expect, test } from 'vitest';
import { askBackground, inBackground, openPage, stopBackground, useBrowser, useFixtureServer, waitForContentScript } from './harness';
import { waitForMarks } from './page-helpers';

const browser = useBrowser();
const server = useFixtureServer();

interface StoredIndex {
  name: string;
  size: number;
}

/** The stored copies of the index in the private file system, read inside the worker. */
const storedIndex = () =>
  inBackground(
    browser,
    async () => {
      const root = await navigator.storage.getDirectory();
      const found: StoredIndex[] = [];
      for await (const name of root.keys()) {
        if (name.startsWith('matcher.bin@')) found.push({ name, size: (await (await root.getFileHandle(name)).getFile()).size });
      }
      return found.sort((a, b) => a.name.localeCompare(b.name));
    },
    null,
  );

/** What the bundled files say: the version file's text and the index's size. */
const bundled = () =>
  inBackground(
    browser,
    async () => ({
      version: (await (await fetch((globalThis as any).chrome.runtime.getURL('/catalog/matcher.version'))).text()).trim(),
      byteLength: (await (await fetch((globalThis as any).chrome.runtime.getURL('/catalog/matcher.bin'))).arrayBuffer()).byteLength,
    }),
    null,
  );

/** Where this worker instance read the index from. */
const loadedFrom = async () => (await askBackground(browser, { type: 'ping' })).matcher?.from;

async function markArticle(): Promise<void> {
  const page = await openPage(browser.context, server.url('page-article.html'));
  await waitForContentScript(page);
  await waitForMarks(page, ['Lee Jung-jae', 'Squid Game', 'Park Ji-hu']);
  await page.close();
}

describe('the matcher index kept in the private file system', () => {
  test('the first load stores the index; a restarted worker reads it from there, not from the package', async () => {
    await markArticle();
    expect(await loadedFrom()).toBe('bundle');
    const expected = await bundled();
    expect(expected.version).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(storedIndex, { timeout: 15_000 }).toEqual([{ name: `matcher.bin@${expected.version}`, size: expected.byteLength }]);

    await stopBackground(browser);
    await markArticle();
    expect(await loadedFrom()).toBe('cache');
  });

  test('a damaged copy is replaced from the package and the page is marked all the same', async () => {
    const { version } = await bundled();
    // Same version, but not an index at all; and a copy of an older version beside it, which must go.
    await inBackground(
      browser,
      async (names: string[]) => {
        const root = await navigator.storage.getDirectory();
        for (const name of names) {
          const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
          await writable.write('junk!');
          await writable.close();
        }
      },
      [`matcher.bin@${version}`, 'matcher.bin@0ld'],
    );
    expect(await storedIndex()).toEqual([
      { name: 'matcher.bin@0ld', size: 5 },
      { name: `matcher.bin@${version}`, size: 5 },
    ]);

    await stopBackground(browser);
    await markArticle();
    expect(await loadedFrom()).toBe('bundle');
    const expected = await bundled();
    await expect.poll(storedIndex, { timeout: 15_000 }).toEqual([{ name: `matcher.bin@${expected.version}`, size: expected.byteLength }]);
  });
});
