// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Mark } from '../../../content/marks';
import { ViewportGate } from '../../../content/viewport-gate';

/** A stand-in IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  report(el: Element, isIntersecting: boolean) {
    this.callback([{ target: el, isIntersecting } as IntersectionObserverEntry]);
  }
}

function markIn(el: Element): Mark {
  const text = el.firstChild as Text;
  return { kind: 'person', ids: ['1'], score: 1, nodes: [text], range: new Range() };
}

afterEach(() => vi.unstubAllGlobals());

describe('ViewportGate', () => {
  test('marks enter the highlights only while their element is near the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    document.body.innerHTML = '<p id="a">Lee Jung-jae</p><p id="b">Park Hae-soo</p>';
    const painted = new Set<Mark>();
    const gate = new ViewportGate({ added: (m) => painted.add(m), removed: (m) => painted.delete(m) });
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const markA = markIn(a);
    const markB = markIn(b);
    gate.added(markA);
    gate.added(markB);
    expect(painted.size).toBe(0); // nothing until the observer has reported
    FakeObserver.last.report(a, true);
    FakeObserver.last.report(b, false);
    expect([...painted]).toEqual([markA]);
    FakeObserver.last.report(a, false); // scrolled away
    FakeObserver.last.report(b, true);
    expect([...painted]).toEqual([markB]);
    gate.removed(markB);
    expect(painted.size).toBe(0);
    expect(FakeObserver.last.observed.has(b)).toBe(false); // no mark left there: no longer observed
  });

  test('without IntersectionObserver every mark is painted at once', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    document.body.innerHTML = '<p id="a">Lee Jung-jae</p>';
    const painted: Mark[] = [];
    const gate = new ViewportGate({ added: (m) => painted.push(m), removed: () => undefined });
    const mark = markIn(document.getElementById('a')!);
    gate.added(mark);
    expect(painted).toEqual([mark]);
  });
});
