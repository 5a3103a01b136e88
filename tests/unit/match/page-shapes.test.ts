// How real articles write names around punctuation and case: quotes, elisions, hyphenated adjectives, Title Case
// headlines, and a person named next to a title they are credited in.
import { describe, expect, it } from 'vitest';
import { compileMatcherIndex, Matcher } from '../../../lib/match/index';
import { smallCatalog } from './small-catalog';

const matcher = Matcher.load(compileMatcherIndex(smallCatalog()));

function found(text: string): string[] {
  return matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`);
}

describe('punctuation around names', () => {
  it('reads an apostrophe after a space as an opening quote, not as joining the word to the one before', () => {
    expect(found("Netflix renews 'Sweet Home' for a third season.")).toEqual(['Sweet Home=ts10']);
    // Right after a word it still joins: the possessive stays part of the name's token run.
    expect(found("Lomon's co-star Park Ji-hu")).toEqual(['Park Ji-hu=958720']);
  });

  it('does not join a word to a lower-case French or Italian elision', () => {
    expect(found("Le succès d'All of Us Are Dead sur Netflix.")).toEqual(['All of Us Are Dead=ts225855']);
  });

  it('keeps a name before a hyphenated adjective ("-led", "-directed")', () => {
    expect(found('The Lee Jung-jae-led drama returns.')).toEqual(['Lee Jung-jae=600']);
    // …but never cuts a hyphenated given name: "Park Ji" is not Park Ji-hu's prefix match.
    expect(found('Park Ji-hoon-esque charm.')).toEqual(['Park Ji-hoon=100']);
  });

  it('takes German and Swiss closing quotes as quotes', () => {
    const quoted = (text: string) => matcher.find(text, { context: { aboutScreen: true } }).map((m) => text.slice(m.start, m.end));
    expect(quoted('Wir haben „Dark“ gesehen, dann Tee getrunken.')).toEqual(['Dark']);
    expect(quoted('Wir haben »Dark« gesehen, dann Tee getrunken.')).toEqual(['Dark']);
  });
});

describe('context', () => {
  it('does not read the capitalised words of a Title Case headline as parts of a longer name', () => {
    expect(found("Sydney Sweeney Eyed For Lead In Euphoria Creator's New Series")).toEqual(['Euphoria=ts87074']);
    // In a sentence, a capitalised neighbour still says "some longer name".
    expect(found("She was cast in the Euphoria Creator's new series.")).toEqual([]);
  });

  it('lets a person and a title credited together vouch for each other when neither is sure alone', () => {
    expect(found("Lomon's role in All of Us Are Dead")).toEqual(['Lomon=917840', 'All of Us Are Dead=ts225855']);
    expect(found('Lomon went home.')).toEqual([]);
  });
});
