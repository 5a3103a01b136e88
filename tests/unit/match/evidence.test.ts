import { describe, expect, it } from 'vitest';
import { personScore, titleScore, type PageFacts, type SpanFacts, type SpanShape } from '../../../lib/match/evidence';
import { COMMON_NAME_FLAG, KeyFlag } from '../../../lib/match/layout';
import { Tier } from '../../../lib/names/variants';

const shape = (over: Partial<SpanShape> = {}): SpanShape => ({
  titleCase: true, sentenceCase: true, nameCase: true, sentenceStart: false, allCaps: false, quoted: false, hashtag: false, localKeyword: false,
  localStrongKeyword: false, insideLongerName: false, cutsWord: false, characterCue: false, placeCue: false, besideTitle: false, functionWord: false, seasonLabel: false, headline: false, roleCue: false, casualLowercase: false, ...over,
});
const facts = (keyFlags: number, over: Partial<SpanShape> = {}, tier: Tier = Tier.Exact, prior = 4): SpanFacts => ({ shape: shape(over), keyFlags, tier, prior, yearFits: false, playsSelf: false });
const plain: PageFacts = { aboutScreen: false, screenWords: false, filmWords: false };
const screen: PageFacts = { aboutScreen: true, screenWords: true, filmWords: true };
const ONE_COMMON = KeyFlag.SingleWord | KeyFlag.AllCommon;

describe('title evidence', () => {
  it('accepts distinctive multi-word titles in title case anywhere, never in lower case', () => {
    expect(titleScore(facts(0), plain, false)).toBeGreaterThan(0.9);
    expect(titleScore(facts(0, { titleCase: false, sentenceCase: false }), screen, false)).toBe(0);
  });

  it('needs a film/TV page or evidence for common-word titles, and evidence when written in capitals', () => {
    expect(titleScore(facts(KeyFlag.AllCommon), plain, false)).toBe(0);
    expect(titleScore(facts(KeyFlag.AllCommon, { allCaps: true }), screen, false)).toBe(0);
    expect(titleScore(facts(KeyFlag.AllCommon, { allCaps: true, quoted: true }), screen, false)).toBeGreaterThan(0);
    expect(titleScore(facts(KeyFlag.AllCommon), screen, false)).toBeGreaterThan(0);
    expect(titleScore(facts(KeyFlag.AllCommon, { localKeyword: true }), plain, false)).toBeGreaterThan(0);
  });

  it('takes an obscure one-word title (a few hundred votes: "Payback", "Island") only when the page sets it apart', () => {
    const obscure = (over: Partial<SpanShape> = {}): SpanFacts => facts(KeyFlag.SingleWord, over, Tier.Exact, 3);
    expect(titleScore(facts(KeyFlag.SingleWord), screen, false)).toBeGreaterThan(0);
    expect(titleScore(obscure(), screen, false)).toBe(0);
    expect(titleScore(obscure({ localStrongKeyword: true, localKeyword: true }), screen, false)).toBe(0);
    expect(titleScore(obscure({ quoted: true }), screen, false)).toBeGreaterThan(0);
    expect(titleScore(obscure(), screen, true)).toBeGreaterThan(0);
    expect(titleScore({ ...obscure(), yearFits: true }, screen, false)).toBeGreaterThan(0);
  });

  it('needs local evidence for one common word, and never takes it at a sentence start alone', () => {
    expect(titleScore(facts(ONE_COMMON), screen, false)).toBe(0);
    expect(titleScore(facts(ONE_COMMON, { localStrongKeyword: true, localKeyword: true }), plain, false)).toBeGreaterThan(0);
    expect(titleScore(facts(ONE_COMMON, { sentenceStart: true, localKeyword: true }), screen, false)).toBe(0);
    expect(titleScore(facts(ONE_COMMON, { besideTitle: true }), plain, false)).toBeGreaterThan(0);
    expect(titleScore(facts(ONE_COMMON), plain, true)).toBeGreaterThan(0);
  });

  it('rejects one-word titles that are characters, parts of longer names, or lower case even in quotes', () => {
    expect(titleScore(facts(KeyFlag.SingleWord, { characterCue: true }), screen, true)).toBe(0);
    expect(titleScore(facts(KeyFlag.SingleWord, { placeCue: true, localStrongKeyword: true }), screen, false)).toBe(0);
    expect(titleScore(facts(KeyFlag.SingleWord, { placeCue: true }), screen, true)).toBeGreaterThan(0);
    expect(titleScore(facts(KeyFlag.SingleWord, { insideLongerName: true }), screen, true)).toBe(0);
    expect(titleScore(facts(ONE_COMMON, { titleCase: false, quoted: true }), screen, false)).toBe(0);
  });

  it('accepts curated aliases in sentence case on a film/TV page, and derived spellings only with support', () => {
    const sentenceCase = { titleCase: false, sentenceCase: true };
    expect(titleScore(facts(KeyFlag.AllCommon, sentenceCase, Tier.Alias), screen, false)).toBeGreaterThan(0);
    expect(titleScore(facts(KeyFlag.AllCommon, sentenceCase, Tier.Alias), plain, false)).toBe(0);
    expect(titleScore(facts(0, {}, Tier.Variant), plain, false)).toBe(0);
    expect(titleScore(facts(0, {}, Tier.Variant), screen, false)).toBeGreaterThan(0);
  });

  it('only marks numbers in quotes on a film/TV page', () => {
    expect(titleScore(facts(ONE_COMMON | KeyFlag.Numeric), screen, false)).toBe(0);
    expect(titleScore(facts(ONE_COMMON | KeyFlag.Numeric, { quoted: true }), screen, false)).toBeGreaterThan(0);
  });
});

