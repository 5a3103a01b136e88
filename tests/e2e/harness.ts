// The end-to-end harness every browser test imports: Chromium with the built extension, fixture pages,
// gestures, and a screenshot in test-results/ for each failing test.
//
//   import { useBrowser, startFixtureServer, openPage, hoverText, waitForContentScript } from './harness';
//   const browser = useBrowser();            // launched once for the file, closed after it
//   test('…', async () => {
//     const page = await openPage(browser.context, server.url('smoke.html'));
//     await waitForContentScript(page);
//   });
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject, type TestContext } from 'vitest';
import * as browsers from './browser';
import type { BrowserContext, CastmarkBrowser, LaunchOptions } from './browser';

export * from './browser';

const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');

/** The unpacked extension global setup built (or `$CASTMARK_EXT_DIR`). */
export function extensionDir(): string {
  return inject('extensionDir');
}

// ---------------------------------------------------------------------------------------------------------------
// Screenshots of failing tests. A test may close its browser before the failure is known, so closing a browser
// during a test keeps a picture of its pages in memory; it is written only if the test fails.

type Task = TestContext['task'];
let currentTest: Task | undefined;
const liveContexts = new Set<BrowserContext>();
const picturesAtClose: Buffer[] = [];

async function takePictures(context: BrowserContext): Promise<Buffer[]> {
  const pictures: Buffer[] = [];
  for (const page of context.pages()) {
    if (page.isClosed() || page.url() === 'about:blank') continue;
    const picture = await page.screenshot({ timeout: 5_000 }).catch(() => undefined);
    if (picture) pictures.push(picture);
  }
  return pictures;
}

function pictureName(task: Task): string {
  const names: string[] = [task.name];
  for (let suite = task.suite; suite && suite.name; suite = suite.suite) names.unshift(suite.name);
  return names.join(' - ').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 150);
}

beforeEach((context) => {
  currentTest = context.task;
  picturesAtClose.length = 0;
});

afterEach(async (context) => {
  currentTest = undefined;
  if (context.task.result?.state !== 'fail') return;
  const pictures = [...picturesAtClose];
  for (const live of liveContexts) pictures.push(...(await takePictures(live)));
  mkdirSync(RESULTS_DIR, { recursive: true });
  pictures.forEach((picture, i) => {
    const file = resolve(RESULTS_DIR, `${pictureName(context.task)}${i ? `-${i + 1}` : ''}.png`);
    writeFileSync(file, picture);
    console.error(`Castmark e2e: screenshot of the failure in ${file}`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Browsers

/** Chromium with the extension under test; `launchBrowser({ profileDir: earlier.profileDir })` restarts on a profile. */
export async function launchBrowser(options: Partial<LaunchOptions> = {}): Promise<CastmarkBrowser> {
  const browser = await browsers.launchBrowser({
    extensionDir: extensionDir(),
    ...options,
    beforeClose: async (context) => {
      liveContexts.delete(context);
      if (currentTest) picturesAtClose.push(...(await takePictures(context)));
      await options.beforeClose?.(context);
    },
  });
  liveContexts.add(browser.context);
  return browser;
}

/**
 * One browser for the whole test file: launched in beforeAll, closed in afterAll. The returned object is filled
 * in when beforeAll has run, so use it inside tests and hooks only.
 */
export function useBrowser(options: Partial<LaunchOptions> = {}): CastmarkBrowser {
  const holder = {} as CastmarkBrowser;
  beforeAll(async () => {
    Object.assign(holder, await launchBrowser(options));
  });
  afterAll(async () => {
    await holder.close?.();
  });
  return holder;
}

/** A fixture server for the whole test file (started in beforeAll, closed in afterAll). */
export function useFixtureServer(options: browsers.FixtureServerOptions = {}): browsers.FixtureServer {
  const holder = {} as browsers.FixtureServer;
  beforeAll(async () => {
    const server = await browsers.startFixtureServer(options);
    // Copy the methods and keep `requests` the same array the server appends to.
    Object.assign(holder, server);
  });
  afterAll(async () => {
    await holder.close?.();
  });
  return holder;
}
