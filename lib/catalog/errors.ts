/** A problem in an input file, reported as `file:line: what is wrong` (line omitted when it does not apply). */
export class CatalogInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'CatalogInputError';
  }
}
