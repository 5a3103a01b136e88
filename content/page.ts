// Castmark on one document: wires scanning, marks, hover and the card together, and follows the settings
// live (a site switched off loses its marks and card at once; switched back on, it is rescanned).
import { isActiveOn, type Settings } from '../lib/settings';
import type { EntityCard, EntityKind, Mention } from '../lib/types';
import type { CardView } from './card-host';
import { HighlightLayer } from './highlights';
import { markAtPoint, markAtSelection, pointInMark } from './hit-test';
import { HoverIntent } from './hover';
import { LazyCard, loadCardUi } from './lazy-card';
import { liveRange, MarkIndex, type Mark } from './marks';
import { MutationWatcher } from './mutations';
import { Scanner, type MatchFn } from './scanner';
import { ViewportGate } from './viewport-gate';

/** Shadow roots passed to caretPositionFromPoint (it only looks into the ones it is given). */
const MAX_SHADOW_ROOTS = 500;
/** Namesakes fetched for one mention. */
const MAX_CARDS_PER_MARK = 4;
/** Cards kept per page. */
const MAX_CACHED_CARDS = 200;
/** Badge updates at most this often. */
const REPORT_EVERY_MS = 1_000;

/** With this many marks already, later blocks are known to sit on a film/TV page (the matcher trusts names more). */
const ABOUT_SCREEN_MARKS = 3;

export interface PageServices {
  match(texts: string[], aboutScreen: boolean): ReturnType<MatchFn>;
  entity(kind: EntityKind, id: string): Promise<EntityCard | null>;
  reportCount(count: number, paused: boolean): void;
}

/** Runs `callback` after the next rendered frame (or soon, in a background tab where frames do not come). */
function afterNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

