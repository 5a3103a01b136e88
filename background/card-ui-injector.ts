// Injects the card UI (`card-ui.js`) into the frame whose content script asks for it, on that script's first
// card (see common/card-ui.ts). It runs in the content script's isolated world, like the content script itself.
// Chrome MV3 injects with `scripting` (needs host permissions: content-script matches do not grant them);
// Firefox MV2 with `tabs.executeScript` (host permissions in `permissions`). Both are set in wxt.config.ts.
import { browser } from 'wxt/browser';
import { CARD_UI_FILE, LOAD_CARD_UI } from '../common/card-ui';

async function injectCardUi(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: CARD_UI_FILE, frameId });
  }
}

export function registerCardUiInjector(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_CARD_UI) return undefined; // the router's, or another's
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.reject(new Error('Castmark: the card UI is only injected into tabs'));
    return injectCardUi(tabId, sender.frameId ?? 0).then(() => ({ ok: true }));
  });
}
