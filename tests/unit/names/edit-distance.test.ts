import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../lib/names/edit-distance';

/** Plain full-table OSA distance, the reference the bounded version must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('thigns', 'things')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('answers max + 1 past the bound and the exact distance within it, like the unbounded reference', () => {
    const words = ['park', 'pakr', 'bark', 'parks', 'jihu', 'jihoo', 'ihuj', 'abcd', 'badc', 'dcba', 'a', ''];
    for (const a of words) {
      for (const b of words) {
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        for (const max of [0, 1, 2]) expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }
    }
  });

  it('agrees with the reference on random strings, with and without a bound (the band never changes an answer)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const word = () => Array.from({ length: random(9) }, () => 'abc'[random(3)]).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = random(2) ? word() : a.slice(0, random(a.length + 1)) + 'c' + a.slice(random(a.length + 1));
      const exact = reference(a, b);
      expect(editDistance(a, b)).toBe(exact);
      const max = random(5);
      expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
    }
  });
});
