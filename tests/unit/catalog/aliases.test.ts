import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../lib/catalog/read.ts';
import { parseAliases } from '../../../lib/catalog/aliases.ts';
import { readCatalogFromDir } from '../../../scripts/catalog-files.ts';

// The curated data/aliases.tsv: every line must point at a real catalogue entry and say where it comes from.
describe('data/aliases.tsv', () => {
  const text = readFileSync('data/aliases.tsv', 'utf8');
  const aliases = parseAliases(text, 'data/aliases.tsv');
  let catalog: Catalog;
  // Reading ~16 MB of TSV takes seconds on a loaded machine; a load is not what these tests measure.
  beforeAll(() => {
    catalog = readCatalogFromDir('data');
  }, 60_000);

  it('has a documented header, many entries for both kinds, and a source note on each line', () => {
    expect(text.startsWith('#')).toBe(true);
    expect(aliases.filter((a) => a.kind === 'title').length).toBeGreaterThanOrEqual(100);
    expect(aliases.filter((a) => a.kind === 'person').length).toBeGreaterThanOrEqual(100);
    expect(aliases.filter((a) => a.source === '')).toEqual([]);
  });

  it('never repeats an alias for the same entity', () => {
    const keys = aliases.map((a) => `${a.kind}\t${a.id}\t${a.alias.toLowerCase()}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('only names ids that exist in the catalogue, and adds something the catalogue lacks', () => {
    const titles = new Map(catalog.titles.map((t) => [t.id, t]));
    const people = new Map(catalog.people.map((p) => [p.id, p]));
    for (const alias of aliases) {
      const entity = alias.kind === 'title' ? titles.get(alias.id) : people.get(alias.id);
      expect(entity, `${alias.kind} ${alias.id} (${alias.alias})`).toBeDefined();
      const primary = alias.kind === 'title' ? titles.get(alias.id)!.title : people.get(alias.id)!.name;
      expect(alias.alias, `${alias.id} alias equals its own name`).not.toBe(primary);
    }
    expect(titles.get('ts56768')!.aliases).toContain('La casa de papel');
    expect(people.get('917840')!.otherNames).toContain('Park Solomon');
    expect(people.get('274954')!.otherNames).toContain('Lee Jae-kyu');
  });

  it('rejects a malformed line with its line number', () => {
    expect(() => parseAliases('kind\tid\talias\tsource\nperson\t1\tonly three\n', 'x.tsv')).toThrow(/^x.tsv:2: expected 4/);
    expect(() => parseAliases('kind\tid\talias\tsource\nfilm\t1\tA\tnote\n', 'x.tsv')).toThrow(/^x.tsv:2: kind must be/);
    expect(() => parseAliases('id\talias\n', 'x.tsv')).toThrow(/^x.tsv:1: wrong header/);
  });
});
