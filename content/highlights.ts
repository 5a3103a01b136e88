// Paints marks with the CSS Custom Highlight API: no node is added, wrapped or split. The `::highlight()`
// rules reach the page through a constructed stylesheet in `adoptedStyleSheets` (a document or shadow root
// property, not a DOM node), removed again when Castmark is switched off.
import type { MarkStyle } from '../lib/settings';
import type { EntityKind } from '../lib/types';
import type { Mark, MarkListener } from './marks';

export const HIGHLIGHT_NAMES: Record<EntityKind, string> = {
  person: 'castmark-person',
  title: 'castmark-title',
};

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function markStyleCss(style: MarkStyle): string {
  if (style === 'off') return '';
  // Colours readable on light and dark pages alike; currentColor-free so page colours stay untouched.
  if (style === 'background') {
    return `::highlight(castmark-person) { background-color: rgba(255, 196, 0, 0.28); }
::highlight(castmark-title) { background-color: rgba(80, 160, 255, 0.28); }`;
  }
  return `::highlight(castmark-person) { text-decoration: underline dotted rgba(214, 120, 0, 0.95) 2px; text-underline-offset: 3px; }
::highlight(castmark-title) { text-decoration: underline solid rgba(40, 130, 240, 0.85) 2px; text-underline-offset: 3px; }`;
}

type StyleScope = Document | ShadowRoot;

export class HighlightLayer implements MarkListener {
  private readonly available = highlightApiAvailable();
  private readonly highlights = new Map<EntityKind, Highlight>();
  private readonly sheet: CSSStyleSheet | null;
  private readonly scopes = new Set<StyleScope>();
  private attached = false;

  constructor(private readonly doc: Document) {
    this.sheet = this.available ? new CSSStyleSheet() : null;
    if (this.available) {
      this.highlights.set('person', new Highlight());
      this.highlights.set('title', new Highlight());
    }
  }

  setStyle(style: MarkStyle): void {
    this.sheet?.replaceSync(markStyleCss(style));
  }

  /**
   * Adopt the stylesheet into the document early (adopting invalidates the page's styles, so better before its
   * first frame than after the scan), then `attach()` registers the highlights once the first pass is done.
   */
  prepare(): void {
    this.adopt(this.doc);
  }

  /** Register the highlights and the stylesheet (idempotent). */
  attach(): void {
    if (!this.available || this.attached) return;
    this.attached = true;
    for (const [kind, highlight] of this.highlights) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    this.adopt(this.doc);
  }

  /** `::highlight` rules in the document do not reach into shadow trees: each open shadow root needs the sheet. */
  adopt(scope: StyleScope): void {
    if (!this.sheet || this.scopes.has(scope)) return;
    try {
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
      this.scopes.add(scope);
    } catch {
      // A frozen or foreign adoptedStyleSheets: marks there stay unstyled, nothing breaks.
    }
  }

  /** Remove every trace: highlights unregistered and emptied, stylesheet taken back. */
  detach(): void {
    if (!this.available) return;
    for (const [kind, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === highlight) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
    for (const scope of this.scopes) {
      try {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch {
        // see adopt()
      }
    }
    this.scopes.clear();
    this.attached = false;
  }

  added(mark: Mark): void {
    this.highlights.get(mark.kind)?.add(mark.range);
  }

  removed(mark: Mark): void {
    this.highlights.get(mark.kind)?.delete(mark.range);
  }
}
