// Marks for browsers without the CSS Custom Highlight API: boxes drawn from each mark's client rects in
// Castmark's own <castmark-card> host, never inside the page's nodes. The host sits in the top layer, positioned
// against the document (not the viewport), so boxes scroll with the page on the compositor; it ignores the
// pointer, so hit-testing (caretPositionFromPoint) and the page's own clicks and hovers go straight through.
//
// Only marks near the viewport reach this layer (content/viewport-gate.ts), and each redraw is bounded: at most
// MAX_MEASURED_MARKS ranges measured and MAX_OVERLAY_BOXES boxes drawn, once per frame at most (rAF), when the
// page scrolls, resizes, changes its DOM or loads a font.
import type { MarkStyle } from '../lib/settings';
import type { EntityKind } from '../lib/types';
import { constructedSheet, createHostElement, showHostElement, type HostElement } from './host-element';
import { MARK_COLOURS, UNDERLINE_PX } from './mark-colours';
import type { Mark, MarkListener } from './marks';

/** Boxes drawn at most (one per line box of a mark); past it, later marks stay unmarked until the page scrolls. */
export const MAX_OVERLAY_BOXES = 300;
/** Ranges measured per redraw at most (one getClientRects each). */
export const MAX_MEASURED_MARKS = 500;
/** Boxes are drawn this far beyond the viewport, so a compositor scroll shows them before the next redraw. */
const DRAW_MARGIN_PX = 400;
/** Ancestors looked at for overflow clipping (a scrolling carousel must not spill its marks over the page). */
const MAX_CLIP_DEPTH = 64;

/** Set on the overlay's host, telling it apart from the card's host (both are `<castmark-card>`). */
export const OVERLAY_ATTRIBUTE = 'data-castmark-overlay';

