// What the options page needs from the extension (the unit tests pass a fake).
import type { CatalogInfo } from '../../common/messages';
import type { Settings } from '../../lib/settings';

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls back when settings change elsewhere (the popup, another options tab); returns an unsubscribe. */
  watchSettings(callback: (settings: Settings) => void): () => void;
  catalogInfo(): Promise<CatalogInfo>;
  /** The shortcut bound to the `open-card` command, or '' when none is set. */
  shortcut(): Promise<string>;
  openShortcutSettings(): void;
  download(fileName: string, text: string): void;
}
