// Pure helpers that turn catalogue facts into the short labels and orderings the card shows.
import { PLATFORM_LABELS, type Credit, type PersonCard, type Title, type TitleCard } from '../../lib/types';

export function plural(count: number, one: string, many = one + 's'): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 seasons · since 2022" for a show, the year for a movie. */
export function whenLabel(title: Title): string {
  if (title.type === 'SHOW') {
    const parts: string[] = [];
    if (title.seasons) parts.push(plural(title.seasons, 'season'));
    if (title.year) parts.push(`since ${title.year}`);
    return parts.join(' · ');
  }
  return title.year ? String(title.year) : '';
}

export function typeLabel(title: Title): string {
  return title.type === 'SHOW' ? 'Show' : 'Movie';
}

export function runtimeLabel(minutes: number | undefined): string {
  if (!minutes || minutes <= 0) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export function platformLabels(title: Title): string[] {
  return title.platforms.map((platform) => PLATFORM_LABELS[platform] ?? platform);
}

export function scoreLabel(score: number | undefined): string {
  return score === undefined ? '' : score.toFixed(1);
}

export function votesLabel(votes: number | undefined): string {
  if (!votes) return '';
  if (votes >= 1_000_000) return `${(votes / 1_000_000).toFixed(1)}M votes`;
  if (votes >= 1_000) return `${Math.round(votes / 1_000)}k votes`;
  return plural(votes, 'vote');
}

export function imdbUrl(title: Title): string | null {
  return title.imdbId && /^tt\d+$/.test(title.imdbId) ? `https://www.imdb.com/title/${title.imdbId}/` : null;
}

/** How well known a title is: IMDb votes when known, else TMDB popularity, on a log scale. */
export function titleWeight(title: Title): number {
  if (title.imdbVotes) return Math.log10(1 + title.imdbVotes);
  if (title.popularity) return Math.log10(1 + title.popularity * 100);
  return 0;
}

/** How much a credit says about a person: directing and top billing count most. */
export function creditWeight(credit: Pick<Credit, 'role' | 'order'>): number {
  if (credit.role === 'DIRECTOR') return 1;
  if (credit.order <= 2) return 1;
  if (credit.order <= 9) return 0.6;
  return 0.3;
}

export type RoleEntry = PersonCard['roles'][number];

export interface TitleGroup {
  title: Title;
  roles: RoleEntry[];
}

/** A person's credits grouped by title, most prominent first (best credit × how well known the title is). */
export function groupRolesByTitle(card: PersonCard): TitleGroup[] {
  const groups = new Map<string, TitleGroup & { weight: number }>();
  for (const role of card.roles) {
    const group = groups.get(role.title.id) ?? { title: role.title, roles: [], weight: 0 };
    group.roles.push(role);
    group.weight = Math.max(group.weight, creditWeight(role) * (1 + titleWeight(role.title)));
    groups.set(role.title.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.weight - a.weight || (b.title.year ?? 0) - (a.title.year ?? 0) || a.title.title.localeCompare(b.title.title))
    .map(({ title, roles }) => ({ title, roles: roles.sort((a, b) => (a.role === b.role ? a.order - b.order : a.role === 'DIRECTOR' ? -1 : 1)) }));
}

/** What a role line says: "as Seong Gi-hun (voice)", "Director", "Himself". */
export function roleLabel(role: Pick<Credit, 'role' | 'characters' | 'voice' | 'self' | 'note'>): string {
  if (role.role === 'DIRECTOR') return 'Director';
  const parts: string[] = [];
  if (role.characters.length) parts.push(`as ${role.characters.join(' / ')}`);
  else if (role.self) parts.push('as themself');
  else parts.push('Actor');
  if (role.note) parts.push(`(${role.note})`);
  if (role.voice) parts.push('(voice)');
  return parts.join(' ');
}

/** Cast in billing order (one line per person even if billed twice). */
export function castInOrder(card: TitleCard): TitleCard['cast'] {
  const seen = new Set<string>();
  return [...card.cast]
    .sort((a, b) => a.order - b.order)
    .filter((member) => (seen.has(member.person.id) ? false : (seen.add(member.person.id), true)));
}

/** The card's one-line summary of a person, for lists of namesakes: "Actor · Squid Game (2021)". */
export function personSummary(card: PersonCard): string {
  const top = groupRolesByTitle(card)[0];
  if (!top) return '';
  const job = top.roles.some((role) => role.role === 'DIRECTOR') ? 'Director' : 'Actor';
  return `${job} · ${top.title.title}${top.title.year ? ` (${top.title.year})` : ''}`;
}

/** The name or title a card is about. */
export function cardName(card: PersonCard | TitleCard): string {
  return card.kind === 'person' ? card.person.name : card.title.title;
}
