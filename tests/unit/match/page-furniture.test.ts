// Rules added after the held-out corpus (tests/fixtures/corpus-heldout): what real pages put around names —
// Title Case headlines, capitalised runs naming things the catalogue lacks, first names on their own, page labels
// ("Verdict:") — and the romanizations articles use for Korean names written surname last.
import { describe, expect, it } from 'vitest';
import { compileMatcherIndex, Matcher } from '../../../lib/match/index';
import type { Credit, Person } from '../../../lib/types';
import { titleWithVotes } from './small-catalog';

const title = titleWithVotes;
const person = (id: string, name: string): Person => ({ id, name, otherNames: [] });
const credit = (titleId: string, personId: string, order = 0): Credit => ({ titleId, personId, role: 'ACTOR', order, characters: [] });

const titles = [
  title('tm1', 'After School', 300),
  title('ts2', 'Breaking Bad', 1_900_000, 400), // a hit: prior above the "famous" bar
  title('tm3', 'Frank', 70_000, 10),
  title('ts4', 'Return', 300),
  title('ts5', 'Wednesday', 290_000, 900),
  title('tm6', 'The Show', 50_000, 20),
  title('ts7', 'Verdict', 100),
  title('ts8', 'Sweet Home', 40_000),
  title('ts9', 'The Last of Us', 250_000, 500),
  title('tm10', 'She Is', 300),
  title('tm11', 'The Final Season', 2_000),
  title('ts12', 'Ozark', 320_000, 300),
  title('ts13', 'Broker', 7),
  title('tm14', 'Lost and Found', 9_000, 5),
];
const people = [
  person('10', 'Cha Eun-woo'),
  person('11', 'Shim Eun-kyung'),
  person('12', 'Namkoong Min'),
  person('13', 'Lee Dong-wook'),
  person('14', 'Su Hyeon'),
  person('15', 'Kim Eo-jin'),
  person('16', 'Bella Ramsey'),
  person('17', 'Pedro Pascal'),
  person('18', 'Ma Dong-seok'),
  // Eight people named Frank make "Frank" a frequent name part, as in the real catalogue.
  ...Array.from({ length: 8 }, (_, i) => person(`2${i}`, `Frank Filler${'abcdefgh'[i]}`)),
];
const credits = [credit('ts9', '16'), credit('ts9', '17', 1), credit('ts8', '10')];
const matcher = Matcher.load(compileMatcherIndex({ titles, people, credits }));

function found(text: string): Array<[string, string]> {
  return matcher.find(text).map((m) => [text.slice(m.start, m.end), matcher.nameOf(m.kind, m.ids[0]) ?? '?']);
}
const SCREEN = 'The Netflix series premiered this week; the cast and the director talked about every episode. ';

describe('titles made of common words, on pages about film/TV', () => {
  it('does not cut a common-word title out of a longer capitalised name the catalogue lacks, unless it is a hit', () => {
    expect(found(`${SCREEN}Lomon starred in Duty After School on Netflix.`)).toEqual([]);
    expect(found(`${SCREEN}The Netflix film After School is short.`)).toEqual([['After School', 'After School']]);
    expect(found(`${SCREEN}Leaving Netflix This Week: Breaking Bad (US only).`)).toEqual([['Breaking Bad', 'Breaking Bad']]);
  });

  it('reads a lone first name as a person, not as a one-word title, unless it is set apart', () => {
    expect(found(`${SCREEN}If you liked it, try his earlier work (Frank's previous Netflix series).`)).toEqual([]);
    expect(found(`${SCREEN}The Netflix film "Frank" is odd.`)).toEqual([['Frank', 'Frank']]);
  });

  it('needs a strong film/TV word next to a one-word common title, unless the title is a hit', () => {
    expect(found(`${SCREEN}More news from the studio lot today.\nPedro Pascal And Bella Ramsey Return For Season 2 Premiere`)).toEqual([
      ['Pedro Pascal', 'Pedro Pascal'],
      ['Bella Ramsey', 'Bella Ramsey'],
    ]);
    expect(found(`${SCREEN}She lists Christina among the Wednesday cast.`)).toEqual([['Wednesday', 'Wednesday']]);
  });

  it('does not turn a common word into a title by dropping an article ("Show" from "The Show")', () => {
    expect(found(`${SCREEN}Netflix: every new Show this week.`)).toEqual([]);
    expect(found(`${SCREEN}The Netflix series "Show" got renewed.`)).toEqual([['Show', 'The Show']]);
  });

  it('reads a lower-case verb as the end of a title-case run ("She is repped by…")', () => {
    expect(found(`${SCREEN}She is repped by WME.`)).toEqual([]);
    expect(found(`${SCREEN}The Netflix film She Is opens today.`)).toEqual([['She Is', 'She Is']]);
  });

  it('does not make common words a title by dropping an article, even in a heading', () => {
    expect(found(`${SCREEN}The Netflix film "Final Season" opens today.`)).toEqual([['Final Season', 'The Final Season']]);
    expect(found(`${SCREEN}More news today.\nFINAL SEASON DATE REVEALED`)).toEqual([]);
  });

  it('takes a distinctive title starting a line of a list next to "Season"', () => {
    expect(found(`${SCREEN}More news today.\nFriday, November 29\nOzark: Seasons 1–4\nDark Matter: Season 1`)).toEqual([['Ozark', 'Ozark']]);
  });

  it('does not read one word as an obscure namesake title without quotes or a co-mention', () => {
    expect(found(`${SCREEN}He won Best Actor at Cannes for Broker, a film by Kore-eda.`)).toEqual([]);
    expect(found(`${SCREEN}He won Best Actor at Cannes for "Broker", a film by Kore-eda.`)).toEqual([['Broker', 'Broker']]);
  });

  it('needs a film/TV page or word for common words in quotes', () => {
    expect(found('The new fridge has a "Lost & Found" feature that reminds you about leftovers.')).toEqual([]);
    expect(found('The Netflix film "Lost & Found" is charming.')).toEqual([['Lost & Found', 'Lost and Found']]);
  });

  it('treats review labels as page words ("Verdict: four stars")', () => {
    expect(found(`${SCREEN}Scott wrote and directed all seven episodes. Verdict: four stars.`)).toEqual([]);
  });
});

describe('Korean names written surname last, and romanizations articles use', () => {
  it('finds surname-last names for surnames beyond the most common ones', () => {
    const text = `${SCREEN}Eun-woo Cha, Eun-kyung Sim, Min Namkoong and Dong-seok Ma appear with Lee Dong Uk.`;
    expect(found(text)).toEqual([
      ['Eun-woo Cha', 'Cha Eun-woo'],
      ['Eun-kyung Sim', 'Shim Eun-kyung'],
      ['Min Namkoong', 'Namkoong Min'],
      ['Dong-seok Ma', 'Ma Dong-seok'],
      ['Lee Dong Uk', 'Lee Dong-wook'],
    ]);
  });

  it('does not read a given name alone, or "Woo" and "Eo", as the same name', () => {
    expect(found(`${SCREEN}Later, Hyun-su fights back while Kim Woo-jin waits.`)).toEqual([]);
  });
});
