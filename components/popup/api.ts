// What the popup needs from the extension, as an interface: the real one talks to the background and storage,
// the unit tests pass a fake.
import type { SearchResult, SeedStatus } from '../../common/messages';
import type { Settings } from '../../lib/settings';
import type { EntityCard, EntityKind } from '../../lib/types';

export interface PopupApi {
  search(query: string): Promise<SearchResult[]>;
  entity(kind: EntityKind, id: string): Promise<EntityCard | null>;
  seedStatus(): Promise<SeedStatus>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Host name of the tab the popup was opened over, or null when it is not a web page. */
  currentHost(): Promise<string | null>;
  openOptions(): void;
}

/** Host of an http(s) URL, lower case; null for other schemes (chrome://, about:, file:...). */
export function webHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
