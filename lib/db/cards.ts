// Entity cards from the database. A card is served only from complete data: a title card needs its own record
// (which carries its whole cast); a person card also needs every title, so it waits for the titles table.
import type { EntityCard, EntityKind, Person, PersonCard, Title, TitleCard } from '../types';
import type { CatalogReader } from './pages';
import { FLAG_SELF, FLAG_VOICE, roleOf, type CastTuple, type PersonRecord, type TitleRecord } from './records';
import { creditWeight } from './seed-files';

function publicTitle(record: TitleRecord): Title {
  const { rank: _rank, detail: _detail, ...title } = record;
  return title;
}

function publicPerson(record: PersonRecord): Person {
  return { id: record.id, name: record.name, otherNames: record.otherNames };
}

function creditFields(tuple: CastTuple) {
  const [, , role, order, characters, flags, note] = tuple;
  return {
    role: roleOf(role),
    order,
    characters: characters ? characters.split('|') : [],
    ...(flags & FLAG_VOICE ? { voice: true } : {}),
    ...(flags & FLAG_SELF ? { self: true } : {}),
    ...(note ? { note } : {}),
  };
}

export async function buildTitleCard(db: CatalogReader, id: string): Promise<TitleCard | null> {
  const [record, casts] = await Promise.all([db.one('titles', id), db.one('casts', id)]);
  if (!record || !casts) return null;
  const cast = casts.cast;
  const people = await db.get('people', [...new Set(cast.map((c) => c[0]))]);
  const personById = new Map(people.filter((p): p is PersonRecord => !!p).map((p) => [p.id, p]));
  const personOf = (tuple: CastTuple): Person => {
    const known = personById.get(tuple[0]);
    return known ? publicPerson(known) : { id: tuple[0], name: tuple[1], otherNames: [] };
  };
  const byOrder = (a: CastTuple, b: CastTuple) => a[3] - b[3];
  return {
    kind: 'title',
    title: publicTitle(record),
    directors: cast.filter((c) => c[2] === 'D').sort(byOrder).map(personOf),
    cast: cast.filter((c) => c[2] === 'A').sort(byOrder).map((c) => ({ ...creditFields(c), person: personOf(c) })),
  };
}

export async function buildPersonCard(db: CatalogReader, id: string): Promise<PersonCard | null> {
  const record = await db.one('people', id);
  if (!record) return null;
  const [titles, casts] = await Promise.all([db.get('titles', record.titles), db.get('casts', record.titles)]);
  const scored: Array<{ weight: number; role: PersonCard['roles'][number] }> = [];
  for (const [i, title] of titles.entries()) {
    if (!title || !casts[i]) continue;
    for (const tuple of casts[i]!.cast) {
      if (tuple[0] !== id) continue;
      scored.push({
        weight: creditWeight(title.rank, tuple[2], tuple[3]),
        role: { ...creditFields(tuple), title: publicTitle(title) },
      });
    }
  }
  // Prominence first (how known the title is, how high they were billed), then newest.
  scored.sort((a, b) => b.weight - a.weight || (b.role.title.year ?? 0) - (a.role.title.year ?? 0));
  return { kind: 'person', person: publicPerson(record), roles: scored.map((s) => s.role) };
}

export async function buildEntityCard(db: CatalogReader, kind: EntityKind, id: string): Promise<EntityCard | null> {
  if (typeof id !== 'string' || !id) return null;
  return kind === 'person' ? buildPersonCard(db, id) : kind === 'title' ? buildTitleCard(db, id) : null;
}
