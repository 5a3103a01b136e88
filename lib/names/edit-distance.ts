// One edit distance for the whole project: the matcher's fuzzy check and the popup's typo tolerance.

let rows3 = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps) between `a` and `b`, or `max + 1` as soon
 * as it is sure to exceed `max`. Stopping after the first row whose cells all exceed `max` is safe: a later cell
 * comes from the row above, its left neighbour or (a swap) the row two above plus 1, and a cell of the row two
 * above ≤ max - 1 would have left a cell ≤ max in the row above (its diagonal).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Three reused rows (two above + current): callers run this for many names per page or keystroke.
  if (rows3.length < 3 * cols) rows3 = new Int32Array(Math.max(3 * cols, 2 * rows3.length));
  let prevPrev = 0;
  let prev = cols;
  let row = 2 * cols;
  for (let j = 0; j < cols; j++) rows3[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows3[row] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(rows3[prev + j] + 1, rows3[row + j - 1] + 1, rows3[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        best = Math.min(best, rows3[prevPrev + j - 2] + 1);
      }
      rows3[row + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const free = prevPrev;
    prevPrev = prev;
    prev = row;
    row = free;
  }
  return Math.min(rows3[prev + cols - 1], max + 1);
}
