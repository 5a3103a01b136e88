import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CLOSE_GRACE_MS, HoverIntent, type HoverTarget } from '../../../content/hover';

const CARD = { card: true } as unknown as EventTarget;

/** Marks are 100 px wide boxes on one line: mark n covers x in [n*100, n*100+80), y in [0, 20). */
function fakeTarget() {
  let open: number | null = null;
  const opened: number[] = [];
  const prefetched: number[] = [];
  const markAt = (x: number, y: number) => (y >= 0 && y < 20 && x % 100 < 80 ? Math.floor(x / 100) : null);
  const target: HoverTarget<number> = {
    find: markAt,
    prefetch: (mark) => prefetched.push(mark),
    open: (mark) => {
      open = mark;
      opened.push(mark);
    },
    close: () => (open = null),
    openMark: () => open,
    isCard: (eventTarget) => eventTarget === CARD,
    pointOn: (mark, x, y) => markAt(x, y) === mark,
  };
  return { target, opened, prefetched, isOpen: () => open };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('opens once the pointer has rested on a mark for the delay, not before', () => {
    const { target, opened, prefetched } = fakeTarget();
    const hover = new HoverIntent(target, 300);
    hover.pointerMoved(10, 10, null);
    vi.advanceTimersByTime(150);
    expect(prefetched).toEqual([0]); // fetched ahead of the delay
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(opened).toEqual([0]);
  });

  test('a pointer sweeping across marks opens nothing', () => {
    const { target, opened } = fakeTarget();
    const hover = new HoverIntent(target, 300);
    for (let x = 0; x < 1_000; x += 8) {
      hover.pointerMoved(x, 10, null);
      vi.advanceTimersByTime(16);
    }
    expect(opened).toEqual([]);
  });

  test('tiny jitter still counts as resting', () => {
    const { target, opened } = fakeTarget();
    const hover = new HoverIntent(target, 300);
    hover.pointerMoved(110, 10, null);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(30);
      hover.pointerMoved(110 + (i % 2) * 2, 10, null);
    }
    vi.advanceTimersByTime(300);
    expect(opened).toEqual([1]);
  });

  test('leaving closes after the grace period; reaching the card within it keeps it open', () => {
    const { target, isOpen } = fakeTarget();
    const hover = new HoverIntent(target, 300);
    hover.pointerMoved(10, 10, null);
    vi.advanceTimersByTime(300);
    expect(isOpen()).toBe(0);
    hover.pointerMoved(10, 40, null); // off the mark, towards the card
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 100);
    hover.pointerMoved(10, 60, CARD);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 2);
    expect(isOpen()).toBe(0);
    hover.pointerMoved(500, 300, null); // away from both
    vi.advanceTimersByTime(CLOSE_GRACE_MS + 1);
    expect(isOpen()).toBeNull();
  });

  test('no card when the rest is interrupted (scroll, key, click)', () => {
    const { target, opened } = fakeTarget();
    const hover = new HoverIntent(target, 300);
    hover.pointerMoved(10, 10, null);
    vi.advanceTimersByTime(200);
    hover.interrupted();
    vi.advanceTimersByTime(500);
    expect(opened).toEqual([]);
  });

  test('scrolling under a still pointer restarts the rest there: the card opens once scrolling stops', () => {
    const { target, opened } = fakeTarget();
    const hover = new HoverIntent(target, 300);
    hover.pointerMoved(10, 10, null);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(40);
      hover.scrolled();
    }
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(opened).toEqual([0]);
  });
});