describe('person evidence', () => {
  it('accepts capitalised multi-word names, not lower-case ones or ones cut inside a hyphenated word', () => {
    expect(personScore(facts(0), plain, false)).toBeGreaterThan(0.9);
    expect(personScore(facts(0, { nameCase: false }), screen, true)).toBe(0);
    expect(personScore(facts(0, { cutsWord: true }), screen, true)).toBe(0);
  });

  it('needs support for phonetic guesses and for names made of very common words', () => {
    expect(personScore(facts(0, {}, Tier.Phonetic), plain, false)).toBe(0);
    expect(personScore(facts(0, {}, Tier.Phonetic), screen, false)).toBeGreaterThan(0);
    expect(personScore(facts(KeyFlag.AllVeryCommon), plain, false)).toBe(0);
  });

  it('takes an obscure actor with a common name ("Grant Williams") only with film words, a co-mention, or as themselves', () => {
    const obscure = (over: Partial<SpanShape> = {}, playsSelf = false): SpanFacts => ({ ...facts(COMMON_NAME_FLAG, over, Tier.Exact, 1), playsSelf });
    const sporty: PageFacts = { aboutScreen: true, screenWords: true, filmWords: false };
    expect(personScore(obscure(), sporty, false)).toBe(0);
    expect(personScore(obscure({ localKeyword: true }), sporty, false)).toBe(0); // "the series" of a play-off
    expect(personScore(obscure({ localKeyword: true, localStrongKeyword: true }), sporty, false)).toBeGreaterThan(0);
    expect(personScore(obscure(), sporty, true)).toBeGreaterThan(0);
    expect(personScore(obscure(), screen, false)).toBeGreaterThan(0);
    expect(personScore(obscure({}, true), sporty, false)).toBeGreaterThan(0);
    expect(personScore({ ...facts(COMMON_NAME_FLAG), prior: 4 }, sporty, false)).toBeGreaterThan(0);
    expect(personScore(facts(0, {}, Tier.Exact, 1), sporty, false)).toBeGreaterThan(0); // an uncommon name
  });

  it('takes one-word names only from a co-mention or a film/TV page, never common words or name parts', () => {
    expect(personScore(facts(KeyFlag.SingleWord), plain, false)).toBe(0);
    expect(personScore(facts(KeyFlag.SingleWord), screen, false)).toBeGreaterThan(0);
    expect(personScore(facts(KeyFlag.SingleWord, {}, Tier.Exact, 1), screen, false)).toBe(0); // one obscure credit
    expect(personScore(facts(ONE_COMMON), screen, false)).toBe(0);
    expect(personScore(facts(KeyFlag.SingleWord | KeyFlag.NamePart), screen, false)).toBe(0);
    expect(personScore(facts(ONE_COMMON), plain, true)).toBeGreaterThan(0);
  });

  it('never takes a lone function word ("In the shadow: …") as a one-word name without quotes', () => {
    const lead = { sentenceStart: true, functionWord: true };
    expect(personScore(facts(ONE_COMMON, lead), screen, false)).toBe(0);
    expect(personScore(facts(ONE_COMMON, { ...lead, localKeyword: true }), screen, true)).toBe(0);
    expect(personScore(facts(ONE_COMMON, { ...lead, quoted: true }), screen, true)).toBeGreaterThan(0);
  });
});
