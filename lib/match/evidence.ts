// The precision rules: given what a candidate span looks like and what the page around it says, how sure are we
// that it names this kind of entity? Pure functions over plain facts, so each rule is testable on its own.
import { COMMON_NAME_FLAG, KeyFlag, PLACE_FLAG, SHORTENED_FLAG } from './layout';
import { Tier } from '../names/variants';

/** What the matcher saw around one candidate span, and what the index says about the key it hit. */
export interface SpanFacts {
  shape: SpanShape;
  /** Key flags of the matched key (layout.ts KeyFlag). */
  keyFlags: number;
  /** Best tier among the refs of this kind. */
  tier: Tier;
  /** The popularity prior of the best entity (log scale: credits for people, votes for titles). */
  prior: number;
  /** The best title has the year the page gives in brackets after the span ("Labyrinth (1986)"). */
  yearFits: boolean;
  /** The best person is credited as themselves somewhere: an athlete in a sports documentary, a chef, a host. */
  playsSelf: boolean;
}

/** How the span is written and what surrounds it in the text. */
export interface SpanShape {
  /** Every word is capitalised as a title would be (function words may stay lower case). */
  titleCase: boolean;
  /** The first word is capitalised ("El juego del calamar"): enough for some multi-word titles. */
  sentenceCase: boolean;
  /** Every word is capitalised as a name would be (short particles may stay lower case). */
  nameCase: boolean;
  /** The span starts a sentence, so its first capital proves nothing. */
  sentenceStart: boolean;
  /** Written in capitals ("LOS ANGELES (AP)"): headline style, so its capitals prove nothing either. */
  allCaps: boolean;
  /** In quotes, italics or other emphasis. */
  quoted: boolean;
  /** Written as a hashtag. */
  hashtag: boolean;
  /** A film/TV keyword within a few words. */
  localKeyword: boolean;
  /** …and one that sport and cooking texts do not use ("Netflix", "film", "episode", not "season"). */
  localStrongKeyword: boolean;
  /** A capitalised unknown word right before/after: the span is probably part of a longer name. */
  insideLongerName: boolean;
  /** The span stops before a hyphenated continuation ("Kim Min" in "Kim Min-jae"). */
  cutsWord: boolean;
  /** Right after "as" / "plays": a character's name more often than an actor's or a title. */
  characterCue: boolean;
  /** Right after "to" / "en" / "nach": a place more often than a title ("debut en Hollywood"). */
  placeCue: boolean;
  /** In a list next to a confidently found title ("Kingdom, Hellbound, Sweet Home"). */
  besideTitle: boolean;
  /** One function word ("In", "The", "And"): capitalised only because it starts a sentence or a block. */
  functionWord: boolean;
  /** Followed by a season number ("Elite: Season 8", "Wednesday (Season 2)"): what only a show is. */
  seasonLabel: boolean;
  /** In a Title Case headline, where every word is capitalised ("Every Movie and Show Coming Out"). */
  headline: boolean;
  /** Right after "plays" or "the role of": a character's name, even a full one ("the role of Joo Won"). */
  roleCue: boolean;
  /**
   * Not capitalised as a name, where the writer capitalises nothing ("song hye kyo deserves every award"). People
   * only: titles in lower case are phrases ("the hype", "crash course in romance") far more often than names.
   */
  casualLowercase: boolean;
}

export interface PageFacts {
  /** The page is about film/TV: keywords, several confident names, or the caller says so. */
  aboutScreen: boolean;
  /** …by its own words (keywords), which one-word names need: confident names alone can be athletes. */
  screenWords: boolean;
  /** …by two words that sport does not use ("film", "Netflix"; not "season", "series", "drama"). */
  filmWords: boolean;
}

/**
 * A title this well known (prior = log10 votes + log10 popularity: about 100k votes and a steady audience) is the
 * one a page means by its name even where the name's words alone would prove little ("the Wednesday cast").
 */
const FAMOUS_TITLE_PRIOR = 7;

/**
 * A title this obscure (log10 votes + log10 popularity: under about 1,000 votes and a small audience) is rarely what a
 * page means by one word: "Broker" on a page about the 2022 film is that film, which the catalogue may lack, not a
 * namesake nobody watched; "Payback", "Island" and "Sign" are more often other works, or words.
 */
const OBSCURE_TITLE_PRIOR = 3.5;

/** A person known for little (log2(1 + credits), +1 when top-billed): two minor credits, or one leading one. */
export const OBSCURE_PERSON_PRIOR = 2.5;

