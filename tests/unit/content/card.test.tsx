// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntityCardView } from '../../../components/card';
import { groupRolesByTitle, roleLabel, runtimeLabel, whenLabel } from '../../../components/card/format';
import type { PersonCard, Title, TitleCard } from '../../../lib/types';

const squidGame: Title = {
  id: 'ts1', title: 'Squid Game', type: 'SHOW', year: 2021, seasons: 2, genres: ['drama', 'thriller'], countries: ['KR'],
  ageRating: 'TV-MA', imdbId: 'tt10919420', imdbScore: 8, imdbVotes: 512_000, platforms: ['netflix'],
};
const smallFilm: Title = { id: 'tm2', title: 'A Small Film', type: 'MOVIE', year: 2010, runtime: 95, genres: [], countries: [], platforms: ['viki'], imdbVotes: 800 };
const bigFilm: Title = { id: 'tm3', title: 'The Big Film', type: 'MOVIE', year: 2005, runtime: 130, genres: [], countries: [], platforms: [], imdbVotes: 90_000 };

const person: PersonCard = {
  kind: 'person',
  person: { id: '7', name: 'Lee Jung-jae', otherNames: ['Lee Jeong-jae'] },
  roles: [
    { title: smallFilm, role: 'ACTOR', order: 0, characters: ['Minho'] },
    { title: bigFilm, role: 'ACTOR', order: 14, characters: [] },
    { title: squidGame, role: 'ACTOR', order: 0, characters: ['Seong Gi-hun'], note: 'No. 456' },
  ],
};

const titleCard: TitleCard = {
  kind: 'title',
  title: squidGame,
  directors: [{ id: '9', name: 'Hwang Dong-hyuk', otherNames: [] }],
  cast: [
    { person: { id: '8', name: 'Park Hae-soo', otherNames: [] }, role: 'ACTOR', order: 1, characters: ['Cho Sang-woo'] },
    { person: person.person, role: 'ACTOR', order: 0, characters: ['Seong Gi-hun'] },
  ],
};

afterEach(() => render(null, document.body));

describe('card formatting', () => {
  test('labels seasons, runtimes and roles', () => {
    expect(whenLabel(squidGame)).toBe('2 seasons · since 2021');
    expect(whenLabel(smallFilm)).toBe('2010');
    expect(runtimeLabel(95)).toBe('1 h 35 min');
    expect(runtimeLabel(45)).toBe('45 min');
    expect(roleLabel({ role: 'ACTOR', characters: ['Seong Gi-hun'], note: 'No. 456' })).toBe('as Seong Gi-hun (No. 456)');
    expect(roleLabel({ role: 'DIRECTOR', characters: [] })).toBe('Director');
  });

  test('puts lead roles in well-known titles first', () => {
    expect(groupRolesByTitle(person).map((group) => group.title.id)).toEqual(['ts1', 'tm2', 'tm3']);
  });
});

describe('EntityCardView', () => {
  test('a person: name, other spellings, roles with characters, seasons and platforms', () => {
    render(<EntityCardView card={person} onOpen={() => undefined} />, document.body);
    const text = document.body.textContent ?? '';
    expect(document.querySelector('h2')?.textContent).toBe('Lee Jung-jae');
    expect(text).toContain('Also credited as Lee Jeong-jae');
    expect(text).toContain('as Seong Gi-hun (No. 456)');
    expect(text).toContain('2 seasons · since 2021');
    expect(text).toContain('Netflix');
    const titles = [...document.querySelectorAll('[data-open-kind="title"]')].map((el) => el.textContent);
    expect(titles).toEqual(['Squid Game', 'A Small Film', 'The Big Film']);
  });

  test('a title: facts, IMDb link, directors and cast in billing order; a cast name opens that person', () => {
    const onOpen = vi.fn();
    render(<EntityCardView card={titleCard} onOpen={onOpen} />, document.body);
    const text = document.body.textContent ?? '';
    expect(text).toContain('TV-MA');
    expect(text).toContain('drama, thriller');
    expect(text).toContain('8.0');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://www.imdb.com/title/tt10919420/');
    const people = [...document.querySelectorAll<HTMLButtonElement>('[data-open-kind="person"]')];
    expect(people.map((el) => el.textContent)).toEqual(['Hwang Dong-hyuk', 'Lee Jung-jae', 'Park Hae-soo']);
    people[2].click();
    expect(onOpen).toHaveBeenCalledWith('person', '8');
  });
});

describe('Namesakes', () => {
  test('lists the other people sharing the name with what they are known for; each one opens', async () => {
    const { Namesakes } = await import('../../../components/card');
    const onOpen = vi.fn();
    const other: PersonCard = { kind: 'person', person: { id: '99', name: 'Lee Jung-jae', otherNames: [] }, roles: [{ title: bigFilm, role: 'DIRECTOR', order: 0, characters: [] }] };
    render(<Namesakes cards={[other]} onOpen={onOpen} />, document.body);
    expect(document.body.textContent).toContain('Director · The Big Film (2005)');
    document.querySelector<HTMLButtonElement>('[data-open-id="99"]')!.click();
    expect(onOpen).toHaveBeenCalledWith('person', '99');
  });
});
