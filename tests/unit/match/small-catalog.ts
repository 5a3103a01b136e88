// A hand-made catalogue for matcher unit tests: a few real-looking entries with the collisions that matter.
import type { Credit, Person, Title } from '../../../lib/types';
import type { MatchCatalog } from '../../../lib/match/compile';

const title = (id: string, name: string, extra: Partial<Title> = {}): Title => ({
  id, title: name, type: id.startsWith('ts') ? 'SHOW' : 'MOVIE', genres: [], countries: [], platforms: ['netflix'], ...extra,
});
const person = (id: string, name: string, otherNames: string[] = []): Person => ({ id, name, otherNames });

/** A title with its IMDb votes and JustWatch popularity: what the matcher's prior (and "famous"/"obscure") reads. */
export const titleWithVotes = (id: string, name: string, imdbVotes: number, popularity = 0): Title => title(id, name, { imdbVotes, popularity });
const credit = (titleId: string, personId: string, order = 0): Credit => ({ titleId, personId, role: 'ACTOR', order, characters: [] });

export function smallCatalog(): MatchCatalog {
  const titles = [
    title('ts225855', 'All of Us Are Dead', { imdbVotes: 60000 }),
    title('ts220305', 'Squid Game', { imdbVotes: 500000, aliases: ['El juego del calamar'] }),
    title('ts1', 'Dark', { imdbVotes: 400000 }),
    title('ts2', 'Friends', { imdbVotes: 1000000 }),
    title('ts3', 'Kingdom', { imdbVotes: 50000 }),
    title('tm4', 'Kingdom', { imdbVotes: 300 }),
    title('ts5', 'The Witcher', { imdbVotes: 500000 }),
    title('ts6', 'Money Heist: Korea - Joint Economic Area', { imdbVotes: 20000 }),
    title('ts7', 'Mr. Sunshine', { imdbVotes: 10000 }),
    title('tm8', 'Rocky II', { imdbVotes: 200000 }),
    title('ts9', 'Love, Death & Robots', { imdbVotes: 200000 }),
    title('ts10', 'Sweet Home', { imdbVotes: 40000 }),
    title('tm11', 'Us', { imdbVotes: 300000 }),
    title('tm12', 'BTS: Permission to Dance on Stage', { imdbVotes: 3000 }),
    title('ts87074', 'Euphoria', { imdbVotes: 200000, popularity: 330 }),
  ];
  const people = [
    person('958720', 'Park Ji-hu'),
    person('100', 'Park Ji-hoon'),
    person('917840', 'Lomon', ['Park Solomon']),
    person('243432', 'Wi Ha-jun'),
    person('2106701', 'Kim Nam-soo'),
    person('3385', 'Zoe Saldaña', ['Zoe Saldana']),
    person('242917', 'Kim Si-eun'),
    person('1168246', 'Kim Si-eun'),
    person('500', 'Eve'),
    person('501', 'Will Power'),
    person('600', 'Lee Jung-jae'),
    person('601', 'Ju Ji-hoon'),
    person('602', 'Ju-ne'),
    person('603', 'In'), // a one-word stage name that is also a function word
  ];
  const credits = [
    credit('ts225855', '958720', 0),
    credit('ts225855', '917840', 3),
    credit('ts225855', '2106701', 9),
    credit('ts220305', '243432', 3),
    credit('ts220305', '600', 0),
    credit('ts220305', '603', 5),
    credit('ts3', '601', 0),
    credit('ts3', '602', 3),
    credit('ts1', '602', 3),
    credit('ts1', '1168246', 2),
    credit('tm4', '242917', 1),
    credit('tm4', '1168246', 4),
  ];
  // Kim Si-eun 242917 has more credits elsewhere, so without context she ranks first.
  for (let i = 0; i < 5; i++) {
    titles.push(title(`tm9${i}`, `Filler Film ${i}`));
    credits.push(credit(`tm9${i}`, '242917', 3));
  }
  return { titles, people, credits };
}
