// `npm run bench` part: Castmark on pages, in real Chromium, each figure next to the same page with Castmark
// disabled (settings paused: the content script is injected but does nothing), in one run.
//   - DOMContentLoaded → fully marked (typical article, 1 MB of text)
//   - long tasks (> 50 ms): all of them, and those whose scripts come from the extension (Long Animation Frames)
//   - extra JS heap in the tab (CDP Runtime.getHeapUsage after a forced GC, Castmark on vs off)
//   - hover delay elapsed → card painted
//   - text added by the page → marked
//   - the cost of having Castmark at all, untraced: each fixture page with Castmark on, paused (the content script
//     only starts) and in a browser without any extension: long tasks and script time (CDP Performance.getMetrics)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { extensionForTesting } from '../scripts/build-extension';
import { describeLongTasks, traceLongTasks } from './long-task-trace';
import { chromiumPath, FIXTURE_PAGES_DIR, launchBrowser, openExtensionPage, startFixtureServer, stopBackground, type CastmarkBrowser, type FixtureServer, type Page } from '../tests/e2e/browser';

const RUNS = 3;
/** Loads per page and side for the start cost (two busy cores: medians of more runs). */
const RUNS_START = 5;
const TARGETS = { articleMs: 300, bigPageMs: 1_500, heapMb: 5, cardMs: 50, addedMs: 500 };

/** Installed before any page script: records long tasks, long animation frames, and when marks appear. */
const PROBE = `
(() => {
  const probe = (window.__probe = { longTasks: [], extensionScripts: [], markedAt: 0 });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts || []) {
          if (String(script.sourceURL || '').startsWith('chrome-extension://')) probe.extensionScripts.push({ frame: frame.duration, script: script.duration });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const poll = setInterval(() => {
    if (CSS.highlights && (CSS.highlights.has('castmark-person') || CSS.highlights.has('castmark-title'))) {
      probe.markedAt = performance.now();
      clearInterval(poll);
    }
  }, 2);
  setTimeout(() => clearInterval(poll), 20000);
})();
`;

interface Probe {
  longTasks: Array<{ start: number; duration: number }>;
  extensionScripts: Array<{ frame: number; script: number }>;
  markedAt: number;
}

