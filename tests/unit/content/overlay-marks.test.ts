// @vitest-environment happy-dom
// The overlay's drawing rules with stubbed geometry (happy-dom has no layout); the real thing in Chromium is
// tests/e2e/page-overlay.test.ts.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HighlightLayer, highlightApiAvailable, markStyleCss } from '../../../content/highlights';
import { MARK_COLOURS } from '../../../content/mark-colours';
import type { Mark } from '../../../content/marks';
import { MAX_OVERLAY_BOXES, OVERLAY_ATTRIBUTE, OverlayMarks, overlayStyleCss } from '../../../content/overlay-marks';

type Rect = { left: number; top: number; width: number; height: number };
const rectsByNode = new Map<Node, Rect[]>();

function domRect({ left, top, width, height }: Rect): DOMRect {
  return { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) } as DOMRect;
}

beforeEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('castmark-card').forEach((host) => host.remove()); // hosts live on <html>, not <body>
  rectsByNode.clear();
  // Each mark's range reports the rects given for its start node.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return (rectsByNode.get(this.startContainer) ?? []).map(domRect) as unknown as DOMRectList;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function markOn(text: string, kind: Mark['kind'], rects: Rect[], parent: Element = document.body): Mark {
  const p = document.createElement('p');
  p.textContent = text;
  parent.append(p);
  const node = p.firstChild as Text;
  rectsByNode.set(node, rects);
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, text.length);
  return { kind, ids: ['1'], score: 1, range, nodes: [node] };
}

function overlayHost(): HTMLElement | null {
  return document.querySelector(`castmark-card[${OVERLAY_ATTRIBUTE}]`);
}

function drawnBoxes(): Array<{ className: string; style: string }> {
  return [...(overlayHost()?.shadowRoot?.querySelectorAll<HTMLElement>('.box') ?? [])]
    .filter((box) => box.style.display !== 'none')
    .map((box) => ({ className: box.className, style: box.style.cssText }));
}

describe('OverlayMarks', () => {
  test('an underline box along the bottom of each line of a mark, in its own <castmark-card> host', () => {
    const overlay = new OverlayMarks(document);
    overlay.attach();
    overlay.added(markOn('Lee Jung-jae', 'person', [{ left: 10, top: 20, width: 50, height: 20 }]));
    overlay.added(markOn('Squid Game', 'title', [{ left: 300, top: 60, width: 40, height: 20 }, { left: 0, top: 80, width: 30, height: 20 }]));
    overlay.redraw();
    expect(drawnBoxes()).toEqual([
      { className: 'box person', style: expect.stringMatching(/translate\(10px, 39px\).*width: 50px.*height: 2px/) },
      { className: 'box title', style: expect.stringMatching(/translate\(300px, 79px\).*width: 40px/) },
      { className: 'box title', style: expect.stringMatching(/translate\(0px, 99px\).*width: 30px/) },
    ]);
    expect(overlayHost()!.parentElement).toBe(document.documentElement);
    expect([...document.documentElement.children].filter((el) => el.tagName === 'CASTMARK-CARD')).toHaveLength(1);
    overlay.detach();
    expect(overlayHost()).toBeNull();
  });

  test('nothing to draw adds no node to the page', () => {
    const overlay = new OverlayMarks(document);
    overlay.attach();
    overlay.added(markOn('Hidden name', 'person', []));
    overlay.redraw();
    expect(overlayHost()).toBeNull();
  });

  test('the background style fills the whole line box; off draws nothing', () => {
    const overlay = new OverlayMarks(document);
    overlay.attach();
    overlay.added(markOn('Lee Jung-jae', 'person', [{ left: 10, top: 20, width: 50, height: 20 }]));
    overlay.setStyle('background');
    overlay.redraw();
    expect(drawnBoxes()).toEqual([{ className: 'box person', style: expect.stringMatching(/translate\(10px, 20px\).*width: 50px.*height: 20px/) }]);
    overlay.setStyle('off');
    overlay.redraw();
    expect(drawnBoxes()).toEqual([]);
  });

  test('a mark scrolled out of a clipping ancestor draws nothing; one half in is cut to the visible part', () => {
    const rail = document.createElement('div');
    rail.style.overflowX = 'hidden';
    rail.style.overflowY = 'hidden';
    document.body.append(rail);
    vi.spyOn(rail, 'getBoundingClientRect').mockReturnValue(domRect({ left: 0, top: 0, width: 100, height: 200 }));
    const overlay = new OverlayMarks(document);
    overlay.attach();
    overlay.added(markOn('Outside', 'person', [{ left: 150, top: 20, width: 50, height: 20 }], rail));
    overlay.added(markOn('Half in', 'title', [{ left: 80, top: 60, width: 50, height: 20 }], rail));
    overlay.redraw();
    expect(drawnBoxes()).toEqual([{ className: 'box title', style: expect.stringMatching(/translate\(80px, 79px\).*width: 20px/) }]);
  });

  test(`never more than ${MAX_OVERLAY_BOXES} boxes, and marks far off screen are not drawn`, () => {
    const overlay = new OverlayMarks(document);
    overlay.attach();
    overlay.added(markOn('Far below', 'person', [{ left: 0, top: 20_000, width: 50, height: 20 }]));
    overlay.redraw();
    expect(drawnBoxes()).toEqual([]);
    for (let i = 0; i < MAX_OVERLAY_BOXES + 100; i++) overlay.added(markOn(`Name ${i}`, 'person', [{ left: i % 20, top: 20, width: 5, height: 10 }]));
    overlay.redraw();
    expect(drawnBoxes()).toHaveLength(MAX_OVERLAY_BOXES);
    expect(overlay.boxCount).toBe(MAX_OVERLAY_BOXES);
  });

  test('removed marks lose their boxes', () => {
    const overlay = new OverlayMarks(document);
    overlay.attach();
    const mark = markOn('Lee Jung-jae', 'person', [{ left: 10, top: 20, width: 50, height: 20 }]);
    overlay.added(mark);
    overlay.redraw();
    expect(drawnBoxes()).toHaveLength(1);
    overlay.removed(mark);
    overlay.redraw();
    expect(drawnBoxes()).toEqual([]);
  });
});

describe('HighlightLayer without the Highlight API', () => {
  test('delegates to the overlay, and detach takes its host out of the page', () => {
    expect(highlightApiAvailable()).toBe(false); // happy-dom, like a browser without the API
    const layer = new HighlightLayer(document);
    expect(layer.overlay).not.toBeNull();
    layer.prepare();
    layer.attach();
    layer.added(markOn('Lee Jung-jae', 'person', [{ left: 10, top: 20, width: 50, height: 20 }]));
    layer.overlay!.redraw();
    expect(drawnBoxes()).toHaveLength(1);
    layer.detach();
    expect(overlayHost()).toBeNull();
  });

  test('boxes and ::highlight() rules use the same colours', () => {
    for (const kind of ['person', 'title'] as const) {
      const { line, lineStyle, fill } = MARK_COLOURS[kind];
      expect(overlayStyleCss('underline')).toContain(`.box.${kind} { border-top: 2px ${lineStyle} ${line}; }`);
      expect(markStyleCss('underline')).toContain(`underline ${lineStyle} ${line} 2px`);
      expect(overlayStyleCss('background')).toContain(`.box.${kind} { background-color: ${fill}; }`);
      expect(markStyleCss('background')).toContain(`background-color: ${fill}`);
    }
  });
});
