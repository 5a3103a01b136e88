// The catalogue's facts, shared by every part of Castmark (importer, matcher, database, cards).
// Ids are JustWatch's: `tm…` (movie) / `ts…` (show) for titles, the numeric `person_id` for people.

export type TitleId = string;
export type PersonId = string;
export type EntityKind = 'person' | 'title';

export const PLATFORMS = ['netflix', 'amazon', 'disney', 'hbomax', 'paramount', 'appletv', 'viki', 'crunchyroll'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  netflix: 'Netflix',
  amazon: 'Prime Video',
  disney: 'Disney+',
  hbomax: 'HBO Max',
  paramount: 'Paramount+',
  appletv: 'Apple TV+',
  viki: 'Viki',
  crunchyroll: 'Crunchyroll',
};

export interface Title {
  id: TitleId;
  title: string;
  type: 'MOVIE' | 'SHOW';
  year?: number;
  /** JustWatch's count, which includes announced seasons: show as-is, never derive per-season years. */
  seasons?: number;
  runtime?: number; // minutes
  genres: string[];
  countries: string[];
  ageRating?: string;
  imdbId?: string;
  imdbScore?: number;
  imdbVotes?: number;
  popularity?: number; // TMDB popularity
  tmdbScore?: number;
  platforms: Platform[];
  /** Other titles the show is known by (curated aliases: original-language, former, abbreviations). */
  aliases?: string[];
}

export interface Person {
  id: PersonId;
  name: string;
  /** Every other spelling seen for this person_id, plus curated aliases (stage/legal names...). */
  otherNames: string[];
}

export type Role = 'ACTOR' | 'DIRECTOR';

export interface Credit {
  titleId: TitleId;
  personId: PersonId;
  role: Role;
  /** Billing order within the title (0 = top billed), as in the source. */
  order: number;
  /** Cleaned character names; empty for directors and unknown characters. */
  characters: string[];
  voice?: boolean;
  self?: boolean;
  /** What was stripped from the character text but is still a fact, e.g. "No. 456". */
  note?: string;
}

/** What a hover card or a popup result shows for a person. */
export interface PersonCard {
  kind: 'person';
  person: Person;
  roles: Array<Omit<Credit, 'personId' | 'titleId'> & { title: Title }>;
}

/** What a hover card or a popup result shows for a title. */
export interface TitleCard {
  kind: 'title';
  title: Title;
  directors: Person[];
  cast: Array<Omit<Credit, 'personId' | 'titleId'> & { person: Person }>;
}

export type EntityCard = PersonCard | TitleCard;

/** One name or title found in a text; `start`/`end` are JavaScript string indices. */
export interface Mention {
  start: number;
  end: number;
  kind: EntityKind;
  /** Catalogue ids, likeliest first (several when people share a name). */
  ids: string[];
  /** Confidence in [0, 1]. */
  score: number;
}
