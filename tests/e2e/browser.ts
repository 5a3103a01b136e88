// Real-browser helpers: Chromium with the unpacked extension, a fixture web server, and page gestures.
// Free of vitest so scripts (demo) can use them too; tests import them through ./harness.ts.
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Request as CastmarkRequest, RequestType, Response as CastmarkResponse } from '../../common/messages';

export type { BrowserContext, Page, Worker } from 'playwright-core';

export const FIXTURE_PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

/** Host names under this suffix resolve to 127.0.0.1 in the launched Chromium (for per-site rules). */
export const TEST_DOMAIN = 'castmark.test';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** One line saying how to get Chromium, or null when it is there. */
export function missingChromium(): string | null {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : path;
    return `Chromium not found at ${where}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary.`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Browser

export interface LaunchOptions {
  /** Unpacked extension folder (tests get the built one from global setup). */
  extensionDir: string;
  /** Reuse a profile, e.g. to restart the browser with the same storage: `launchBrowser({ profileDir: first.profileDir })`. */
  profileDir?: string;
  /** Defaults to true; the demo shows a window when there is a display. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Called before the context closes (the harness uses it to keep screenshots of failing tests). */
  beforeClose?: (context: BrowserContext) => Promise<void>;
}

export interface CastmarkBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker as it was at launch; use `background()` after it may have been stopped. */
  serviceWorker: Worker;
  profileDir: string;
  /** The live background service worker (waits for it when Chromium restarted it). */
  background(): Promise<Worker>;
  /** Send a message to the background router, like the content script or popup does. */
  ask<T extends RequestType>(message: CastmarkRequest<T>): Promise<CastmarkResponse<T>>;
  close(): Promise<void>;
}

const temporaryProfiles: string[] = [];
process.once('exit', () => {
  // Profiles outlive close() so a test can relaunch on them; they go when the process ends.
  for (const dir of temporaryProfiles) rmSync(dir, { recursive: true, force: true });
});

const browsersByWorker = new WeakMap<Worker, CastmarkBrowser>();

