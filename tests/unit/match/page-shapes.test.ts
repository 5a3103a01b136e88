// How real articles write names around punctuation and case: quotes, elisions, hyphenated adjectives, Title Case
// headlines, and a person named next to a title they are credited in.
import { describe, expect, it } from 'vitest';
import { compileMatcherIndex, Matcher } from '../../../lib/match/index';
import type { Credit } from '../../../lib/types';
import { smallCatalog, titleWithVotes } from './small-catalog';

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

// Shapes found on published pages (the held-out corpus), each with the namesakes that made it a trap.
describe('how pages set names apart, and what only looks like a name', () => {
  const base = smallCatalog();
  const show = titleWithVotes;
  const titles = [
    ...base.titles,
    show('ts78305', 'Elite', 80000, 40),
    show('ts274631', 'Wednesday', 300000, 800),
    show('tm54681', 'Big', 200000),
    show('ts35484', 'Review', 5000),
    show('ts4', 'Breaking Bad', 2000000, 300),
    show('tm246935', 'Coming Out', 2000),
    show('tm18896', 'New Faces', 500),
    show('ts314025', 'The Glory', 100000, 60),
    show('tm52201', 'Shadows', 50000, 20),
    show('tm103634', 'Oceans', 5000),
    show('ts79813', 'You', 250000, 100),
    show('tm1056138', 'Goodbye', 8000),
    show('ts89259', "The Queen's Gambit", 500000, 100),
    { ...show('tm183523', 'Oldboy', 80000, 20), year: 2013 },
    { ...show('tm113576', 'Little Women', 200000, 50), year: 2019 },
    { ...show('ts311620', 'Little Women', 10000, 30), year: 2022 },
    show('tm868035', 'Los Angeles', 50000, 20),
    show('tm175843', 'Dark Skies', 90000, 20),
    show('tm6859', 'My Girl', 100000, 20),
    show('ts226904', 'The Last of Us', 400000, 500),
    show('tm257120', 'Us', 300000, 50),
    show('tm160438', 'Jack Ryan: Shadow Recruit', 134000, 20),
    show('ts75062', "Tom Clancy's Jack Ryan", 111000, 45),
    show('tm56898', 'The Bear', 20000, 5),
    { ...show('tm120386', 'Labyrinth', 150000, 20), year: 1986 },
    { ...show('tm366889', 'Vice', 100000, 20), year: 2018 },
    { ...show('tm1158764', 'JUNG_E', 20000, 20), year: 2023 },
    { ...show('tm189054', 'The Host', 120000, 20), year: 2013 },
    { ...show('ts0002', 'Game of Thrones', 2000000, 300), aliases: ['GoT'] },
    { ...show('ts53864', 'Ozark', 300000, 100), year: 2017 },
    show('ts85391', 'Star Wars: Andor', 200000, 100),
    show('tm1118', 'Rurouni Kenshin: Origins', 50000, 10),
    show('tm404610', 'Hip-Hop Evolution: The Breakout', 500),
    show('ts225101', 'Start-Up', 50000, 30),
    show('tm416105', 'Steve Martin and Martin Short: An Evening You Will Forget for the Rest of Your Life', 3000, 5),
    show('tm417392', 'The King', 50000, 20),
    show('tm82546', 'Pinocchio', 150000, 30),
    show('tm438816', "Guillermo del Toro's Pinocchio", 100000, 60),
    { ...show('tm931330', 'BLACKPINK: Light Up the Sky', 20000, 20), genres: ['documentation', 'music'] },
    show('tm105286', 'Peter Pan', 200000, 40),
    show('tm820190', '#Alive', 100000, 20),
    { ...show('tm187390', 'The Square', 5000, 10), year: 2014 },
    show('ts32835', 'Hunter x Hunter', 100000, 150),
    show('tm156178', 'Paranormal', 3000, 5),
    { ...show('ts87466', 'Demon Slayer: Kimetsu no Yaiba', 150000, 100), aliases: ['Demon Slayer', 'Kimetsu no Yaiba'] },
    show('ts89744', 'How to Sell Drugs Online (Fast)', 40000, 30),
    show('tm684595', 'Liberation', 1000, 5),
    show('tm76385', 'War', 90000, 20),
    { ...show('ts21367', 'Jane the Virgin', 46000, 100), year: 2014 },
    { ...show('ts35463', 'Richie Rich', 3000, 10), year: 2015 },
    show('tm53427', 'Annie', 40000, 20),
    { ...show('tm77588', 'Casablanca', 577842, 30), year: 1943 },
    show('ts373465', 'Harry & Meghan', 30000, 40),
    show('ts87074', 'Euphoria', 200000, 80),
    { ...show('tm305113', 'Dune', 700000, 100), year: 2021 },
    show('tm403712', 'United Skates', 3000, 10),
    { ...show('tm823717', 'Elvis', 200000, 60), year: 2022 },
    { ...show('tm105386', 'Scream', 400000, 50), year: 1996 },
  ];
  const people = [
    ...base.people,
    { id: '101659', name: 'Joo Won', otherNames: [] },
    { id: '118964', name: 'Lee Jung', otherNames: [] },
    { id: '818419', name: 'Ha Jun', otherNames: [] },
    { id: '700', name: 'Penn Badgley', otherNames: [] },
    { id: '1785187', name: 'Anupam Tripathi', otherNames: [] },
    { id: '875364', name: 'Lee Know', otherNames: [] },
    { id: '16832', name: 'Steve Martin', otherNames: [] },
    { id: '9234', name: 'Martin Short', otherNames: [] },
    { id: '684293', name: 'Adam C. Smith', otherNames: [] },
    { id: '51329', name: 'Guillermo del Toro', otherNames: [] },
    { id: '746933', name: 'Kim Ji-soo', otherNames: [] },
    { id: '482193', name: 'Peter Pan', otherNames: [] },
    { id: '89421', name: 'Richie Rich', otherNames: [] },
    { id: '1122957', name: 'H.E.R.', otherNames: [] },
    { id: '616044', name: 'Gu Yin', otherNames: [] },
    { id: '2953', name: 'Guy Pearce', otherNames: [] },
    { id: '7063', name: 'Bryan Cranston', otherNames: [] },
    { id: '8944', name: 'Jamie Lee Curtis', otherNames: [] },
    { id: '1484981', name: 'Jamie Lee', otherNames: [] },
    { id: '1500001', name: 'Brian Cranstone', otherNames: [] },
    { id: '23825', name: 'Zendaya', otherNames: [] },
    { id: '428789', name: 'Tom Parker', otherNames: [] },
    { id: '1240', name: 'Tom Hanks', otherNames: [] },
    { id: '1676', name: 'Bill Murray', otherNames: [] },
    { id: '86658', name: 'Murray Bartlett', otherNames: [] },
    { id: '893802', name: 'Prince Harry', otherNames: [] },
    { id: '21539', name: 'Meghan Markle', otherNames: [] },
    { id: '589439', name: 'Callum Wilson', otherNames: [] },
    { id: '906698', name: 'Nick Wilson', otherNames: [] },
    // Enough other names starting with "Callum" and "Nick" and ending with "Wilson" to make those common name parts.
    ...Array.from({ length: 8 }, (_, k) => [`Callum Filler${k}`, `Nick Filler${k}`, `Filler${k} Wilson`]).flat().map((name, k) => ({ id: `95000${k}`, name, otherNames: [] })),
  ];
  const credits: Credit[] = [
    ...base.credits,
    { titleId: 'ts79813', personId: '700', role: 'ACTOR', order: 0, characters: [] },
    { titleId: 'ts220305', personId: '1785187', role: 'ACTOR', order: 2, characters: [] },
    { titleId: 'tm438816', personId: '51329', role: 'DIRECTOR', order: 0, characters: [] },
    { titleId: 'tm931330', personId: '746933', role: 'ACTOR', order: 0, characters: [] },
    { titleId: 'ts21367', personId: '1122957', role: 'ACTOR', order: 9, characters: [] },
    { titleId: 'tm684595', personId: '616044', role: 'ACTOR', order: 3, characters: [] },
    ...['ts4', 'tm76385', 'ts35484', 'tm52201'].map((titleId) => ({ titleId, personId: '7063', role: 'ACTOR' as const, order: 0, characters: [] })),
    { titleId: 'tm156178', personId: '1500001', role: 'ACTOR', order: 9, characters: [] },
    { titleId: 'tm76385', personId: '8944', role: 'ACTOR', order: 1, characters: [] },
    { titleId: 'tm684595', personId: '1484981', role: 'ACTOR', order: 5, characters: [] },
    { titleId: 'tm684595', personId: '589439', role: 'ACTOR', order: 7, characters: ['Guard'] },
    { titleId: 'ts4', personId: '906698', role: 'ACTOR', order: 0, characters: [], self: true },
    { titleId: 'ts87074', personId: '23825', role: 'ACTOR', order: 0, characters: ['Rue Bennett'] },
    { titleId: 'tm823717', personId: '1240', role: 'ACTOR', order: 1, characters: ['Colonel Tom Parker'] },
    { titleId: 'tm76385', personId: '428789', role: 'ACTOR', order: 6, characters: ['Guard'] },
  ];
  const wide = Matcher.load(compileMatcherIndex({ titles, people, credits }));
  const names = (text: string) => wide.find(text).map((m) => text.slice(m.start, m.end));
  const NEWS = 'Netflix announced the new season of the series and its cast this week.\n';

  it('reads a season number after a word as a show ("Elite: Season 8"), not an adjective before "Season"', () => {
    expect(names(`${NEWS}Wednesday: Season 1 (featurette)\nElite: Season 8\n`)).toEqual(['Wednesday', 'Elite']);
    // "Part 2" labels a show's part, or a sequel the catalogue lacks: no film of that name.
    expect(names(`${NEWS}Weekend Box Office: Villeneuve Sequel Dune Part Two Opens Big`)).toEqual([]);
    expect(names(`${NEWS}Weekend Box Office: Villeneuve Classic Dune Returns To Theaters`)).toEqual(['Dune']);
    expect(names(`${NEWS}Anya Chalotra Talks Yennefer's Big Season 3 Twist`)).toEqual([]);
  });

  it('reads a numbered list run into one line as a list ("1. Breaking Bad 2. Review 3. The Glory")', () => {
    expect(names(`${NEWS}My ranking right now: 1. Breaking Bad 2. Review 3. The Glory 4. Dark Skies.`)).toEqual(['Breaking Bad', 'Review', 'The Glory', 'Dark Skies']);
    // A number inside a sentence is no item number: nothing else there sets "Review" apart.
    expect(names(`${NEWS}Breaking Bad ranked 2. Review sites agreed.`)).toEqual(['Breaking Bad']);
    // Items set apart by two spaces, and a list that goes on on the next line.
    expect(names(`${NEWS}Our top 4:\n1. Breaking Bad  2. The Glory  3. Review\n4. Dark Skies`)).toEqual(['Breaking Bad', 'The Glory', 'Review', 'Dark Skies']);
  });

  it('reads names one per line, or one per block (<li> items), as a list when most of them are confident titles', () => {
    expect(names(`${NEWS}Outstanding Drama Series\nBreaking Bad\nReview\nThe Glory\nOzark\n`)).toEqual(['Breaking Bad', 'Review', 'The Glory', 'Ozark']);
    const blocks = wide.findInBlocks([NEWS, 'Breaking Bad', 'Review', 'The Glory']).map((list, b) => list.map((m) => [NEWS, 'Breaking Bad', 'Review', 'The Glory'][b].slice(m.start, m.end)));
    expect(blocks.flat()).toEqual(['Breaking Bad', 'Review', 'The Glory']);
    // A menu of words is no list of titles.
    expect(names(`${NEWS}Home\nReview\nShadows\nContact\n`)).toEqual([]);
  });

  it('does not count a name inside a longer one as named on the page ("Us" in "The Last of Us")', () => {
    expect(names(`${NEWS}Ranked: The Last of Us, Breaking Bad, Review.\nUS officials said the US would act.`)).toEqual(['The Last of Us', 'Breaking Bad', 'Review']);
  });

  it('reads "the season of" before a name as a show, and a name cited as a show once as a show all over the page', () => {
    expect(names(`${NEWS}We loved the second season of The Bear and the final season of Breaking Bad.`)).toEqual(['Breaking Bad']);
    expect(names(`${NEWS}The Bear: Season 2 is out.\nWhy The Bear works so well.`)).toEqual([]);
    expect(names(`${NEWS}Why The Bear works so well.`)).toEqual(['The Bear']);
  });

  it('reads a season label as a show: films of that name are namesakes ("The Bear" Season 3)', () => {
    const best = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`);
    expect(best(`${NEWS}Fans can catch up on "Jack Ryan" Season 3.`)).toEqual(['Jack Ryan=ts75062']);
    expect(best(`${NEWS}FX renewed "The Bear" Season 3.`)).toEqual([]);
    expect(best(`${NEWS}We watched "The Bear" last night.`)).toEqual(['The Bear=tm56898']);
  });

  it('reads a title with its year or its seasons as cited, even at the start of a line', () => {
    const LIST = 'Leaving Netflix in April\n\nLeaving April 1\n';
    expect(names(`${LIST}Labyrinth (1986)\nVice (2018)\nElite: Seasons 1–3\n`)).toEqual(['Labyrinth', 'Vice', 'Elite']);
    // Another year is no citation of this title; a year is no citation of a word.
    expect(names(`${LIST}Labyrinth (2001)\nVice (2018) was a good year\n`.replace('Vice (2018) was', 'Vice (1999) was'))).toEqual([]);
    // A filmography row gives the year before the title: the 2013 namesake is not the 2006 film.
    expect(names(`${NEWS}2006 | The Host | Park Gang-du\n`)).toEqual([]);
  });

  it('does not carry one sense of a common word across the page, nor a common word opening a sentence', () => {
    const diary = 'The garden club met on Wednesday to talk about the frost and the roses.';
    expect(names(`${NEWS}Elite: Season 8\nWednesday: Season 1\n\n${diary}\n`)).toEqual(['Elite', 'Wednesday']);
  });

  it('reads a word joined by an underscore, a spaced dash, and a stylised capital', () => {
    expect(names(`${NEWS}Her new film JUNG_E opens Friday.`)).toEqual(['JUNG_E']);
    expect(names(`${NEWS}12:40 – Why Ozark's ending worked`)).toEqual(['Ozark']);
    expect(names(`${NEWS}Game of Thrones was huge. HotD is basically GoT with more wigs.`)).toEqual(['Game of Thrones', 'GoT']);
  });

  it('reads the subtitle after a franchise\'s colon as the name people use, when it is distinctive', () => {
    expect(names(`${NEWS}We finally watched "Andor" and loved it.`)).toEqual(['Andor']);
    // "Origins" is a common word: no key of its own. A derived spelling in sentence case is just words.
    expect(names(`${NEWS}Its "Origins" episode is the best.`)).toEqual([]);
    expect(names(`${NEWS}The breakout star of the year is back.`)).toEqual([]);
  });

  it('reads a name in brackets as one name, and common words run together as one word', () => {
    // A cast list is capitalised like a headline, but "(Joe Ozark)" is a character, not the show.
    expect(names(`${NEWS}Main cast: Penn Badgley (Joe Ozark), Anupam Tripathi (Ali Abdul)`)).toEqual(['Penn Badgley', 'Anupam Tripathi']);
    expect(names(`${NEWS}Main cast: Penn Badgley (Ozark), Anupam Tripathi (Ali Abdul)`)).toEqual(['Penn Badgley', 'Ozark', 'Anupam Tripathi']);
    expect(names(`${NEWS}A grant keeps the Startup afloat.`)).toEqual([]);
    expect(names(`${NEWS}Bae Suzy stars in Start-Up.`)).toEqual(['Start-Up']);
  });

  it('reads full names in lower case where the writer capitalises nothing, and only there', () => {
    expect(names(`${NEWS}ok so i finally watched it. anupam tripathi is so good lol. also ozark s2`)).toEqual(['anupam tripathi']);
    expect(names(`${NEWS}Ok so I finally watched it. Pedro said anupam tripathi is so good.`)).toEqual([]);
    // Keys join words, so "guy in" is Gu Yin's key (and "guy" starts keys: Guy Pearce); in lower case only word
    // breaks that match say it is the name.
    expect(names(`${NEWS}ok so i finally watched it. the guy in episode 3 is anupam tripathi lol`)).toEqual(['anupam tripathi']);
  });

  it('keeps a title known without its owner behind the exact name, for a co-mention to rank it first', () => {
    const best = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`);
    expect(best(`${NEWS}Guillermo del Toro won the Oscar for "Pinocchio".`)).toEqual(['Guillermo del Toro=51329', 'Pinocchio=tm438816']);
    expect(best(`${NEWS}The 1940 "Pinocchio" is still the best.`)).toEqual(['Pinocchio=tm82546']);
  });

  it("reads a documentary's one word before its subtitle as its subject, not as the film", () => {
    expect(names(`${NEWS}Kim Ji-soo of BLACKPINK stars in the new drama.`)).toEqual(['Kim Ji-soo']);
    expect(names(`${NEWS}BLACKPINK: Light Up the Sky is on Netflix.`)).toEqual(['BLACKPINK: Light Up the Sky']);
  });

  it('reads a year a few words before a title: a film of another year is a namesake, a show may be in a later season', () => {
    expect(names(`${NEWS}Ruben Ostlund won the Palme in 2017 for "The Square".`)).toEqual([]);
    expect(names(`${NEWS}The 2014 film "The Square" is on Netflix.`)).toEqual(['The Square']);
    expect(names(`${NEWS}The 2022 season of Ozark was its last.`)).toEqual(['Ozark']);
  });

  it('reads a day or month in a date as the date, and ends a list at a sentence end', () => {
    const week = `${NEWS}Wednesday, March 1\n• Ozark, new episodes.\nNew episodes every Wednesday.\n• Breaking Bad returns.`;
    expect(names(week)).toEqual(['Ozark', 'Breaking Bad']);
    expect(names(`${NEWS}A thriller from 'Wednesday' producers.`)).toEqual(['Wednesday']);
  });

  it('gives a name shared by an obscure person and a well-known title to the title', () => {
    const best = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.kind}`);
    expect(best(`${NEWS}Disney+ adds the classic Peter Pan this week.`)).toEqual(['Peter Pan=title']);
  });

  it('keeps the "#" of a title whose name starts with it, not of a hashtag', () => {
    const spans = (text: string) => wide.find(text).map((m) => text.slice(m.start, m.end));
    expect(spans(`${NEWS}The zombie film #Alive is back. #SquidGame`)).toEqual(['#Alive', 'SquidGame']);
  });

  it('does not cut a title out of a longer name that goes on with "of" ("The King of Pigs")', () => {
    expect(names(`${NEWS}His debut, The King of Pigs, was animated.`)).toEqual([]);
    expect(names(`${NEWS}His best film, The King, was animated.`)).toEqual(['The King']);
  });

  it('reads two people named together as people, not as the special their names start', () => {
    expect(names(`${NEWS}Steve Martin and Martin Short were nominated again.`)).toEqual(['Steve Martin', 'Martin Short']);
  });

  it('asks the page to agree before reading a derived spelling of a person ("Adam Smith" for "Adam C. Smith")', () => {
    expect(names('The economist Adam Smith wrote about markets and trade.')).toEqual([]);
    expect(names(`${NEWS}Adam Smith stars in the new film.`)).toEqual(['Adam Smith']);
  });

  it('does not take the label before a colon for an item of the list after it', () => {
    expect(names(`${NEWS}Review: The Queen's Gambit is a triumph.`)).toEqual(["The Queen's Gambit"]);
  });

  it('keeps a list going past a note in brackets, and does not read the note as more of the name', () => {
    expect(names('Leaving Netflix This Week: Breaking Bad (US only), Friends (Canada).')).toEqual(['Breaking Bad', 'Friends']);
  });

  it('asks more of lesser-known titles in headlines and headings, where every word is capitalised', () => {
    expect(names(`${NEWS}New on Netflix This Week: Every Movie and Show Coming Out`)).toEqual([]);
    expect(names(`${NEWS}'Squid Game' Star Lee Jung-jae Says Goodbye To Gi-hun In Emotional Post`)).toEqual(['Squid Game', 'Lee Jung-jae']);
    expect(names(`${NEWS}NEW FACES\n\nThe show added three actors.`)).toEqual([]);
    // A famous one is still itself.
    expect(names(`${NEWS}Why Breaking Bad Still Matters`)).toEqual(['Breaking Bad']);
  });

  it('takes capitals inside a lower-case sentence as emphasis, and then the heading that repeats the name too', () => {
    expect(names(`${NEWS}Fans will have to wait: neither THE GLORY nor KINGDOM has been renewed.`)).toEqual(['THE GLORY', 'KINGDOM']);
    expect(names(`${NEWS}WHAT ABOUT THE GLORY?\n\nFans will have to wait: THE GLORY has not been renewed.`)).toEqual(['THE GLORY', 'THE GLORY']);
  });

  it('does not cut a title word out of a longer name the catalogue lacks ("The Age of Shadows", "Our Oceans")', () => {
    expect(names(`${NEWS}He starred in the film The Age of Shadows (2016).`)).toEqual([]);
    expect(names(`${NEWS}Our Oceans (Limited Series)`)).toEqual([]);
  });

  it('does not take the character a show is named after for the show after "returns as" or "plays"', () => {
    expect(names(`${NEWS}Penn Badgley returns as Breaking Bad, with Lee Jung.`)).toEqual(['Penn Badgley', 'Lee Jung']);
    expect(names(`${NEWS}Penn Badgley is as good as Breaking Bad.`)).toEqual(['Penn Badgley', 'Breaking Bad']);
  });

  it('does not take a character for the actor of the same name after "plays" or "the role of"', () => {
    expect(names(`${NEWS}In All of Us Are Dead, Lomon takes on the role of Joo Won, the son of the mayor.`)).toEqual(['All of Us Are Dead', 'Lomon']);
    expect(names(`${NEWS}Joo Won joins Squid Game.`)).toEqual(['Joo Won', 'Squid Game']);
  });

  it('does not read part of a longer Korean name as a sound-alike of a shorter one', () => {
    expect(names(`${NEWS}Wi Ha-jun starred as Lee Cheong San.`)).toEqual(['Wi Ha-jun']);
    expect(names(`${NEWS}Lee Jung joins the cast.`)).toEqual(['Lee Jung']);
  });

  it('reads a sound-alike before a possessive, but not a given name that repeats a full name given before', () => {
    expect(names(`${NEWS}Wi Ha Joon's comments sent fans into a frenzy. One wrote, "Ha Joon's visuals are illegal."`)).toEqual([
      'Wi Ha Joon',
    ]);
  });

  it('does not read the start of a full name given on the page as another person ("Jamie Lee" after "Jamie Lee Curtis")', () => {
    expect(names(`${NEWS}Jamie Lee Curtis won. Later Jamie Lee (as she signs her texts) left early.`)).toEqual(['Jamie Lee Curtis']);
    // A hyphenated given name is not cut: "Lee Jung" is another actor than Lee Jung-jae.
    expect(names(`${NEWS}Lee Jung-jae and Lee Jung are in the cast.`)).toEqual(['Lee Jung-jae', 'Lee Jung']);
  });

  it('reads a sentence opening with a pronoun and a verb as the pronoun, also after a short word and a period', () => {
    expect(names('Penn Badgley stars in You. You was created by Greg Berlanti, Gamble told us. You can read the chart below.')).toEqual([
      'Penn Badgley', 'You', 'You',
    ]);
  });

  it('spends the fuzzy look on runs that may be misspelt names, so a long page does not run out before the typo', () => {
    expect(names(`${NEWS}Anupam Tripati plays Ali in Squid Game.`)).toEqual(['Anupam Tripati', 'Squid Game']);
    // 120 distinct capitalised runs that no catalogue name resembles, then the typo.
    const syllables = ['Zor', 'Quen', 'Vax', 'Plim', 'Drub', 'Kesh', 'Yorv', 'Fral', 'Gusk', 'Twen', 'Brix', 'Hulm'];
    const runs: string[] = [];
    for (let i = 0; i < 120; i++) runs.push(`Visitors met ${syllables[i % 12]}bly ${syllables[(i * 5 + 1) % 12]}ton ${syllables[Math.floor(i / 12)]}wick today.`);
    const page = `${NEWS}${runs.join(' ')}\nAnupam Tripati plays Ali in Squid Game.`;
    expect(names(page)).toEqual(['Anupam Tripati', 'Squid Game']);
  });

  it('takes, of two names a misspelling is equally near, the better known, and leaves a possessive out', () => {
    const ids = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`);
    expect(ids(`${NEWS}Also Brian Cranston's commentary tracks are great.`)).toEqual(['Brian Cranston=7063']);
  });

  it('looks for misspellings in a list of names run together with commas and "and"', () => {
    expect(names(`${NEWS}Squid Game, with Penn Badgley, Lee Jung and Anupam Tripati in the cast.`)).toEqual(['Squid Game', 'Penn Badgley', 'Lee Jung', 'Anupam Tripati']);
  });

  it('reads the year in brackets after a title: another year is a namesake, that year ranks first', () => {
    const ids = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids.join('/')}`);
    expect(ids(`${NEWS}The best thrillers: Oldboy (2013), then Oldboy (2003).`)).toEqual(['Oldboy=tm183523']);
    expect(ids(`${NEWS}Little Women (2022) and Little Women (2019) are both on the list.`)).toEqual([
      'Little Women=ts311620',
      'Little Women=tm113576',
    ]);
  });

  it('takes a place for a place unless the page sets the title apart', () => {
    expect(names(`${NEWS}He drives a cab for one long night in Los Angeles.`)).toEqual([]);
    expect(names(`${NEWS}We flew from Casablanca to Tangier, and watched Casablanca (1943) at the hotel.`)).toEqual(['Casablanca']);
    // Nor does the fallback for misspellings read a place as a name one letter away.
    expect(names(`${NEWS}The series launched in the United States, and United Skates is on HBO Max.`)).toEqual(['United Skates']);
    expect(names(`${NEWS}The film "Los Angeles" premieres on Netflix.`)).toEqual(['Los Angeles']);
  });

  it('counts plurals of common words as common ("Dark Skies" in a weather report)', () => {
    expect(names('Weekend Weather and a Warming Soup: Dark Skies, Big Winds, Then Frost')).toEqual([]);
    expect(names(`${NEWS}"Dark Skies" is a horror film.`)).toEqual(['Dark Skies']);
  });

  it('reads "x" between the words of a title as a function word ("Hunter x Hunter")', () => {
    expect(names(`${NEWS}Haikyuu and Hunter x Hunter are the two we recommend to every new fan.`)).toEqual(['Hunter x Hunter']);
  });

  it('reads a filmography row as columns: a range of years gives the first, a role is no list neighbour, a year cites the title', () => {
    const ids = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`);
    const table = 'Year | Title | Role | Notes\n2013 | Rocky II | Annie |\n2014–2019 | Jane the Virgin | Young Jane | Recurring\n2015 | Richie Rich | Darcy Rich | Main role\n';
    expect(ids(`${NEWS}${table}`)).toEqual(['Rocky II=tm8', 'Jane the Virgin=ts21367', 'Richie Rich=ts35463']);
    // The same cells as a list of titles on one line are list neighbours.
    expect(names(`${NEWS}Watch next: Rocky II | Annie | Jane the Virgin\n`)).toEqual(['Rocky II', 'Annie', 'Jane the Virgin']);
  });

  it('reads one-word names run together as parts of a longer name ("the Paranormal Liberation War arc")', () => {
    expect(names(`${NEWS}Netflix, Saturdays. The Paranormal Liberation War arc is next.`)).toEqual([]);
    // With punctuation between them they are a list.
    expect(names(`${NEWS}My ranking: Breaking Bad, Dark, Kingdom, Shadows.`)).toEqual(['Breaking Bad', 'Dark', 'Kingdom', 'Shadows']);
  });

  it('does not run a name into a note in round brackets, unless the name has the brackets ("Demon Slayer (Kimetsu no Yaiba)")', () => {
    const ids = (text: string) => wide.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.ids[0]}`);
    expect(ids(`${NEWS}- Demon Slayer (Kimetsu no Yaiba): the arc starts in April.`)).toEqual(['Demon Slayer=ts87466', 'Kimetsu no Yaiba=ts87466']);
    expect(ids(`${NEWS}We binged How to Sell Drugs Online (Fast) on Netflix.`)).toEqual(['How to Sell Drugs Online (Fast)=ts89744']);
  });

  it('reads a pronoun right after a capitalised word as that phrase\'s object ("Contact Us"), not as the film', () => {
    expect(names(`${NEWS}New Netflix series\nContact Us\n`)).toEqual([]);
    expect(names(`${NEWS}Jordan Peele's Us is on Netflix.`)).toEqual(['Us']);
  });

  it('reads a table whose rows have as many cells as the rows around them as columns, and its title column as a list', () => {
    const table =
      'Title | Genre | Premiere\nBreaking Bad | Crime drama | 2008\nReview | Dark comedy | 2014\nThe Glory | Revenge drama | 2022\nOzark | Crime | 2017\n';
    expect(names(`${NEWS}${table}`)).toEqual(['Breaking Bad', 'Review', 'The Glory', 'Ozark']);
    // One line of titles between borders is still a list.
    expect(names(`${NEWS}Watch next: Breaking Bad | Review | The Glory\n`)).toEqual(['Breaking Bad', 'Review', 'The Glory']);
  });

  it('reads a possessive opening a sentence as the possessive ("Her first role"), and a roman numeral as a sequel', () => {
    expect(names(`${NEWS}Her first major role was in Jane the Virgin.`)).toEqual(['Jane the Virgin']);
    expect(names(`${NEWS}Scream VI (2023) opens in March; Scream (1996) is on Netflix.`)).toEqual(['Scream']);
  });

  it('does not read the pronoun "I" as a Korean surname, nor a possessive as a misspelling', () => {
    expect(names(`${NEWS}Someone said the director made it, yes I KNOW, that is why I watched.`)).toEqual([]);
    expect(names(`${NEWS}Finally, Oh My Girl's Arin joins the cast.`)).toEqual([]);
  });

  it('reads an obscure actor with a common name as a namesake on a page with no film words, unless credited as themselves', () => {
    const sport = 'Callum Wilson scored twice in the series opener, and Nick Wilson watched from the stands.';
    expect(names(sport)).toEqual(['Nick Wilson']);
    // "season", "series", "cast" are sport's words too: one film word besides them is not enough…
    expect(names(`${NEWS}${sport}`)).toEqual(['Nick Wilson']);
    // …two are.
    expect(names(`${NEWS}The film premiered on Netflix.\n${sport}`)).toEqual(['Callum Wilson', 'Nick Wilson']);
    expect(names(`${sport} He played a guard in the film Liberation.`)).toEqual(['Callum Wilson', 'Nick Wilson', 'Liberation']);
  });

  it('reads capitalised words across a comma, a dash or a slash as other names ("Marty Byrde — Ozark", "Ozark, Jason Bateman\'s")', () => {
    const nominees = 'Outstanding Performance by a Male Actor in a Drama Series\nPenn Badgley / Joe Goldberg — Ozark\nBryan Cranston / Walter White — Breaking Bad\n';
    expect(names(`${NEWS}${nominees}`)).toEqual(['Penn Badgley', 'Ozark', 'Bryan Cranston', 'Breaking Bad']);
    expect(names(`${NEWS}Ozark, Jason Bateman's crime drama, ends this week.`)).toEqual(['Ozark']);
  });

  it('does not read a title across two full names ("Prince Harry and Meghan Markle" is not "Harry & Meghan")', () => {
    expect(names(`${NEWS}Harry & Meghan, the docuseries with Prince Harry and Meghan Markle, topped the chart.`)).toEqual([
      'Harry & Meghan',
      'Prince Harry',
      'Meghan Markle',
    ]);
  });

  it('lets two distinctive one-word names credited together vouch for each other ("Zendaya / Rue Bennett — Euphoria")', () => {
    expect(names(`${NEWS}Female Actor in a Drama Series\nZendaya / Rue Bennett — Euphoria\n`)).toEqual(['Zendaya', 'Euphoria']);
  });

  it('never reads a person\'s name across a comma ("as Bill, Murray Bartlett as Frank" is not Bill Murray)', () => {
    expect(names(`${NEWS}Guest cast: Nick Offerman as Bill, Murray Bartlett as Frank.`)).toEqual(['Murray Bartlett']);
  });

  it('reads a short emphasised name as one name: its words are no titles of their own (<em>Ozark Dune</em>)', () => {
    const text = `${NEWS}Tonight: Ozark Dune, a parody special, then Ozark.`;
    const emphasis = [{ start: text.indexOf('Ozark Dune'), end: text.indexOf('Ozark Dune') + 'Ozark Dune'.length }];
    const found = wide.find(text, { context: { emphasis } }).map((m) => `${text.slice(m.start, m.end)}@${m.start}`);
    expect(found).toEqual([`Ozark@${text.lastIndexOf('Ozark')}`]);
  });

  it('reads a little-known person named like a character of a title on the page as the character ("Colonel Tom Parker")', () => {
    expect(names(`${NEWS}Elvis (2022) is on HBO Max. Colonel Tom Parker is its villain.`)).toEqual(['Elvis']);
    // Without the title on the page the name is the person's.
    expect(names(`${NEWS}Colonel Tom Parker is its villain.`)).toEqual(['Tom Parker']);
  });
});
