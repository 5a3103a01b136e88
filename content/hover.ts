// Hover intent: a card opens only once the pointer has rested on a mark for the hover delay; a pointer that
// sweeps across names opens nothing. Cheap by design: a pointer move only records coordinates and restarts a
// timer; hit-testing happens once per rest, not per move.

/** Moving less than this (CSS px) still counts as resting. */
export const REST_TOLERANCE_PX = 4;
/** Time to move from the mark into the card (or back) before the card closes. */
export const CLOSE_GRACE_MS = 350;
/** After resting this long, the mark under the pointer is looked up and its card fetched ahead of the delay. */
const PROBE_MS = 50;

export interface HoverTarget<M> {
  /** The mark under the point, or null. */
  find(x: number, y: number): M | null;
  /** Start fetching what the card will need (called before the delay has elapsed). */
  prefetch(mark: M): void;
  /** Show the card for `mark` (the delay has elapsed). */
  open(mark: M, point: { x: number; y: number }): void;
  close(): void;
  /** The mark whose card is open, if any. */
  openMark(): M | null;
  /** Whether the event target is the card itself. */
  isCard(target: EventTarget | null): boolean;
  /** Whether the point lies on the given mark. */
  pointOn(mark: M, x: number, y: number): boolean;
}

export class HoverIntent<M> {
  private restX = Number.NaN;
  private restY = Number.NaN;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private candidate: M | null = null;

  constructor(
    private readonly target: HoverTarget<M>,
    public delayMs: number,
  ) {}

  pointerMoved(x: number, y: number, eventTarget: EventTarget | null): void {
    this.keepOrCloseOpenCard(x, y, eventTarget);
    if (this.target.isCard(eventTarget)) {
      this.cancelRest();
      return;
    }
    if (Math.abs(x - this.restX) <= REST_TOLERANCE_PX && Math.abs(y - this.restY) <= REST_TOLERANCE_PX) return;
    this.restX = x;
    this.restY = y;
    this.cancelRest();
    this.probeTimer = setTimeout(() => this.probe(x, y), Math.min(PROBE_MS, this.delayMs));
  }

  /**
   * The page scrolled under a still pointer: what is under it changed, so the rest starts again there (every
   * scroll event restarts it, so a card can open only once scrolling has stopped).
   */
  scrolled(): void {
    if (Number.isNaN(this.restX)) return;
    const x = this.restX;
    const y = this.restY;
    this.cancelRest();
    this.probeTimer = setTimeout(() => this.probe(x, y), Math.min(PROBE_MS, this.delayMs));
  }

  /** The pointer left the window, or a key or button was pressed: the rest is over. */
  interrupted(): void {
    this.cancelRest();
    this.restX = this.restY = Number.NaN;
  }

  dispose(): void {
    this.interrupted();
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private probe(x: number, y: number): void {
    this.probeTimer = null;
    const mark = this.target.find(x, y);
    this.candidate = mark;
    if (mark === null || mark === this.target.openMark()) return;
    this.target.prefetch(mark);
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      // Confirm it is still under the pointer (the page may have scrolled or changed meanwhile).
      if (this.candidate === mark && this.target.pointOn(mark, x, y)) this.target.open(mark, { x, y });
    }, Math.max(0, this.delayMs - Math.min(PROBE_MS, this.delayMs)));
  }

  private keepOrCloseOpenCard(x: number, y: number, eventTarget: EventTarget | null): void {
    const open = this.target.openMark();
    if (open === null) return;
    const inside = this.target.isCard(eventTarget) || this.target.pointOn(open, x, y);
    if (inside) {
      if (this.closeTimer) clearTimeout(this.closeTimer);
      this.closeTimer = null;
    } else {
      this.closeTimer ??= setTimeout(() => {
        this.closeTimer = null;
        this.target.close();
      }, CLOSE_GRACE_MS);
    }
  }

  private cancelRest(): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    if (this.openTimer) clearTimeout(this.openTimer);
    this.probeTimer = this.openTimer = null;
    this.candidate = null;
  }
}