/** About 1 MB of article text: unique paragraphs (no cache hits), names from the catalogue sprinkled in. */
export function bigPage(targetChars = 1_000_000): string {
  const names = ['Lee Jung-jae', 'Park Hae-soo', 'Jenna Ortega', 'Pedro Pascal', 'Millie Bobby Brown', 'Bae Doona', 'Gong Yoo', 'Winona Ryder', 'Henry Cavill', 'Song Kang'];
  const titles = ['Squid Game', 'Stranger Things', 'Wednesday', 'The Crown', 'Money Heist', 'The Witcher', 'Ozark', 'Bridgerton', 'All of Us Are Dead', 'Kingdom'];
  const filler = 'critics and audiences kept talking about the series long after the finale, comparing the pacing, the music and the quiet moments between the big scenes';
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const text = `Paragraph ${i}: in week ${i % 52} ${names[i % names.length]} was praised for ${titles[(i * 7) % titles.length]}, while ${filler} (${i}). ${names[(i * 3) % names.length]} also appeared, and ${filler.split(' ').reverse().join(' ')} ${i * 13}.`;
    paragraphs.push(`<p>${text}</p>`);
    size += text.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1 MB of text</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

const ADDED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Added later</title></head>
<body><article><p>Lee Jung-jae and Park Hae-soo lead Squid Game; Jenna Ortega plays Wednesday.</p><div id="feed"></div></article></body></html>`;

async function setPaused(browser: CastmarkBrowser, paused: boolean): Promise<void> {
  const page = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
  await page.evaluate((value) => {
    const chrome = (globalThis as any).chrome;
    return chrome.storage.sync.get('settings').then((got: any) => chrome.storage.sync.set({ settings: { ...(got.settings ?? {}), paused: value } }));
  }, paused);
  await page.close();
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

interface LoadFigures {
  dclToMarkedMs: number;
  dclToLoadMs: number;
  longTasks: number;
  longestTaskMs: number;
  extensionLongFrames: number;
  heapMb: number;
}

async function loadOnce(browser: CastmarkBrowser, url: string, enabled: boolean): Promise<LoadFigures> {
  const page = await browser.context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(url, { waitUntil: 'load' });
  if (enabled) await page.waitForFunction(() => (window as any).__probe.markedAt > 0, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1_500); // let trailing work (and long-task reports) arrive
  const figures = await page.evaluate(() => {
    const probe = (window as any).__probe as Probe;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      dclToMarkedMs: probe.markedAt ? probe.markedAt - nav.domContentLoadedEventStart : Number.NaN,
      dclToLoadMs: nav.loadEventStart - nav.domContentLoadedEventStart,
      longTasks: probe.longTasks.filter((task) => task.start >= nav.domContentLoadedEventStart).length,
      longestTaskMs: Math.max(0, ...probe.longTasks.filter((task) => task.start >= nav.domContentLoadedEventStart).map((task) => task.duration)),
      extensionLongFrames: probe.extensionScripts.filter((s) => s.script > 50).length,
    };
  });
  const heap = await heapMb(page);
  await page.close();
  return { ...figures, heapMb: heap };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function loadFigures(browser: CastmarkBrowser, url: string, enabled: boolean): Promise<LoadFigures> {
  const runs: LoadFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, url, enabled));
  return {
    dclToMarkedMs: median(runs.map((r) => r.dclToMarkedMs)),
    dclToLoadMs: median(runs.map((r) => r.dclToLoadMs)),
    longTasks: Math.max(...runs.map((r) => r.longTasks)),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    extensionLongFrames: Math.max(...runs.map((r) => r.extensionLongFrames)),
    heapMb: median(runs.map((r) => r.heapMb)),
  };
}

/** Mouse onto a name and rest; time from "hover delay elapsed since the last move" to the card's first frame. */
async function hoverToCard(browser: CastmarkBrowser, server: FixtureServer, names: string[]): Promise<number[]> {
  const page = await browser.context.newPage();
  await page.goto(server.url('page-article.html'));
  await page.waitForFunction(() => CSS.highlights.has('castmark-person'), undefined, { timeout: 30_000 });
  const delay = 300;
  const latencies: number[] = [];
  for (const name of names) {
    await page.mouse.move(1, 1);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as any;
      w.__lastMove = 0;
      w.__cardPainted = 0;
      addEventListener('pointermove', (e) => (w.__lastMove = e.timeStamp), { capture: true });
      new MutationObserver((records, observer) => {
        if (!document.querySelector('castmark-card')) return;
        observer.disconnect();
        // The card's first frame: the animation frame after the host arrived (its content renders synchronously).
        requestAnimationFrame(() => (w.__cardPainted = performance.now()));
      }).observe(document.documentElement, { childList: true });
    });
    const rect = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const box = range.getClientRects()[0];
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    }, name);
    if (!rect) continue;
    await page.mouse.move(rect.x, rect.y, { steps: 3 });
    await page.waitForFunction(() => (window as any).__cardPainted > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
    const latency = await page.evaluate((hoverDelay) => {
      const w = window as any;
      return w.__cardPainted ? w.__cardPainted - w.__lastMove - hoverDelay : Number.NaN;
    }, delay);
    latencies.push(latency);
    await page.keyboard.press('Escape');
  }
  await page.close();
  return latencies;
}

/** The page appends a paragraph naming someone; time until its name is in a highlight. */
async function addedToMarked(browser: CastmarkBrowser, server: FixtureServer, rounds: number): Promise<number[]> {
  const page = await browser.context.newPage();
  await page.goto(server.url('bench-added.html'));
  await page.waitForFunction(() => CSS.highlights.has('castmark-person'), undefined, { timeout: 30_000 });
  const names = ['Pedro Pascal', 'Millie Bobby Brown', 'Henry Cavill', 'Winona Ryder', 'Gong Yoo', 'Song Kang', 'Bae Doona', 'Emma Myers'];
  const results: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const ms = await page.evaluate(
      ({ name, i }) =>
        new Promise<number>((resolve) => {
          const p = document.createElement('p');
          p.textContent = `Update ${i}: ${name} joins the cast of a new series.`;
          const started = performance.now();
          document.getElementById('feed')!.append(p);
          const text = p.firstChild!;
          const poll = setInterval(() => {
            for (const range of (CSS.highlights.get('castmark-person') ?? []) as unknown as Iterable<AbstractRange>) {
              if (range.startContainer === text) {
                clearInterval(poll);
                resolve(performance.now() - started);
                return;
              }
            }
            if (performance.now() - started > 5_000) {
              clearInterval(poll);
              resolve(Number.NaN);
            }
          }, 5);
        }),
      { name: names[i % names.length], i },
    );
    results.push(ms);
    await page.waitForTimeout(300);
  }
  await page.close();
  return results;
}

/** Chromium as launchBrowser starts it, but with no extension at all: the baseline for what Castmark costs a tab. */
async function launchBareBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'castmark-bare-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

interface StartFigures {
  /** Long tasks from navigation start (content scripts start with DOMContentLoaded: none is left out). */
  longTasks: number;
  longestTaskMs: number;
  /** CDP Performance.getMetrics ScriptDuration: JavaScript in the tab's main thread, page and isolated worlds. */
  scriptMs: number;
}

type Side = 'none' | 'paused' | 'on';

async function startOnce(context: BrowserContext, url: string, side: Side): Promise<StartFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript({ content: PROBE });
  await page.goto(url, { waitUntil: 'load' });
  // Castmark's scan ends in marks; a page without names never gets them, so the wait is bounded.
  if (side === 'on') await page.waitForFunction(() => (window as any).__probe.markedAt > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(1_000);
  const probe = (await page.evaluate(() => (window as any).__probe)) as Probe;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await cdp.detach();
  await page.close();
  return {
    longTasks: probe.longTasks.length,
    longestTaskMs: Math.max(0, ...probe.longTasks.map((task) => task.duration)),
    scriptMs: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000,
  };
}

/**
 * Each page RUNS_START times in a browser without any extension, with Castmark paused (the content script
 * only starts: compile, run, read settings; interleaved with the former) and with Castmark on.
 */
async function startCost(browser: CastmarkBrowser, bare: BrowserContext, urls: Array<{ label: string; url: string }>): Promise<void> {
  const mid = (runs: StartFigures[]): StartFigures => ({
    longTasks: median(runs.map((r) => r.longTasks)),
    longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    scriptMs: median(runs.map((r) => r.scriptMs)),
  });
  const rows: Array<Record<Side, StartFigures>> = [];
  for (const { label, url } of urls) {
    const runs: Record<Side, StartFigures[]> = { none: [], paused: [], on: [] };
    await setPaused(browser, true);
    for (let i = 0; i < RUNS_START; i++) {
      runs.none.push(await startOnce(bare, url, 'none'));
      runs.paused.push(await startOnce(browser.context, url, 'paused'));
    }
    await setPaused(browser, false);
    for (let i = 0; i < RUNS_START; i++) runs.on.push(await startOnce(browser.context, url, 'on'));
    const row = { none: mid(runs.none), paused: mid(runs.paused), on: mid(runs.on) };
    rows.push(row);
    const tasks = (side: Side) => `${row[side].longTasks}${row[side].longTasks ? ` (${fmt(row[side].longestTaskMs)} ms)` : ''}`;
    console.log(`  ${label}: long tasks ${tasks('on')} / ${tasks('paused')} / ${tasks('none')}; ` +
      `script ${fmt(row.on.scriptMs, 1)} / ${fmt(row.paused.scriptMs, 1)} / ${fmt(row.none.scriptMs, 1)} ms`);
  }
  const extraTasks = (side: Side) => rows.reduce((total, row) => total + Math.max(0, row[side].longTasks - row.none.longTasks), 0);
  const extraScript = (side: Side) => median(rows.map((row) => row[side].scriptMs - row.none.scriptMs));
  const scriptRatio = (side: Side) => rows.reduce((total, row) => total + row[side].scriptMs, 0) / rows.reduce((total, row) => total + row.none.scriptMs, 0);
  console.log(`  over ${rows.length} pages: long tasks more than without an extension: on ${extraTasks('on')}, paused ${extraTasks('paused')} (target 0: ${verdict(extraTasks('on') === 0)}); ` +
    `extra script time per page (median): start only (paused) ${fmt(extraScript('paused'), 1)} ms, on ${fmt(extraScript('on'), 1)} ms; ` +
    `all script time ×${fmt(scriptRatio('paused'), 2)} paused, ×${fmt(scriptRatio('on'), 2)} on`);
}

async function waitForCards(browser: CastmarkBrowser, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = (await browser.ask({ type: 'entity', kind: 'person', id: '45833' }).catch(() => null)) as { card: unknown } | null;
    if (answer?.card) return true;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  return false;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

export default async function run(): Promise<void> {
  const { dir } = extensionForTesting('.output-bench-page');
  const server = await startFixtureServer({ routes: { '/bench-1mb.html': { body: bigPage() }, '/bench-added.html': { body: ADDED_PAGE } } });
  const browser = await launchBrowser({ extensionDir: dir });
  const size = (file: string) => {
    if (!existsSync(join(dir, file))) return 'none';
    const bytes = readFileSync(join(dir, file));
    return `${fmt(bytes.length / 1000, 1)} kB (${fmt(gzipSync(bytes, { level: 9 }).length / 1000, 1)} kB gzipped)`;
  };
  console.log(`every tab compiles content-scripts/content.js: ${size('content-scripts/content.js')}; a tab's first card injects card-ui.js: ${size('card-ui.js')}`);
  try {
    // The database seeds itself after install and keeps the background busy meanwhile: measure after that.
    const seededIn = Date.now();
    const cardsReady = await waitForCards(browser, 300_000);
    console.log(cardsReady ? `(database seeded in ${((Date.now() - seededIn) / 1000).toFixed(0)} s before measuring)` : '(database still seeding after 5 min: figures below include that load)');

    const bare = await launchBareBrowser();
    try {
      const fixtures = readdirSync(FIXTURE_PAGES_DIR).filter((name) => name.endsWith('.html')).sort();
      console.log(`Castmark on / paused / no extension at all, untraced (medians of ${RUNS_START}):`);
      await startCost(browser, bare.context, [...fixtures.map((name) => ({ label: name, url: server.url(name) })), { label: '1 MB of text', url: server.url('bench-1mb.html') }]);
    } finally {
      await bare.close();
    }

    // A cold background: the service worker was stopped, so the first page also pays for loading the matcher.
    // The index comes from its copy in the private file system (stored by the first load), as after any idle stop.
    const colds: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopBackground(browser);
      const cold = await loadOnce(browser, server.url('page-article.html'), true);
      const load = (await browser.ask({ type: 'ping' })).matcher;
      colds.push(`${fmt(cold.dclToMarkedMs)} ms (index from the ${load?.from ?? '?'} in ${load?.ms ?? '?'} ms)`);
    }
    console.log(`typical article with a cold background (the worker was stopped, as when idle): DOMContentLoaded → marked ${colds.join(', ')}`);

    const pages = [
      { label: 'typical article', url: server.url('page-article.html'), target: TARGETS.articleMs },
      { label: '1 MB of text', url: server.url('bench-1mb.html'), target: TARGETS.bigPageMs },
    ];
    for (const { label, url, target } of pages) {
      await setPaused(browser, true);
      const off = await loadFigures(browser, url, false);
      const offTrace = await traceLongTasks(() => browser.context.newPage(), url, async () => undefined);
      await setPaused(browser, false);
      const on = await loadFigures(browser, url, true);
      const onTrace = await traceLongTasks(() => browser.context.newPage(), url, (page) =>
        page.waitForFunction(() => CSS.highlights.has('castmark-person'), undefined, { timeout: 30_000 }));
      const extraHeap = on.heapMb - off.heapMb;
      console.log(`${label} (median of ${RUNS}):`);
      console.log(`  DOMContentLoaded → fully marked: ${fmt(on.dclToMarkedMs)} ms (target ≤ ${target}: ${verdict(on.dclToMarkedMs <= target)})`);
      console.log(`  DOMContentLoaded → load event:    on ${fmt(on.dclToLoadMs)} ms, off ${fmt(off.dclToLoadMs)} ms`);
      console.log(`  long tasks after DOMContentLoaded: on ${on.longTasks} (longest ${fmt(on.longestTaskMs)} ms), off ${off.longTasks} (longest ${fmt(off.longestTaskMs)} ms); ` +
        `extension scripts > 50 ms in long frames: ${on.extensionLongFrames} (target 0: ${verdict(on.extensionLongFrames === 0)})`);
      // One more load each under a devtools.timeline trace (slower than untraced, so more and longer tasks): what they are.
      const castmarkLong = onTrace.filter((t) => t.castmarkMs > 50).length;
      console.log(`  long tasks after DOMContentLoaded, traced: on ${describeLongTasks(onTrace)}; off ${describeLongTasks(offTrace)}; ` +
        `Castmark > 50 ms inside one: ${castmarkLong} (target 0: ${verdict(castmarkLong === 0)})`);
      console.log(`  JS heap: on ${fmt(on.heapMb, 2)} MB, off ${fmt(off.heapMb, 2)} MB, extra ${fmt(extraHeap, 2)} MB (×${fmt(on.heapMb / off.heapMb, 2)}; target ≤ ${TARGETS.heapMb} MB: ${verdict(extraHeap <= TARGETS.heapMb)})`);
    }

    const added = await addedToMarked(browser, server, 6);
    console.log(`page-added text → marked: median ${fmt(median(added))} ms, max ${fmt(Math.max(...added))} ms over ${added.length} (target ≤ ${TARGETS.addedMs}: ${verdict(Math.max(...added) <= TARGETS.addedMs)})`);

    if (cardsReady) {
      // The first card of a worker's life also opens the database: shown apart from the steady state.
      const [first, ...latencies] = await hoverToCard(browser, server, ['Bong Joon-ho', 'Lee Jung-jae', 'Park Hae-soo', 'Jenna Ortega', 'Pedro Pascal', 'Gong Yoo']);
      console.log(`hover delay elapsed → card painted: median ${fmt(median(latencies), 1)} ms, max ${fmt(Math.max(...latencies), 1)} ms over ${latencies.length} (target ≤ ${TARGETS.cardMs}: ${verdict(median(latencies) <= TARGETS.cardMs)}); first card of the page ${fmt(first, 1)} ms`);
    } else {
      console.log('hover → card: skipped, the background did not answer card requests within 5 min (database seeding)');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
