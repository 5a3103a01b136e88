// Castmark in a browser without the CSS Custom Highlight API, in real Chromium with the real build: marks are
// boxes in Castmark's own <castmark-card> host, over the right words, following scrolling and layout; the page
// DOM stays identical; hovering still opens the right card; switching the site off removes the overlay live.
//
// How the API is removed: Chromium 156 has no runtime flag for it any more (`--disable-blink-features=HighlightAPI`
// is ignored: the feature shipped and its flag is gone), and a page script cannot reach the content script's
// isolated world. So a DevTools breakpoint on the first statement of content-scripts/content.js pauses each frame's
// content script before it runs, deletes `CSS.highlights` and `Highlight` in that world (the page's own world
// keeps them), and resumes. The content script then meets exactly what a browser without the API offers.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession } from 'playwright-core';
import type { Settings } from '../../lib/settings';
import { hoverText, inBackground, moveMouseAway, shadowText, textRect, useBrowser, useFixtureServer, type Page, type TextRect } from './harness';
import { waitForCards } from './page-helpers';
import { MAX_OVERLAY_BOXES } from '../../content/overlay-marks';

const browser = useBrowser();
const server = useFixtureServer();

const OVERLAY = 'castmark-card[data-castmark-overlay]';
const CARD = 'castmark-card:not([data-castmark-overlay])';

beforeAll(async () => {
  // A fresh profile seeds its database first (minutes on a busy machine): cards need it, marks do not.
  await waitForCards(browser, 290_000);
}, 300_000);

afterEach(async () => {
  await inBackground(browser, () => (globalThis as any).chrome.storage.sync.remove('settings'), undefined);
});

/**
 * Writes settings into storage.sync from the service worker. Not through the popup (page-helpers'
 * changeSettings): opening the popup starts the background's search warm-up, which delays the next card
 * requests by 10 s and more on this machine.
 */
async function changeSettings(change: Partial<Settings>): Promise<void> {
  await inBackground(
    browser,
    async (patch) => {
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
    },
    change,
  );
}

interface NoHighlightPage {
  page: Page;
  /** Evaluates `expression` in Castmark's content-script world of the top frame. */
  inContentWorld(expression: string): Promise<unknown>;
}

