// The card UI (Preact, @floating-ui/dom, the card components) is not in the content script: most tabs never
// open a card, and every tab compiles what content.js carries. It is a separate script, `card-ui.js`
// (entrypoints/card-ui.ts), that the background injects into a frame's isolated world on the content script's
// first need (content/lazy-card.ts asks; background/card-ui-injector.ts injects). Both scripts share that world's
// global object, so the UI registers itself there. The page's own scripts live in another world and never see it.
// No browser API in here: the injected script imports this and must stay free of the extension polyfill.
import type { CardHost } from '../content/card-host';

/** The content script asks the background for the card UI with this message (answer: `{ ok: true }` once injected). */
export const LOAD_CARD_UI = 'castmark:loadCardUi';

/** The injected script, as the extension serves it (WXT builds unlisted scripts to the root). */
export const CARD_UI_FILE = '/card-ui.js';

/** What the injected script provides. */
export interface CardUi {
  CardHost: typeof CardHost;
}

const GLOBAL_KEY = '__castmarkCardUi';

export function provideCardUi(ui: CardUi): void {
  (globalThis as Record<string, unknown>)[GLOBAL_KEY] = ui;
}

/** The card UI once injected into this world, else undefined. */
export function providedCardUi(): CardUi | undefined {
  return (globalThis as Record<string, unknown>)[GLOBAL_KEY] as CardUi | undefined;
}