export async function launchBrowser(options: LaunchOptions): Promise<CastmarkBrowser> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  const extensionDir = resolve(options.extensionDir);
  let profileDir = options.profileDir;
  if (!profileDir) {
    profileDir = mkdtempSync(join(tmpdir(), 'castmark-profile-'));
    temporaryProfiles.push(profileDir);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: options.headless ?? true,
    executablePath: chromiumPath(),
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP *.${TEST_DOMAIN} 127.0.0.1`,
    ],
  });
  try {
    const serviceWorker = await extensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    let messenger: Promise<Page> | undefined;
    const handle: CastmarkBrowser = {
      context,
      extensionId,
      serviceWorker,
      profileDir,
      background: () => extensionWorker(context),
      async ask(message) {
        // The service worker cannot message itself; an extension page reaches it exactly like the popup does.
        messenger ??= openExtensionPage(context, extensionId, 'options.html');
        const page = await messenger;
        // `chrome` is the extension page's global; this function runs there, not in Node.
        return page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message as object) as Promise<never>;
      },
      async close() {
        await options.beforeClose?.(context).catch(() => undefined);
        await context.close();
      },
    };
    browsersByWorker.set(serviceWorker, handle);
    return handle;
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
}

/**
 * Ask the background router something, as the content script would. Accepts the launched browser, or the
 * service worker it returned.
 */
export async function askBackground<T extends RequestType>(
  target: CastmarkBrowser | Worker,
  message: CastmarkRequest<T>,
): Promise<CastmarkResponse<T>> {
  const browser = 'ask' in target ? target : browsersByWorker.get(target);
  if (!browser) throw new Error('askBackground: pass the object launchBrowser() returned, or its serviceWorker');
  return browser.ask(message);
}

/** Run code inside the background service worker itself (its `chrome.*`, globals, caches). */
export async function inBackground<R, A>(browser: CastmarkBrowser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const worker = await browser.background();
  return worker.evaluate(fn as never, arg) as Promise<R>;
}

/**
 * Stop the service worker as Chromium does when it is idle (its globals are lost); the next message starts a
 * fresh one. The `Worker` objects stay usable: Playwright evaluates in whichever instance is running.
 */
export async function stopBackground(browser: CastmarkBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const ourScript = `chrome-extension://${browser.extensionId}/`;
    const stopped = new Promise<void>((done) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((v) => v.scriptURL.startsWith(ourScript));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) done();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, sleep(5_000).then(() => Promise.reject(new Error('stopBackground: the worker did not stop')))]);
    await cdp.detach();
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  return openPage(context, `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
}

export function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  return openExtensionPage(context, extensionId, 'popup.html');
}

export function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  return openExtensionPage(context, extensionId, 'options.html');
}

/**
 * Runs INSIDE a web page: true once the content script has visibly run there. THE one place that knows what
 * "ran" looks like, for Chromium (waitForContentScript) and Firefox (scripts/test-firefox.ts) alike; the page
 * team changes it when the skeleton marker goes away. It is serialised into the page: self-contained, no
 * named inner functions (see locateText).
 */
export function contentScriptHasRun(): boolean {
  // Castmark leaves no trace in the DOM; it registers its highlights once the first scan of the page is done.
  return typeof CSS !== 'undefined' && 'highlights' in CSS && (CSS.highlights.has('castmark-person') || CSS.highlights.has('castmark-title'));
}

/** Resolves once the content script has visibly run on `page`. */
export async function waitForContentScript(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(contentScriptHasRun, undefined, { timeout });
}

// ---------------------------------------------------------------------------------------------------------------
// Finding and hovering text (shadow roots included)

export interface TextQuery {
  /** Which occurrence, 0-based (default 0). */
  nth?: number;
}

export interface TextRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** One rectangle per line box the text occupies. */
  lines: Array<{ x: number; y: number; width: number; height: number }>;
}

/** Viewport rectangle of the nth occurrence of `text` (scrolled into view first); throws when absent. */
export async function textRect(page: Page, text: string, query: TextQuery & { char?: number } = {}): Promise<TextRect> {
  const rect = await page.evaluate(locateText, { text, nth: query.nth ?? 0, char: query.char ?? -1 });
  if (!rect) throw new Error(`textRect: "${text}" (occurrence ${query.nth ?? 0}) is not in ${page.url()}`);
  return rect;
}

/**
 * Move the real mouse to the middle of the nth occurrence of `text` and leave it there, so hover handlers,
 * delays and `:hover` behave as for a person. `char` aims at one character instead; `offset` nudges in pixels.
 */
export async function hoverText(
  page: Page,
  text: string,
  options: TextQuery & { char?: number; offset?: { x?: number; y?: number } } = {},
): Promise<{ x: number; y: number }> {
  const rect = await textRect(page, text, options);
  // textRect may have scrolled; its scroll event comes a frame later and would cancel a hover begun before it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const line = rect.lines[0] ?? rect;
  const x = line.x + line.width / 2 + (options.offset?.x ?? 0);
  const y = line.y + line.height / 2 + (options.offset?.y ?? 0);
  await page.mouse.move(x, y, { steps: 4 });
  return { x, y };
}

/** Move the mouse to an empty corner, away from any mark or card. */
export async function moveMouseAway(page: Page): Promise<void> {
  await page.mouse.move(1, 1, { steps: 2 });
}

/**
 * Runs inside the page: text search across text nodes (open shadow roots flattened in), in document order.
 * Page functions are serialised as source, so they must not declare named inner functions: tsx (scripts) would
 * wrap those in an `__name(…)` helper the page does not have.
 */
function locateText({ text, nth, char }: { text: string; nth: number; char: number }): TextRect | null {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const nodes: Text[] = [];
  const pending: Node[] = [document.body ?? document.documentElement];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      nodes.push(node as Text);
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE && skip.has((node as Element).tagName)) continue;
    const children: Node[] = [...node.childNodes];
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) children.unshift(shadow); // what the shadow root renders comes before the light children
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  const starts: number[] = [];
  let all = '';
  for (const node of nodes) {
    starts.push(all.length);
    all += node.data;
  }
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = all.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  const from = char >= 0 ? at + Math.min(char, text.length - 1) : at;
  const to = char >= 0 ? from + 1 : at + text.length;
  // The start lies in the last node starting at or before it; the end in the last node starting before it.
  let first = starts.length - 1;
  while (first > 0 && starts[first] > from) first--;
  let last = starts.length - 1;
  while (last > 0 && starts[last] >= to) last--;
  const range = document.createRange();
  range.setStart(nodes[first], from - starts[first]);
  range.setEnd(nodes[last], to - starts[last]);
  nodes[first].parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = range.getBoundingClientRect();
  const lines = [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  return { x: box.x, y: box.y, width: box.width, height: box.height, lines };
}

/**
 * The visible text of an open shadow root (e.g. `castmark-card`), or null when the host or its shadow root is
 * absent. Playwright locators pierce open shadow roots too: `page.locator('castmark-card').getByText('…')`.
 */
export async function shadowText(page: Page, hostSelector: string): Promise<string | null> {
  return page.evaluate(readShadowText, hostSelector);
}

function readShadowText(selector: string): string | null {
  const root = document.querySelector(selector)?.shadowRoot;
  if (!root) return null;
  const parts: string[] = [];
  for (const child of root.childNodes) {
    if (child instanceof HTMLElement && child.tagName !== 'STYLE' && child.tagName !== 'SCRIPT') parts.push(child.innerText);
    else if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
  }
  return parts.join('\n').trim();
}

/** Waits until `hostSelector` has an open shadow root with some text, and returns that text. */
export async function waitForShadowText(page: Page, hostSelector: string, timeout = 10_000): Promise<string> {
  await page.waitForFunction(
    (selector) => Boolean(document.querySelector(selector)?.shadowRoot?.textContent?.trim()),
    hostSelector,
    { timeout },
  );
  return (await shadowText(page, hostSelector)) ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Network

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: a web page (content scripts count as their page), an extension page, or the service worker. */
  initiator: 'page' | 'extension-page' | 'service-worker';
  /** URL of the frame (or worker) that made the request. */
  frameUrl: string;
}

export interface RequestLog {
  readonly all: RecordedRequest[];
  /** Requests that leave the browser (http/https/ws), optionally ignoring some hosts such as the fixture server. */
  network(options?: { exceptHosts?: string[] }): RecordedRequest[];
  stop(): void;
}

/** Record every request made in `context` from now on, by pages, frames, extension pages and the service worker. */
export function recordRequests(context: BrowserContext): RequestLog {
  const all: RecordedRequest[] = [];
  const onRequest = (request: import('playwright-core').Request) => {
    const worker = request.serviceWorker();
    let frameUrl = '';
    try {
      frameUrl = worker ? worker.url() : request.frame().url();
    } catch {
      frameUrl = ''; // requests of a frame that is already gone
    }
    const initiator = worker ? 'service-worker' : frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page';
    all.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), initiator, frameUrl });
  };
  context.on('request', onRequest);
  return {
    all,
    network({ exceptHosts = [] } = {}) {
      return all.filter((r) => /^(https?|wss?):/.test(r.url) && !exceptHosts.includes(new URL(r.url).host));
    },
    stop: () => context.off('request', onRequest),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture server

export interface Route {
  status?: number;
  headers?: OutgoingHttpHeaders;
  /** Body, or a fixture file (relative to tests/fixtures/pages) to serve with the route's headers. */
  body?: string;
  file?: string;
}

export interface ServedRequest {
  method: string;
  path: string;
  host: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface FixtureServer {
  origin: string;
  port: number;
  /** `url('article.html')`; `url('a.html', { host: 'news.castmark.test' })` for another site (same server). */
  url(path: string, options?: { host?: string }): string;
  /** Add or replace a route (exact path, without query) while running. */
  route(path: string, route: Route): void;
  /** Every request served so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  root?: string;
  /** 0 (default): any free port. */
  port?: number;
  routes?: Record<string, Route>;
  /** Extra headers for any file response, decided per path. */
  headers?: (path: string) => OutgoingHttpHeaders | undefined;
}

/** A strict policy for `*.csp.html` fixtures: no inline script or style, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURE_PAGES_DIR);
  const withSlash = (path: string) => (path.startsWith('/') ? path : `/${path}`);
  const routes = new Map(Object.entries(options.routes ?? {}).map(([path, route]) => [withSlash(path), route]));
  const requests: ServedRequest[] = [];

  const fileFor = (path: string): string | undefined => {
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root)) return undefined; // no escaping the fixture folder
    const candidate = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    return existsSync(candidate) ? candidate : undefined;
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    const route = routes.get(path);
    let status = 200;
    let headers: OutgoingHttpHeaders = {};
    let body: string | Buffer;
    const file = route?.file ? join(root, route.file) : route ? undefined : fileFor(path);
    if (route && route.body !== undefined) {
      body = route.body;
      headers = { 'content-type': CONTENT_TYPES['.html'] };
    } else if (file && existsSync(file)) {
      body = readFileSync(file);
      headers = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
      if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
      Object.assign(headers, options.headers?.(path));
    } else {
      status = 404;
      body = 'not found';
      headers = { 'content-type': CONTENT_TYPES['.txt'] };
    }
    if (route) {
      status = route.status ?? status;
      Object.assign(headers, route.headers);
    }
    headers['cache-control'] = 'no-store';
    requests.push({ method: req.method ?? 'GET', path, host: req.headers.host ?? '', headers: req.headers, status });
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path, { host = '127.0.0.1' } = {}) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    route: (path, route) => void routes.set(withSlash(path), route),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * A function and its argument as a page expression, with a do-nothing `__name` for functions that declare named
 * inner functions (tsx wraps those in `__name(…)`, which pages lack). Fine for `page.evaluate`; NOT for
 * `waitForFunction`, which evals strings and so fails on pages with a strict Content-Security-Policy: there,
 * pass a plain function without named inner functions.
 */
export function inPage<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg ?? null)}))((f) => f)`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
