// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { SearchResult, SeedStatus } from '../../../common/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { EntityCard } from '../../../lib/types';
import { Popup, SEARCH_DEBOUNCE_MS } from '../../../components/popup/Popup';
import type { PopupApi } from '../../../components/popup/api';

const RESULTS: SearchResult[] = [
  { kind: 'person', id: '101', label: 'Park Ji-hu', detail: 'Actor · All of Us Are Dead (2022)', score: 0.9 },
  { kind: 'character', id: '101', label: 'Nam On-jo', detail: 'Park Ji-hu in All of Us Are Dead (2022)', score: 0.8 },
  { kind: 'title', id: 'ts1', label: 'All of Us Are Dead', detail: 'Show · 2022 · Netflix', score: 0.7 },
];
const TITLE = { id: 'ts1', title: 'All of Us Are Dead', type: 'SHOW' as const, year: 2022, genres: [], countries: [], platforms: [] };
const PERSON_CARD: EntityCard = {
  kind: 'person',
  person: { id: '101', name: 'Park Ji-hu', otherNames: [] },
  roles: [{ role: 'ACTOR', order: 1, characters: ['Nam On-jo'], title: TITLE }],
};
const TITLE_CARD: EntityCard = {
  kind: 'title', title: TITLE, directors: [],
  cast: [{ role: 'ACTOR', order: 1, characters: ['Nam On-jo'], person: { id: '101', name: 'Park Ji-hu', otherNames: [] } }],
};

function fakeApi(overrides: Partial<PopupApi> = {}) {
  let settings: Settings = DEFAULT_SETTINGS;
  const base = {
    search: vi.fn(async (query: string): Promise<SearchResult[]> => (query.toLowerCase().includes('zzz') ? [] : RESULTS)),
    entity: vi.fn(async (kind: string) => (kind === 'person' ? PERSON_CARD : TITLE_CARD)),
    seedStatus: vi.fn(async (): Promise<SeedStatus> => ({ state: 'ready', done: 5, total: 5 })),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (next: Settings) => void (settings = next)),
    currentHost: vi.fn(async () => 'news.example.com'),
    openOptions: vi.fn(),
  };
  return { api: { ...base, ...overrides } as typeof base, saved: () => settings };
}

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

async function settle(ms = SEARCH_DEBOUNCE_MS + 5) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function mount(api: PopupApi) {
  await act(async () => {
    render(<Popup api={api} />, root);
  });
  await settle(0);
}

