import { describe, expect, it } from 'vitest';
import { japaneseNameVariants, shortVowels } from '../../../lib/names/japanese';
import { personVariants } from '../../../lib/names/variants';
import { compileMatcherIndex, Matcher } from '../../../lib/match/index';
import { smallCatalog } from '../match/small-catalog';

describe('Japanese names', () => {
  it('writes long vowels short whichever way they were spelt', () => {
    expect(['satoh', 'satou', 'satoo', 'sato'].map(shortVowels)).toEqual(['sato', 'sato', 'sato', 'sato']);
    expect(shortVowels('yuuki')).toBe('yuki');
    // "oh" before a vowel is two syllables, not a long vowel.
    expect(shortVowels('ohara')).toBe('ohara');
  });

  it('adds the surname-first order and short long vowels for a name that ends in a Japanese surname', () => {
    expect(japaneseNameVariants(['takeru', 'satoh'])).toEqual([
      ['satoh', 'takeru'],
      ['takeru', 'sato'],
      ['sato', 'takeru'],
    ]);
    expect(japaneseNameVariants(['kento', 'yamazaki'])).toEqual([['yamazaki', 'kento']]);
    expect(japaneseNameVariants(['tom', 'cruise'])).toEqual([]);
    expect(japaneseNameVariants(['hikaru', 'utada', 'x'])).toEqual([]);
    expect(personVariants('Kento Yamazaki', 0).map((v) => [v.words.join(' '), v.tier])).toEqual([
      ['kento yamazaki', 0],
      ['yamazaki kento', 2],
    ]);
  });

  it('finds "Satō Takeru" and "Yamazaki Kento" on a page about film', () => {
    const base = smallCatalog();
    const matcher = Matcher.load(
      compileMatcherIndex({
        ...base,
        people: [...base.people, { id: '47081', name: 'Takeru Satoh', otherNames: [] }, { id: '134256', name: 'Kento Yamazaki', otherNames: [] }],
        credits: [
          ...base.credits,
          { titleId: 'ts1', personId: '47081', role: 'ACTOR', order: 0, characters: [] },
          { titleId: 'ts1', personId: '134256', role: 'ACTOR', order: 1, characters: [] },
        ],
      }),
    );
    const text = 'The Netflix series is back. Yamazaki Kento returns, and Satō Takeru joins the cast.';
    expect(matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`)).toEqual(['Yamazaki Kento=134256', 'Satō Takeru=47081']);
  });
});
