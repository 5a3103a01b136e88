// Paints marks with the CSS Custom Highlight API: no node is added, wrapped or split. The `::highlight()`
// rules reach the page through a constructed stylesheet in `adoptedStyleSheets` (a document or shadow root
// property, not a DOM node), removed again when Castmark is switched off. Where the browser lacks the API, the
// marks are drawn as boxes in Castmark's own host element instead (content/overlay-marks.ts).
import type { MarkStyle } from '../lib/settings';
import type { EntityKind } from '../lib/types';
import { MARK_COLOURS, UNDERLINE_OFFSET_PX, UNDERLINE_PX } from './mark-colours';
import type { Mark, MarkListener } from './marks';
import { OverlayMarks } from './overlay-marks';

export const HIGHLIGHT_NAMES: Record<EntityKind, string> = {
  person: 'castmark-person',
  title: 'castmark-title',
};

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function markStyleCss(style: MarkStyle): string {
  if (style === 'off') return '';
  const rule = (kind: EntityKind) => {
    const { line, lineStyle, fill } = MARK_COLOURS[kind];
    return style === 'background'
      ? `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: ${fill}; }`
      : `::highlight(${HIGHLIGHT_NAMES[kind]}) { text-decoration: underline ${lineStyle} ${line} ${UNDERLINE_PX}px; text-underline-offset: ${UNDERLINE_OFFSET_PX}px; }`;
  };
  return `${rule('person')}\n${rule('title')}`;
}

type StyleScope = Document | ShadowRoot;

export class HighlightLayer implements MarkListener {
  private readonly available = highlightApiAvailable();
  private readonly highlights = new Map<EntityKind, Highlight>();
  private readonly sheet: CSSStyleSheet | null;
  private readonly scopes = new Set<StyleScope>();
  private attached = false;
  /** The boxes drawn instead, where the browser has no Highlight API. */
  readonly overlay: OverlayMarks | null;

  constructor(private readonly doc: Document) {
    this.sheet = this.available ? new CSSStyleSheet() : null;
    this.overlay = this.available ? null : new OverlayMarks(doc);
    if (this.available) {
      this.highlights.set('person', new Highlight());
      this.highlights.set('title', new Highlight());
    }
  }

  setStyle(style: MarkStyle): void {
    this.sheet?.replaceSync(markStyleCss(style));
    this.overlay?.setStyle(style);
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
    this.overlay?.attach();
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
    this.overlay?.detach();
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
    if (this.overlay) this.overlay.added(mark);
    else this.highlights.get(mark.kind)?.add(mark.range);
  }

  removed(mark: Mark): void {
    if (this.overlay) this.overlay.removed(mark);
    else this.highlights.get(mark.kind)?.delete(mark.range);
  }
}
