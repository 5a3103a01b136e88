import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ask } from '../../common/messages';
import { loadSettings, settingsItem, watchSettings } from '../../common/settings';
import { Options, SHORTCUTS_URL } from '../../components/options/Options';
import type { OptionsApi } from '../../components/options/api';
import './style.css';

const api: OptionsApi = {
  loadSettings,
  saveSettings: (settings) => settingsItem.setValue(settings),
  watchSettings,
  catalogInfo: () => ask('catalogInfo', {}),
  shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'open-card')?.shortcut ?? '',
  openShortcutSettings: () => void browser.tabs.create({ url: SHORTCUTS_URL }),
  download: (fileName, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

render(<Options api={api} />, document.getElementById('app')!);
