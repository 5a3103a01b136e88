import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ask } from '../../common/messages';
import { loadSettings, settingsItem } from '../../common/settings';
import { Popup } from '../../components/popup/Popup';
import { webHost, type PopupApi } from '../../components/popup/api';
import './style.css';

/** The tab the popup is about: `?tab=<id>` when given (tests, keyboard flows), else the active tab. */
async function currentTabUrl(): Promise<string | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return (await browser.tabs.get(given).catch(() => undefined))?.url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

const api: PopupApi = {
  search: async (query) => (await ask('search', { query, limit: 20 })).results,
  entity: async (kind, id) => (await ask('entity', { kind, id })).card,
  seedStatus: () => ask('seedStatus', {}),
  loadSettings,
  saveSettings: (settings) => settingsItem.setValue(settings),
  currentHost: async () => webHost(await currentTabUrl()),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

render(<Popup api={api} />, document.getElementById('app')!);
