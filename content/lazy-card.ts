// The content script's side of the card: the card UI (content/card-host.tsx and everything it renders with)
// arrives on first need, injected by the background into this frame's isolated world (see common/card-ui.ts).
// Until then nothing of it exists: no card can be open, and nothing is over the card.
import { browser } from 'wxt/browser';
import { LOAD_CARD_UI, providedCardUi, type CardUi } from '../common/card-ui';
import type { CardHost } from './card-host';

/** Resolves with the card UI, asking the background to inject it into this frame if it is not here yet. */
export async function loadCardUi(): Promise<CardUi> {
  const present = providedCardUi();
  if (present) return present;
  await browser.runtime.sendMessage({ type: LOAD_CARD_UI });
  const injected = providedCardUi();
  if (!injected) throw new Error('Castmark: the card UI was injected but did not register');
  return injected;
}

export class LazyCard {
  private host: CardHost | null = null;
  private loading: Promise<CardHost> | null = null;

  constructor(private readonly create: () => Promise<CardHost>) {}

  /** The card host, loading the UI the first time (callers start this as soon as a card becomes likely). */
  load(): Promise<CardHost> {
    this.loading ??= this.create().then(
      (host) => (this.host = host),
      (error: unknown) => {
        this.loading = null; // e.g. the background was restarting: the next hover asks again
        throw error;
      },
    );
    return this.loading;
  }

  get isOpen(): boolean {
    return this.host?.isOpen ?? false;
  }

  /** Whether the event target is the card (only an open card can be). */
  contains(target: EventTarget | null): boolean {
    return this.host?.contains(target) ?? false;
  }

  close(): void {
    this.host?.close();
  }
}