function tierPenalty(tier: Tier): number {
  return tier === Tier.Exact ? 0 : tier === Tier.Alias ? 0.03 : tier === Tier.Variant ? 0.07 : 0.15;
}

/** 0 = do not mark; otherwise the confidence of the mention. */
export function titleScore(facts: SpanFacts, page: PageFacts, coMentioned: boolean): number {
  const { shape: span, keyFlags: flags, tier } = facts;
  const single = (flags & KeyFlag.SingleWord) !== 0;
  const common = (flags & KeyFlag.AllCommon) !== 0;
  const penalty = tierPenalty(tier);
  if (span.hashtag) return !common || page.aboutScreen || coMentioned ? 0.85 - penalty : 0;
  // A place ("in Los Angeles", "resumed in New York") is a title only where the page sets it apart.
  // A title and its year ("Labyrinth (1986)") or its season ("Occupied: Seasons 1–3") is how lists and reviews
  // cite films and shows: as good as quotes.
  const cited = facts.yearFits || span.seasonLabel;
  if (flags & PLACE_FLAG && !(span.quoted || coMentioned || span.besideTitle || cited)) return 0;
  if (flags & KeyFlag.Numeric) return span.quoted && (page.aboutScreen || span.localKeyword) ? 0.6 : 0;
  const evidence = span.quoted || span.localKeyword || coMentioned || span.besideTitle || facts.yearFits;
  if (!single) {
    // "Jason Sudeikis returns as Ted Lasso", "plays Jack Ryan": the character the show is named after.
    if (span.roleCue && !span.quoted) return 0;
    // Derived spellings ("FC Bayern" from "FC Bayern – Behind the Legend") need the page or the context to agree.
    if (tier >= Tier.Variant && !(evidence || page.aboutScreen)) return 0;
    if (!span.titleCase && !span.quoted) {
      // Sentence case is how many non-English titles are written ("La casa de papel"): fine for distinctive
      // names and for curated aliases, with some support from the page.
      // A derived spelling in sentence case ("The breakout" from "…: The Breakout") is just the words.
      if (!span.sentenceCase || !(evidence || page.aboutScreen) || tier >= Tier.Variant) return 0;
      return !common || tier === Tier.Alias ? 0.8 - penalty : 0;
    }
    if (!common) return 0.92 - penalty;
    // Common words cut out of a longer capitalised run ("Duty After School", "The Piano Lesson") belong to that
    // run, a name the catalogue lacks: a keyword nearby proves nothing there (a hit keeps the benefit of the doubt).
    const setApart = span.quoted || coMentioned || span.besideTitle || cited;
    if (span.insideLongerName && !span.allCaps && !setApart && facts.prior < FAMOUS_TITLE_PRIOR) return 0;
    // Where every word is capitalised anyway (a Title Case or an all-caps heading: "Every Movie and Show Coming Out",
    // "NEW FACES"), common words are a title only when well known or set apart.
    if ((span.headline || span.allCaps) && !setApart && facts.prior < FAMOUS_TITLE_PRIOR) return 0;
    // Common words that only a rule made into a title ("FINAL SEASON" from "The Final Season") are just words.
    if (tier >= Tier.Variant && !setApart) return 0;
    // Quotes set apart nicknames and labels too ("the Kingdom", a "Lost & Found" feature): common words in quotes
    // are a title only on a page about film/TV or next to a film/TV word.
    if (span.quoted && !(coMentioned || span.besideTitle || span.localKeyword || page.aboutScreen)) return 0;
    if (evidence) return 0.85 - penalty;
    if (span.allCaps) return 0;
    // Title-cased common words ("Stranger Things", "Sweet Home") are a title only on a page about film/TV.
    return page.aboutScreen ? 0.75 - penalty : 0;
  }
  // One word: "Dark", "Friends", "Kingdom", "Lupin". Always capitalised, never part of a longer name; a derived
  // one-word spelling ("BTS" from "BTS: Permission to Dance…") only with a co-mention or quotes.
  if (!span.titleCase || span.insideLongerName || span.characterCue || (span.functionWord && !span.quoted)) return 0;
  if (flags & SHORTENED_FLAG && tier >= Tier.Variant && !coMentioned && !span.quoted) return 0;
  // A common word that only a rule turns into a title ("Show" from "The Show") is the word itself.
  if (common && tier >= Tier.Variant && !coMentioned && !span.quoted) return 0;
  const distinctive = !common && (flags & KeyFlag.NamePart) === 0;
  if (facts.prior < OBSCURE_TITLE_PRIOR && !coMentioned && !span.quoted && !span.besideTitle && !facts.yearFits) return 0;
  // In a Title Case headline every word is capitalised: a lesser-known title there needs more than its capital
  // ("… Millie Bobby Brown Says Goodbye To Eleven …").
  if (span.headline && !coMentioned && !span.quoted && !span.besideTitle && !cited && facts.prior < FAMOUS_TITLE_PRIOR) return 0;
  // "Vice (2018)" on a line of its own: its year in the catalogue, or a season number on a film/TV page.
  if (facts.yearFits || (span.seasonLabel && page.screenWords)) return 0.8 - penalty;
  if ((span.sentenceStart || span.allCaps) && !span.quoted) {
    // A distinctive word starting a line of a film/TV page next to a film/TV word ("Ozark, the series…") is the
    // title.
    const listedDistinctive = span.localKeyword && page.screenWords && distinctive;
    return coMentioned || span.besideTitle || (span.localStrongKeyword && distinctive) || listedDistinctive ? 0.6 - penalty : 0;
  }
  if (coMentioned || span.besideTitle) return 0.8 - penalty;
  if (span.quoted && (page.screenWords || span.localKeyword)) return 0.8 - penalty;
  if (span.placeCue) return 0;
  // A first name or surname on its own ("Frank's", "On Jo", "Don't") is a person far more often than a title.
  if (flags & KeyFlag.NamePart) return 0;
  // A common word ("Return", "Big", "Sign") needs a film/TV word that sport and cooking do not use, unless it is
  // a hit: on a page about film/TV, "season", "cast" and "series" sit next to every capitalised headline word.
  if (span.localStrongKeyword || (span.localKeyword && (distinctive || (facts.prior >= FAMOUS_TITLE_PRIOR && page.screenWords)))) return 0.7 - penalty;
  if (distinctive && page.screenWords) return 0.6 - penalty;
  return 0;
}

