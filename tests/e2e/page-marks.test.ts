// Marks in real Chromium: what gets marked (and what not), content that arrives later, hostile pages, strict
// CSP, the page's DOM left untouched, settings applied live, and no network traffic from the extension.
import { afterAll, describe, expect, test } from 'vitest';
import { openPage, recordRequests, useBrowser, useFixtureServer, waitForContentScript } from './harness';
import { allMarked, changeSettings, markedTexts, resetSettings, spyOnMatchRequests, spyOnRequests, waitForMarks } from './page-helpers';

const browser = useBrowser();
const server = useFixtureServer();

afterAll(async () => {
  if (browser.context) await resetSettings(browser);
});

const count = (texts: string[], text: string) => texts.filter((t) => t === text).length;

describe('the news article', () => {
  test('marks people and titles, spelling variants, names split by inline tags, and text in (nested) shadow roots', async () => {
    const page = await openPage(browser.context, server.url('page-article.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae', 'Squid Game', 'Jung Ho-yeon', 'Park Ji-hu', 'Bae Doona', 'Bae Doo-na', 'Édouard Baer']);
    const marks = await markedTexts(page);
    expect(marks.person).toEqual(expect.arrayContaining(['Park Hae-soo', 'Hwang Dong-hyuk', 'Gong Yoo', 'Pedro Pascal', 'Millie Bobby Brown', 'Jenna Ortega', 'Bong Joon-ho']));
    expect(marks.title).toEqual(expect.arrayContaining(['All of Us Are Dead', 'Stranger Things', 'Wednesday', 'The Crown', 'Money Heist']));
    // Inside the shadow root and the shadow root inside it.
    await waitForMarks(page, ['Cho Yi-hyun']);
    expect(count(marks.person, 'Yoon Chan-young') + count((await markedTexts(page)).person, 'Yoon Chan-young')).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  test('the top frame reports how many mentions it marked, for the toolbar badge', async () => {
    const reports = await spyOnRequests(browser, 'reportCount');
    const page = await openPage(browser.context, server.url('page-article.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Bong Joon-ho']);
    await expect
      .poll(async () => ((await reports.take()) as Array<{ count: number; paused: boolean }>).find((report) => report.count >= 20), { timeout: 5_000 })
      .toMatchObject({ paused: false });
    await page.close();
  });

  test('leaves form fields, text areas and hidden elements alone', async () => {
    const page = await openPage(browser.context, server.url('page-article.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Bong Joon-ho']);
    const marks = await markedTexts(page);
    // "Park Hae-soo" is also in the <textarea>, "Gong Yoo" also in a hidden paragraph: only the prose counts.
    expect(count(marks.person, 'Park Hae-soo')).toBe(1);
    expect(count(marks.person, 'Gong Yoo')).toBe(1);
    await page.close();
  });

  test('the page DOM is byte-for-byte what it was before Castmark ran (the only addition is a card host)', async () => {
    const page = await openPage(browser.context, server.url('page-dom-compare.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae', 'Park Hae-soo', 'Winona Ryder']);
    const { before, now, shadowBefore, shadowNow, sheets } = await page.evaluate(() => ({
      before: (window as any).domBefore as string,
      now: (window as any).domNow() as string,
      shadowBefore: (window as any).shadowBefore as string,
      shadowNow: document.getElementById('shadow-host')!.shadowRoot!.innerHTML,
      sheets: document.styleSheets.length,
    }));
    expect(typeof before).toBe('string');
    expect(now).toBe(before);
    expect(shadowNow).toBe(shadowBefore);
    expect(sheets).toBe(0); // the ::highlight rules arrive as an adopted sheet, not a <style> or <link>
    await page.close();
  });
});

describe('content that arrives later', () => {
  test('rows rendered after load and on scroll get marked; a ticking clock never triggers a full rescan', async () => {
    const matchRequests = await spyOnMatchRequests(browser);
    const page = await openPage(browser.context, server.url('page-catalogue.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Squid Game', 'Lee Jung-jae', 'All of Us Are Dead', 'Yoon Chan-young']);
    expect(await allMarked(page)).not.toContain('Henry Cavill'); // row 3 is not there yet
    await page.mouse.wheel(0, 4000);
    await waitForMarks(page, ['The Witcher', 'Henry Cavill']);

    // Let the clock tick for 2 s: every request it causes is a small one about the clock alone.
    await matchRequests.take();
    await page.waitForTimeout(2_000);
    const log = await matchRequests.take();
    expect(log.length).toBeLessThanOrEqual(20); // at most one per mutation batch (150 ms)
    for (const texts of log) expect(texts.every((text) => text.startsWith('Updated '))).toBe(true);
    expect(await allMarked(page)).toContain('Henry Cavill'); // nothing was lost meanwhile
    await page.close();
  });
});

describe('hostile pages', () => {
  test('marks prose but never form fields, selects, buttons or the editor; typing in the editor still works', async () => {
    const page = await openPage(browser.context, server.url('page-hostile.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae', 'Squid Game', 'Park Hae-soo']);
    const marks = await markedTexts(page);
    expect(count(marks.person, 'Lee Jung-jae')).toBe(1);
    expect(count(marks.person, 'Park Hae-soo')).toBe(1);
    expect(marks.person).not.toContain('Jenna Ortega'); // only in the editor
    expect(marks.title).not.toContain('Wednesday'); // in the button and the editor
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and Emma Myers');
    await page.waitForTimeout(400);
    expect(await page.locator('#editor').innerText()).toBe('Draft: Jenna Ortega in Wednesday and Emma Myers');
    expect(await allMarked(page)).not.toContain('Emma Myers');
    await page.close();
  });

  test('text inside frames is marked by the frame\'s own content script', async () => {
    const page = await openPage(browser.context, server.url('page-frames.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae']);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('page-strict.csp.html'))!;
    await expect
      .poll(async () => (await frame.evaluate(() => [...((CSS.highlights.get('castmark-person') ?? []) as unknown as Iterable<AbstractRange>)].length)), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2); // Jenna Ortega, Emma Myers
    await page.close();
  });

  test('a strict Content-Security-Policy changes nothing', async () => {
    const page = await openPage(browser.context, server.url('page-strict.csp.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Jenna Ortega', 'Wednesday', 'Emma Myers']);
    await page.close();
  });
});

describe('settings apply live', () => {
  test('disabling the site removes marks and the stylesheet at once; enabling it marks again', async () => {
    const page = await openPage(browser.context, server.url('page-article.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae']);
    const state = () =>
      page.evaluate(() => ({
        registered: CSS.highlights.has('castmark-person') || CSS.highlights.has('castmark-title'),
        sheets: document.adoptedStyleSheets.length,
      }));
    expect(await state()).toEqual({ registered: true, sheets: 1 });

    await changeSettings(browser, { sites: [{ host: '127.0.0.1', subdomains: false }] });
    await expect.poll(state, { timeout: 5_000 }).toEqual({ registered: false, sheets: 0 });

    await changeSettings(browser, { sites: [] });
    await waitForMarks(page, ['Lee Jung-jae', 'Squid Game']);
    await changeSettings(browser, { paused: true });
    await expect.poll(state, { timeout: 5_000 }).toEqual({ registered: false, sheets: 0 });
    await resetSettings(browser);
    await waitForMarks(page, ['Lee Jung-jae']);
    await page.close();
  });

  test('only the chosen kinds are marked', async () => {
    await changeSettings(browser, { kinds: { person: false, title: true } });
    const page = await openPage(browser.context, server.url('page-article.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Squid Game']);
    expect((await markedTexts(page)).person).toEqual([]);
    await resetSettings(browser);
    await waitForMarks(page, ['Lee Jung-jae']);
    await page.close();
  });
});

test('no request leaves the browser because of Castmark: page text stays on the machine', async () => {
  const log = recordRequests(browser.context);
  const page = await openPage(browser.context, server.url('page-article.html', { host: 'news.castmark.test' }));
  await waitForContentScript(page);
  await waitForMarks(page, ['Lee Jung-jae']);
  await page.mouse.move(300, 300, { steps: 5 });
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1_000);
  log.stop();
  const pageHost = `news.castmark.test:${server.port}`;
  expect(log.network({ exceptHosts: [pageHost] })).toEqual([]);
  // What the page itself loaded is only the page; the extension's own traffic stays inside chrome-extension://.
  const fromExtension = log.all.filter((request) => request.initiator !== 'page');
  expect(fromExtension.filter((request) => !request.url.startsWith('chrome-extension://'))).toEqual([]);
  await page.close();
});
