import { describe, expect, it } from 'vitest';
import { foldSurname, foldSyllables, phoneticWords } from '../../../lib/names/korean';
import { koreanSurnameFirst } from '../../../lib/names/variants';

const key = (name: string) => phoneticWords(name.toLowerCase().split(/[\s-]+/)).join('|');

describe('Korean romanization families', () => {
  it('folds vowel and consonant spellings of the same syllables together', () => {
    expect(key('Park Ji Hoo')).toBe(key('Park Ji-hu'));
    expect(key('Wi Ha-joon')).toBe(key('Wi Ha-jun'));
    expect(key('Kim Nam-su')).toBe(key('Kim Nam-soo'));
    expect(key('Kim Tae-hoon')).toBe(key('Kim Tae-hun'));
    expect(key('Jo In-seong')).toBe(key('Zo In-sung'.replace('Zo', 'Cho')));
    expect(key('Kim Byeong-cheol')).toBe(key('Kim Byung-chul'));
  });

  it('keeps different names apart', () => {
    expect(key('Park Ji-hu')).not.toBe(key('Park Ji-hoon'));
    expect(key('Kim Nam-soo')).not.toBe(key('Kim Nam-joo'));
  });

  it('knows surname families', () => {
    for (const [a, b] of [['lee', 'yi'], ['lee', 'rhee'], ['park', 'pak'], ['choi', 'choe'], ['jung', 'jeong'], ['jung', 'chung'], ['im', 'lim'], ['gu', 'koo'], ['seo', 'suh']]) {
      expect(foldSurname(a)).toBe(foldSurname(b));
    }
    expect(foldSurname('kim')).not.toBe(foldSurname('park'));
  });

  it('recognises surname-first romanized names only', () => {
    expect(koreanSurnameFirst('Park Ji-hu')).toEqual(['park', 'ji', 'hu']);
    expect(koreanSurnameFirst('Ji-hu Park')).toEqual(['park', 'ji', 'hu']);
    expect(koreanSurnameFirst('Jihu Park')).toEqual(['park', 'jihu']);
    expect(koreanSurnameFirst('Tom Hanks')).toBeUndefined();
    expect(koreanSurnameFirst('Kim')).toBeUndefined();
    expect(foldSyllables('hyeong')).toBe(foldSyllables('hyung'));
  });
});