const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important; position: absolute !important; left: 0 !important; top: 0 !important;
  right: auto !important; bottom: auto !important; width: 0 !important; height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important;
  overflow: visible !important; pointer-events: none !important; user-select: none !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
  z-index: 2147483646 !important; contain: layout style !important;
}
.box { position: absolute; left: 0; top: 0; margin: 0; padding: 0; border: 0; pointer-events: none; box-sizing: border-box; }
`;

/** The boxes' look for one mark style (same colours as the `::highlight()` rules). */
export function overlayStyleCss(style: MarkStyle): string {
  if (style === 'off') return '.box { display: none; }';
  return (['person', 'title'] as const)
    .map((kind) => {
      const { line, lineStyle, fill } = MARK_COLOURS[kind];
      return style === 'background'
        ? `.box.${kind} { background-color: ${fill}; }`
        : `.box.${kind} { border-top: ${UNDERLINE_PX}px ${lineStyle} ${line}; }`;
    })
    .join('\n');
}

interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether an `overflow` value cuts what sticks out (an empty value: no style engine, as in tests). */
function clipsOverflow(value: string): boolean {
  return value !== '' && value !== 'visible';
}

const NO_CLIP: Edges = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

export class OverlayMarks implements MarkListener {
  private readonly marks = new Set<Mark>();
  private readonly hostSheet = constructedSheet(HOST_CSS);
  private readonly styleSheet = constructedSheet(overlayStyleCss('underline'));
  private style: MarkStyle = 'underline';
  private element: HostElement | null = null;
  private readonly boxes: HTMLElement[] = [];
  /** What each box shows now, so an unchanged box is not restyled. */
  private readonly drawn: string[] = [];
  private shownBoxes = 0;
  private attached = false;
  private frame = 0;
  private readonly range: Range;
  private readonly clipAncestors = new WeakMap<Element, Element[]>();
  private readonly schedule = () => this.scheduleRedraw();
  private resizeObserver: ResizeObserver | null = null;
  private mutationObserver: MutationObserver | null = null;

  constructor(private readonly doc: Document) {
    this.range = doc.createRange();
  }

  /** The `<castmark-card>` host holding the boxes, once something was drawn (tests, debugging). */
  get host(): HTMLElement | null {
    return this.element?.host ?? null;
  }

  /** How many boxes the last redraw drew. */
  get boxCount(): number {
    return this.shownBoxes;
  }

  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.styleSheet?.replaceSync(overlayStyleCss(style));
    this.drawn.fill(''); // underline and background boxes differ in shape
    this.scheduleRedraw();
  }

  /** Start drawing and following the page's scrolling and layout (idempotent). */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const view = this.doc.defaultView;
    view?.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    view?.addEventListener('resize', this.schedule, { passive: true });
    this.doc.fonts?.addEventListener('loadingdone', this.schedule);
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(this.schedule);
      this.resizeObserver.observe(this.doc.documentElement);
      if (this.doc.body) this.resizeObserver.observe(this.doc.body);
    }
    if (typeof MutationObserver === 'function') {
      // Text moves when the page changes anything above or around it; one redraw per frame however many changes.
      this.mutationObserver = new MutationObserver(this.schedule);
      this.mutationObserver.observe(this.doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    this.scheduleRedraw();
  }

  /** Stop, and take the host out of the page. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.schedule, { capture: true });
    view?.removeEventListener('resize', this.schedule);
    this.doc.fonts?.removeEventListener('loadingdone', this.schedule);
    this.resizeObserver?.disconnect();
    this.mutationObserver?.disconnect();
    this.resizeObserver = this.mutationObserver = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.marks.clear();
    this.hideFrom(0);
    this.shownBoxes = 0;
    this.element?.host.remove();
  }

  added(mark: Mark): void {
    this.marks.add(mark);
    this.scheduleRedraw();
  }

  removed(mark: Mark): void {
    if (this.marks.delete(mark)) this.scheduleRedraw();
  }

  /** Draw now instead of at the next frame (tests; a background tab gets no frames). */
  redraw(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.attached) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const [scrollX, scrollY] = [view.scrollX, view.scrollY];
    const [minY, maxY] = [-DRAW_MARGIN_PX, view.innerHeight + DRAW_MARGIN_PX];
    const clips = new Map<Element, Edges>();
    let used = 0;
    let measured = 0;
    if (this.style !== 'off') {
      for (const mark of this.marks) {
        if (used >= MAX_OVERLAY_BOXES || measured >= MAX_MEASURED_MARKS) break;
        if (!this.select(mark)) continue;
        measured++;
        const clip = this.clipOf(mark.nodes[0].parentElement, clips);
        for (const rect of this.range.getClientRects()) {
          const box = this.boxFor(rect, clip);
          if (!box || box.bottom < minY || box.top > maxY || box.right < 0 || box.left > view.innerWidth) continue;
          this.place(used++, mark.kind, box.left + scrollX, box.top + scrollY, box.right - box.left, box.bottom - box.top);
          if (used >= MAX_OVERLAY_BOXES) break;
        }
      }
    }
    this.range.collapse(true);
    this.hideFrom(used);
    this.shownBoxes = used;
    if (used > 0 && this.element) showHostElement(this.doc, this.element.host);
  }

  private scheduleRedraw(): void {
    if (!this.attached || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  /** Point the shared range at the mark (one Range for every measurement: nothing allocated per mark). */
  private select(mark: Mark): boolean {
    const { startContainer, startOffset, endContainer, endOffset } = mark.range;
    if (!startContainer.isConnected || !endContainer.isConnected) return false;
    try {
      this.range.setStart(startContainer, startOffset);
      this.range.setEnd(endContainer, endOffset);
      return !this.range.collapsed;
    } catch {
      return false; // the text got shorter since: a rescan is on its way
    }
  }

  /** The box for one line of a mark in viewport coordinates, cut to what its scrolling ancestors show. */
  private boxFor(rect: DOMRect, clip: Edges): Edges | null {
    if (rect.width === 0 || rect.height === 0) return null;
    const left = Math.max(rect.left, clip.left);
    const right = Math.min(rect.right, clip.right);
    if (right <= left) return null;
    if (this.style === 'background') {
      const top = Math.max(rect.top, clip.top);
      const bottom = Math.min(rect.bottom, clip.bottom);
      return bottom > top ? { left, top, right, bottom } : null;
    }
    // An underline sits at the bottom of the text box; a line scrolled half out of its container shows none.
    if (rect.bottom > clip.bottom + 1 || rect.bottom < clip.top) return null;
    const top = rect.bottom - UNDERLINE_PX / 2;
    return { left, top, right, bottom: top + UNDERLINE_PX };
  }

  /** The visible part of the element's overflow-clipping ancestors (viewport coordinates), measured once a frame. */
  private clipOf(element: Element | null, clips: Map<Element, Edges>): Edges {
    if (!element) return NO_CLIP;
    let edges = NO_CLIP;
    for (const ancestor of this.clippingAncestors(element)) {
      let rect = clips.get(ancestor);
      if (!rect) {
        const box = ancestor.getBoundingClientRect();
        rect = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
        clips.set(ancestor, rect);
      }
      edges = {
        left: Math.max(edges.left, rect.left),
        top: Math.max(edges.top, rect.top),
        right: Math.min(edges.right, rect.right),
        bottom: Math.min(edges.bottom, rect.bottom),
      };
    }
    return edges;
  }

  private clippingAncestors(element: Element): Element[] {
    let found = this.clipAncestors.get(element);
    if (found) return found;
    found = [];
    const view = this.doc.defaultView!;
    const { documentElement, body } = this.doc;
    let node: Element | null = element;
    for (let depth = 0; node && depth < MAX_CLIP_DEPTH; depth++) {
      if (node !== documentElement && node !== body) {
        const style = view.getComputedStyle(node);
        if (clipsOverflow(style.overflowX) || clipsOverflow(style.overflowY)) found.push(node);
      }
      // Up through shadow roots too: a mark in a web component is clipped by the page around it.
      node = node.parentElement ?? ((node.parentNode as { host?: Element } | null)?.host ?? null);
    }
    this.clipAncestors.set(element, found);
    return found;
  }

  private place(index: number, kind: EntityKind, x: number, y: number, width: number, height: number): void {
    const state = `${kind} ${Math.round(x)} ${Math.round(y)} ${Math.round(width)} ${Math.round(height)}`;
    const box = this.boxes[index] ?? this.newBox();
    if (this.drawn[index] === state) return;
    this.drawn[index] = state;
    box.className = `box ${kind}`;
    box.style.cssText = `transform: translate(${Math.round(x)}px, ${Math.round(y)}px); width: ${Math.round(width)}px; height: ${Math.round(height)}px;`;
  }

  private newBox(): HTMLElement {
    if (!this.element) {
      this.element = createHostElement(this.doc, this.hostSheet);
      this.element.host.setAttribute(OVERLAY_ATTRIBUTE, '');
      this.element.shadow.adoptedStyleSheets = [this.hostSheet, this.styleSheet].filter((sheet): sheet is CSSStyleSheet => sheet !== null);
    }
    const box = this.doc.createElement('div');
    this.element.shadow.append(box);
    this.boxes.push(box);
    this.drawn.push('');
    return box;
  }

  private hideFrom(index: number): void {
    for (let i = index; i < this.shownBoxes; i++) {
      this.boxes[i].style.cssText = 'display: none;';
      this.drawn[i] = '';
    }
  }
}