export class CastmarkPage {
  private settings: Settings | null = null;
  private active = false;
  private readonly layer: HighlightLayer;
  private readonly marks: MarkIndex;
  private readonly scanner: Scanner;
  private readonly watcher: MutationWatcher;
  private readonly card: LazyCard;
  private readonly hover: HoverIntent<Mark>;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly cardRequests = new WeakMap<Mark, Promise<EntityCard[]>>();
  private readonly views = new WeakMap<Mark, Promise<CardView | null>>();
  private readonly entityCache = new Map<string, Promise<EntityCard | null>>();
  private openMark: Mark | null = null;
  private pinned = false;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly isTopFrame: boolean;
  private readonly listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]>;

  constructor(
    private readonly doc: Document,
    private readonly services: PageServices,
  ) {
    this.isTopFrame = (() => {
      try {
        return window.top === window;
      } catch {
        return false;
      }
    })();
    this.layer = new HighlightLayer(doc);
    this.marks = new MarkIndex(new ViewportGate(this.layer));
    this.scanner = new Scanner(
      doc,
      (texts) => services.match(texts, this.marks.size >= ABOUT_SCREEN_MARKS),
      this.marks,
      { onShadowRoot: (root) => this.foundShadowRoot(root), onHidden: (el) => this.watcher.watchHidden(el) },
      (mention: Mention) => this.settings?.kinds[mention.kind] ?? true,
      () => this.settled(),
    );
    this.watcher = new MutationWatcher(doc, {
      rescan: (root) => this.scanner.request(root),
      pruneDetached: () => {
        this.marks.pruneDetached();
        this.scheduleReport();
      },
    });
    this.card = new LazyCard(async () => {
      const { CardHost } = await loadCardUi();
      return new CardHost(doc, (kind, ids) => this.loadCards(kind, ids), () => {
        this.openMark = null;
        this.pinned = false;
      });
    });
    this.hover = new HoverIntent<Mark>(
      {
        find: (x, y) => markAtPoint(doc, this.marks, x, y, [...this.shadowRoots]),
        // The pointer rests on a mark: fetch its card and load the card UI now, during the hover delay.
        prefetch: (mark) => void Promise.all([this.viewFor(mark), this.card.load()]).then(([view, card]) => view && card.prepare(view), () => undefined),
        open: (mark, point) => void this.openCard(mark, point),
        close: () => this.card.close(),
        openMark: () => (this.pinned ? null : this.openMark),
        isCard: (target) => this.card.contains(target),
        pointOn: (mark, x, y) => pointInMark(mark, x, y),
      },
      300,
    );
    const passive = { passive: true, capture: true };
    this.listeners = [
      [window, 'pointermove', ((e: PointerEvent) => this.pointerMoved(e)) as EventListener, passive],
      [window, 'pointerdown', ((e: PointerEvent) => this.pointerDown(e)) as EventListener, passive],
      [window, 'keydown', ((e: KeyboardEvent) => this.keyDown(e)) as EventListener, passive],
      [window, 'scroll', (() => this.hover.scrolled()) as EventListener, passive],
    ];
  }

  /** Apply (new) settings: switch on or off for this site, restyle, re-filter. */
  applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    this.hover.delayMs = Math.max(0, next.hoverDelayMs);
    this.layer.setStyle(next.markStyle);
    const shouldRun = isActiveOn(next, location.hostname) && this.doc.designMode !== 'on';
    if (shouldRun && !this.active) this.enable();
    else if (!shouldRun && this.active) this.disable();
    else if (this.active && previous && (previous.kinds.person !== next.kinds.person || previous.kinds.title !== next.kinds.title)) {
      this.marks.clear();
      this.scanner.request(this.doc);
    }
    if (!shouldRun) this.report(0, true);
  }

  /** Keyboard path: open the card for the mark at the selection or caret, if this frame has the focus. */
  openAtSelection(): boolean {
    // Every frame gets the message: the focused one answers (the top frame too, as headless windows never focus).
    if (!this.active || !(this.doc.hasFocus() || this.isTopFrame)) return false;
    const mark = markAtSelection(this.doc.getSelection(), this.marks);
    if (!mark) return false;
    void this.openCard(mark, undefined, true);
    return true;
  }

  /** Resolves when every queued scan and match request has been applied (tests, bench). */
  settledScan(): Promise<void> {
    return this.scanner.settled();
  }

  get markCount(): number {
    return this.marks.size;
  }

  private enable(): void {
    this.active = true;
    this.layer.prepare();
    this.watcher.observe(this.doc);
    for (const root of this.shadowRoots) this.watcher.observe(root);
    for (const [target, type, listener, options] of this.listeners) target.addEventListener(type, listener, options);
    // Start after the page's first frame: its own style and layout are done by then, so the scan's visibility
    // checks find them clean instead of paying for them inside Castmark's slices.
    afterNextFrame(() => {
      if (this.active) this.scanner.request(this.doc);
    });
  }

  private disable(): void {
    this.active = false;
    for (const [target, type, listener, options] of this.listeners) target.removeEventListener(type, listener, options);
    this.hover.dispose();
    this.card.close();
    this.scanner.cancel();
    this.watcher.disconnect();
    this.marks.clear();
    this.layer.detach();
  }

  private settled(): void {
    if (!this.active) return;
    // Registered once the first pass is done, so `CSS.highlights.has('castmark-…')` means "marked".
    this.layer.attach();
    for (const root of this.shadowRoots) this.layer.adopt(root);
    this.scheduleReport();
  }

  private foundShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root) || this.shadowRoots.size >= MAX_SHADOW_ROOTS) return;
    this.shadowRoots.add(root);
    if (!this.active) return;
    this.layer.adopt(root);
    this.watcher.observe(root);
    this.scanner.request(root);
  }

  private pointerMoved(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.hover.pointerMoved(event.clientX, event.clientY, event.target);
  }

  private pointerDown(event: PointerEvent): void {
    this.hover.interrupted();
    if (this.card.isOpen && !this.card.contains(event.target)) this.card.close();
  }

  private keyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card.isOpen) this.card.close();
    this.hover.interrupted();
  }

  private cardsFor(mark: Mark): Promise<EntityCard[]> {
    let request = this.cardRequests.get(mark);
    if (!request) {
      request = this.loadCards(mark.kind, mark.ids.slice(0, MAX_CARDS_PER_MARK));
      this.cardRequests.set(mark, request);
    }
    return request;
  }

  private async loadCards(kind: EntityKind, ids: string[]): Promise<EntityCard[]> {
    const cards = await Promise.all(ids.map((id) => this.entity(kind, id)));
    return cards.filter((card): card is EntityCard => card !== null);
  }

  /** One request per entity per page (a name is often mentioned many times); misses are asked again later. */
  private entity(kind: EntityKind, id: string): Promise<EntityCard | null> {
    const key = `${kind}:${id}`;
    let card = this.entityCache.get(key);
    if (!card) {
      if (this.entityCache.size >= MAX_CACHED_CARDS) this.entityCache.delete(this.entityCache.keys().next().value as string);
      card = this.services.entity(kind, id).catch(() => null);
      card.then((found) => found ?? this.entityCache.delete(key));
      this.entityCache.set(key, card);
    }
    return card;
  }

  /** The card view for a mark, one object per mark so a view prepared during the hover delay is reused. */
  private viewFor(mark: Mark): Promise<CardView | null> {
    let view = this.views.get(mark);
    if (!view) {
      view = this.cardsFor(mark).then((cards) => {
        if (cards.length) return { cards };
        // Nothing yet (the database may still be seeding): ask again next time.
        this.views.delete(mark);
        this.cardRequests.delete(mark);
        return null;
      });
      this.views.set(mark, view);
    }
    return view;
  }

  private async openCard(mark: Mark, point?: { x: number; y: number }, pinned = false): Promise<void> {
    const [view, card] = await Promise.all([this.viewFor(mark), this.card.load().catch(() => null)]);
    const range = liveRange(mark);
    if (!this.active || !range || !view || !card) return;
    card.show({ range, point }, view);
    this.openMark = mark;
    this.pinned = pinned;
  }

  private scheduleReport(): void {
    if (!this.isTopFrame) return; // frames would overwrite the tab's count; the top document speaks for the tab
    this.reportTimer ??= setTimeout(() => {
      this.reportTimer = null;
      if (this.active) this.report(this.marks.size, false);
    }, REPORT_EVERY_MS);
  }

  private report(count: number, paused: boolean): void {
    if (this.isTopFrame) this.services.reportCount(count, paused);
  }
}
