import { describe, expect, it } from 'vitest';
import { personPhoneticWords, personVariants, Tier, titleVariants } from '../../../lib/names/variants';

const keys = (variants: Array<{ words: string[] }>) => variants.map((v) => v.words.join(' '));

describe('person variants', () => {
  it('adds the given-name-first order for Korean names, both ways', () => {
    expect(keys(personVariants('Park Ji-hu', Tier.Exact))).toEqual(['park ji hu', 'ji hu park']);
    expect(keys(personVariants('Ji-hu Park', Tier.Exact))).toEqual(['ji hu park', 'park ji hu']);
    expect(keys(personVariants('Tom Hanks', Tier.Exact))).toEqual(['tom hanks']);
    // Less common surnames too: "Joon-ho Bong", "Sang-ho Yeon".
    expect(keys(personVariants('Bong Joon-ho', Tier.Exact))).toEqual(['bong joon ho', 'joon ho bong']);
    expect(keys(personVariants('Yeon Sang-ho', Tier.Exact))).toEqual(['yeon sang ho', 'sang ho yeon']);
  });

  it('drops middle initials and keeps the tier of the source name', () => {
    const variants = personVariants('Samuel L. Jackson', Tier.Alias);
    expect(keys(variants)).toEqual(['samuel l jackson', 'samuel jackson']);
    expect(variants.map((v) => v.tier)).toEqual([Tier.Alias, Tier.Variant]);
  });

  it('gives a phonetic key only to Korean-looking names', () => {
    expect(personPhoneticWords('Ji-hoo Park')).toEqual(personPhoneticWords('Park Ji-hu'));
    expect(personPhoneticWords('Tom Hanks')).toBeUndefined();
    expect(personVariants('?', Tier.Exact)).toEqual([]);
  });
});

describe('title variants', () => {
  it('drops a leading article and subtitles, swaps Mr./Mister and numerals', () => {
    expect(keys(titleVariants('The Witcher', Tier.Exact))).toEqual(['the witcher', 'witcher']);
    expect(keys(titleVariants('Money Heist: Korea - Joint Economic Area', Tier.Exact))).toEqual([
      'money heist korea joint economic area',
      'money heist',
      'money heist korea',
      'korea joint economic area',
    ]);
    expect(keys(titleVariants('Mr. Sunshine', Tier.Exact))).toEqual(['mr sunshine', 'mister sunshine']);
    expect(keys(titleVariants('Rocky II', Tier.Exact))).toEqual(['rocky ii', 'rocky 2']);
    expect(keys(titleVariants('Ocean’s 8', Tier.Exact))).toEqual(['ocean s 8', 'ocean s viii']);
  });

  it("drops a studio's or author's name before a title, and no other possessive", () => {
    expect(keys(titleVariants("Tom Clancy's Jack Ryan", Tier.Exact))).toEqual(["tom clancy s jack ryan", 'jack ryan']);
    expect(keys(titleVariants('Marvel’s The Punisher', Tier.Exact))).toEqual(['marvel s the punisher', 'the punisher', 'punisher']);
    // Not a subtitle dropped: it stays when another title drops its subtitle to the same words.
    expect(titleVariants("Tom Clancy's Jack Ryan", Tier.Exact).some((v) => v.subtitleDropped)).toBe(false);
    expect(keys(titleVariants("Ferris Bueller's Day Off", Tier.Exact))).toEqual(['ferris bueller s day off']);
  });

  it('marks subtitle-less variants so ambiguous ones can be dropped', () => {
    const variants = titleVariants('Star Wars: The Clone Wars', Tier.Exact);
    expect(variants.filter((v) => v.subtitleDropped).map((v) => v.words.join(' '))).toEqual(['star wars', 'the clone wars']);
    // The subtitle on its own, what people call "Star Wars: Andor", for the compiler to keep only if distinctive.
    expect(variants.filter((v) => v.subtitleOnly).map((v) => v.words.join(' '))).toEqual(['the clone wars']);
  });
});
