// Surname families and syllable rules added after the held-out corpus: spellings articles use that the first
// rules missed, and the given-name syllables that must stay out of the surname list.
import { describe, expect, it } from 'vitest';
import { foldSurname, foldSyllables, isKoreanSurname } from '../../../lib/names/korean';
import { koreanSurnameFirst } from '../../../lib/names/variants';

describe('more Korean surname families', () => {
  it('knows surnames articles write last, and their spellings', () => {
    expect(koreanSurnameFirst('Eun-woo Cha')).toEqual(['cha', 'eun', 'woo']);
    expect(koreanSurnameFirst('Dong-seok Ma')).toEqual(['ma', 'dong', 'seok']);
    expect(foldSurname('sim')).toBe(foldSurname('shim'));
    expect(foldSurname('namgung')).toBe(foldSurname('namkoong'));
  });

  it('reads a two-syllable surname although it is longer than a syllable', () => {
    expect(koreanSurnameFirst('Namkoong Min')).toEqual(['namkoong', 'min']);
    expect(koreanSurnameFirst('Min Namkoong')).toEqual(['namkoong', 'min']);
    expect(koreanSurnameFirst('Jennifer Aniston')).toBeUndefined();
  });

  it('keeps syllables that start many given names out of the surname list', () => {
    for (const syllable of ['hyun', 'min', 'joo', 'do', 'chae', 'woo', 'won']) expect(isKoreanSurname(syllable)).toBe(false);
    expect(koreanSurnameFirst('Su Hyeon')).toBeUndefined();
  });
});

describe('syllable rules', () => {
  it('folds "wook" and "uk" together, but not "woo" and "eo"', () => {
    expect(foldSyllables('wook')).toBe(foldSyllables('uk'));
    expect(foldSyllables('woo')).not.toBe(foldSyllables('eo'));
  });
});
