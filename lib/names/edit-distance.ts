// One edit distance for the whole project: the matcher's fuzzy check and the popup's typo tolerance.

let rows3 = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps) between `a` and `b`, or `max + 1` as soon
 * as it is sure to exceed `max`.
 *
 * With a bound, only the diagonal band |i - j| ≤ max is computed (Ukkonen): a cell outside it is at least |i - j|,
 * so it is read as `max + 1`. That can only make paths through it look cheaper than they are while staying above
 * `max`, so every answer ≤ max is exact. Stopping after the first row whose cells all exceed `max` is safe too: a
 * later cell comes from the row above, its left neighbour or (a swap) the row two above plus 1, and a cell of the
 * row two above ≤ max - 1 would have left a cell ≤ max in the row above (its diagonal).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Without a useful bound the band is the whole table.
  const longest = a.length > b.length ? a.length : b.length;
  const band = max < longest ? max : longest;
  const outside = band + 1;
  // Three reused rows (two above + current): callers run this for many names per page or keystroke.
  if (rows3.length < 3 * cols + 3) rows3 = new Int32Array(Math.max(3 * cols + 3, 2 * rows3.length));
  const rows = rows3;
  let prevPrev = 0;
  let prev = cols + 1;
  let row = 2 * (cols + 1);
  for (let j = 0; j < cols; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = i - band > 1 ? i - band : 1;
    const to = i + band < cols - 1 ? i + band : cols - 1;
    rows[row] = i;
    if (from > 1) rows[row + from - 1] = outside;
    let rowMin = from === 1 ? i : outside;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = rows[prev + j - 1] + (ai === bj ? 0 : 1);
      const up = rows[prev + j] + 1;
      if (up < best) best = up;
      const left = rows[row + j - 1] + 1;
      if (left < best) best = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const swap = rows[prevPrev + j - 2] + 1;
        if (swap < best) best = swap;
      }
      rows[row + j] = best;
      if (best < rowMin) rowMin = best;
    }
    // The next row reads one cell right of this band: it lies outside the band.
    if (to + 1 < cols) rows[row + to + 1] = outside;
    if (rowMin > max) return max + 1;
    const free = prevPrev;
    prevPrev = prev;
    prev = row;
    row = free;
  }
  const result = rows[prev + cols - 1];
  return result > max ? max + 1 : result;
}
