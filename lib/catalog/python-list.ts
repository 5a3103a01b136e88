/**
 * Parses the Python list literals the datasets use for genres and countries: `[]`, `['drama', 'crime']`,
 * also double-quoted items and backslash escapes (`['it\'s']`). Anything else is rejected: the error message
 * says what was expected, and the caller adds file and line.
 */
export function parsePythonList(text: string): string[] {
  const items: string[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`not a Python list of strings (${what} at character ${i + 1}): ${JSON.stringify(text)}`);
  };
  const skipSpaces = () => {
    while (text[i] === ' ') i++;
  };
  skipSpaces();
  if (text[i] !== '[') fail('expected "["');
  i++;
  skipSpaces();
  if (text[i] === ']') {
    i++;
  } else {
    for (;;) {
      const quote = text[i];
      if (quote !== "'" && quote !== '"') fail('expected a quoted string');
      i++;
      let item = '';
      for (;;) {
        const ch = text[i];
        if (ch === undefined) fail('unterminated string');
        if (ch === quote) break;
        if (ch === '\\') {
          const next = text[i + 1];
          if (next === undefined) fail('unterminated escape');
          item += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
          continue;
        }
        item += ch;
        i++;
      }
      i++;
      items.push(item);
      skipSpaces();
      if (text[i] === ',') {
        i++;
        skipSpaces();
        continue;
      }
      if (text[i] === ']') {
        i++;
        break;
      }
      fail('expected "," or "]"');
    }
  }
  skipSpaces();
  if (i !== text.length) fail('unexpected text after "]"');
  return items;
}
