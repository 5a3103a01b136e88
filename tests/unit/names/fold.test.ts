import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../lib/names/fold';
import { hashWords } from '../../../lib/names/hash';

describe('foldWords', () => {
  it('lower-cases, strips accents and expands ligatures', () => {
    expect(foldWords('Zoe Saldaña')).toEqual(['zoe', 'saldana']);
    expect(foldWords('ŁUKASZ Ørsted Straße Æon')).toEqual(['lukasz', 'orsted', 'strasse', 'aeon']);
    expect(foldWords('Zoe Salda\u0303na')).toEqual(['zoe', 'saldana']); // combining tilde
  });

  it('splits on hyphens, apostrophes, punctuation and reads & as "and"', () => {
    expect(foldWords('Park Ji-hu')).toEqual(['park', 'ji', 'hu']);
    expect(foldWords("Lomon’s")).toEqual(['lomon', 's']);
    expect(foldWords('Love, Death & Robots')).toEqual(['love', 'death', 'and', 'robots']);
    expect(foldWords('#SquidGame!')).toEqual(['squidgame']);
  });

  it('keeps Hangul and digits as word characters, drops emoji and lone surrogates', () => {
    expect(foldWords('박지후 2022')).toEqual(['박지후', '2022']);
    expect(foldWords('🦑Squid\ud800Game')).toEqual(['squid', 'game']);
    expect(foldWords('')).toEqual([]);
  });
});

describe('hashWords', () => {
  it('hashes the concatenation, so word boundaries do not matter', () => {
    expect(hashWords(['ji', 'hu'])).toEqual(hashWords(['jihu']));
    expect(hashWords(['park', 'jihu'])).not.toEqual(hashWords(['jihu', 'park']));
    expect(hashWords(['jihu'], 123)).not.toEqual(hashWords(['jihu']));
  });
});
