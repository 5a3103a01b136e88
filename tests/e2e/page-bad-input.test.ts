// Pages built to hurt: 100,000 text nodes, one 10 MB text node, shadow roots nested 60 deep, a body that is
// removed and re-added every second, text in many scripts. Castmark must log no error, keep the page
// responsive, and keep its work bounded (see README "On the page").
import { describe, expect, test } from 'vitest';
import { openPage, useBrowser, useFixtureServer, waitForContentScript, type Page } from './harness';
import { allMarked, spyOnMatchRequests, waitForMarks } from './page-helpers';

const browser = useBrowser();
const server = useFixtureServer();

const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bad input</title></head><body>${body}<script>${script}</script></body></html>`;

const ROUTES: Record<string, string> = {
  '/bad-100k-nodes.html': page(
    `<p id="first">Lee Jung-jae and Park Hae-soo star in Squid Game.</p><div id="many"></div>`,
    `const many = document.getElementById('many');
     for (let i = 0; i < 1000; i++) {
       const p = document.createElement('p');
       for (let j = 0; j < 100; j++) p.append(document.createTextNode('w' + i + '-' + j + ' '));
       many.append(p);
     }`,
  ),
  '/bad-10mb-node.html': page(
    `<p id="first">Jenna Ortega plays Wednesday.</p><p id="huge"></p>`,
    `document.getElementById('huge').textContent = 'Pedro Pascal ' + 'lorem ipsum dolor sit amet '.repeat(380000);`,
  ),
  '/bad-deep-shadow.html': page(
    `<p>Winona Ryder in Stranger Things.</p><div id="root"></div>`,
    `let host = document.getElementById('root');
     for (let depth = 0; depth < 60; depth++) {
       const shadow = host.attachShadow({ mode: 'open' });
       const p = document.createElement('p');
       p.textContent = depth === 59 ? 'Deepest: Millie Bobby Brown in Stranger Things.' : 'Level ' + depth;
       const next = document.createElement('div');
       shadow.append(p, next);
       host = next;
     }`,
  ),
  '/bad-body-churn.html': page(
    `<article><p>Lee Jung-jae and Park Hae-soo lead Squid Game.</p><p>Jenna Ortega is Wednesday.</p></article>`,
    `setInterval(() => { const body = document.body; body.remove(); document.documentElement.append(body); }, 1000);`,
  ),
  '/bad-scripts.html': page(
    `<p>English: Lee Jung-jae in Squid Game.</p>
     <p dir="rtl">العربية: مسلسل لعبة الحبار مع لي جونغ جاي</p><p dir="rtl">עברית: משחק הדיונון</p>
     <p>中文：鱿鱼游戏，李政宰主演。日本語：イカゲーム、イ・ジョンジェ。한국어: 오징어 게임, 이정재.</p>
     <p>हिन्दी: स्क्विड गेम · ไทย: สควิดเกม · Ελληνικά: Το παιχνίδι του καλαμαριού · Русский: Игра в кальмара</p>
     <p>Combining: Ébouard B̷a̷e̷r̷ Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ · emoji 🎬🍿👩🏽‍🎤 · zero width: Lee\u200bJung-jae · surrogates 𝐋𝐞𝐞 𝐉𝐮𝐧𝐠-𝐣𝐚𝐞</p>
     <p>Then in Latin again: Jenna Ortega in Wednesday.</p>`,
  ),
};

/** Console errors and uncaught exceptions on the page (content script errors show up there too). */
function collectErrors(target: Page): string[] {
  const errors: string[] = [];
  target.on('pageerror', (error) => errors.push(error.message));
  target.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return errors;
}

/** The page answers quickly: its main thread is not held by anyone for long. */
async function expectResponsive(target: Page, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const started = Date.now();
    await target.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(Date.now() - started).toBeLessThan(2_000);
    await target.waitForTimeout(200);
  }
}

async function open(path: string): Promise<{ tab: Page; errors: string[] }> {
  for (const [route, body] of Object.entries(ROUTES)) server.route(route, { body });
  const tab = await openPage(browser.context, 'about:blank');
  const errors = collectErrors(tab);
  await tab.goto(server.url(path.slice(1)));
  return { tab, errors };
}

describe('bad input', () => {
  test('100,000 text nodes: the page stays responsive and the names are marked', async () => {
    const { tab, errors } = await open('/bad-100k-nodes.html');
    await expectResponsive(tab);
    await waitForContentScript(tab, 30_000);
    await waitForMarks(tab, ['Lee Jung-jae', 'Park Hae-soo', 'Squid Game'], 30_000);
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('a single 10 MB text node: bounded work, no freeze, the names before and in it are marked', async () => {
    const { tab, errors } = await open('/bad-10mb-node.html');
    // (Laying out 10 MB of text holds the page up by itself for seconds: responsiveness is checked after that.)
    await waitForContentScript(tab, 60_000);
    await waitForMarks(tab, ['Jenna Ortega', 'Pedro Pascal'], 30_000);
    await expectResponsive(tab);
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('shadow roots nested 60 deep are scanned to the bottom', async () => {
    const { tab, errors } = await open('/bad-deep-shadow.html');
    await waitForContentScript(tab);
    await waitForMarks(tab, ['Winona Ryder', 'Millie Bobby Brown'], 20_000);
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('a body removed and re-added every second keeps its marks and costs no new match requests', async () => {
    const { tab, errors } = await open('/bad-body-churn.html');
    await waitForContentScript(tab);
    await waitForMarks(tab, ['Lee Jung-jae', 'Squid Game', 'Jenna Ortega']);
    const matchRequests = await spyOnMatchRequests(browser);
    await tab.waitForTimeout(3_500); // three re-adds
    const log = await matchRequests.take();
    expect(log).toEqual([]); // the same text again: answered from the cache
    expect(await allMarked(tab)).toEqual(expect.arrayContaining(['Lee Jung-jae', 'Squid Game', 'Jenna Ortega']));
    expect(errors).toEqual([]);
    await tab.close();
  });

  test('text in many scripts, RTL, combining marks, emoji and surrogates: no error, Latin names still marked', async () => {
    const { tab, errors } = await open('/bad-scripts.html');
    await waitForContentScript(tab);
    await waitForMarks(tab, ['Lee Jung-jae', 'Jenna Ortega', 'Wednesday']);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
