// The keyboard path with a real key press: Alt+Shift+K typed on an X keyboard reaches Chromium's own shortcut
// handling, which fires the extension's `open-card` command; the background tells the tab, and the card opens
// for the name at the selection.
//
// Why a headed Chromium on a virtual X display: extension commands are browser accelerators. Keys sent by
// Playwright (`page.keyboard.press`, DevTools `Input.dispatchKeyEvent`) go straight to the page's renderer and
// never through the browser's accelerator handling, in headless and headed Chromium alike (measured: the page
// sees Alt+Shift+K, `commands.onCommand` never fires). xdotool types on the Xvfb display like a keyboard does.
// Needs the Debian packages `xvfb` and `xdotool`; without them this file is skipped with a message (fails under CI,
// where .ci/run installs them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage, shadowText, useFixtureServer, waitForContentScript, type CastmarkBrowser, type Page } from './harness';
import { waitForCards, waitForMarks } from './page-helpers';

const server = useFixtureServer();
const missingTools = ['Xvfb', 'xdotool'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
if (missingTools.length && process.env.CI) {
  // CI installs them (.ci/run): there a skip would hide a broken keyboard path.
  throw new Error(`Castmark e2e: ${missingTools.join(' and ')} missing (apt-get install -y xvfb xdotool)`);
}
if (missingTools.length) {
  console.warn(`Castmark e2e: ${missingTools.join(' and ')} missing, the real key press test is skipped (apt-get install -y xvfb xdotool)`);
}

let display = '';
let xvfb: ChildProcess | undefined;
let browser: CastmarkBrowser | undefined;

/** Starts Xvfb on a free display number (it prints the number it chose). */
function startXvfb(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    xvfb = server;
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    server.stdout!.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
  });
}

function xdotool(...args: string[]): string {
  const result = spawnSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Real keys on the X display, to Chromium's focused window (no window manager: focus it directly). */
function typeOnKeyboard(keys: string): void {
  const windows = xdotool('search', '--onlyvisible', '--class', 'chromium').split('\n').filter(Boolean);
  xdotool('windowfocus', '--sync', windows[windows.length - 1]);
  xdotool('key', '--clearmodifiers', keys);
}

beforeAll(async () => {
  if (missingTools.length) return;
  display = await startXvfb();
  const previous = process.env.DISPLAY;
  process.env.DISPLAY = display; // Playwright hands the environment to Chromium
  try {
    browser = await launchBrowser({ headless: false });
  } finally {
    if (previous === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = previous;
  }
  await waitForCards(browser, 290_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  xvfb?.kill();
});

/** Puts the caret (or a selection of `length` characters) `offset` characters into `text` in #lead. */
async function selectInLead(page: Page, text: string, offset: number, length = 0): Promise<void> {
  await page.evaluate(
    ({ text, offset, length }) => {
      const lead = document.getElementById('lead')!;
      const walker = document.createTreeWalker(lead, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + offset);
        range.setEnd(node, at + offset + length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${text}" is not in #lead`);
    },
    { text, offset, length },
  );
}

test.skipIf(missingTools.length > 0)('pressing Alt+Shift+K opens the card for the name at the selection; the page never sees the K', async () => {
  const page = await openPage(browser!.context, server.url('page-article.html'));
  await waitForContentScript(page);
  await waitForMarks(page, ['Lee Jung-jae']);
  await page.bringToFront();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as any).keysSeen = seen;
    addEventListener('keydown', (event) => seen.push(event.code), true);
  });

  // A caret on plain text: the command fires, but there is nothing to open.
  await selectInLead(page, 'few expected', 3);
  typeOnKeyboard('alt+shift+k');
  await page.waitForTimeout(800);
  expect(await shadowText(page, 'castmark-card')).toBeNull();

  // A caret inside a name: its card opens, and stays while the pointer moves (it was asked for from the keyboard).
  await selectInLead(page, 'Lee Jung-jae', 4, 3);
  typeOnKeyboard('alt+shift+k');
  await expect.poll(() => shadowText(page, 'castmark-card'), { timeout: 10_000 }).toContain('Squid Game');
  expect(await page.locator('castmark-card [role="dialog"]').getAttribute('aria-label')).toBe('Castmark: Lee Jung-jae');
  await page.mouse.move(5, 5, { steps: 3 });
  await page.waitForTimeout(600);
  expect(await shadowText(page, 'castmark-card')).toContain('Lee Jung-jae');

  // The browser took the K as its shortcut: the page saw the modifiers only, so a page-side handler could never
  // open the card a second time.
  const seen: string[] = await page.evaluate(() => (window as any).keysSeen);
  expect(seen.filter((code) => code === 'KeyK')).toEqual([]);
  expect(seen).toContain('ShiftLeft');

  // Escape from the real keyboard closes it.
  typeOnKeyboard('Escape');
  await expect.poll(() => shadowText(page, 'castmark-card')).toBeNull();
  await page.close();
});
