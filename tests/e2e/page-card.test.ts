// The hover card in real Chromium: the right card for the name under a resting pointer, none while sweeping,
// Escape and moving away close it, it never steals focus, survives hostile styles, fits small screens.
import { beforeAll, describe, expect, test } from 'vitest';
import { hoverText, inBackground, moveMouseAway, openPage, textRect, useBrowser, useFixtureServer, waitForContentScript, type Page } from './harness';
import { cardText, waitForCards, waitForMarks } from './page-helpers';

const browser = useBrowser();
const server = useFixtureServer();

beforeAll(async () => {
  // A fresh profile seeds its database first (minutes on a busy machine): cards need it, marks do not.
  await waitForCards(browser, 290_000);
}, 300_000);

async function openArticle(file = 'page-article.html'): Promise<Page> {
  const page = await openPage(browser.context, server.url(file));
  await waitForContentScript(page);
  await waitForMarks(page, ['Lee Jung-jae', 'Squid Game']);
  return page;
}

async function waitForCard(page: Page, contains: string, timeout = 5_000): Promise<string> {
  let text: string | null = null;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    text = await cardText(page);
    if (text?.includes(contains)) return text;
    await page.waitForTimeout(50);
  }
  throw new Error(`no card with "${contains}" (card: ${text})`);
}

