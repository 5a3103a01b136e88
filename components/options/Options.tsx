// The options page: site rules, how marks and cards behave, the keyboard shortcut, facts about the data, and
// export/import of the settings. Every change is saved at once to storage.sync.
import { useEffect, useState } from 'preact/hooks';
import type { CatalogInfo } from '../../common/messages';
import type { MarkStyle, Settings } from '../../lib/settings';
import { exportSettings, HOVER_DELAY_RANGE, parseSettingsFile } from '../../lib/settings-io';
import type { OptionsApi } from './api';
import { SiteRules } from './SiteRules';
import { DataInfo } from './DataInfo';

export const SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<CatalogInfo | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    void api.loadSettings().then(setSettings);
    void api.catalogInfo().then(setInfo).catch(() => setInfo({ version: '', counts: {} }));
    void api.shortcut().then(setShortcut).catch(() => setShortcut(''));
    return api.watchSettings(setSettings);
  }, []);

  if (!settings) return <main class="cm-options-page"><h1>Castmark settings</h1></main>;

  const save = (next: Settings, message = 'Saved.') => {
    setSettings(next);
    void api.saveSettings(next).then(
      () => setStatus({ text: message }),
      (error: unknown) => setStatus({ text: `Could not save: ${String(error)}`, error: true }),
    );
  };

  const importFile = async (event: Event) => {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (!result.ok) {
      setStatus({ text: `Import refused, nothing was changed: ${result.error}`, error: true });
      return;
    }
    save(result.settings, `Imported settings from ${file.name}.`);
  };

  const setDelay = (text: string) => {
    const delay = Math.round(Number(text));
    if (!Number.isFinite(delay)) return;
    save({ ...settings, hoverDelayMs: Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)) });
  };

  return (
    <main class="cm-options-page">
      <h1>Castmark settings</h1>
      {status && (
        <p class={status.error ? 'cm-error' : 'cm-status'} role={status.error ? 'alert' : 'status'}>{status.text}</p>
      )}

      <section aria-labelledby="pause-heading">
        <h2 id="pause-heading">Pause</h2>
        <label>
          <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => save({ ...settings, paused: (e.target as HTMLInputElement).checked })} />
          Pause Castmark everywhere
        </label>
      </section>

      <SiteRules settings={settings} onChange={save} />

      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">Marks and cards</h2>
        <fieldset>
          <legend>Mark names on pages with</legend>
          {(['underline', 'background', 'off'] as MarkStyle[]).map((style) => (
            <label key={style}>
              <input type="radio" name="markStyle" value={style} checked={settings.markStyle === style} onChange={() => save({ ...settings, markStyle: style })} />
              {style === 'underline' ? 'a dotted underline' : style === 'background' ? 'a light background' : 'no mark (cards still open on hover)'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Mark</legend>
          <label>
            <input type="checkbox" name="kind-person" checked={settings.kinds.person} onChange={(e) => save({ ...settings, kinds: { ...settings.kinds, person: (e.target as HTMLInputElement).checked } })} />
            people (actors, directors)
          </label>
          <label>
            <input type="checkbox" name="kind-title" checked={settings.kinds.title} onChange={(e) => save({ ...settings, kinds: { ...settings.kinds, title: (e.target as HTMLInputElement).checked } })} />
            titles (shows, films)
          </label>
        </fieldset>
        <label>
          Open the card after hovering for{' '}
          <input
            type="number" name="hoverDelayMs" min={HOVER_DELAY_RANGE.min} max={HOVER_DELAY_RANGE.max} step={50}
            value={settings.hoverDelayMs} onChange={(e) => setDelay((e.target as HTMLInputElement).value)}
          />{' '}
          ms
        </label>
      </section>

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keyboard</h2>
        <p>
          {shortcut ? <><kbd>{shortcut}</kbd> opens</> : 'A shortcut (Alt+Shift+K by default, now unset) opens'} the card for the name at the
          selection or the caret. In the popup: type to search, <kbd>↑</kbd>/<kbd>↓</kbd> to move, <kbd>Enter</kbd> to open,{' '}
          <kbd>Esc</kbd> to clear.
        </p>
        <p>
          Change the shortcut at{' '}
          <a href={SHORTCUTS_URL} onClick={(e) => { e.preventDefault(); api.openShortcutSettings(); }}>{SHORTCUTS_URL}</a>.
        </p>
      </section>

      <DataInfo info={info} />

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Export and import</h2>
        <p class="cm-muted">Settings are kept by your browser (synced if you sign in). A file keeps a copy or moves them elsewhere.</p>
        <button type="button" onClick={() => api.download('castmark-settings.json', exportSettings(settings))}>Export settings</button>{' '}
        <label class="cm-file">
          Import settings… <input type="file" name="import" accept="application/json,.json" onChange={importFile} />
        </label>
      </section>
    </main>
  );
}
