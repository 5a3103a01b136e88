// `npm run test:firefox`: the Firefox (MV2) build passes `web-ext lint` and its content script runs in firefox-esr.
// Firefox is driven by puppeteer-core over WebDriver BiDi, the protocol Firefox itself speaks.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildExtension, repoRoot } from './build-extension';
import { contentScriptHasRun, startFixtureServer, type FixtureServer } from '../tests/e2e/browser';

const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
let passed = 0;
let failed = 0;

async function check(name: string, body: () => Promise<string | void>): Promise<boolean> {
  const started = performance.now();
  try {
    const detail = await body();
    passed++;
    console.log(`✓ ${name} (${Math.round(performance.now() - started)} ms)${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    failed++;
    console.log(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

function lint(dir: string): string {
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  const report = JSON.parse(json) as LintReport;
  for (const warning of report.warnings) console.log(`  lint warning ${warning.code} (${warning.file ?? '-'}): ${warning.message}`);
  if (report.summary.errors > 0) {
    for (const error of report.errors) console.log(`  lint ERROR ${error.code} (${error.file ?? '-'}): ${error.message}`);
    throw new Error(`${report.summary.errors} lint error(s)`);
  }
  return `0 errors, ${report.summary.warnings} warnings`;
}

async function contentScriptRunsOn(browser: Browser, server: FixtureServer, page: string): Promise<void> {
  const tab = await browser.newPage();
  try {
    await tab.goto(server.url(page));
    // Polled with evaluate, not waitForFunction: Firefox 140's BiDi cannot run puppeteer's waiting helper on a page
    // whose CSP allows no inline script ("Waiting failed" at once), while a plain evaluate works there.
    const deadline = Date.now() + 15_000;
    while (!(await tab.evaluate(contentScriptHasRun))) {
      if (Date.now() > deadline) throw new Error(`no Castmark marks on ${page} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await tab.close();
  }
}

async function main(): Promise<void> {
  try {
    accessSync(firefoxPath, constants.X_OK);
  } catch {
    console.error(`Firefox not found at ${firefoxPath}: install it with \`sudo apt-get install -y firefox-esr\`, or set FIREFOX_PATH.`);
    process.exit(1);
  }

  let extensionDir = '';
  const built = await check('build:firefox', async () => {
    extensionDir = buildExtension(process.env.CASTMARK_OUT_DIR ?? '.output-firefox', 'firefox');
    return extensionDir;
  });
  if (built) await check('web-ext lint', async () => lint(extensionDir));

  const server = await startFixtureServer();
  let browser: Browser | undefined;
  try {
    const installed =
      built &&
      (await check('firefox-esr loads the extension', async () => {
        browser = await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          protocol: 'webDriverBiDi',
        });
        return `id ${await browser.installExtension(extensionDir)}`;
      }));
    if (installed && browser) {
      const firefox = browser;
      await check('the content script runs on a page from 127.0.0.1', () => contentScriptRunsOn(firefox, server, 'smoke.html'));
      await check('the content script runs under a strict CSP', () => contentScriptRunsOn(firefox, server, 'smoke.csp.html'));
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }

  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();
