// Edit distance for typo tolerance at the word level (the candidate words come from a Dexie key range).

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2] + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

/** How many typos a word of this length may carry and still count. */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * Typos between a query word and a catalogue word, read either as the whole word ("thigns" → "things") or as the
 * beginning of it while the user is still typing ("strnag" → "stranger").
 */
export function typoDistance(queryWord: string, term: string): { distance: number; partial: boolean } {
  const whole = editDistance(queryWord, term);
  const start = term.length > queryWord.length ? editDistance(queryWord, term.slice(0, queryWord.length)) : whole;
  return start < whole ? { distance: start, partial: true } : { distance: whole, partial: false };
}
