// The one protocol between the content script / popup / options page and the background.
// Every request is `{ type, ...payload }`; the background answers with the matching response type.
import { browser } from 'wxt/browser';
import type { EntityCard, EntityKind, Mention } from '../lib/types';

export interface SearchResult {
  kind: EntityKind | 'character';
  id: string; // person or title id (for a character: the person id)
  label: string; // what to show first
  detail: string; // second line: e.g. "Actor · All of Us Are Dead (2022)"
  score: number;
}

export interface SeedStatus {
  state: 'empty' | 'seeding' | 'ready' | 'error';
  done: number;
  total: number;
  catalogVersion?: string;
  error?: string;
}

export interface CatalogInfo {
  version: string;
  counts: Record<string, number>;
  /** Facts about the sources (snapshots, licences) from the catalogue's meta, for the options page. */
  info?: Record<string, unknown>;
  /** When seeding of this version finished (ms since the epoch). */
  seededAt?: number;
}

export interface MatcherLoad {
  /** 'cache': the copy in the origin private file system; 'bundle': the extension package. */
  from: 'cache' | 'bundle';
  ms: number;
}

export interface Requests {
  /** Liveness, and how this worker instance loaded the matcher index (once it has). */
  ping: { req: {}; res: { ok: true; version: string; matcher?: MatcherLoad } };
  /** Find mentions in blocks of page text (one array of mentions per block). */
  match: {
    /** `aboutScreen`: the page already proved to be about film/TV (earlier blocks had several mentions). */
    req: { texts: string[]; aboutScreen?: boolean };
    res: { mentions: Mention[][] };
  };
  entity: { req: { kind: EntityKind; id: string }; res: { card: EntityCard | null } };
  search: { req: { query: string; limit?: number }; res: { results: SearchResult[] } };
  seedStatus: { req: {}; res: SeedStatus };
  catalogInfo: { req: {}; res: CatalogInfo };
  /** The content script reports how many mentions it marked, for the toolbar badge. */
  reportCount: { req: { count: number; paused: boolean }; res: { ok: true } };
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { type: T } & Requests[T]['req'];
export type Response<T extends RequestType> = Requests[T]['res'];
export type Handler<T extends RequestType> = (
  req: Request<T>,
  sender: { tabId?: number; url?: string },
) => Promise<Response<T>> | Response<T>;

/** Send a typed request to the background. */
export async function ask<T extends RequestType>(type: T, payload: Requests[T]['req']): Promise<Response<T>> {
  return (await browser.runtime.sendMessage({ type, ...payload })) as Response<T>;
}

/** Messages the background sends to a tab's content scripts (the other direction from `Requests`). */
export interface TabMessages {
  /** The `open-card` keyboard command: open the card for the mention at the selection or caret. */
  openCardAtSelection: {};
}

export type TabMessage<T extends keyof TabMessages = keyof TabMessages> = { type: T } & TabMessages[T];

/** Send a typed message to every frame of a tab (background only). */
export async function tellTab<T extends keyof TabMessages>(tabId: number, type: T, payload: TabMessages[T]): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type, ...payload });
}
