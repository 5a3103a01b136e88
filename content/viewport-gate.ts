// Only marks near the viewport are put into the highlights. Chromium re-validates every range of every
// highlight whenever one changes, and repaints, so 10,000 marks on a long page would cost the page long frames;
// a few hundred near the screen cost nothing. All marks stay in the index (hit-testing and the keyboard path
// use that); an IntersectionObserver moves them in and out of the highlights as the page scrolls.
import type { Mark, MarkListener } from './marks';

/** How far beyond the viewport marks are painted, as a share of the viewport height (above and below). */
export const PAINT_MARGIN = '200%';

export class ViewportGate implements MarkListener {
  private readonly observer: IntersectionObserver | null;
  private readonly byElement = new Map<Element, Set<Mark>>();
  private readonly near = new Set<Element>();

  constructor(private readonly layer: MarkListener) {
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.moved(entries), { rootMargin: `${PAINT_MARGIN} 0px` })
        : null;
  }

  added(mark: Mark): void {
    const element = mark.nodes[0].parentElement;
    if (!this.observer || !element) {
      this.layer.added(mark);
      return;
    }
    let marks = this.byElement.get(element);
    if (!marks) {
      marks = new Set();
      this.byElement.set(element, marks);
      this.observer.observe(element); // the first report comes with the next frame
    }
    marks.add(mark);
    if (this.near.has(element)) this.layer.added(mark);
  }

  removed(mark: Mark): void {
    this.layer.removed(mark);
    const element = mark.nodes[0].parentElement;
    const marks = element ? this.byElement.get(element) : undefined;
    if (!element || !marks) return;
    marks.delete(mark);
    if (marks.size === 0) {
      this.byElement.delete(element);
      this.near.delete(element);
      this.observer?.unobserve(element);
    }
  }

  private moved(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const marks = this.byElement.get(entry.target);
      if (!marks) continue;
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        for (const mark of marks) this.layer.added(mark);
      } else {
        this.near.delete(entry.target);
        for (const mark of marks) this.layer.removed(mark);
      }
    }
  }
}
