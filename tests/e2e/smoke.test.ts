// The extension loads in Chromium and every entrypoint comes alive.
import { describe, expect, test } from 'vitest';
import {
  askBackground,
  inBackground,
  stopBackground,
  hoverText,
  openOptions,
  openPage,
  openPopup,
  recordRequests,
  shadowText,
  textRect,
  useBrowser,
  useFixtureServer,
  waitForContentScript,
} from './harness';

const browser = useBrowser();
const server = useFixtureServer();

describe('Castmark in Chromium', () => {
  test('the extension loads with a service worker and an id', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  test('the content script runs on a page served from 127.0.0.1', async () => {
    const page = await openPage(browser.context, server.url('smoke.html'));
    await waitForContentScript(page);
    expect(server.requests.some((r) => r.path === '/smoke.html' && r.status === 200)).toBe(true);
    await page.close();
  });

  test('the content script also runs under a strict Content-Security-Policy', async () => {
    const page = await openPage(browser.context, server.url('smoke.csp.html'));
    await waitForContentScript(page);
    await page.close();
  });

  test('the popup renders', async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => popup.locator('#app').innerText()).toContain('Castmark');
    await popup.close();
  });

  test('the options page renders', async () => {
    const options = await openOptions(browser.context, browser.extensionId);
    await expect.poll(() => options.locator('#app').innerText()).toContain('Castmark');
    await options.close();
  });

  test('the background answers ping with the manifest version', async () => {
    const manifest = await browser.serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    const pong = await askBackground(browser, { type: 'ping' });
    expect(pong).toMatchObject({ ok: true, version: manifest.version });
    // Once a page has been matched, it also says where this worker read the matcher index from.
    if (pong.matcher) expect(pong.matcher).toEqual({ from: expect.stringMatching(/^(cache|bundle)$/), ms: expect.any(Number) });
    expect(await askBackground(browser.serviceWorker, { type: 'ping' })).toEqual(pong);
  });
});

describe('harness helpers', () => {
  test('hoverText rests the real mouse on text, also inside an open shadow root', async () => {
    const page = await openPage(browser.context, server.url('smoke.html'));
    await page.evaluate(() => {
      (window as any).hovered = [];
      document.addEventListener('mouseover', (e) => (window as any).hovered.push((e.composedPath()[0] as Element).tagName));
    });
    const rect = await textRect(page, 'Yoon Chan-young');
    const point = await hoverText(page, 'Yoon Chan-young');
    expect(point.x).toBeGreaterThan(rect.x);
    expect(point.x).toBeLessThan(rect.x + rect.width);
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, point)).toBe('lead');

    await hoverText(page, 'Cho Yi-hyun');
    await expect.poll(() => page.evaluate(() => (window as any).hovered.at(-1))).toBe('B');
    expect(await shadowText(page, '#shadow-host')).toBe('Inside the shadow: Cho Yi-hyun as Choi Nam-ra.');
    expect(await shadowText(page, 'castmark-nothing-here')).toBeNull();
    await expect(textRect(page, 'Nobody Of That Name')).rejects.toThrow(/not in/);
    await page.close();
  });

  test('the fixture server serves *.csp.html with a strict policy and answers routes', async () => {
    const strict = await fetch(server.url('smoke.csp.html'));
    expect(strict.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(server.url('smoke.html'))).headers.get('content-security-policy')).toBeNull();
    server.route('/custom.html', { body: '<p>From a route</p>', headers: { 'x-castmark': 'yes' } });
    const response = await fetch(server.url('custom.html'));
    expect(response.headers.get('x-castmark')).toBe('yes');
    expect(await response.text()).toBe('<p>From a route</p>');
    expect((await fetch(server.url('missing.html'))).status).toBe(404);
  });

  test('recordRequests sees what a page loads', async () => {
    const log = recordRequests(browser.context);
    const page = await openPage(browser.context, server.url('smoke.html', { host: 'news.castmark.test' }));
    await waitForContentScript(page);
    log.stop();
    expect(log.all.map((r) => r.url)).toContain(server.url('smoke.html', { host: 'news.castmark.test' }));
    expect(log.network({ exceptHosts: [`news.castmark.test:${server.port}`] })).toEqual([]);
    await page.close();
  });
});

test('stopBackground restarts the service worker with fresh globals, and it still answers', async () => {
  await browser.serviceWorker.evaluate(() => ((globalThis as any).castmarkSmokeMarker = 42));
  await stopBackground(browser);
  expect(await askBackground(browser, { type: 'ping' })).toMatchObject({ ok: true });
  expect(await inBackground(browser, () => (globalThis as any).castmarkSmokeMarker ?? 'gone', null)).toBe('gone');
});