const input = () => root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = () => [...root.querySelectorAll('[role="option"]')];
async function type(text: string) {
  await act(async () => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}
async function press(key: string) {
  await act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle(0);
}

describe('popup search', () => {
  it('focuses the search input on open and shows examples while empty', async () => {
    const { api } = fakeApi();
    await mount(api);
    expect(document.activeElement).toBe(input());
    expect(root.textContent).toContain('Squid Game');
    expect(root.querySelector('[role="listbox"]')!.hasAttribute('hidden')).toBe(true);
  });

  it('shows results as an ARIA listbox with a label per kind, as the user types', async () => {
    const { api } = fakeApi();
    await mount(api);
    await type('park');
    expect(api.search).toHaveBeenCalledWith('park');
    expect(options().map((o) => o.querySelector('.cm-result-kind')!.textContent)).toEqual(['Person', 'Character', 'Title']);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    expect(input().getAttribute('aria-expanded')).toBe('true');
  });

  it('keystrokes typed while a search runs collapse into one search for the latest text', async () => {
    const { api } = fakeApi();
    let release!: () => void;
    api.search.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return [];
    });
    await mount(api);
    for (const text of ['p', 'pa', 'par', 'park']) {
      await act(async () => {
        input().value = text;
        input().dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await act(async () => release());
    await settle();
    expect(api.search.mock.calls.map((c) => c[0])).toEqual(['p', 'park']);
    expect(options()).toHaveLength(3);
  });

  it('moves with the arrows, wraps, and opens the active result with Enter; Back returns to the results', async () => {
    const { api } = fakeApi();
    await mount(api);
    await type('park');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[2].id);
    await press('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    await press('ArrowUp');
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
    await press('Enter');
    expect(api.entity).toHaveBeenCalledWith('title', 'ts1');
    expect(root.querySelector('.cm-card')!.getAttribute('data-kind')).toBe('title');
    // A link inside the card opens the other entity.
    await act(async () => root.querySelector<HTMLButtonElement>('[data-open-kind="person"]')!.click());
    await settle(0);
    expect(api.entity).toHaveBeenLastCalledWith('person', '101');
    expect(root.querySelector('.cm-card')!.getAttribute('data-kind')).toBe('person');
    await act(async () => root.querySelector<HTMLButtonElement>('.cm-back')!.click());
    await act(async () => root.querySelector<HTMLButtonElement>('.cm-back')!.click());
    expect(root.querySelector('.cm-card')).toBeNull();
    expect(options()).toHaveLength(3);
  });

  it('a character result opens the card of the actor', async () => {
    const { api } = fakeApi();
    await mount(api);
    await type('nam on-jo');
    await press('ArrowDown');
    await press('Enter');
    expect(api.entity).toHaveBeenCalledWith('person', '101');
  });

  it('Escape clears the query', async () => {
    const { api } = fakeApi();
    await mount(api);
    await type('park');
    await press('Escape');
    expect(input().value).toBe('');
    expect(options()).toHaveLength(0);
  });

  it('says so when nothing matches', async () => {
    const { api } = fakeApi();
    await mount(api);
    await type('zzzz');
    expect(root.querySelector('[role="status"]')!.textContent).toContain('No match for “zzzz”');
  });

  it('drops a late answer to an older query', async () => {
    let release!: (r: SearchResult[]) => void;
    const { api } = fakeApi();
    api.search.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    await mount(api);
    await type('old');
    await type('park');
    await act(async () => release([{ kind: 'title', id: 'x', label: 'Old', detail: '', score: 1 }]));
    await settle(0);
    expect(options().map((o) => o.querySelector('.cm-result-label')!.textContent)).toEqual(['Park Ji-hu', 'Nam On-jo', 'All of Us Are Dead']);
  });

  it('shows seeding progress and stays usable', async () => {
    const statuses: SeedStatus[] = [{ state: 'seeding', done: 2, total: 8 }, { state: 'ready', done: 8, total: 8 }];
    const { api } = fakeApi({ seedStatus: vi.fn(async (): Promise<SeedStatus> => statuses.shift() ?? { state: 'ready', done: 8, total: 8 }) });
    await mount(api);
    expect(root.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('25');
    await type('park');
    expect(options()).toHaveLength(3);
    await settle(500);
    expect(root.querySelector('[role="progressbar"]')).toBeNull();
  });
});

describe('popup switches', () => {
  const switchNamed = (name: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find((s) => s.textContent === name)!;

  it('turns Castmark off and on again for the current site', async () => {
    const { api, saved } = fakeApi();
    await mount(api);
    const site = switchNamed('Castmark on news.example.com');
    expect(site.getAttribute('aria-checked')).toBe('true');
    await act(async () => site.click());
    expect(saved().sites).toEqual([{ host: 'news.example.com', subdomains: false }]);
    expect(switchNamed('Castmark on news.example.com').getAttribute('aria-checked')).toBe('false');
    await act(async () => switchNamed('Castmark on news.example.com').click());
    expect(saved().sites).toEqual([]);
  });

  it('pauses everywhere', async () => {
    const { api, saved } = fakeApi();
    await mount(api);
    await act(async () => switchNamed('Pause everywhere').click());
    expect(saved().paused).toBe(true);
    expect(switchNamed('Pause everywhere').getAttribute('aria-checked')).toBe('true');
    expect(switchNamed('Castmark on news.example.com').disabled).toBe(true);
  });

  it('has no site switch on a tab that is not a web page', async () => {
    const { api } = fakeApi({ currentHost: vi.fn(async () => null) });
    await mount(api);
    expect(root.querySelectorAll('[role="switch"]')).toHaveLength(1);
    expect(root.textContent).toContain('this tab is not one');
  });
});
