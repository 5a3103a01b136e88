/**
 * The datasets write numbers as float strings (`2.0`, `8.2`, `12345.0`). These return undefined for an
 * empty field and throw (the caller adds file and line) for anything that is not a plain number.
 */
const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function parseDecimal(text: string, column: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!DECIMAL.test(trimmed)) throw new Error(`${column} is not a number: ${JSON.stringify(text)}`);
  return Number(trimmed);
}

/** Like parseDecimal, but the value must be whole (`2.0` → 2; `2.5` is an error). */
export function parseWholeNumber(text: string, column: string): number | undefined {
  const value = parseDecimal(text, column);
  if (value !== undefined && !Number.isInteger(value)) throw new Error(`${column} is not a whole number: ${JSON.stringify(text)}`);
  return value;
}