export function personScore(facts: SpanFacts, page: PageFacts, coMentioned: boolean): number {
  const { shape: span, keyFlags: flags, tier } = facts;
  const single = (flags & KeyFlag.SingleWord) !== 0;
  const penalty = tierPenalty(tier);
  if (span.casualLowercase) {
    // "pedro pascal carrying the whole show": a full name in a fan post that capitalises nothing.
    return !single && !span.cutsWord && page.aboutScreen && !(flags & KeyFlag.AllVeryCommon) ? 0.75 - penalty : 0;
  }
  if (!span.nameCase || span.cutsWord) return 0;
  const evidence = coMentioned || span.localKeyword || page.aboutScreen;
  if (!single) {
    // A derived spelling ("Adam Smith" from "Adam C. Smith", a reversed Korean name) needs the page to agree,
    // as a sound-alike does: the economist Adam Smith is no actor's middle initial dropped.
    if (tier >= Tier.Variant && !(coMentioned || span.localKeyword || page.screenWords)) return 0;
    if (span.roleCue && !coMentioned) return 0;
    // On a page that does not talk about film or TV ("Callum Wilson scored twice in the series opener"), an obscure
    // actor with a common name is a namesake: such pages name athletes, chefs and hosts, whom the catalogue has as
    // themselves if at all.
    const namesake = flags & COMMON_NAME_FLAG && facts.prior < OBSCURE_PERSON_PRIOR && !facts.playsSelf;
    if (namesake && !coMentioned && !span.localStrongKeyword && !page.filmWords) return 0;
    if (flags & KeyFlag.AllVeryCommon) return evidence ? 0.8 - penalty : 0;
    return 0.93 - penalty;
  }
  // One-word names ("Lomon", "Zendaya", "Rain"): only with a credited co-mention, or on a film/TV page when the
  // word is neither a common word nor a frequent part of other names.
  if (span.insideLongerName || span.characterCue || flags & KeyFlag.Numeric) return 0;
  // "In the shadow: …": a function word is a one-word name only when the text sets it apart, whatever the page
  // says (even a credited co-mention: "In Squid Game, …").
  if (span.functionWord && !span.quoted) return 0;
  if (coMentioned) return span.sentenceStart ? 0.7 - penalty : 0.82 - penalty;
  if (flags & (KeyFlag.AllCommon | KeyFlag.NamePart) || span.sentenceStart) return 0;
  if ((page.screenWords || span.localKeyword) && facts.prior >= 1.5) return 0.65 - penalty;
  return 0;
}
