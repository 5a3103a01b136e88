// `npm run demo`: build Castmark, open a bundled news article in Chromium with the extension, hover a marked
// name and save what the reader sees to demo.png. Headless unless there is a display to show the window on.
import { resolve } from 'node:path';
import { extensionForTesting, repoRoot } from './build-extension';
import {
  hoverText,
  launchBrowser,
  missingChromium,
  sleep,
  startFixtureServer,
  waitForContentScript,
  type CastmarkBrowser,
  type Page,
} from '../tests/e2e/browser';

const ARTICLE = 'demo-article.html';
const NAME_TO_HOVER = 'Park Ji-hu';
const PERSON_ID = '958720'; // Park Ji-hu in data/catalog/people.tsv
const SEEDING_TIMEOUT_MS = 240_000;
const CARD = 'castmark-card';
const SCREENSHOT = resolve(repoRoot, 'demo.png');

async function cardAppears(page: Page, timeout: number): Promise<boolean> {
  return page
    .waitForFunction((selector) => document.querySelector(selector) !== null, CARD, { timeout })
    .then(() => true)
    .catch(() => false);
}

/**
 * Cards come from the background's database, which a fresh profile seeds first: wait (bounded) until it can
 * answer a card for the demo's name, printing progress.
 */
async function waitForCardData(browser: CastmarkBrowser): Promise<boolean> {
  const deadline = Date.now() + SEEDING_TIMEOUT_MS;
  let nextReport = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const answer = await browser.ask({ type: 'entity', kind: 'person', id: PERSON_ID }).catch(() => null);
    if (answer?.card) return true;
    if (Date.now() > nextReport) {
      const status = await browser.ask({ type: 'seedStatus' }).catch(() => null);
      console.log(status ? `Seeding the catalogue database: ${status.state} ${status.done}/${status.total}` : 'Waiting for the background…');
      nextReport = Date.now() + 10_000;
    }
    await sleep(1_000);
  }
  return false;
}

async function main(): Promise<void> {
  const missing = missingChromium();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }

  const started = performance.now();
  console.log('Building the extension…');
  const { dir } = extensionForTesting('.output-demo');
  const server = await startFixtureServer();
  const headless = !process.env.DISPLAY;
  const browser = await launchBrowser({ extensionDir: dir, headless, viewport: { width: 1100, height: 760 } });
  try {
    const cardData = await waitForCardData(browser);
    if (!cardData) console.log(`Note: the background gave no card for "${NAME_TO_HOVER}" within ${SEEDING_TIMEOUT_MS / 1000} s.`);
    const page = await browser.context.newPage();
    await page.goto(server.url(ARTICLE), { waitUntil: 'load' });
    const ready = await waitForContentScript(page, 15_000).then(
      () => true,
      () => false,
    );
    if (!ready) console.log('Note: the content script gave no sign of life within 15 s; taking the screenshot anyway.');

    // Marks may land a moment after the content script starts; a resting mouse only opens a card on a mark,
    // so hover again if the first try found none.
    await hoverText(page, NAME_TO_HOVER);
    let card = await cardAppears(page, 5_000);
    if (!card) {
      await hoverText(page, NAME_TO_HOVER, { offset: { x: 3 } });
      card = await cardAppears(page, 5_000);
    }
    if (card) await sleep(400); // let the card finish its entrance before the picture
    else console.log(`Note: no <${CARD}> appeared after hovering "${NAME_TO_HOVER}"; the screenshot shows the page as it is.`);

    await page.screenshot({ path: SCREENSHOT });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${card ? 'Card shown' : 'No card'} · ${headless ? 'headless' : 'windowed'} · ${seconds} s`);
    console.log(`Screenshot: ${SCREENSHOT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
