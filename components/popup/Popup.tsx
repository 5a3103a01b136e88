// The toolbar popup: instant search over the local catalogue (an ARIA combobox with a listbox of results), the
// card of an opened result (with links between people and titles), seeding progress, and the site switches.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchResult, SeedStatus } from '../../common/messages';
import type { Settings } from '../../lib/settings';
import type { EntityCard, EntityKind } from '../../lib/types';
import { CARD_CSS, EntityCardView } from '../card';
import type { PopupApi } from './api';
import { SiteSwitches } from './SiteSwitches';

/**
 * Light debounce: a keystroke is searched at once when no search is under way; keystrokes typed while one is
 * collapse into the latest query, sent as soon as the answer arrives. Fast answers give instant results, slow ones
 * never queue up.
 */
export const SEARCH_DEBOUNCE_MS = 0;
const SEED_POLL_MS = 400;

const KIND_LABELS: Record<SearchResult['kind'], string> = { person: 'Person', title: 'Title', character: 'Character' };
const EXAMPLES = ['Squid Game', 'Park Ji-hu', 'Nam On-jo'];

type Opened = { kind: EntityKind; id: string; card: EntityCard | null | 'loading' };

export function Popup({ api }: { api: PopupApi }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [answeredQuery, setAnsweredQuery] = useState('');
  const [active, setActive] = useState(0);
  const [opened, setOpened] = useState<Opened[]>([]);
  const [seed, setSeed] = useState<SeedStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [host, setHost] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inFlight = useRef(false);
  const wanted = useRef('');

  useLayoutEffect(() => {
    input.current?.focus();
    performance.mark?.('castmark-input-focused'); // read by the benchmark (popup open → input focused)
  }, []);

  useEffect(() => {
    void api.loadSettings().then(setSettings);
    void api.currentHost().then(setHost);
  }, []);

  // Seeding progress: poll while it runs, stop when ready.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const status = await api.seedStatus().catch((): SeedStatus => ({ state: 'error', done: 0, total: 0, error: 'The background did not answer' }));
      if (stopped) return;
      setSeed(status);
      if (status.state !== 'ready') timer = setTimeout(poll, SEED_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  // Search as the user types: one search at a time, always for the latest text; an answer for text that has
  // changed meanwhile is not shown.
  const runSearch = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      while (true) {
        const asked = wanted.current;
        if (!asked.trim()) {
          setResults([]);
          setAnsweredQuery(asked);
          break;
        }
        const found = await api.search(asked).catch(() => []);
        if (asked !== wanted.current) continue;
        setResults(found);
        setAnsweredQuery(asked);
        setActive(0);
        break;
      }
    } finally {
      inFlight.current = false;
    }
  };

  // Searched from the input handler itself, not from an effect: Preact runs effects after the next paint, which
  // would add up to a frame to every keystroke.
  const changeQuery = (text: string) => {
    setQuery(text);
    wanted.current = text;
    void runSearch();
  };

  // Results found while the catalogue was loading are refreshed once it is complete.
  useEffect(() => {
    if (seed?.state === 'ready' && wanted.current.trim()) {
      setAnsweredQuery('');
      void runSearch();
    }
  }, [seed?.state === 'ready']);

  const open = async (kind: EntityKind, id: string) => {
    setOpened((stack) => [...stack, { kind, id, card: 'loading' }]);
    const card = await api.entity(kind, id).catch(() => null);
    setOpened((stack) => stack.map((o, i) => (i === stack.length - 1 && o.id === id && o.kind === kind ? { ...o, card } : o)));
  };
  const openResult = (result: SearchResult) => void open(result.kind === 'title' ? 'title' : 'person', result.id);
  const back = () => {
    setOpened((stack) => stack.slice(0, -1));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      openResult(results[active]);
    } else if (event.key === 'Escape') {
      if (query) {
        event.preventDefault(); // keep the popup open: Escape clears first
        changeQuery('');
      }
    }
  };

  const onCardKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Backspace' && !(event.target instanceof HTMLInputElement))) {
      event.preventDefault();
      back();
    }
  };

  useEffect(() => {
    document.getElementById(`cm-result-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const saveSettings = (next: Settings) => {
    setSettings(next);
    void api.saveSettings(next);
  };

  const top = opened[opened.length - 1];
  const seeding = seed && seed.state !== 'ready';
  const state = useMemo(() => {
    if (!query.trim()) return 'empty';
    if (answeredQuery !== query) return 'typing';
    return results.length ? 'results' : 'none';
  }, [query, answeredQuery, results]);

  return (
    <main class="cm-popup">
      <style>{CARD_CSS}</style>
      <header class="cm-header">
        <h1>Castmark</h1>
        <button type="button" class="cm-options" onClick={() => api.openOptions()}>Settings</button>
      </header>

      {seeding && seed && <SeedProgress seed={seed} />}

      {top ? (
        <section class="cm-opened" onKeyDown={onCardKeyDown} aria-live="polite">
          {top.card === 'loading' ? (
            <p class="cm-note">Loading…</p>
          ) : top.card ? (
            <EntityCardView
              card={top.card}
              onOpen={(kind, id) => void open(kind, id)}
              actions={<button type="button" class="cm-back" onClick={back} autoFocus>Back</button>}
            />
          ) : (
            <div>
              <p class="cm-note">{seeding ? 'This card is not loaded yet: the catalogue is still loading. Try again in a moment.' : 'Nothing is known about this entry.'}</p>
              <button type="button" class="cm-back" onClick={back} autoFocus>Back</button>
            </div>
          )}
        </section>
      ) : null}

      <div class="cm-search" hidden={!!top} data-answered={answeredQuery}>
        <label class="cm-visually-hidden" for="cm-query">Search people, titles and characters</label>
        <input
          id="cm-query"
          ref={input}
          autoFocus
          type="search"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          placeholder="Search people, titles, characters"
          aria-autocomplete="list"
          aria-controls="cm-results"
          aria-expanded={state === 'results'}
          aria-activedescendant={state === 'results' && results[active] ? `cm-result-${active}` : undefined}
          value={query}
          maxLength={500}
          onInput={(event) => changeQuery((event.target as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
        <ul id="cm-results" role="listbox" aria-label="Results" class="cm-results" hidden={state !== 'results'}>
          {results.map((result, i) => (
            <li
              id={`cm-result-${i}`}
              key={`${result.kind}:${result.id}:${result.label}:${result.detail}`}
              role="option"
              aria-selected={i === active}
              class="cm-result"
              data-kind={result.kind}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => openResult(result)}
            >
              <span class="cm-result-label">{result.label}</span>
              <span class="cm-result-kind">{KIND_LABELS[result.kind]}</span>
              <span class="cm-result-detail">{result.detail}</span>
            </li>
          ))}
        </ul>
        {state === 'empty' && (
          <p class="cm-note cm-hint">
            Look up an actor, a director, a show or a film, or a character, e.g.{' '}
            {EXAMPLES.map((example, i) => (
              <span key={example}>
                {i > 0 && ', '}
                <button type="button" class="cm-example" onClick={() => changeQuery(example)}>{example}</button>
              </span>
            ))}
            .
          </p>
        )}
        {state === 'none' && (
          <p class="cm-note" role="status">
            {seeding
              ? `No match for “${query.trim().slice(0, 60)}” yet: the catalogue is still loading.`
              : `No match for “${query.trim().slice(0, 60)}”. Check the spelling, try another spelling of the name, or fewer words.`}
          </p>
        )}
      </div>

      {settings && <SiteSwitches settings={settings} host={host} onChange={saveSettings} />}
    </main>
  );
}

function SeedProgress({ seed }: { seed: SeedStatus }) {
  if (seed.state === 'error') {
    return <p class="cm-note cm-error" role="alert">The catalogue could not be loaded ({seed.error ?? 'unknown error'}). It will be tried again.</p>;
  }
  const percent = seed.total ? Math.round((seed.done / seed.total) * 100) : 0;
  return (
    <div class="cm-seeding">
      <div class="cm-progress" role="progressbar" aria-label="Loading the catalogue" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div class="cm-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p class="cm-note">Loading the catalogue ({percent}%). Search works meanwhile; some results may be missing until it is done.</p>
    </div>
  );
}
