import type { EntityKind } from '../types.ts';

/** One curated line of data/aliases.tsv: another name the entity `id` is known by, and where that fact comes from. */
export interface Alias {
  kind: EntityKind;
  id: string;
  alias: string;
  source: string;
}

export const ALIAS_COLUMNS = ['kind', 'id', 'alias', 'source'] as const;

/** Parses data/aliases.tsv: `#` lines and blank lines are comments; the first other line is the header. */
export function parseAliases(text: string, file = 'aliases.tsv'): Alias[] {
  const aliases: Alias[] = [];
  let headerSeen = false;
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const where = `${file}:${index + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    if (!headerSeen) {
      if (line !== ALIAS_COLUMNS.join('\t')) throw new Error(`${where}: wrong header, expected "${ALIAS_COLUMNS.join('\\t')}"`);
      headerSeen = true;
      return;
    }
    if (fields.length !== ALIAS_COLUMNS.length) throw new Error(`${where}: expected ${ALIAS_COLUMNS.length} tab-separated fields, found ${fields.length}`);
    const [kind, id, alias, source] = fields.map((f) => f.trim());
    if (kind !== 'person' && kind !== 'title') throw new Error(`${where}: kind must be "person" or "title", found ${JSON.stringify(kind)}`);
    if (id === '' || alias === '') throw new Error(`${where}: id and alias must not be empty`);
    aliases.push({ kind, id, alias, source });
  });
  return aliases;
}
