// The options page in real Chromium: changes persist across a browser restart with the same profile, and a
// database deleted under the extension is rebuilt on the next start without touching the settings.
import { expect, test } from 'vitest';
import type { SeedStatus } from '../../common/messages';
import { askBackground, launchBrowser, openOptions, openPopup, stopBackground, type CastmarkBrowser } from './harness';

const SEED_TIMEOUT = 170_000;

async function waitSeeded(browser: CastmarkBrowser): Promise<void> {
  await expect
    .poll(async () => ((await askBackground(browser, { type: 'seedStatus' })) as SeedStatus).state, { timeout: SEED_TIMEOUT, interval: 500 })
    .toBe('ready');
}

test('options changes persist across a restart; a deleted database is rebuilt and settings stay', { timeout: 2 * SEED_TIMEOUT + 60_000 }, async () => {
  const first = await launchBrowser();
  let second: CastmarkBrowser | undefined;
  try {
    const options = await openOptions(first.context, first.extensionId);
    await options.getByLabel('Site', { exact: true }).fill('https://news.example.com/world');
    await options.locator('select[name="scope"]').selectOption('host');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByLabel('only on the sites listed below').check();
    await options.getByLabel('a light background').check();
    await options.getByLabel('titles (shows, films)').uncheck();
    await options.getByLabel(/Open the card after hovering/).fill('650');
    await options.getByLabel(/Open the card after hovering/).press('Tab');
    await expect.poll(() => options.getByRole('status').innerText()).toContain('Saved');
    // "Saved" may still be the status of an earlier change: wait for the last one to be stored before closing.
    const stored = () => options.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings?.hoverDelayMs);
    await expect.poll(stored).toBe(650);
    await options.close();
    await first.close();

    second = await launchBrowser({ profileDir: first.profileDir });
    const again = await openOptions(second.context, second.extensionId);
    await expect.poll(() => again.locator('.cm-sites').innerText()).toContain('news.example.com');
    expect(await again.locator('.cm-sites').innerText()).toContain('this host only');
    expect(await again.getByLabel('only on the sites listed below').isChecked()).toBe(true);
    expect(await again.getByLabel('a light background').isChecked()).toBe(true);
    expect(await again.getByLabel('titles (shows, films)').isChecked()).toBe(false);
    expect(await again.getByLabel(/Open the card after hovering/).inputValue()).toBe('650');
    await expect.poll(() => again.locator('#data-heading').isVisible()).toBe(true);

    // Delete the database under the extension, then let the worker restart: it is rebuilt, settings untouched.
    await waitSeeded(second);
    const popup = await openPopup(second.context, second.extensionId);
    await popup.evaluate(() => new Promise((done) => { const r = indexedDB.deleteDatabase('castmark'); r.onsuccess = r.onerror = r.onblocked = done; }));
    await popup.close();
    await stopBackground(second);
    await waitSeeded(second);
    const { results } = (await askBackground(second, { type: 'search', query: 'Squid Game' })) as { results: Array<{ label: string }> };
    expect(results[0].label).toBe('Squid Game');
    const settings = await again.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings);
    expect(settings).toMatchObject({ mode: 'only-listed', markStyle: 'background', hoverDelayMs: 650, sites: [{ host: 'news.example.com', subdomains: false }] });
    await again.close();
  } finally {
    await second?.close();
  }
});
