import Papa from 'papaparse';
import { CatalogInputError } from './errors.ts';

export interface CsvRow {
  /** 1-based line where the row starts (rows may span lines through quoted newlines). */
  line: number;
  fields: string[];
}

/**
 * Parses a whole CSV text with papaparse (quoted commas and newlines, CRLF or LF) and checks it strictly:
 * the header must equal `expectedHeader`, every row must have exactly that many fields, and there must be data.
 */
export function parseCsv(text: string, file: string, expectedHeader: readonly string[]): CsvRow[] {
  if (text.length === 0) throw new CatalogInputError(file, 1, `empty file (expected header ${expectedHeader.join(',')})`);
  const rows: CsvRow[] = [];
  let failure: CatalogInputError | undefined;
  let rowStart = 0;
  let line = 1;
  let header: string[] | undefined;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step(result, handle) {
      const rowLine = line;
      const cursor = result.meta.cursor;
      line += countNewlines(text, rowStart, cursor);
      rowStart = cursor;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = new CatalogInputError(file, rowLine, `unterminated quoted field (${quoteError.message})`);
        handle.abort();
        return;
      }
      const fields = result.data;
      if (header === undefined) {
        header = fields;
        if (fields.join(',') !== expectedHeader.join(',')) {
          failure = new CatalogInputError(file, rowLine, `wrong header "${fields.join(',')}", expected "${expectedHeader.join(',')}"`);
          handle.abort();
        }
        return;
      }
      rows.push({ line: rowLine, fields });
    },
  });
  if (failure) throw failure;
  // A final newline produces one empty pseudo-row; any other blank line is a malformed row.
  const last = rows[rows.length - 1];
  if (last && last.fields.length === 1 && last.fields[0] === '' && text.endsWith('\n')) rows.pop();
  for (const row of rows) {
    if (row.fields.length !== expectedHeader.length) {
      throw new CatalogInputError(file, row.line, `expected ${expectedHeader.length} fields, found ${row.fields.length}`);
    }
  }
  if (rows.length === 0) throw new CatalogInputError(file, 2, 'no data rows after the header');
  return rows;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
