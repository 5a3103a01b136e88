// The popup in real Chromium on a fresh install: seeding (also across a stopped service worker), search by any
// spelling / with typos / by character, cards with roles, the site switch acting on an open tab, and the badge.
import { describe, expect, test } from 'vitest';
import type { SeedStatus } from '../../common/messages';
import { askBackground, inBackground, openPage, stopBackground, useBrowser, useFixtureServer, waitForContentScript, type Page } from './harness';
import { resetSettings, waitForMarks } from './page-helpers';

const browser = useBrowser();
const server = useFixtureServer();
const SEED_TIMEOUT = 170_000;

async function seedStatus(): Promise<SeedStatus> {
  return (await askBackground(browser, { type: 'seedStatus' })) as SeedStatus;
}

async function openPopupPage(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  return page;
}

/** Types a query into the popup and returns the options' texts ("label | kind | detail") once they are shown. */
async function searchInPopup(popup: Page, query: string): Promise<string[]> {
  const input = popup.getByRole('combobox');
  await input.fill(query);
  await expect.poll(() => popup.getByRole('listbox').isVisible(), { timeout: 10_000 }).toBe(true);
  await popup.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0);
  return popup.getByRole('option').evaluateAll((options) =>
    options.map((o) => [...o.children].map((part) => part.textContent).join(' | ')),
  );
}

describe('fresh install', () => {
  test('seeding runs in chunks, survives a stopped service worker, and finishes', { timeout: SEED_TIMEOUT + 20_000 }, async () => {
    const started = Date.now();
    let status = await seedStatus();
    while (status.state !== 'ready' && status.done < 3 && Date.now() - started < SEED_TIMEOUT) {
      await new Promise((r) => setTimeout(r, 200));
      status = await seedStatus();
    }
    if (status.state !== 'ready') {
      // Stop the worker half-way, as Chrome does to idle workers: the next start resumes at the stored cursor.
      const before = status.done;
      await stopBackground(browser);
      const after = await seedStatus();
      expect(after.state).toBe('seeding');
      expect(after.done).toBeGreaterThanOrEqual(before);
    }
    await expect.poll(async () => (status = await seedStatus()).state, { timeout: SEED_TIMEOUT, interval: 500 }).toBe('ready');
    expect(status.done).toBe(status.total);
    expect(status.total).toBeGreaterThan(10);
  });
});

describe('popup search', () => {
  test('the input is focused on open and examples are offered', async () => {
    const popup = await openPopupPage();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await popup.locator('main').innerText()).toContain('Squid Game');
    await popup.close();
  });

  test('finds people by any spelling and in either word order', async () => {
    const popup = await openPopupPage();
    expect((await searchInPopup(popup, 'Ji-hu Park'))[0]).toContain('Park Ji-hu');
    expect((await searchInPopup(popup, 'park jihu'))[0]).toContain('Park Ji-hu');
    const other = (await searchInPopup(popup, 'Bae Doo-na'))[0];
    expect(other).toContain('Bae Doona');
    expect(other).toContain('Also spelled Bae Doo-na');
    expect((await searchInPopup(popup, 'lomon'))[0]).toMatch(/^Lomon \| Person \| Actor/);
    await popup.close();
  });

  test('finds titles with a typo', async () => {
    const popup = await openPopupPage();
    expect((await searchInPopup(popup, 'Squid Gaem'))[0]).toContain('Squid Game');
    expect((await searchInPopup(popup, 'Stranger Thigns'))[0]).toContain('Stranger Things');
    await popup.close();
  });

  test('finds a character, with who played them and where', async () => {
    const popup = await openPopupPage();
    const [first] = await searchInPopup(popup, 'Nam On-jo');
    expect(first).toBe('Nam On-jo | Character | Park Ji-hu in All of Us Are Dead (2022)');
    await popup.close();
  });

  test('keyboard: arrows move the active option, Enter opens the card with roles, links lead on, Escape clears', async () => {
    const popup = await openPopupPage();
    await searchInPopup(popup, 'Park Ji-hu');
    const input = popup.getByRole('combobox');
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('cm-result-1');
    await input.press('ArrowUp');
    await input.press('Enter');
    const card = popup.locator('.cm-card[data-kind="person"]');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Park Ji-hu');
    expect(text).toContain('All of Us Are Dead');
    expect(text).toContain('Nam On-jo');
    // A title in the card opens the title's card, with its cast.
    await card.locator('[data-open-kind="title"]', { hasText: 'All of Us Are Dead' }).first().click();
    await expect.poll(() => popup.locator('.cm-card[data-kind="title"]').innerText(), { timeout: 10_000 }).toContain('Yoon Chan-young');
    await popup.getByRole('button', { name: 'Back' }).click();
    await popup.getByRole('button', { name: 'Back' }).click();
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    await popup.close();
  });

  test('bad queries get a sensible answer, never an error', async () => {
    for (const query of ['', '!!!', "'foo | !bar ^x$", 'x'.repeat(10_000), 'ซีรีส์', '(.*)+$']) {
      const answer = (await askBackground(browser, { type: 'search', query })) as { results: unknown[] };
      expect(Array.isArray(answer.results)).toBe(true);
    }
    const popup = await openPopupPage();
    await popup.getByRole('combobox').fill('qqqxqqqz');
    await expect.poll(() => popup.getByRole('status').innerText(), { timeout: 10_000 }).toContain('No match for');
    await popup.close();
  });
});

describe('on a page', () => {
  test('the site switch turns marks off in an open tab at once, and on again; the badge counts names', async () => {
    await resetSettings(browser);
    const article = await openPage(browser.context, server.url('page-article.html'));
    await waitForContentScript(article);
    await waitForMarks(article, ['Lee Jung-jae', 'Squid Game']);
    const tabId = await inBackground(browser, async (url) => (await (globalThis as any).chrome.tabs.query({ url }))[0]?.id as number, article.url());
    expect(tabId).toBeGreaterThan(0);
    await expect
      .poll(() => inBackground(browser, (id) => (globalThis as any).chrome.action.getTitle({ tabId: id }), tabId), { timeout: 10_000 })
      .toMatch(/^Castmark: \d+ names on this page$/);
    expect(Number(await inBackground(browser, (id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId))).toBeGreaterThan(3);

    const popup = await openPopupPage(`?tab=${tabId}`);
    const siteSwitch = popup.getByRole('switch', { name: 'Castmark on 127.0.0.1' });
    await expect.poll(() => siteSwitch.getAttribute('aria-checked')).toBe('true');
    const marked = () => article.evaluate(() => CSS.highlights.has('castmark-person') || CSS.highlights.has('castmark-title'));
    await siteSwitch.click();
    expect(await siteSwitch.getAttribute('aria-checked')).toBe('false');
    await expect.poll(marked, { timeout: 5_000 }).toBe(false);
    await expect
      .poll(() => inBackground(browser, (id) => (globalThis as any).chrome.action.getTitle({ tabId: id }), tabId), { timeout: 5_000 })
      .toBe('Castmark is paused on this site');

    await siteSwitch.click();
    await waitForMarks(article, ['Lee Jung-jae']);

    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await expect.poll(marked, { timeout: 5_000 }).toBe(false);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).click();
    await waitForMarks(article, ['Lee Jung-jae']);
    await popup.close();
    await article.close();
    await resetSettings(browser);
  });
});
