// Typed settings in browser.storage.sync (via @wxt-dev/storage), shared by every entrypoint.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  // Merge with defaults so settings saved by an older version gain new fields.
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback({ ...DEFAULT_SETTINGS, ...value }));
}
