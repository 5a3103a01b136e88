// The only node Castmark ever adds to a page: <castmark-card>, attached to <html> while a card is open.
// It holds an open shadow root with the Preact card; styles cannot cross in either direction
// (`:host { all: initial !important }` wins over any page rule, and the card's CSS is scoped to the shadow
// tree). It sits in the top layer (popover), so no z-index or overflow of the page can cover or clip it.
// Not part of content.js: it is built into card-ui.js and injected on a tab's first card (content/lazy-card.ts).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { CARD_CSS, EntityCardView, Namesakes, cardName, type OpenEntity } from '../components/card';
import type { EntityCard, EntityKind, PersonCard } from '../lib/types';

export const HOST_TAG = 'castmark-card';

const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important; position: fixed !important; inset: auto !important;
  left: var(--cm-x, 0px) !important; top: var(--cm-y, 0px) !important; margin: 0 !important; padding: 0 !important;
  width: var(--cm-width, 360px) !important; max-width: calc(100vw - 16px) !important;
  border: 0 !important; background: transparent !important; overflow: visible !important;
  z-index: 2147483647 !important; pointer-events: auto !important; visibility: visible !important;
  opacity: 1 !important; transform: none !important; filter: none !important; contain: layout style !important;
}
.cm-frame {
  max-height: var(--cm-max-height, 420px); display: flex; border-radius: 10px; overflow: hidden;
  box-shadow: 0 10px 32px rgba(15, 20, 35, .22), 0 1px 3px rgba(15, 20, 35, .18); outline: 1px solid rgba(127, 127, 127, .22);
}
.cm-frame > .cm-card { flex: 1; }
.cm-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** One screen of the card: the cards for one mention (several when people share a name). */
export interface CardView {
  cards: EntityCard[];
}

export type LoadCards = (kind: EntityKind, ids: string[]) => Promise<EntityCard[]>;

interface CardAppProps {
  first: CardView;
  load: LoadCards;
  onClose: () => void;
  onChange: () => void;
}

function CardApp({ first, load, onClose, onChange }: CardAppProps) {
  const [history, setHistory] = useState<CardView[]>([first]);
  const view = history[history.length - 1];
  const [main, ...others] = view.cards;
  const open: OpenEntity = (kind, id) => {
    void load(kind, [id]).then((cards) => {
      if (!cards.length) return;
      setHistory((past) => [...past, { cards }]);
      onChange();
    });
  };
  const back = () => {
    setHistory((past) => past.slice(0, -1));
    onChange();
  };
  const actions = (
    <>
      {history.length > 1 && (
        <button type="button" class="cm-nav" aria-label="Back" title="Back" onClick={back}>
          ←
        </button>
      )}
      <button type="button" class="cm-nav" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        ✕
      </button>
    </>
  );
  const namesakes = others.filter((card): card is PersonCard => card.kind === 'person');
  return (
    <div class="cm-frame" role="dialog" aria-modal="false" aria-label={`Castmark: ${cardName(main)}`}>
      <EntityCardView key={history.length} card={main} onOpen={open} actions={actions} footer={<Namesakes cards={namesakes} onOpen={open} />} />
    </div>
  );
}

export interface Anchor {
  range: Range;
  /** Where the pointer was, to pick the right line of a mark that wraps. */
  point?: { x: number; y: number };
}

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private anchor: Anchor | null = null;
  /** The view already rendered into the (still detached) host, so opening only has to attach and place it. */
  private rendered: CardView | null = null;
  private readonly sheet: CSSStyleSheet | null;

  constructor(
    private readonly doc: Document,
    private readonly load: LoadCards,
    private readonly onClosed: () => void,
  ) {
    this.sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : null;
    this.sheet?.replaceSync(HOST_CSS + CARD_CSS);
  }

  get element(): HTMLElement | null {
    return this.isOpen ? this.host : null;
  }

  get isOpen(): boolean {
    return this.host?.isConnected === true;
  }

  /** Whether the point is over the card (events from inside the shadow root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return this.isOpen && target === this.host;
  }

  /** Render a view ahead of time into the detached host (while the hover delay runs), unless a card is open. */
  prepare(view: CardView): void {
    if (this.isOpen || !view.cards.length || this.rendered === view) return;
    this.renderView(view);
  }

  show(anchor: Anchor, view: CardView): void {
    if (!view.cards.length) return;
    if (this.rendered !== view) this.renderView(view);
    const host = this.host!;
    this.anchor = anchor;
    if (!host.isConnected) {
      this.doc.documentElement.append(host);
      try {
        host.showPopover(); // top layer: above every z-index, outside every overflow clip
      } catch {
        // no popover support: the fixed position and maximal z-index still apply
      }
    }
    this.live!.textContent = `Castmark card: ${cardName(view.cards[0])}. Press Escape to close.`;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(this.reference(anchor), host, () => this.place(), { animationFrame: false, elementResize: true, layoutShift: false });
  }

  close(): void {
    if (!this.isOpen) return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.mount) render(null, this.mount);
    this.rendered = null;
    this.live!.textContent = '';
    this.host!.remove();
    this.anchor = null;
    this.onClosed();
  }

  private renderView(view: CardView): void {
    const { mount } = this.ensureHost();
    render(<CardApp key={Math.random()} first={view} load={this.load} onClose={() => this.close()} onChange={() => this.place()} />, mount);
    this.rendered = view;
  }

  private ensureHost(): { host: HTMLElement; mount: HTMLElement; live: HTMLElement } {
    if (this.host && this.mount && this.live) return { host: this.host, mount: this.mount, live: this.live };
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    if (this.sheet) shadow.adoptedStyleSheets = [this.sheet];
    const mount = this.doc.createElement('div');
    const live = this.doc.createElement('div');
    live.className = 'cm-sr';
    live.setAttribute('aria-live', 'polite');
    shadow.append(mount, live);
    host.setAttribute('popover', 'manual');
    this.host = host;
    this.mount = mount;
    this.live = live;
    return { host, mount, live };
  }

  private reference(anchor: Anchor): VirtualElement {
    return {
      getBoundingClientRect: () => anchor.range.getBoundingClientRect(),
      getClientRects: () => anchor.range.getClientRects(),
      contextElement: anchor.range.startContainer.parentElement ?? undefined,
    };
  }

  /** Place the card next to the mark, flipped and shifted to stay on screen, never larger than the viewport. */
  private place(): void {
    const host = this.host;
    const anchor = this.anchor;
    if (!host || !anchor || !host.isConnected) return;
    const viewportWidth = this.doc.documentElement.clientWidth || window.innerWidth;
    host.style.setProperty('--cm-width', `${Math.min(380, viewportWidth - 16)}px`);
    void computePosition(this.reference(anchor), host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(anchor.point),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            host.style.setProperty('--cm-max-height', `${Math.max(120, Math.min(460, availableHeight))}px`);
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (!host.isConnected) return;
      host.style.setProperty('--cm-x', `${Math.round(x)}px`);
      host.style.setProperty('--cm-y', `${Math.round(y)}px`);
    });
  }
}
