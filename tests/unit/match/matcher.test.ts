import { describe, expect, it } from 'vitest';
import { compileMatcherIndex, Matcher } from '../../../lib/match/index';
import type { Mention } from '../../../lib/types';
import type { CandidateReport } from '../../../lib/match/matcher';
import { smallCatalog } from './small-catalog';

const matcher = Matcher.load(compileMatcherIndex(smallCatalog()));
const SCREEN = 'The new Netflix series premiered this week and the cast talked about the film and the episode.';

function found(text: string): Array<[string, string, string]> {
  return matcher.find(text).map((m: Mention) => [text.slice(m.start, m.end), m.kind, m.ids[0]]);
}

describe('exact matching', () => {
  it('finds a multi-word title and person with exact character ranges', () => {
    const text = 'In All of Us Are Dead, Park Ji-hu plays Nam On-jo.';
    const mentions = matcher.find(text);
    expect(mentions.map((m) => [m.start, m.end, m.kind, m.ids])).toEqual([
      [3, 21, 'title', ['ts225855']],
      [23, 33, 'person', ['958720']],
    ]);
    expect(mentions.every((m) => m.score > 0 && m.score <= 1)).toBe(true);
  });

  it('folds case, accents, hyphens and spaces', () => {
    expect(found('ZOE SALDANA and Zoe Saldaña, with Park Jihu and Park Ji Hu.')).toEqual([
      ['ZOE SALDANA', 'person', '3385'],
      ['Zoe Saldaña', 'person', '3385'],
      ['Park Jihu', 'person', '958720'],
      ['Park Ji Hu', 'person', '958720'],
    ]);
  });

  it('matches whole words only and prefers the longest match', () => {
    expect(found('Never ever will Evelyn say Parkland Ji-hu.')).toEqual([]);
    expect(found('Park Ji-hoon is not Park Ji-hu.')).toEqual([
      ['Park Ji-hoon', 'person', '100'],
      ['Park Ji-hu', 'person', '958720'],
    ]);
  });

  it('stops at sentence ends and does not cross a hyphen into a longer word', () => {
    expect(found('We met Park. Ji-hu was late.')).toEqual([]);
    expect(found('On Netflix, Dark-haired heroes and Lomon-style hair.')).toEqual([]);
  });
});

describe('variants', () => {
  it('accepts given-name-first order for Korean names', () => {
    expect(found('Ji-hu Park and Ha-jun Wi starred.')).toEqual([
      ['Ji-hu Park', 'person', '958720'],
      ['Ha-jun Wi', 'person', '243432'],
    ]);
  });

  it('folds Korean romanization families on a film/TV page', () => {
    const text = `${SCREEN} Park Ji Hoo, Wi Ha-joon and director Kim Nam-su were there.`;
    expect(found(text)).toEqual([
      ['Park Ji Hoo', 'person', '958720'],
      ['Wi Ha-joon', 'person', '243432'],
      ['Kim Nam-su', 'person', '2106701'],
    ]);
  });

  it('handles possessives, aliases, hashtags, articles, subtitles, Mr./Mister, numerals and &', () => {
    const text =
      `${SCREEN} Lomon's role in All of Us Are Dead. Park Solomon again. #SquidGame and El juego del calamar. ` +
      'Fans of Witcher and Money Heist: Korea, Mister Sunshine, Rocky 2 and Love, Death and Robots.';
    expect(found(text).map(([t, , id]) => `${t}=${id}`)).toEqual([
      'Lomon=917840',
      'All of Us Are Dead=ts225855',
      'Park Solomon=917840',
      'SquidGame=ts220305',
      'El juego del calamar=ts220305',
      'Witcher=ts5',
      'Money Heist: Korea=ts6',
      'Mister Sunshine=ts7',
      'Rocky 2=tm8',
      'Love, Death and Robots=ts9',
    ]);
  });
});

