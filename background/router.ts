// The background is a small core: features register handlers for message types here.
import { browser } from 'wxt/browser';
import type { Handler, Request, RequestType } from '../common/messages';

const handlers = new Map<RequestType, Handler<any>>();

export function handle<T extends RequestType>(type: T, handler: Handler<T>): void {
  if (handlers.has(type)) throw new Error(`Castmark: two handlers for message "${type}"`);
  handlers.set(type, handler);
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const req = message as Request;
    const handler = req && typeof req === 'object' ? handlers.get(req.type) : undefined;
    if (!handler) return undefined; // not ours: let other listeners answer
    return Promise.resolve()
      .then(() => handler(req, { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url }))
      .catch((error: unknown) => {
        console.error(`Castmark: "${req.type}" failed`, error);
        throw error instanceof Error ? error : new Error(String(error));
      });
  });
}