describe('hovering', () => {
  test('resting on a person opens their card: other spellings, roles with characters, seasons, platforms', async () => {
    const page = await openArticle();
    await hoverText(page, 'Lee Jung-jae');
    const text = await waitForCard(page, 'Lee Jung-jae');
    expect(text).toContain('Squid Game');
    expect(text).toContain('as Seong Gi-hun');
    expect(text).toMatch(/\d seasons? · since 2021/);
    expect(text).toContain('Netflix');
    const role = await page.locator('castmark-card [role="dialog"]').getAttribute('aria-label');
    expect(role).toBe('Castmark: Lee Jung-jae');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  test('resting on a title opens its card; a cast name opens that person in place, and Back returns', async () => {
    const page = await openArticle();
    await hoverText(page, 'All of Us Are Dead');
    const text = await waitForCard(page, 'JQ Lee');
    expect(text).toContain('Kim Nam-soo'); // the other director
    expect(text).toContain('IMDb');
    expect(text).toContain('Nam On-jo'); // Park Ji-hu's character
    expect(await page.locator('castmark-card a[href="https://www.imdb.com/title/tt14169960/"]').count()).toBe(1);
    const castLink = page.locator('castmark-card button[data-open-kind="person"]', { hasText: 'Yoon Chan-young' });
    await castLink.hover();
    await castLink.click();
    // The title card also lists "Lee Cheong-san" (his character): wait for the person card's own heading.
    await expect.poll(() => page.locator('castmark-card h2').innerText(), { timeout: 5_000 }).toBe('Yoon Chan-young');
    expect(await cardText(page)).toContain('Lee Cheong-san');
    await page.locator('castmark-card button[aria-label="Back"]').click();
    await waitForCard(page, 'JQ Lee');
    await page.close();
  });

  test('sweeping the pointer across a line of names opens nothing', async () => {
    const page = await openArticle();
    const from = await textRect(page, 'Bae Doona');
    const to = await textRect(page, 'Song Kang');
    const y = from.lines[0].y + from.lines[0].height / 2;
    // About 10 px per 16 ms frame, over names, like a reader moving to the scrollbar.
    await page.mouse.move(from.x, y);
    await page.mouse.move(from.x + 600, y, { steps: 60 });
    await page.mouse.move(to.x, to.y + to.height / 2, { steps: 30 });
    await page.mouse.move(to.x + 400, to.y + to.height / 2, { steps: 40 });
    expect(await cardText(page)).toBeNull();
    await page.close();
  });

  test('moving away closes the card after a grace period; moving into it keeps it open', async () => {
    const page = await openArticle();
    const point = await hoverText(page, 'Lee Jung-jae');
    await waitForCard(page, 'Squid Game');
    const box = (await page.locator('castmark-card').boundingBox())!;
    // Into the card: it stays.
    await page.mouse.move(point.x, point.y + 8, { steps: 2 });
    await page.mouse.move(box.x + 40, box.y + 30, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await cardText(page)).toContain('Lee Jung-jae');
    // Its text can be selected.
    const selected = await page.locator('castmark-card h2').evaluate((heading) => {
      const range = document.createRange();
      range.selectNodeContents(heading);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selected).toBe('Lee Jung-jae');
    await moveMouseAway(page);
    await expect.poll(() => cardText(page), { timeout: 3_000 }).toBeNull();
    await page.close();
  });

  test('the card never takes the focus', async () => {
    const page = await openArticle();
    await page.focus('#fav');
    await hoverText(page, 'Lee Jung-jae');
    await waitForCard(page, 'Squid Game');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fav');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    expect(await page.inputValue('#fav')).toBe('Lee Jung-jae!');
    await page.close();
  });

  test('the page DOM stays identical while a card is open, apart from <castmark-card>', async () => {
    const page = await openPage(browser.context, server.url('page-dom-compare.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae']);
    await hoverText(page, 'Lee Jung-jae');
    await waitForCard(page, 'Squid Game');
    const { before, now, hosts } = await page.evaluate(() => ({
      before: (window as any).domBefore as string,
      now: (window as any).domNow() as string,
      hosts: [...document.documentElement.children].filter((el) => el.tagName === 'CASTMARK-CARD').length,
    }));
    expect(hosts).toBe(1);
    expect(now).toBe(before);
    await page.close();
  });
});

describe('hostile and small pages', () => {
  test('a hostile stylesheet, huge z-indexes and pointer-event games do not hide or break the card', async () => {
    const page = await openArticle('page-hostile.html');
    await hoverText(page, 'Lee Jung-jae');
    await waitForCard(page, 'Squid Game');
    const host = page.locator('castmark-card');
    const box = (await host.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(60);
    // On top of everything (the page's fixed overlay and its z-index 2147483647 bar included).
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + 20 });
    expect(top).toBe('CASTMARK-CARD');
    // The page's `* { all: unset }` did not reach inside: the card keeps its own font and colours.
    const font = await page.locator('castmark-card .cm-card').evaluate((el) => getComputedStyle(el).fontSize);
    expect(font).toBe('13px');
    // Text under `pointer-events: none` still opens its card.
    await page.keyboard.press('Escape');
    await hoverText(page, 'Park Hae-soo');
    await waitForCard(page, 'Cho Sang-woo');
    await page.close();
  });

  test('under a strict Content-Security-Policy the card opens (its UI is injected by the extension, not loaded by the page)', async () => {
    const page = await openPage(browser.context, server.url('page-strict.csp.html'));
    await waitForContentScript(page);
    await waitForMarks(page, ['Jenna Ortega']);
    await hoverText(page, 'Jenna Ortega');
    expect(await waitForCard(page, 'Wednesday')).toContain('Jenna Ortega');
    await page.close();
  });

  test('inside a frame the card opens in that frame, and the top page gets none', async () => {
    const page = await openPage(browser.context, server.url('page-frames.html'));
    await waitForContentScript(page);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('page-strict.csp.html'))!;
    await expect.poll(() => frame.evaluate(() => CSS.highlights.has('castmark-person')), { timeout: 10_000 }).toBe(true);
    const frameBox = (await page.locator('#review').boundingBox())!;
    const inFrame = await frame.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('Jenna Ortega');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Jenna Ortega'.length);
        const box = range.getClientRects()[0];
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    });
    await page.mouse.move(frameBox.x + inFrame!.x, frameBox.y + inFrame!.y, { steps: 4 });
    const frameCard = () => frame.evaluate(() => document.querySelector('castmark-card')?.shadowRoot?.textContent ?? null);
    await expect.poll(frameCard, { timeout: 5_000 }).toContain('Wednesday');
    expect(await cardText(page)).toBeNull();
    await page.close();
  });

  test('on a narrow screen the card fits in the viewport; in dark mode it is dark', async () => {
    const page = await openPage(browser.context, server.url('page-article.html'));
    await page.setViewportSize({ width: 320, height: 560 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForContentScript(page);
    await waitForMarks(page, ['Lee Jung-jae']);
    await hoverText(page, 'Lee Jung-jae');
    await waitForCard(page, 'Squid Game');
    const box = (await page.locator('castmark-card').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(560);
    const background = await page.locator('castmark-card .cm-card').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 33, 38)');
    // All the roles make it taller than the screen allows: it scrolls inside, and still fits.
    await page.locator('castmark-card .cm-more').click();
    const scroll = await page.locator('castmark-card .cm-card').evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = 200;
      return { scrollable: el.scrollHeight > el.clientHeight, moved: el.scrollTop > before };
    });
    expect(scroll).toEqual({ scrollable: true, moved: true });
    const tall = (await page.locator('castmark-card').boundingBox())!;
    expect(tall.y + tall.height).toBeLessThanOrEqual(560);
    await page.close();
  });
});

test('the open-card command opens the card for the name at the selection', async () => {
  const page = await openArticle();
  await page.bringToFront();
  await page.evaluate(() => {
    const text = document.getElementById('lead')!.childNodes[2] as Text; // "… starring Lee Jung-jae and …"
    const at = text.data.indexOf('Lee Jung-jae');
    const range = document.createRange();
    range.setStart(text, at + 2);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // What the background does on the shortcut (browser.commands cannot be pressed from a test).
  await inBackground(
    browser,
    async (url) => {
      const chrome = (globalThis as any).chrome;
      const tabs: Array<{ id: number; url?: string }> = await chrome.tabs.query({});
      const tab = tabs.filter((candidate) => candidate.url === url).sort((a, b) => b.id - a.id)[0]; // the newest
      await chrome.tabs.sendMessage(tab.id, { type: 'openCardAtSelection' });
    },
    page.url(),
  );
  await waitForCard(page, 'Squid Game');
  await page.mouse.move(5, 5, { steps: 3 });
  await page.waitForTimeout(600);
  expect(await cardText(page)).toContain('Lee Jung-jae'); // opened from the keyboard: the pointer does not close it
  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(page)).toBeNull();
  await page.close();
});