async function openWithoutHighlightApi(path: string): Promise<NoHighlightPage> {
  const page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const contentWorlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${browser.extensionId}`) contentWorlds.push(context.id);
  });
  cdp.on('Debugger.paused', async ({ callFrames }) => {
    try {
      await cdp.send('Debugger.evaluateOnCallFrame', {
        callFrameId: callFrames[0].callFrameId,
        expression: 'delete CSS.highlights; delete globalThis.Highlight;',
      });
    } finally {
      await cdp.send('Debugger.resume').catch(() => undefined);
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setBreakpointByUrl', { urlRegex: 'content-scripts/content\\.js$', lineNumber: 0, columnNumber: 0 });
  await page.goto(server.url(path), { waitUntil: 'load' });
  return {
    page,
    async inContentWorld(expression) {
      const contextId = contentWorlds[contentWorlds.length - 1];
      if (contextId === undefined) throw new Error('the content script never ran');
      const { result } = await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true });
      return result.value;
    },
  };
}

interface Box {
  kind: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The overlay's visible boxes in viewport coordinates (runs in the page; no named inner functions). */
function readBoxes(selector: string): Box[] {
  const root = document.querySelector(selector)?.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('.box')]
    .filter((box) => getComputedStyle(box).display !== 'none')
    .map((box) => {
      const rect = box.getBoundingClientRect();
      return { kind: box.classList.contains('person') ? 'person' : 'title', left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    });
}

function boxes(page: Page): Promise<Box[]> {
  return page.evaluate(readBoxes, OVERLAY);
}

async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The boxes underlining one line of `text` (same left and right edges, along its bottom). */
function underlining(all: Box[], line: TextRect['lines'][number]): Box[] {
  return all.filter(
    (box) =>
      Math.abs(box.left - line.x) <= 1.5 &&
      Math.abs(box.right - (line.x + line.width)) <= 1.5 &&
      box.top >= line.y + line.height - 4 &&
      box.bottom <= line.y + line.height + 3,
  );
}

/** Waits until `text` (its first line) is underlined by a box of `kind`, and returns its rectangle. */
async function waitForBox(page: Page, text: string, kind: 'person' | 'title', options: { nth?: number } = {}): Promise<TextRect> {
  let found: Box[] = [];
  let rect: TextRect | undefined;
  await expect
    .poll(
      async () => {
        rect = await textRect(page, text, options);
        await afterTwoFrames(page);
        rect = await textRect(page, text, options); // textRect may have scrolled: measure where it settled
        found = underlining(await boxes(page), rect.lines[0]);
        return found.map((box) => box.kind);
      },
      { timeout: 10_000, message: `an overlay box of kind ${kind} under "${text}"` },
    )
    .toEqual([kind]);
  return rect!;
}

function cardText(page: Page): Promise<string | null> {
  return shadowText(page, CARD);
}

describe('without the Highlight API', () => {
  test('marks are boxes over the right words in Castmark’s own host; the page DOM stays identical', async () => {
    const { page, inContentWorld } = await openWithoutHighlightApi('page-dom-compare.html');
    await waitForBox(page, 'Lee Jung-jae', 'person');
    // The content script's world really lacks the API, and it registered nothing in the page's registry.
    expect(await inContentWorld('typeof CSS.highlights + " " + typeof Highlight')).toBe('undefined undefined');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    await waitForBox(page, 'Squid Game', 'title');
    await waitForBox(page, 'Jenna Ortega', 'person');
    await waitForBox(page, 'Winona Ryder', 'person'); // inside the page's own shadow root
    await waitForBox(page, 'Stranger Things', 'title');
    // A name split across inline elements (Park <b>Hae-soo</b>) is underlined from its first to its last letter.
    const park = await textRect(page, 'Park Hae-soo');
    const all = await boxes(page);
    const parkBoxes = all.filter((box) => box.left >= park.x - 1.5 && box.right <= park.x + park.width + 1.5 && Math.abs(box.top - (park.y + park.height)) <= 4);
    expect(parkBoxes.length).toBeGreaterThan(0);
    expect(Math.min(...parkBoxes.map((box) => box.left))).toBeCloseTo(park.x, 0);
    expect(Math.max(...parkBoxes.map((box) => box.right))).toBeCloseTo(park.x + park.width, 0);
    // Words that are no name get no box.
    const plain = await textRect(page, ' lead ');
    expect(all.filter((box) => box.right > plain.x + 4 && box.left < plain.x + plain.width - 4 && Math.abs(box.top - (plain.y + plain.height)) <= 4)).toEqual([]);

    const dom = await page.evaluate((overlaySelector) => {
      const hosts = [...document.documentElement.children].filter((el) => el.tagName === 'CASTMARK-CARD');
      const host = document.querySelector(overlaySelector)!;
      const word = document.querySelector('#story p')!;
      const at = word.getBoundingClientRect();
      return {
        before: (window as any).domBefore as string,
        now: (window as any).domNow() as string,
        shadowSame: (window as any).shadowBefore === document.getElementById('shadow-host')!.shadowRoot!.innerHTML,
        hosts: hosts.length,
        hostIsOverlay: hosts[0] === host,
        pointerEvents: getComputedStyle(host).pointerEvents,
        // Hit-testing goes through the overlay to the page's own text.
        hit: document.elementFromPoint(at.left + 10, at.top + at.height / 2)?.tagName,
      };
    }, OVERLAY);
    expect(dom.hosts).toBe(1);
    expect(dom.hostIsOverlay).toBe(true);
    expect(dom.pointerEvents).toBe('none');
    expect(dom.hit).toBe('P');
    expect(dom.shadowSame).toBe(true);
    expect(dom.now).toBe(dom.before);
    await page.close();
  });

  test('hovering a name still opens the right card, also in a shadow root', async () => {
    const { page } = await openWithoutHighlightApi('page-dom-compare.html');
    await waitForBox(page, 'Lee Jung-jae', 'person');
    await hoverText(page, 'Lee Jung-jae');
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Seong Gi-hun');
    expect(await page.locator(`${CARD} [role="dialog"]`).getAttribute('aria-label')).toBe('Castmark: Lee Jung-jae');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();

    await waitForBox(page, 'Winona Ryder', 'person');
    await hoverText(page, 'Winona Ryder');
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Stranger Things');
    const dom = await page.evaluate(() => ({
      before: (window as any).domBefore as string,
      now: (window as any).domNow() as string,
      hosts: [...document.documentElement.children].filter((el) => el.tagName === 'CASTMARK-CARD').length,
    }));
    expect(dom.hosts).toBe(2); // the overlay and the card, nothing else
    expect(dom.now).toBe(dom.before);
    await moveMouseAway(page);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toBeNull();
    await page.close();
  });

  test('boxes follow scrolling, clipping and layout changes', async () => {
    const { page } = await openWithoutHighlightApi('page-overlay.html');
    const first = await waitForBox(page, 'Lee Jung-jae', 'person');

    // The page inserts a paragraph above: the text moves down, and so do the boxes.
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Editor’s note: this story was updated.';
      document.getElementById('top')!.before(note);
    });
    const moved = await waitForBox(page, 'Lee Jung-jae', 'person');
    expect(moved.lines[0].y).toBeGreaterThan(first.lines[0].y + 10);

    // A name in the carousel's hidden part gets no box over the page; scrolled into the carousel's view, it does.
    await waitForBox(page, 'Jung Ho-yeon', 'person');
    const hidden = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('hidden-card')!);
      const rect = range.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    });
    const spilled = (await boxes(page)).filter((box) => box.left >= hidden.left - 1 && box.top >= hidden.top - 1 && box.bottom <= hidden.bottom + 4);
    expect(spilled).toEqual([]);
    await page.evaluate(() => document.getElementById('rail')!.scrollTo({ left: 420 }));
    await waitForBox(page, 'Stranger Things', 'title');

    // Far down the page (beyond the painted margin at first): scrolled to, it gets its box.
    await waitForBox(page, 'Jenna Ortega', 'person');
    await page.close();
  });

  test('a page dense with names gets at most MAX_OVERLAY_BOXES boxes', async () => {
    const { page } = await openWithoutHighlightApi('page-overlay.html');
    await waitForBox(page, 'Lee Jung-jae', 'person');
    await page.evaluate(() => {
      const dense = document.createElement('p');
      dense.style.font = '8px/10px Georgia, serif';
      dense.textContent = 'Squid Game starring Lee Jung-jae. '.repeat(400);
      document.getElementById('story')!.prepend(dense);
      scrollTo(0, 0);
    });
    // 800 mentions on screen; the overlay draws its bound and no more.
    await expect.poll(async () => (await boxes(page)).length, { timeout: 10_000 }).toBe(MAX_OVERLAY_BOXES);
    await page.waitForTimeout(500);
    expect((await boxes(page)).length).toBe(MAX_OVERLAY_BOXES);
    await page.close();
  });

  test('the mark style applies to the boxes, and switching the site off removes the overlay live', async () => {
    const { page } = await openWithoutHighlightApi('page-overlay.html');
    const rect = await waitForBox(page, 'Lee Jung-jae', 'person');
    await changeSettings({ markStyle: 'background' });
    await expect
      .poll(async () => (await boxes(page)).filter((box) => Math.abs(box.top - rect.lines[0].y) <= 1.5 && Math.abs(box.bottom - (rect.lines[0].y + rect.lines[0].height)) <= 1.5).length)
      .toBeGreaterThan(0);
    const fill = await page.evaluate((selector) => {
      const box = document.querySelector(selector)!.shadowRoot!.querySelector('.box.person')!;
      return getComputedStyle(box).backgroundColor;
    }, OVERLAY);
    expect(fill).toBe('rgba(255, 196, 0, 0.28)');

    await changeSettings({ sites: [{ host: '127.0.0.1', subdomains: false }] });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('castmark-card').length), { timeout: 5_000 }).toBe(0);
    await changeSettings({ sites: [] });
    await expect.poll(async () => (await boxes(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
