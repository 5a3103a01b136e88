// The precision rules: given what a candidate span looks like and what the page around it says, how sure are we
// that it names this kind of entity? Pure functions over plain facts, so each rule is testable on its own.
import { KeyFlag } from './layout';
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
}

/** How the span is written and what surrounds it in the text. */
export interface SpanShape {
  /** Every word is capitalised as a title would be (function words may stay lower case). */
  titleCase: boolean;
  /** Only the first word is capitalised ("El juego del calamar"): enough for a distinctive multi-word title. */
  sentenceCase: boolean;
  /** Every word is capitalised as a name would be (particles may stay lower case). */
  nameCase: boolean;
  /** The span starts a sentence, so its first capital proves nothing. */
  sentenceStart: boolean;
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
}

export interface PageFacts {
  /** The page is about film/TV (keywords, several confident names, or the caller says so). */
  aboutScreen: boolean;
}

/** 0 = do not mark; otherwise the confidence of the mention. */
export function titleScore(facts: SpanFacts, page: PageFacts, coMentioned: boolean): number {
  const { shape: span, keyFlags: flags } = facts;
  const single = (flags & KeyFlag.SingleWord) !== 0;
  const common = (flags & KeyFlag.AllCommon) !== 0;
  const tierPenalty = facts.tier === Tier.Exact ? 0 : facts.tier === Tier.Alias ? 0.03 : 0.08;
  if (span.hashtag) return !common || page.aboutScreen || coMentioned ? 0.85 - tierPenalty : 0;
  if (flags & KeyFlag.Numeric) return span.quoted && (page.aboutScreen || span.localKeyword) ? 0.6 : 0;
  const evidence = span.quoted || span.localKeyword || coMentioned;
  if (!span.titleCase && !span.quoted) {
    // Sentence case is how many non-English titles are written; accept it only for distinctive names.
    return !single && !common && span.sentenceCase && (evidence || page.aboutScreen) ? 0.8 - tierPenalty : 0;
  }
  if (!single) {
    if (!common) return 0.92 - tierPenalty;
    if (evidence) return 0.85 - tierPenalty;
    // Title-cased common words ("Stranger Things", "Sweet Home") are a title only on a page about film/TV.
    return page.aboutScreen ? 0.75 - tierPenalty : 0;
  }
  // One word: "Dark", "Friends", "Kingdom", "Lupin".
  if (span.insideLongerName) return 0;
  const capitalEvidence = !span.sentenceStart || span.quoted;
  if (!capitalEvidence) return coMentioned || (span.localKeyword && page.aboutScreen && !common) ? 0.6 : 0;
  if (coMentioned) return 0.8 - tierPenalty;
  const distinctive = !common && (flags & KeyFlag.NamePart) === 0;
  if (span.quoted && (page.aboutScreen || span.localKeyword)) return 0.8 - tierPenalty;
  if (span.localStrongKeyword || (span.localKeyword && (distinctive || page.aboutScreen))) return 0.7 - tierPenalty;
  if (distinctive && page.aboutScreen) return 0.6 - tierPenalty;
  return 0;
}

export function personScore(facts: SpanFacts, page: PageFacts, coMentioned: boolean): number {
  const { shape: span, keyFlags: flags } = facts;
  if (!span.nameCase) return 0;
  const single = (flags & KeyFlag.SingleWord) !== 0;
  const tierPenalty = facts.tier === Tier.Exact ? 0 : facts.tier === Tier.Alias ? 0.03 : facts.tier === Tier.Variant ? 0.06 : 0.15;
  const evidence = coMentioned || span.localKeyword || page.aboutScreen;
  if (!single) {
    if (facts.tier === Tier.Phonetic && !evidence) return 0;
    if (flags & KeyFlag.AllVeryCommon) return evidence ? 0.8 - tierPenalty : 0;
    return 0.93 - tierPenalty;
  }
  // One-word names ("Lomon", "Zendaya", "Rain"): only with a credited co-mention, or on a film/TV page when the
  // word is neither a common word nor a frequent part of other names.
  if (span.insideLongerName || flags & KeyFlag.Numeric) return 0;
  if (coMentioned && !span.sentenceStart) return 0.82 - tierPenalty;
  if (coMentioned) return 0.7 - tierPenalty;
  if (flags & (KeyFlag.AllCommon | KeyFlag.NamePart)) return 0;
  if (span.sentenceStart) return 0;
  if ((page.aboutScreen || span.localKeyword) && facts.prior >= 1.5) return 0.65 - tierPenalty;
  return 0;
}
