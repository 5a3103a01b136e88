// What is under the pointer, without touching the page: ask the browser for the caret position at the point,
// look the text node up in the mark index, and confirm the point is really inside the mark's boxes
// (a caret position is "nearest", so a pointer in the margin would otherwise hit the line's end).
import { liveRange, type Mark, type MarkIndex } from './marks';

interface Caret {
  node: Node;
  offset: number;
}

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  const byPosition = (doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint }).caretPositionFromPoint;
  if (typeof byPosition === 'function') {
    const position = byPosition.call(doc, x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const byRange = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof byRange === 'function') {
    const range = byRange.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Slack around a mark's boxes, in CSS pixels: underlines sit just below the text box. */
const SLACK_PX = 2;

export function pointInMark(mark: Mark, x: number, y: number): boolean {
  const range = liveRange(mark);
  if (!range) return false;
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - SLACK_PX && x <= rect.right + SLACK_PX && y >= rect.top - SLACK_PX && y <= rect.bottom + SLACK_PX) return true;
  }
  return false;
}

export function markAtPoint(doc: Document, marks: MarkIndex, x: number, y: number, shadowRoots: ShadowRoot[] = []): Mark | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const mark = marks.at(caret.node, caret.offset);
  return mark && pointInMark(mark, x, y) ? mark : null;
}

/** The mark at the selection or caret (keyboard path): the one containing the focus, else the first one selected. */
export function markAtSelection(selection: Selection | null, marks: MarkIndex): Mark | null {
  if (!selection || selection.rangeCount === 0) return null;
  const focus = selection.focusNode;
  if (focus && focus.nodeType === Node.TEXT_NODE) {
    const mark = marks.at(focus, selection.focusOffset);
    if (mark) return mark;
  }
  const range = selection.getRangeAt(0);
  for (const mark of marks.marks()) {
    const markRange = liveRange(mark);
    if (!markRange) continue;
    try {
      // Overlap: the selection starts no later than the mark ends, and ends no earlier than it starts.
      const startSide = markRange.comparePoint(range.startContainer, range.startOffset);
      const endSide = markRange.comparePoint(range.endContainer, range.endOffset);
      if (startSide <= 0 && endSide >= 0) return mark;
    } catch {
      // different trees (a mark inside a shadow root): not this one
    }
  }
  return null;
}
