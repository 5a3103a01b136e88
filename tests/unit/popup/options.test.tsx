// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { exportSettings } from '../../../lib/settings-io';
import { Options } from '../../../components/options/Options';
import type { OptionsApi } from '../../../components/options/api';

function fakeApi() {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const api = {
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (next: Settings) => void (settings = next)),
    watchSettings: vi.fn(() => () => undefined),
    catalogInfo: vi.fn(async () => ({
      version: 'abcdef1234567890', counts: { titles: 26265, people: 144434, credits: 271096 },
      info: { snapshots: [{ folder: 'justwatch-viki', platform: 'viki', snapshot: '2022-05', titles: 1904, credits: 19452 }] },
    })),
    shortcut: vi.fn(async () => 'Alt+Shift+K'),
    openShortcutSettings: vi.fn(),
    download: vi.fn(),
  } satisfies OptionsApi;
  return { api, saved: () => settings };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(api: OptionsApi) {
  await act(async () => render(<Options api={api} />, root));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}
const field = <T extends Element>(selector: string) => root.querySelector<T & HTMLElement>(selector)!;
async function fire(element: HTMLElement, type: string) {
  await act(async () => void element.dispatchEvent(new Event(type, { bubbles: true })));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}
async function importText(text: string) {
  const input = field<HTMLInputElement>('input[name="import"]');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'settings.json', { type: 'application/json' })] });
  await fire(input, 'change');
}

describe('options page', () => {
  it('adds a whole-domain rule and a single-host rule, and removes one', async () => {
    const { api, saved } = fakeApi();
    await mount(api);
    field<HTMLInputElement>('input[name="host"]').value = 'https://News.Example.com/story';
    await fire(field('input[name="host"]'), 'input');
    await fire(field('form.cm-add-site'), 'submit');
    expect(saved().sites).toEqual([{ host: 'news.example.com', subdomains: true }]);

    field<HTMLSelectElement>('select[name="scope"]').value = 'host';
    await fire(field('select[name="scope"]'), 'change');
    field<HTMLInputElement>('input[name="host"]').value = 'blog.site.org';
    await fire(field('input[name="host"]'), 'input');
    await fire(field('form.cm-add-site'), 'submit');
    expect(saved().sites).toEqual([{ host: 'news.example.com', subdomains: true }, { host: 'blog.site.org', subdomains: false }]);
    expect(root.textContent).toContain('this host only');

    await act(async () => field<HTMLButtonElement>('button[aria-label="Remove news.example.com"]').click());
    expect(saved().sites).toEqual([{ host: 'blog.site.org', subdomains: false }]);
  });

  it('refuses a site that is not a host name', async () => {
    const { api } = fakeApi();
    await mount(api);
    field<HTMLInputElement>('input[name="host"]').value = 'not a site';
    await fire(field('input[name="host"]'), 'input');
    await fire(field('form.cm-add-site'), 'submit');
    expect(field('[role="alert"]').textContent).toContain('is not a site name');
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it('saves mode, mark style, kinds and hover delay', async () => {
    const { api, saved } = fakeApi();
    await mount(api);
    await act(async () => field<HTMLInputElement>('input[name="mode"][value="only-listed"]').click());
    await act(async () => field<HTMLInputElement>('input[name="markStyle"][value="background"]').click());
    await act(async () => field<HTMLInputElement>('input[name="kind-title"]').click());
    field<HTMLInputElement>('input[name="hoverDelayMs"]').value = '99999';
    await fire(field('input[name="hoverDelayMs"]'), 'change');
    expect(saved()).toMatchObject({ mode: 'only-listed', markStyle: 'background', kinds: { person: true, title: false }, hoverDelayMs: 3000 });
  });

  it('exports the settings as a file that imports back', async () => {
    const { api } = fakeApi();
    await mount(api);
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Export settings')!.click());
    expect(api.download).toHaveBeenCalledWith('castmark-settings.json', exportSettings(DEFAULT_SETTINGS));
  });

  it('imports a valid file', async () => {
    const { api, saved } = fakeApi();
    await mount(api);
    const next: Settings = { ...DEFAULT_SETTINGS, paused: true, sites: [{ host: 'example.com', subdomains: true }] };
    await importText(exportSettings(next));
    expect(saved()).toEqual(next);
    expect(field('[role="status"]').textContent).toContain('Imported');
  });

  it('refuses an invalid file with a clear message and changes nothing', async () => {
    const { api, saved } = fakeApi();
    await mount(api);
    await importText(JSON.stringify({ kind: 'castmark-settings', version: 1, settings: { hoverDelayMs: 'slow' } }));
    expect(field('[role="alert"]').textContent).toContain('Import refused, nothing was changed');
    expect(field('[role="alert"]').textContent).toContain('hoverDelayMs');
    expect(api.saveSettings).not.toHaveBeenCalled();
    expect(saved()).toEqual(DEFAULT_SETTINGS);
  });

  it('shows the shortcut and the data facts', async () => {
    const { api } = fakeApi();
    await mount(api);
    expect(root.textContent).toContain('Alt+Shift+K');
    expect(root.textContent).toContain('chrome://extensions/shortcuts');
    expect(field('[data-count="people"]').textContent).toBe('144,434 people');
    expect(field('.cm-version').textContent).toBe('abcdef123456');
    expect(field('.cm-sources').textContent).toContain('Viki');
    expect(root.textContent).toContain('Licence');
  });
});
