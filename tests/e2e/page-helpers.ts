// Helpers for the page team's browser tests: read what Castmark marked (through the Highlight registry, the
// only place marks exist), read the card, and change settings the way the popup does (storage.sync).
import type { Settings } from '../../lib/settings';
import { askBackground, inBackground, openExtensionPage, shadowText, type CastmarkBrowser, type Page } from './harness';

export interface MarkedTexts {
  person: string[];
  title: string[];
}

/** Runs in the page; serialised as source, so no named inner functions (tsx would wrap them in `__name`). */
function readMarks(): MarkedTexts {
  const result: MarkedTexts = { person: [], title: [] };
  for (const kind of ['person', 'title'] as const) {
    const highlight = CSS.highlights.get(`castmark-${kind}`);
    if (!highlight) continue;
    for (const abstract of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      try {
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        result[kind].push(range.toString());
      } catch {
        result[kind].push('<stale>');
      }
    }
  }
  return result;
}

/** Every marked text on the page, by kind, in no particular order. */
export async function markedTexts(page: Page): Promise<MarkedTexts> {
  return page.evaluate(readMarks);
}

export async function allMarked(page: Page): Promise<string[]> {
  const marks = await markedTexts(page);
  return [...marks.person, ...marks.title];
}

/** Waits until every one of `texts` is marked. */
export async function waitForMarks(page: Page, texts: string[], timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let marked: string[] = [];
  while (Date.now() < deadline) {
    marked = await allMarked(page);
    if (texts.every((text) => marked.includes(text))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`not marked: ${texts.filter((text) => !marked.includes(text)).join(', ')} (marked: ${marked.join(', ')})`);
}

export function cardText(page: Page): Promise<string | null> {
  return shadowText(page, 'castmark-card');
}

/** Writes settings into storage.sync from an extension page, as the popup's switch does. */
export async function changeSettings(browser: CastmarkBrowser, change: Partial<Settings>): Promise<void> {
  const page = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
  await page.evaluate(async (patch) => {
    const chrome = (globalThis as any).chrome;
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, change);
  await page.close();
}

/** Back to the defaults (every test file starts from them). */
export async function resetSettings(browser: CastmarkBrowser): Promise<void> {
  const page = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
  await page.evaluate(() => (globalThis as any).chrome.storage.sync.remove('settings'));
  await page.close();
}

/** Waits until the background can answer card requests (the database may still be seeding after install). */
export async function waitForCards(browser: CastmarkBrowser, timeout = 170_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const answer = (await askBackground(browser, { type: 'entity', kind: 'person', id: '45833' }).catch(() => null)) as { card: unknown } | null;
    if (answer?.card) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('the background never answered a card request');
}

/**
 * Records every request of one type the background receives from now on (a second listener next to the
 * router's). `take()` returns what came since the last take.
 */
export async function spyOnRequests(browser: CastmarkBrowser, type: string): Promise<{ take(): Promise<any[]> }> {
  await inBackground(
    browser,
    (kind) => {
      const g = globalThis as any;
      g.castmarkSpyLog ??= {};
      g.castmarkSpyLog[kind] = [];
      g.castmarkSpies ??= new Set();
      if (g.castmarkSpies.has(kind)) return;
      g.castmarkSpies.add(kind);
      g.chrome.runtime.onMessage.addListener((message: any) => {
        if (message?.type === kind) g.castmarkSpyLog[kind].push(message);
      });
    },
    type,
  );
  return {
    take: () =>
      inBackground(
        browser,
        (kind) => {
          const g = globalThis as any;
          const log = g.castmarkSpyLog[kind] as unknown[];
          g.castmarkSpyLog[kind] = [];
          return log;
        },
        type,
      ),
  };
}

/** The texts of every `match` request from now on. */
export async function spyOnMatchRequests(browser: CastmarkBrowser): Promise<{ take(): Promise<string[][]> }> {
  const spy = await spyOnRequests(browser, 'match');
  return { take: async () => (await spy.take()).map((message: { texts: string[] }) => message.texts) };
}
