// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { MarkIndex, type Mark } from '../../../content/marks';
import { LIMITS, pieceStarts, Scanner } from '../../../content/scanner';
import type { Mention } from '../../../lib/types';

/** A test double for the background matcher: finds the given names literally. */
function literalMatcher(names: Record<string, { kind: 'person' | 'title'; id: string }>) {
  const calls: string[][] = [];
  const match = async (texts: string[]): Promise<Mention[][]> => {
    calls.push(texts);
    return texts.map((text) => {
      const found: Mention[] = [];
      for (const [name, { kind, id }] of Object.entries(names)) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          found.push({ start: at, end: at + name.length, kind, ids: [id], score: 1 });
        }
      }
      return found;
    });
  };
  return { match, calls };
}

function setup(names: Parameters<typeof literalMatcher>[0]) {
  const added: Mark[] = [];
  const removed: Mark[] = [];
  const marks = new MarkIndex({ added: (m) => added.push(m), removed: (m) => removed.push(m) });
  const matcher = literalMatcher(names);
  const scanner = new Scanner(document, matcher.match, marks, {}, () => true, () => undefined);
  return { marks, scanner, matcher, added, removed };
}

function rangeText(mark: Mark): string {
  const range = document.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return range.toString();
}

describe('Scanner', () => {
  test('marks a name split across inline elements with one range over both nodes', async () => {
    document.body.innerHTML = '<p>Starring Park <b>Ji-hu</b> and Yoon Chan-young.</p>';
    const { marks, scanner } = setup({ 'Park Ji-hu': { kind: 'person', id: '1' }, 'Yoon Chan-young': { kind: 'person', id: '2' } });
    scanner.request(document);
    await scanner.settled();
    const all = [...marks.marks()];
    expect(all.map(rangeText)).toEqual(['Park Ji-hu', 'Yoon Chan-young']);
    const bold = document.querySelector('b')!.firstChild!;
    expect(marks.at(bold, 2)?.ids).toEqual(['1']);
    const first = document.querySelector('p')!.firstChild!;
    expect(marks.at(first, 9)?.ids).toEqual(['1']); // the "P" of Park
    expect(marks.at(first, 3)).toBeUndefined();
  });

  test('re-rendered identical text is answered from the cache, without a new request', async () => {
    document.body.innerHTML = '<p>Lee Jung-jae in Squid Game</p>';
    const { marks, scanner, matcher } = setup({ 'Squid Game': { kind: 'title', id: 'ts1' } });
    scanner.request(document);
    await scanner.settled();
    expect(matcher.calls).toHaveLength(1);
    document.body.innerHTML = '<p>Lee Jung-jae in Squid Game</p>';
    marks.pruneDetached();
    expect(marks.size).toBe(0);
    scanner.request(document.body);
    await scanner.settled();
    expect(matcher.calls).toHaveLength(1);
    expect([...marks.marks()].map(rangeText)).toEqual(['Squid Game']);
  });

  test('rescanning a block replaces its marks instead of adding duplicates', async () => {
    document.body.innerHTML = '<p id="p">Squid Game</p>';
    const { marks, scanner } = setup({ 'Squid Game': { kind: 'title', id: 'ts1' } });
    scanner.request(document);
    await scanner.settled();
    scanner.request(document.getElementById('p')!);
    await scanner.settled();
    expect(marks.size).toBe(1);
  });

  test('answers for text that changed meanwhile are dropped', async () => {
    document.body.innerHTML = '<p>Squid Game</p>';
    const { marks, scanner } = setup({ 'Squid Game': { kind: 'title', id: 'ts1' } });
    scanner.request(document);
    document.querySelector('p')!.firstChild!.textContent = 'Something else';
    await scanner.settled();
    expect(marks.size).toBe(0);
  });

  test('a long block is sent in pieces and mentions keep their offsets', async () => {
    const filler = 'word '.repeat(LIMITS.pieceChars / 5);
    document.body.innerHTML = `<p>${filler}Squid Game ${filler}Squid Game</p>`;
    const { marks, scanner, matcher } = setup({ 'Squid Game': { kind: 'title', id: 'ts1' } });
    scanner.request(document);
    await scanner.settled();
    expect(matcher.calls.flat().length).toBeGreaterThan(1);
    expect(matcher.calls.flat().every((text) => text.length <= LIMITS.pieceChars)).toBe(true);
    expect([...marks.marks()].map(rangeText)).toEqual(['Squid Game', 'Squid Game']);
  });

  test('cancel() drops answers still on their way', async () => {
    document.body.innerHTML = '<p>Squid Game</p>';
    const { marks, scanner } = setup({ 'Squid Game': { kind: 'title', id: 'ts1' } });
    scanner.request(document);
    scanner.cancel();
    await scanner.settled();
    expect(marks.size).toBe(0);
  });
});

test('shadow roots found during a scan are scanned in turn, however deep (no nested runs)', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  let host = document.getElementById('root')!;
  for (let depth = 0; depth < 60; depth++) {
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = depth === 59 ? 'Deepest: Squid Game' : `Level ${depth}`;
    const next = document.createElement('div');
    shadow.append(p, next);
    host = next;
  }
  const marks = new MarkIndex({ added: () => undefined, removed: () => undefined });
  const matcher = literalMatcher({ 'Squid Game': { kind: 'title', id: 'ts1' } });
  const found: ShadowRoot[] = [];
  let nesting = 0;
  let deepestNesting = 0;
  const onShadowRoot = (root: ShadowRoot) => {
    found.push(root);
    nesting++;
    deepestNesting = Math.max(deepestNesting, nesting);
    scanner.request(root); // what the page controller does
    nesting--;
  };
  const scanner: Scanner = new Scanner(document, matcher.match, marks, { onShadowRoot }, () => true, () => undefined);
  scanner.request(document);
  await scanner.settled();
  expect(found).toHaveLength(60);
  expect(deepestNesting).toBe(1); // a request made during a walk waits for it instead of walking inside it
  expect([...marks.marks()].map(rangeText)).toEqual(['Squid Game']);
});

describe('pieceStarts', () => {
  test('cuts at white space, and hard where there is none', () => {
    expect(pieceStarts('short', 10)).toEqual([0]);
    const starts = pieceStarts('aaaa bbbb cccc dddd', 10);
    expect(starts[1]).toBe(9); // at the space before "cccc"
    expect(pieceStarts('x'.repeat(25), 10)).toEqual([0, 10, 20]);
  });
});