describe('evidence', () => {
  it('never marks common-word titles or one-word names in unrelated text', () => {
    const weather = 'It was dark before six. Friends gathered in the kingdom of the kitchen; Eve baked, and us too. Will Power? Sweet home!';
    expect(found(weather)).toEqual([]);
    const sport = 'Dark clouds over the stadium. Friends of the club cheered. Kingdom Arena hosts the final. Us against them.';
    expect(found(sport)).toEqual([]);
  });

  it('does not read hyphenated one-word names or shortened titles into common words', () => {
    expect(found(`${SCREEN} Filming wrapped in June, and BTS fans cheered.`)).toEqual([]);
    expect(found('Ju Ji-hoon and Ju-ne star in Kingdom.').map(([t]) => t)).toEqual(['Ju Ji-hoon', 'Ju-ne', 'Kingdom']);
  });

  it('does not take a capitalised function word at a block or sentence start for a one-word name', () => {
    expect(found('In the shadow: a short story.')).toEqual([]);
    expect(matcher.findInBlocks(['In the shadow: a short story.'], { aboutScreen: true })[0]).toEqual([]);
    // Even where the person is credited in a co-mentioned show.
    expect(found('In Squid Game, Lee Jung-jae leads the cast.').map(([t]) => t)).toEqual(['Squid Game', 'Lee Jung-jae']);
    expect(found('Lee Jung-jae thanked "In" after Squid Game.').map(([t]) => t)).toEqual(['Lee Jung-jae', 'In', 'Squid Game']);
  });

  it('marks a one-word title with local evidence or a credited co-mention', () => {
    expect(found('Season 2 of Dark arrives on Netflix.').map(([t]) => t)).toEqual(['Dark']);
    expect(found('Ju Ji-hoon returns in Kingdom.')).toEqual([
      ['Ju Ji-hoon', 'person', '601'],
      ['Kingdom', 'title', 'ts3'],
    ]);
  });

  it('marks title-cased common-word titles only on a film/TV page', () => {
    expect(found('They moved to a Sweet Home in Ohio.')).toEqual([]);
    expect(found(`${SCREEN} Sweet Home is back.`).map(([t]) => t)).toEqual(['Sweet Home']);
  });

  it('ranks people sharing a name by the co-mentioned title', () => {
    const plain = matcher.find('Kim Si-eun smiled.');
    expect(plain[0].ids).toEqual(['242917', '1168246']);
    const withDark = matcher.find('Kim Si-eun joined the German series "Dark" as a guest.');
    expect(withDark.find((m) => m.kind === 'person')?.ids).toEqual(['1168246', '242917']);
  });

  it('findInBlocks shares page evidence between blocks', () => {
    const blocks = ['Park Ji-hu and Lomon star in All of Us Are Dead.', 'Later, Lomon said it was fun.', 'Dark was the night.'];
    const result = matcher.findInBlocks(blocks);
    expect(result).toHaveLength(3);
    expect(result[1].map((m) => blocks[1].slice(m.start, m.end))).toEqual(['Lomon']);
    expect(result[2]).toEqual([]);
  });

  it('uses emphasis ranges from the context', () => {
    const text = 'We watched Dark last night.';
    expect(matcher.find(text)).toEqual([]);
    const at = text.indexOf('Dark');
    const emphasised = matcher.find(text, { context: { emphasis: [{ start: at, end: at + 4 }], aboutScreen: true } });
    expect(emphasised.map((m) => m.ids[0])).toEqual(['ts1']);
  });

  it('finds the emphasis range that covers a name among many, in any order, and only a covering one', () => {
    const text = 'Yesterday we watched Dark last night, then cooked.';
    const at = text.indexOf('Dark');
    const decoys = Array.from({ length: 500 }, (_, k) => ({ start: (k * 7) % at, end: ((k * 7) % at) + 2 }));
    const short = { start: at - 5, end: at + 3 }; // starts before "Dark" but stops inside it
    const context = (emphasis: Array<{ start: number; end: number }>) => ({ context: { emphasis, aboutScreen: true } });
    expect(matcher.find(text, context([...decoys, short]))).toEqual([]);
    const covering = { start: at - 21, end: at + 10 };
    expect(matcher.find(text, context([...decoys, covering, short].reverse())).map((m) => m.ids[0])).toEqual(['ts1']);
  });
});

describe('bad input', () => {
  it('survives empty, huge, space-less, control-character, emoji, RTL and broken-surrogate text', () => {
    const inputs = [
      '',
      'x'.repeat(2_000_000),
      'SquidGame'.repeat(10_000),
      '\u0000\u0001Park Ji-hu\u0007\u001b[0m',
      '😀Park Ji-hu😀 🎬 Squid Game 🦑',
      'مسلسل Squid Game من كوريا وPark Ji-hu',
      '\ud800Park Ji-hu\udc00 \udfff\ud83d',
      'Park Ji-'.repeat(50_000),
    ];
    for (const text of inputs) expect(() => matcher.find(text)).not.toThrow();
    expect(found('😀Park Ji-hu😀 🎬 Squid Game 🦑').map(([t]) => t)).toEqual(['Park Ji-hu', 'Squid Game']);
    expect(found('\ud800Park Ji-hu\udc00').map(([t]) => t)).toEqual(['Park Ji-hu']);
    expect(matcher.findInBlocks([])).toEqual([]);
  });
});

describe('nameOf', () => {
  it('returns the catalogue spelling by kind and id', () => {
    expect(matcher.nameOf('person', '3385')).toBe('Zoe Saldaña');
    expect(matcher.nameOf('title', 'ts220305')).toBe('Squid Game');
    expect(matcher.nameOf('title', '3385')).toBeUndefined();
  });
});

describe('explain', () => {
  it('reports every candidate span with the facts the rules saw, the rejected ones with score 0', () => {
    const reports: CandidateReport[] = [];
    const text = 'Dark clouds came. Then I watched "Dark" on Netflix.';
    const mentions = matcher.find(text, { explain: (r) => reports.push(r) });
    const byText = (s: string) => reports.filter((r) => text.slice(r.start, r.end) === s);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Dark']);
    // The word at the sentence start was a candidate too, and was turned down.
    expect(byText('Dark')).toEqual([
      expect.objectContaining({ start: 0, kind: undefined, score: 0, facts: expect.arrayContaining(['sentenceStart']) }),
      expect.objectContaining({ start: text.indexOf("Dark", 1), kind: 'title', score: mentions[0].score, facts: expect.arrayContaining(['quoted', 'localKeyword']) }),
    ]);
  });
});
