// Run time: find catalogue names in page text with the compiled index. Everything the matcher holds is a typed
// array view over the index file; per call it allocates only the (few) candidates it finds.
import type { EntityKind, Mention } from '../types';
import { FOLD_TABLE, foldWords } from '../names/fold';
import { composableHash, hashWords, SEED_PHONETIC, type ComposableHash } from '../names/hash';
import { foldSurname, foldSyllables } from '../names/korean';
import { PLACE_KEYS } from '../names/places';
import { Tier } from '../names/variants';
import { CoMentions } from './co-mentions';
import { decodeSections } from './codec';
import { OBSCURE_PERSON_PRIOR, personScore, titleScore, type PageFacts, type SpanFacts, type SpanShape } from './evidence';
import { blockWithShape, findFuzzy, forEachWindow, type FuzzyHit, type FuzzySpan, type FuzzyWindow } from './fuzzy';
import { lookupKey, POSTING_MASK } from './key-table';
import { addInitial, CHARACTER_FLAG, KeyFlag, MAX_WINDOW_TOKENS, packBlockShape, PLACE_FLAG, SECTIONS, TRAILING_CHARS, TRAILING_SHIFT, YEAR_BASE } from './layout';
import {
  CHARACTER_CUE_EXCEPTIONS, CHARACTER_CUE_HASHES, CONJUNCTION_HASHES, PLACE_CUE_HASHES, FUNCTION_WORD_HASHES, KOREAN_SURNAME_HASHES, NAME_PARTICLE_HASHES,
  AS_HASHES, AS_ROLE_VERB_HASHES, DATE_CUE_HASHES, DATE_WORD_HASHES, NOT_A_WORK_CUE_HASHES, NUMBER_WORD_HASHES, POSSESSIVE_HASHES, PRONOUN_HASHES, PRONOUN_VERB_HASHES, ROLE_OF_HASHES, ROLE_VERB_HASHES, ROLE_WORD_HASHES, SCREEN_WORD_HASHES, SEASON_WORD_HASHES, SHOW_CUE_HASHES, EPISODE_OF_HASHES, SPORTY_SCREEN_WORD_HASHES,
} from './lexicon';
import { APOSTROPHES, TokenBuffer, TokenFlag } from './tokenize';
import { WordSet } from './word-set';

// Module-level copies of imported constants: the hot loops must not read import bindings (some loaders, tsx
// included, compile those into getter calls).
const F_CAPITAL = TokenFlag.Capital;
const F_ALL_CAPS = TokenFlag.AllCaps;
const F_SENTENCE_START = TokenFlag.SentenceStart;
const F_JOINED = TokenFlag.Joined;
const F_HARD_BEFORE = TokenFlag.HardBefore;
const F_HASHTAG = TokenFlag.Hashtag;
const F_DIGIT = TokenFlag.Digit;
const F_AMPERSAND = TokenFlag.Ampersand;
const SCREEN_WORDS = new WordSet(SCREEN_WORD_HASHES);
const SPORTY_WORDS = new WordSet(SPORTY_SCREEN_WORD_HASHES);
const SURNAMES = new WordSet(KOREAN_SURNAME_HASHES);
const FUNCTION_WORDS = new WordSet(FUNCTION_WORD_HASHES);
const PARTICLES = new WordSet(NAME_PARTICLE_HASHES);
const CUES = new WordSet(CHARACTER_CUE_HASHES);
const CUE_EXCEPTIONS = new WordSet(CHARACTER_CUE_EXCEPTIONS);
const CONJUNCTIONS = new WordSet(CONJUNCTION_HASHES);
const PLACES = new WordSet(PLACE_CUE_HASHES);
const SEASON_WORDS = new WordSet(SEASON_WORD_HASHES);
const EPISODE_OF = new WordSet(EPISODE_OF_HASHES);
const NUMBER_WORDS = new WordSet(NUMBER_WORD_HASHES);
const SHOW_CUES = new WordSet(SHOW_CUE_HASHES);
const NOT_A_WORK_CUES = new WordSet(NOT_A_WORK_CUE_HASHES);
const DATE_WORDS = new WordSet(DATE_WORD_HASHES);
const DATE_CUES = new WordSet(DATE_CUE_HASHES);
/** What the word after a title says about its kind (Candidate.kindCue). */
const KIND_ANY = 0;
/** Only a show fits: "Jack Ryan Season 3", "every other Star Wars show", "Stranger Things 4". */
const KIND_SHOW = 1;
/** No film or show: "the Halo games", "the Star Wars franchise". */
const KIND_NONE = 2;
const ROLE_OF = new WordSet(ROLE_OF_HASHES);
const ROLES = new WordSet(ROLE_WORD_HASHES);
const ROLE_VERBS = new WordSet(ROLE_VERB_HASHES);
const AS_ROLE_VERBS = new WordSet(AS_ROLE_VERB_HASHES);
const AS_WORD = new WordSet(AS_HASHES);
/** What may stand between a title and its season label: '"Jack Ryan" Season 3', 'Elite: Season 8', 'Dark (Season 2)'. */
const SEASON_GAP = new Set([...' \u00a0:(-\u2013\u2014"\u201d\u2019\u00bb*_'].map((ch) => ch.charCodeAt(0)));
const OPEN_BRACKET = '('.charCodeAt(0);
const CLOSE_BRACKET = ')'.charCodeAt(0);
/** What no person's name has between its words (see Candidate.commaInside). */
const COMMAS: ReadonlySet<number> = new Set([...',;'].map((ch) => ch.charCodeAt(0)));
/**
 * Between two capitalised words, these say they are parts of different names ("Marty Byrde — Ozark", "Zendaya / Rue",
 * "Lightyear, Pixar's spinoff"). Names keep their own commas as keys ("Love, Death & Robots").
 */
const NAME_BREAKS: ReadonlySet<number> = new Set([...'/|\u2013\u2014-,;'].map((ch) => ch.charCodeAt(0)));
const COLON = ':'.charCodeAt(0);
const PIPE = 0x7c;
/** Words a bracket after a list item may hold ("Breaking Bad (US only), Friends"). */
const MAX_BRACKETED_TOKENS = 6;
const POSSESSIVES = new WordSet(POSSESSIVE_HASHES);
const PRONOUNS = new WordSet(PRONOUN_HASHES);
const PRONOUN_VERBS = new WordSet(PRONOUN_VERB_HASHES);
const S_KEY = hashWords(['s'])[0] & 0x3fffffff;
/** Letters an acronym has at most ("BTS", "NASA"). */
const ACRONYM_MAX = 4;
const OF_KEY = hashWords(['of'])[0] & 0x3fffffff;
const THE_KEY = hashWords(['the'])[0] & 0x3fffffff;
const POSTING_BITS = POSTING_MASK;
const WINDOW = MAX_WINDOW_TOKENS;
const TRAILING: readonly string[] = [...TRAILING_CHARS, '', '', ''];

export interface MatchContext {
  /** The caller knows the page is about film/TV (a streaming or review site). */
  aboutScreen?: boolean;
  /** Character ranges that were emphasised on the page (italics, bold, link text, quotes). */
  emphasis?: ReadonlyArray<{ start: number; end: number }>;
}

/** What `explain` reports for each candidate span (a dev tool: `npm run detect -- FILE --explain`). */
export interface CandidateReport {
  block: number;
  start: number;
  end: number;
  /** The shape facts that hold for the span ("titleCase", "quoted", …). */
  facts: string[];
  /** The page-level facts that hold ("aboutScreen", "screenWords"). */
  page: string[];
  /** The kept decision, or none when every reading scored 0. */
  kind?: EntityKind;
  score: number;
}

interface PhoneticToken {
  /** hash2 of the token, to tell apart tokens whose hash1 collide in the cache. */
  check: number;
  surname: ComposableHash;
  given: ComposableHash;
}


/** Distinct film/TV keywords seen on the page. */
interface PageKeywords {
  strong: Set<number>;
  sporty: Set<number>;
}

/**
 * One span that hit a key, with the facts the evidence rules need. The shape facts live on the candidate itself
 * (filled in place while its block's tokens are in the buffer): one object per candidate, not two.
 */
interface Candidate extends SpanShape {
  block: number;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** Offset of the posting list header. */
  posting: number;
  phonetic: boolean;
  /** The shape facts below have been filled. */
  hasFacts: boolean;
  /** A strong name on its own (multi-word, not made of common words): evidence that the page is about film/TV. */
  strong: boolean;
  /** The character right after the span (a title's own "!" or ")" joins the mention). */
  after: string;
  /** Last token of the list item before this one ("Kingdom, Hellbound": Kingdom's), or -1 if not in a list. */
  listPrev: number;
  /** First token of the list item after this one, or -1. */
  listNext: number;
  /** The candidates that are those list items (they end at listPrev / start at listNext). */
  listNeighbours: Candidate[];
  /** Confidently a title (set while the page is decided). */
  confidentTitle: boolean;
  /** The year in brackets right after the span ("Oldboy (2003)"), or 0. */
  yearAfter: number;
  /** A year a few lower-case words before the span in its sentence ("the 2017 film The Square"), or 0. */
  yearBefore: number;
  /** Inside a longer name found confidently on the first pass ("Us" in "The Last of Us"). */
  nested: boolean;
  /** KIND_ANY, KIND_SHOW or KIND_NONE: what the words after the span allow it to be. */
  kindCue: number;
  /** For a name in lower-case writing: the lengths of its first and last words (first | last << 8), else 0. */
  casualWords: number;
  /** A comma or semicolon between its words: a title may have one ("Love, Death & Robots"), a person's name never. */
  commaInside: boolean;
  /** The exact key's hashes (0 for a sound-alike), to look the name up among characters (isCharacterOnPage). */
  keyH1: number;
  keyH2: number;
}

function candidateReport(c: Candidate, page: PageFacts, best: Decision | undefined): CandidateReport {
  return {
    block: c.block,
    start: c.start,
    end: best?.end ?? c.end,
    facts: SHAPE_FACTS.filter((f) => c[f]),
    page: (Object.keys(page) as Array<keyof PageFacts>).filter((f) => page[f]),
    kind: best?.kind,
    score: best?.score ?? 0,
  };
}

interface Decision {
  candidate: Candidate;
  end: number;
  kind: EntityKind;
  entities: number[];
  score: number;
  tokens: number;
}

const LOCAL_KEYWORD_DISTANCE = 6;
/** Words (besides function words) a sentence needs, all capitalised, to read as a Title Case headline. */
const TITLE_CASE_MIN_WORDS = 4;
const CO_MENTION_ROUNDS = 4;
/** The fuzzy fallback looks at no more spans than this per page (it is the slow path). */
const MAX_FUZZY_SPANS = 100;
/** Tokens in a capitalised run the fallback looks into (a longer one is a headline; hyphenated syllables count). */
const MAX_FUZZY_RUN = 8;
/** What ends a capitalised run for the fallback. */
const RUN_BREAKS: ReadonlySet<number> = new Set([...',;'].map((ch) => ch.charCodeAt(0)));
const FOLDED_NAME_CACHE = 20_000;
const PHONETIC_TOKEN_CACHE = 20_000;
/** Fuzzy hits need this prior (about 4+ credits, or 3 with a lead role; a few hundred votes for a title) unless co-mentioned. */
const FUZZY_MIN_PRIOR = 2.5;
/** A mention at least this sure vouches for the people/titles credited with it. */
const CONFIDENT = 0.75;
/** A person's score where a well-known title has the same name: under any accepted title's. */
const SHADOWED_PERSON_SCORE = 0.5;
/** A person this little known (about seven credits, or three with a lead) named like a character is the character. */
const CHARACTER_NAMESAKE_PRIOR = 4;
/** A title this well known (log10 votes + log10 popularity) wins its name from an obscure person. */
const WELL_KNOWN_TITLE_PRIOR = 6;
/** How many words back a year may stand before a title ("the 2017 Netflix film …" is too far: a capital breaks). */
const YEAR_BEFORE_WORDS = 3;
/** yearFit() of a title released the very year the page gives. */
const YEAR_EXACT = 2;
const MAX_IDS = 10;
const CANDIDATE_POOL_SIZE = 4096;
/** Word-set keys are 30-bit (see lexicon.wordKey). */
const WORD_MASK = 0x3fffffff;
/** hash1 & WORD_MASK of every place key, which the fuzzy fallback skips. */
const PLACE_WINDOW_KEYS: ReadonlySet<number> = new Set([...PLACE_KEYS].map((key) => hashWords([key])[0] & WORD_MASK));
/** A name and an alias rank alike: both are real names of the entity. */
const rankOf = (tier: number) => (tier === Tier.Alias ? Tier.Exact : tier);
/** What separates two items of a list of names ("Kingdom, Hellbound · Sweet Home"). */
const LIST_PUNCTUATION = new Set([...',;:/|\u00b7\u2022'].map((ch) => ch.charCodeAt(0)));
// German and Swiss also open with \u201a and \u00bb (‚Dark‘, »Dark«).
const OPENING_QUOTES = new Set([...'"\u201c\u201e\u00ab\u2018\'\u2039*_\u201a\u00bb']);
/** The same as a table by character code, for the per-token check in the scan (no one-character strings). */
const OPENING_QUOTE_CODES = new Uint8Array(Math.max(...[...OPENING_QUOTES].map((ch) => ch.charCodeAt(0))) + 1);
for (const ch of OPENING_QUOTES) OPENING_QUOTE_CODES[ch.charCodeAt(0)] = 1;
// German and Czech close with \u201c / \u2018 („Dark“, ‚Dark‘), Swiss and some French with « (»Dark«).
const CLOSING_QUOTES = new Set([...'"\u201d\u00bb\u2019\'\u203a*_\u201c\u2018\u00ab']);
const HYPHENS = new Set([...'-\u2010\u2011']);
/** Words after a hyphen that make a name an adjective ("Tim Burton-directed"), unlike a given name's syllable. */
const HYPHEN_SUFFIXES = new WordSet(
  new Set(
    'directed produced written led starring fronted helmed created penned backed esque like style era inspired branded owned based centric verse voiced narrated hosted scripted shot'
      .split(' ')
      .map((w) => hashWords([w])[0] & WORD_MASK),
  ),
);
const NO_NEIGHBOURS: Candidate[] = [];
const NO_DECISIONS: Decision[] = [];
/** How decide() counts co-mentions: not at all (first pass), as found on the page, or as if all were co-mentioned. */
const LINKS_NONE = 0;
const LINKS_PAGE = 1;
const LINKS_ALL = 2;
type Links = typeof LINKS_NONE | typeof LINKS_PAGE | typeof LINKS_ALL;
const NO_FACTS: SpanShape = {
  titleCase: false, sentenceCase: false, nameCase: false, sentenceStart: false, allCaps: false, quoted: false, hashtag: false,
  localKeyword: false, localStrongKeyword: false, insideLongerName: false, cutsWord: false, characterCue: false, placeCue: false, besideTitle: false,
  functionWord: false, seasonLabel: false, headline: false, roleCue: false, casualLowercase: false,
};
const SHAPE_FACTS = Object.keys(NO_FACTS) as Array<keyof SpanShape>;
/** What decide() answers in probe mode when it would decide something. */
const SOME_DECISION: Decision[] = [{ candidate: newCandidate(), end: 0, kind: 'person', entities: [], score: 0, tokens: 0 }];

export class Matcher {
  private readonly tokens = new TokenBuffer();
  readonly peopleCount: number;
  private readonly titleCount: number;
  private readonly keys: Uint32Array;
  /** The same table as int32, so hashes compare without conversions in the hot loop. */
  private readonly keyWords: Int32Array;
  private readonly phoneticKeys: Uint32Array;
  private readonly postings: Uint32Array;
  readonly blocks: Uint32Array;
  /** Per title: release year − YEAR_BASE, 0 when unknown. */
  private readonly titleYears: Uint8Array;
  private readonly personSelf: Uint8Array;
  private readonly characterKeys: Uint32Array;
  private readonly characterTitles: Uint32Array;
  readonly blockLists: Uint32Array;
  readonly blockShapes: Uint32Array;
  private readonly strings: Uint8Array;
  private readonly stringOffsets: Uint32Array;
  readonly prior: Float32Array;
  readonly personTitleOffsets: Uint32Array;
  readonly personTitles: Uint32Array;
  readonly titlePeopleOffsets: Uint32Array;
  readonly titlePeople: Uint32Array;
  private readonly decoder = new TextDecoder();
  private readonly idCache = new Map<number, string>();
  private readonly foldedNames = new Map<number, string>();
  private idIndex?: Map<string, number>;
  private readonly coMentions: CoMentions;
  /** Names (posting offsets) the page cites as shows somewhere ("The Bear, season 2"): only shows, all over the page. */
  private readonly citedAsShow = new Set<number>();
  private readonly rows = new TableRows();
  /** Indexes of this page's candidates that fill their line or table cell. */
  private readonly lineItems: number[] = [];
  private readonly candidatePool: Candidate[] = [];
  private candidatesInUse = 0;
  // Per-block scratch, reused so that a page of many small blocks allocates little.
  private readonly keywordTokens: number[] = [];
  private readonly phoneticTokens = new Map<number, PhoneticToken>();
  private readonly strongKeywordTokens: number[] = [];
  private scratchBytes = new Uint8Array(1024);
  private scratchInts = new Int32Array(1024);
  private readonly headlines = new TitleCaseSentences(this.tokens);
  /** Scratch for fuzzyWindows: a span's words (hash, base power, first folded letter); spans have at most 6 tokens. */
  private readonly fuzzyWords = { h1: new Int32Array(16), h2: new Int32Array(16), p1: new Int32Array(16), p2: new Int32Array(16), initial: new Int32Array(16), length: new Int32Array(16), functionWord: new Uint8Array(16), firstToken: new Int32Array(16), lastToken: new Int32Array(16) };
  /** collectFuzzySpans: the furthest token a candidate starting at or before each token reaches. */
  private reachAt = new Int32Array(1024);
  /** The facts handed to the (pure) scoring rules, refilled per decision. */
  private readonly scratchFacts: SpanFacts = { shape: NO_FACTS, keyFlags: 0, tier: Tier.Exact, prior: 0, yearFits: false, playsSelf: false };

  /** A zeroed Int32Array of at least `size` elements (shared: one user at a time). */
  private ints(size: number): Int32Array {
    if (this.scratchInts.length < size) this.scratchInts = new Int32Array(Math.max(size, this.scratchInts.length * 2));
    else this.scratchInts.fill(0, 0, size);
    return this.scratchInts;
  }

  /** A zeroed byte scratch array of at least `size` (shared: one user at a time). */
  private bytes(size: number): Uint8Array {
    if (this.scratchBytes.length < size) this.scratchBytes = new Uint8Array(Math.max(size, this.scratchBytes.length * 2));
    else this.scratchBytes.fill(0, 0, size);
    return this.scratchBytes;
  }

  private constructor(sections: Map<string, Uint8Array | Uint32Array | Int32Array | Float32Array>) {
    const get = <A>(name: string): A => {
      const section = sections.get(name);
      if (!section) throw new Error(`matcher index: missing section ${name}`);
      return section as A;
    };
    const counts = get<Uint32Array>(SECTIONS.counts);
    this.peopleCount = counts[0];
    this.titleCount = counts[1];
    this.keys = get(SECTIONS.keys);
    this.keyWords = new Int32Array(this.keys.buffer, this.keys.byteOffset, this.keys.length);
    this.phoneticKeys = get(SECTIONS.phonetic);
    this.postings = get(SECTIONS.postings);
    this.blocks = get(SECTIONS.blocks);
    this.blockLists = get(SECTIONS.blockLists);
    this.blockShapes = get(SECTIONS.blockShapes);
    this.strings = get(SECTIONS.strings);
    this.stringOffsets = get(SECTIONS.stringOffsets);
    this.prior = get(SECTIONS.prior);
    this.personTitleOffsets = get(SECTIONS.personTitleOffsets);
    this.personTitles = get(SECTIONS.personTitles);
    this.titlePeopleOffsets = get(SECTIONS.titlePeopleOffsets);
    this.titlePeople = get(SECTIONS.titlePeople);
    this.titleYears = get(SECTIONS.titleYears);
    this.personSelf = get(SECTIONS.personSelf);
    this.characterKeys = get(SECTIONS.characterKeys);
    this.characterTitles = get(SECTIONS.characterTitles);
    this.coMentions = new CoMentions(this, this.peopleCount + this.titleCount);
  }

  static load(bytes: ArrayBuffer | Uint8Array): Matcher {
    return new Matcher(decodeSections(bytes));
  }

  get entityCount(): number {
    return this.peopleCount + this.titleCount;
  }

  kindOf(entity: number): EntityKind {
    return entity < this.peopleCount ? 'person' : 'title';
  }

  private string(index: number): string {
    return this.decoder.decode(this.strings.subarray(this.stringOffsets[index], this.stringOffsets[index + 1]));
  }

  idOf(entity: number): string {
    let id = this.idCache.get(entity);
    if (id === undefined) {
      id = this.string(2 * entity);
      this.idCache.set(entity, id);
    }
    return id;
  }

  nameOfEntity(entity: number): string {
    return this.string(2 * entity + 1);
  }

  /** For the fuzzy fallback: the folded name, cached (the same blocks come back page after page). */
  foldedNameOf(entity: number): string {
    let name = this.foldedNames.get(entity);
    if (name === undefined) {
      if (this.foldedNames.size >= FOLDED_NAME_CACHE) this.foldedNames.clear();
      name = foldWords(this.nameOfEntity(entity)).join(' ');
      this.foldedNames.set(entity, name);
    }
    return name;
  }

  /** The catalogue spelling of a person or title, by id. */
  nameOf(kind: EntityKind, id: string): string | undefined {
    if (!this.idIndex) {
      const index = new Map<string, number>();
      const total = this.peopleCount + this.titleCount;
      for (let e = 0; e < total; e++) index.set(`${e < this.peopleCount ? 'p' : 't'}:${this.string(2 * e)}`, e);
      this.idIndex = index;
    }
    const entity = this.idIndex.get(`${kind === 'person' ? 'p' : 't'}:${id}`);
    return entity === undefined ? undefined : this.nameOfEntity(entity);
  }

  /** Mentions in one text, sorted by start. */
  find(text: string, options?: { context?: MatchContext; explain?: (report: CandidateReport) => void }): Mention[] {
    return this.findInBlocks([text], options?.context, options?.explain)[0];
  }

  /**
   * Mentions in the text blocks of one page. The blocks share page-level evidence: whether the page is about
   * film/TV, and which people and titles are confidently named somewhere on it.
   */
  findInBlocks(texts: readonly string[], context?: MatchContext, explain?: (report: CandidateReport) => void): Mention[][] {
    const candidates: Candidate[] = [];
    const fuzzySpans: FuzzySpan[] = [];
    const keywords: PageKeywords = { strong: new Set(), sporty: new Set() };
    this.candidatesInUse = 0;
    this.citedAsShow.clear();
    this.lineItems.length = 0;
    texts.forEach((text, block) => {
      if (typeof text !== 'string' || text.length === 0) return;
      this.scanBlock(text, block, block === 0 ? context : undefined, candidates, fuzzySpans, keywords);
    });
    const page = this.pageFacts(candidates, keywords, context);

    // Confident names vouch for their credited partners ("Lomon" next to "All of Us Are Dead") and for their
    // neighbours in a list of titles; a name they made confident may vouch in turn, so iterate a few rounds.
    const coMentions = this.coMentions;
    coMentions.clear();
    const addConfident = (c: Candidate, list: Decision[]): boolean => {
      if (c.nested) return false;
      let any = false;
      for (const d of list) {
        if (d.score < CONFIDENT) continue;
        any = true;
        if (d.kind === 'title') c.confidentTitle = true;
        for (const e of d.entities) coMentions.addConfident(e);
      }
      return any;
    };
    const base = candidates.map((c) => this.decide(c, page, LINKS_NONE));
    markNestedInConfident(candidates, base);
    linkLineLists(texts, candidates, this.lineItems, base, this.rows);
    // Candidates that even a co-mention and a list could not save ("The" at a sentence start) leave now.
    const hopeless = candidates.map((c, k) => base[k].length === 0 && !this.couldBeSaved(c, page));
    let unsure = candidates.filter((c, k) => !addConfident(c, base[k]) && !hopeless[k]);
    this.linkCreditedPairs(unsure);
    for (let round = 1; round < CO_MENTION_ROUNDS && unsure.length > 0; round++) {
      const before = coMentions.confidentCount;
      if (before === 0) break;
      markBesideTitles(candidates);
      unsure = unsure.filter((c) => !this.contextChanged(c) || !addConfident(c, this.decide(c, page, LINKS_PAGE)));
      if (coMentions.confidentCount === before) break;
    }
    markBesideTitles(candidates);
    const decisions: Decision[][] = texts.map(() => []);
    candidates.forEach((c, k) => {
      // A confident decision about a single entity cannot change; everything else is decided again with the
      // page's co-mentions and lists (scores may rise, shared names get ranked).
      if (hopeless[k]) return;
      const settled = base[k].length === 1 && base[k][0].score >= CONFIDENT && base[k][0].entities.length === 1;
      let best: Decision | undefined;
      const final = settled || !this.contextChanged(c) ? base[k] : this.decide(c, page, LINKS_PAGE);
      for (const d of final) if (!best || d.score > best.score) best = d;
      if (best && best.kind === 'person' && this.isCharacterOnPage(c, best.entities[0])) best = undefined;
      if (best && best.score > 0) decisions[c.block].push(best);
      if (explain) explain(candidateReport(c, page, best));
    });
    if (explain) candidates.forEach((c, k) => hopeless[k] && explain(candidateReport(c, page, undefined)));
    dropGivenNameEchoes(texts, decisions);
    if (page.aboutScreen && fuzzySpans.length > 0) {
      for (const hit of findFuzzy(this, fuzzySpans)) {
        // A guessed spelling must be a well-known name, or credited with something the page names.
        if (this.prior[hit.entity] < FUZZY_MIN_PRIOR && !coMentions.isLinked(hit.entity)) continue;
        // A near miss may replace shorter exact hits inside it ("Millie Bobbie Brown" over "Bobbie Brown"),
        // never cut into a longer or equal one.
        const clash = decisions[hit.block].some(
          (d) => d.candidate.start < hit.end && hit.start < d.end && !(hit.start <= d.candidate.start && d.end <= hit.end && d.tokens < hit.words),
        );
        if (!clash) decisions[hit.block].push(this.fuzzyDecision(hit));
      }
    }
    return decisions.map((list) => this.resolveOverlaps(list));
  }

  /**
   * Whether the name is a character's in a title the page names confidently, and the person is little known and not
   * credited there: "Colonel Tom Parker" on a page about Elvis, "Portia" beside The White Lotus. A well-known actor
   * named like a character ("Lee Jun-ho") may well be meant in person.
   */
  private isCharacterOnPage(c: Candidate, person: number): boolean {
    if (c.keyH1 === 0 || ((this.postings[c.posting] >>> 16) & CHARACTER_FLAG) === 0 || this.prior[person] >= CHARACTER_NAMESAKE_PRIOR) return false;
    const value = lookupKey(this.characterKeys, c.keyH1 >>> 0, c.keyH2 >>> 0);
    if (value === 0) return false;
    const list = value - 1;
    for (let k = 1; k <= this.characterTitles[list]; k++) {
      const title = this.characterTitles[list + k];
      if (this.coMentions.isNamed(title) && !this.isCredited(person, title - this.peopleCount)) return true;
    }
    return false;
  }

  /** Whether a person is credited in a title (local title index): a binary search in the sorted CSR list. */
  private isCredited(person: number, title: number): boolean {
    let low = this.personTitleOffsets[person];
    let high = this.personTitleOffsets[person + 1];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const t = this.personTitles[middle];
      if (t === title) return true;
      if (t < title) low = middle + 1;
      else high = middle;
    }
    return false;
  }

  /**
   * Unsure candidates that name a person and a title credited together vouch for each other (a person and a title
   * mentioned together strengthen each other), when at least one of the two names has more than one word.
   */
  private linkCreditedPairs(unsure: Candidate[]): void {
    const postings = this.postings;
    // Which unsure candidate names each person: its index, or -2 when several do.
    const namedBy = new Map<number, number>();
    unsure.forEach((c, k) => {
      const count = postings[c.posting] & 0xffff;
      for (let i = 1; i <= count; i++) {
        const entity = postings[c.posting + i] >>> 2;
        if (entity >= this.peopleCount) break; // people come first
        const other = namedBy.get(entity);
        namedBy.set(entity, other === undefined || other === k ? k : -2);
      }
    });
    if (namedBy.size === 0) return;
    const seen = new Set<number>();
    unsure.forEach((c, k) => {
      const count = postings[c.posting] & 0xffff;
      for (let i = 1; i <= count; i++) {
        const title = postings[c.posting + i] >>> 2;
        if (title < this.peopleCount || seen.has(title)) continue;
        seen.add(title);
        const t = title - this.peopleCount;
        for (let j = this.titlePeopleOffsets[t]; j < this.titlePeopleOffsets[t + 1]; j++) {
          const person = this.titlePeople[j];
          const by = namedBy.get(person);
          if (by === undefined || by === k) continue;
          const multiWord = c.lastToken > c.firstToken || by === -2 || unsure[by].lastToken > unsure[by].firstToken;
          // Two one-word names need to be distinctive words ("Zendaya" and "Euphoria", not "Grace" and "Home").
          if (multiWord || (this.isDistinctiveWord(c) && this.isDistinctiveWord(unsure[by]))) this.coMentions.linkPair(person, title);
        }
      }
    });
  }

  /** A one-word key that is no common word and no frequent part of names ("Zendaya", "Euphoria"; not "Grace", "Home"). */
  private isDistinctiveWord(c: Candidate): boolean {
    return ((this.postings[c.posting] >>> 16) & (KeyFlag.AllCommon | KeyFlag.NamePart)) === 0;
  }

  /**
   * Whether the page gave the candidate context its first decision did not have: one of its entities is now
   * co-mentioned, or it sits in a list beside a confident title. Without either, deciding again would give the same.
   */
  private contextChanged(c: Candidate): boolean {
    if (c.besideTitle) return true;
    const postings = this.postings;
    const count = postings[c.posting] & 0xffff;
    for (let i = 1; i <= count; i++) {
      const entity = postings[c.posting + i] >>> 2;
      if (this.coMentions.isLinked(entity) || this.coMentions.isNamed(entity)) return true;
    }
    return false;
  }

  /** Whether the best possible context (a co-mention, a list of titles) would make the candidate a mention. */
  private couldBeSaved(c: Candidate, page: PageFacts): boolean {
    if (!c.hasFacts) return false;
    const beside = c.besideTitle;
    c.besideTitle = c.listNeighbours.length > 0;
    const saved = this.decide(c, page, LINKS_ALL, true).length > 0;
    c.besideTitle = beside;
    return saved;
  }

  private pageFacts(candidates: Candidate[], keywords: PageKeywords, context: MatchContext | undefined): PageFacts {
    const strongNames = new Set(candidates.filter((c) => c.strong).map((c) => this.postings[c.posting + 1] >>> 2)).size;
    const strong = keywords.strong.size;
    const any = strong + keywords.sporty.size;
    const screenWords = context?.aboutScreen === true || strong >= 2 || (strong >= 1 && any >= 2);
    const filmWords = context?.aboutScreen === true || strong >= 2;
    return { screenWords, filmWords, aboutScreen: screenWords || strongNames >= 2 || (any >= 1 && strongNames >= 1) };
  }

  private fuzzyDecision(hit: FuzzyHit): Decision {
    const candidate: Candidate = { ...newCandidate(), block: hit.block, start: hit.start, end: hit.end, hasFacts: true, titleCase: true, nameCase: true };
    return { candidate, end: hit.end, kind: this.kindOf(hit.entity), entities: [hit.entity], score: hit.score, tokens: hit.words };
  }

  /** Longest accepted span wins; then the higher score; then the earlier one. */
  private resolveOverlaps(list: Decision[]): Mention[] {
    if (list.length === 0) return [];
    if (list.length === 1) return [this.mention(list[0])];
    list.sort((a, b) => b.tokens - a.tokens || b.score - a.score || a.candidate.start - b.candidate.start);
    // A character map over the decisions' extent keeps overlap checks linear however many candidates a
    // pathological text produces.
    let from = Infinity;
    let to = 0;
    for (const d of list) {
      if (d.candidate.start < from) from = d.candidate.start;
      if (d.end > to) to = d.end;
    }
    const used = this.bytes(to - from);
    const taken: Decision[] = [];
    const acrossNames = this.titlesAcrossNames(list, from, to);
    for (const d of list) {
      if (acrossNames !== undefined && acrossNames.has(d)) continue;
      const start = d.candidate.start - from;
      const end = d.end - from;
      let free = true;
      for (let i = start; i < end && free; i++) if (used[i]) free = false;
      if (!free) continue;
      used.fill(1, start, end);
      taken.push(d);
    }
    taken.sort((a, b) => a.candidate.start - b.candidate.start);
    return taken.map((d) => this.mention(d));
  }

  /**
   * Titles that start inside one confident full name and end inside another: "Prince Harry and Meghan Markle" names
   * two people, not the docuseries "Harry & Meghan". Undefined when there are none (most pages).
   */
  private titlesAcrossNames(list: readonly Decision[], from: number, to: number): Set<Decision> | undefined {
    let names = 0;
    for (const d of list) if (d.kind === 'person' && d.tokens >= 2 && d.score >= CONFIDENT) names++;
    if (names < 2) return undefined;
    // owner[i]: 1 + the index of the full name covering character from + i, or 0.
    const owner = this.ints(to - from);
    list.forEach((d, k) => {
      if (d.kind === 'person' && d.tokens >= 2 && d.score >= CONFIDENT) owner.fill(k + 1, d.candidate.start - from, d.end - from);
    });
    let across: Set<Decision> | undefined;
    for (const d of list) {
      if (d.kind !== 'title') continue;
      const first = owner[d.candidate.start - from];
      const last = owner[d.end - 1 - from];
      if (first === 0 || last === 0 || first === last) continue;
      if (list[first - 1].candidate.start < d.candidate.start && list[last - 1].end > d.end) (across ??= new Set()).add(d);
    }
    return across;
  }

  private mention(d: Decision): Mention {
    const ids: string[] = [];
    for (let k = 0; k < d.entities.length && k < MAX_IDS; k++) ids.push(this.idOf(d.entities[k]));
    // A title whose name starts with "#" ("#Alive") keeps it in the mention; a hashtag of a name ("#SquidGame")
    // does not.
    const start = d.candidate.hashtag && this.strings[this.stringOffsets[2 * d.entities[0] + 1]] === 0x23 ? d.candidate.start - 1 : d.candidate.start;
    return { start, end: d.end, kind: d.kind, ids, score: Math.round(d.score * 1000) / 1000 };
  }

  /**
   * One decision per kind present in the candidate's posting list. `probe`: only whether some decision would be
   * made (the list is then not meaningful, only its length).
   */
  private decide(c: Candidate, page: PageFacts, links: Links, probe = false): Decision[] {
    const postings = this.postings;
    const header = postings[c.posting];
    const count = header & 0xffff;
    const keyFlags = header >>> 16;
    let out: Decision[] = NO_DECISIONS; // shared and never written: most candidates are rejected
    const facts = this.scratchFacts;
    facts.shape = c;
    // Common words run together into one ("Primetime" for "Prime Time") are a word of their own: one word's rules.
    facts.keyFlags = c.firstToken === c.lastToken && keyFlags & KeyFlag.AllCommon ? keyFlags | KeyFlag.SingleWord : keyFlags;
    // A posting list holds its people first, then its titles (see layout.ts).
    let firstTitle = 1;
    while (firstTitle <= count && postings[c.posting + firstTitle] >>> 2 < this.peopleCount) firstTitle++;
    // One sense per page, except for a title that is a single common word ("on Wednesday" below "Wednesday: Season
    // 1") and for any single common word opening a sentence ("Rain is forecast…" below "Rain, also known as Jung
    // Ji-hoon"; "Dark clouds…" above "I watched 'Dark'").
    const commonWord = (keyFlags & KeyFlag.SingleWord) !== 0 && (keyFlags & KeyFlag.AllCommon) !== 0;
    const commonOpening = commonWord && c.sentenceStart && !c.quoted;
    // A place cited once as a film ("Casablanca (1943)") stays a place elsewhere on the page ("flew to Casablanca").
    const placeName = (keyFlags & PLACE_FLAG) !== 0;
    for (let pass = 0; pass < 2; pass++) {
      const wantPerson = pass === 0;
      const from = wantPerson ? 1 : firstTitle;
      const to = wantPerson ? firstTitle - 1 : count;
      // Pick the best entity first without allocating: most candidates are rejected, and only accepted ones need
      // their list of ids.
      let found = 0;
      let bestEntity = -1;
      let bestTier = 4;
      let bestLinked = false;
      let named = false;
      // "Oldboy (2003)": a title of another year is a namesake; one of that year (±1: release dates differ by
      // country) ranks first. It is no evidence on its own: a film and a show share names and years ("Broker").
      const year = wantPerson ? 0 : c.yearAfter;
      // "Jack Ryan Season 3", "The Bear: Season 2": only a show has seasons, so films of that name are namesakes.
      const showOnly =
        !wantPerson && (c.seasonLabel || c.kindCue === KIND_SHOW || (this.citedAsShow.size > 0 && this.citedAsShow.has(c.posting)));
      if (!wantPerson && c.kindCue === KIND_NONE) continue;
      // "Nick Offerman as Bill, Murray Bartlett as Frank": no person's name runs across a comma.
      if (wantPerson && c.commaInside) continue;
      const constrained = year !== 0 || showOnly || (!wantPerson && c.yearBefore !== 0);
      let bestYearFit = -1;
      for (let i = from; i <= to; i++) {
        const ref = postings[c.posting + i];
        const entity = ref >>> 2;
        const tier = c.phonetic ? Tier.Phonetic : ref & 3;
        const yearFit = this.entityFit(c, entity, constrained, year, showOnly);
        if (yearFit < 0) continue;
        const isLinked = links === LINKS_ALL || (links === LINKS_PAGE && this.coMentions.isLinked(entity));
        if (links === LINKS_PAGE && !named && !commonOpening && !placeName && (wantPerson || !commonWord) && this.coMentions.isNamed(entity)) named = true;
        found++;
        const better =
          bestEntity < 0 ||
          yearFit > bestYearFit ||
          (yearFit === bestYearFit &&
            ((isLinked && !bestLinked) ||
              (isLinked === bestLinked && (rankOf(tier) < rankOf(bestTier) || (rankOf(tier) === rankOf(bestTier) && this.prior[entity] > this.prior[bestEntity])))));
        if (better) {
          bestYearFit = yearFit;
          bestEntity = entity;
          bestTier = tier;
          bestLinked = isLinked;
        }
      }
      if (found === 0) continue;
      facts.tier = bestTier as Tier;
      facts.prior = this.prior[bestEntity];
      facts.yearFits = bestYearFit === YEAR_EXACT;
      facts.playsSelf = wantPerson && this.personSelf[bestEntity] === 1;
      let score = wantPerson ? personScore(facts, page, bestLinked || named) : titleScore(facts, page, bestLinked || named);
      // A name that is both an obscure person and a well-known title ("Peter Pan") is the title, unless the page
      // links the person.
      if (wantPerson && score > 0 && !bestLinked && firstTitle <= count && facts.prior < OBSCURE_PERSON_PRIOR && this.bestTitlePrior(c.posting, firstTitle, count) >= WELL_KNOWN_TITLE_PRIOR) {
        score = Math.min(score, SHADOWED_PERSON_SCORE);
      }
      // "2015 | Richie Rich | Darcy Rich", "Richie Rich (2015)": a year that a title of this name has cites the title,
      // not the namesake person, unless the page links the person.
      if (wantPerson && score > 0 && !bestLinked && c.yearAfter !== 0 && this.hasTitleOfYear(c.posting, firstTitle, count, c.yearAfter)) score = 0;
      if (score <= 0) continue;
      if (probe) return SOME_DECISION;
      const entities: number[] = [];
      for (let i = from; i <= to; i++) {
        const entity = postings[c.posting + i] >>> 2;
        if (this.entityFit(c, entity, constrained, year, showOnly) >= 0) entities.push(entity);
      }
      if (entities.length > 1) this.rankEntities(entities, links, year, c.posting, from, to);
      const trailing = TRAILING[(keyFlags >>> TRAILING_SHIFT) & 7];
      const end = trailing !== '' && c.after === trailing ? c.end + 1 : c.end;
      if (out === NO_DECISIONS) out = [];
      out.push({ candidate: c, end, kind: wantPerson ? 'person' : 'title', entities, score, tokens: c.lastToken - c.firstToken + 1 });
    }
    return out;
  }

  /**
   * Whether a title fits the year a page gives it: 2 that year, 1 a year off (release dates differ by country),
   * -1 another year, 0 unknown (the catalogue has no year for it).
   */
  private bestTitlePrior(posting: number, firstTitle: number, count: number): number {
    let best = 0;
    for (let i = firstTitle; i <= count; i++) best = Math.max(best, this.prior[this.postings[posting + i] >>> 2]);
    return best;
  }

  /**
   * Whether the span's context allows this entity (-1 when not), and how well a title fits the year the page gives
   * (see titleFit; 0 without one). Ranking picks the best entity and lists the ids with the same test.
   */
  private entityFit(c: Candidate, entity: number, constrained: boolean, year: number, showOnly: boolean): number {
    if (constrained) return this.titleFit(entity, year, showOnly, c.yearBefore);
    return c.casualWords !== 0 && entity < this.peopleCount && !this.sameOuterWords(entity, c.casualWords) ? -1 : 0;
  }

  /**
   * Whether a person's name starts or ends with a word as long as the lower-case span's: keys join words, so
   * "guy in" is the key of Gu Yin, but where nothing is capitalised only word breaks that match say it is the name.
   */
  private sameOuterWords(entity: number, casualWords: number): boolean {
    const words = this.foldedNameOf(entity).split(' ');
    return words[0].length === (casualWords & 0xff) || words[words.length - 1].length === casualWords >>> 8;
  }

  private hasTitleOfYear(posting: number, firstTitle: number, count: number, year: number): boolean {
    for (let i = firstTitle; i <= count; i++) if (this.yearFit(this.postings[posting + i] >>> 2, year) === YEAR_EXACT) return true;
    return false;
  }

  private yearFit(entity: number, year: number): number {
    if (year === 0) return 0;
    const stored = this.titleYears[entity - this.peopleCount];
    if (stored === 0) return 0;
    const gap = stored + YEAR_BASE - year;
    return gap === 0 ? YEAR_EXACT : gap <= 1 && gap >= -1 ? 1 : -1;
  }

  /** Orders the ids of an accepted mention: of the year the page gives first, then co-mentioned, then the more popular (credits / votes). */
  /** yearFit, and -1 for a film where only a show fits (JustWatch ids: "ts…" shows, "tm…" films). */
  private titleFit(entity: number, year: number, showOnly: boolean, yearBefore = 0): number {
    const isShow = this.strings[this.stringOffsets[2 * entity] + 1] === 0x73; /* "ts…" */
    if (showOnly && !isShow) return -1;
    // "the 2017 film The Square", "won in 2017 for The Square": a film of another year is a namesake, and so is a
    // show that started later (a show's year is its first season's; the page's may be a later one).
    const stored = yearBefore === 0 ? 0 : this.titleYears[entity - this.peopleCount];
    if (stored !== 0) {
      const gap = stored + YEAR_BASE - yearBefore;
      if (isShow ? gap > 1 : gap > 1 || gap < -1) return -1;
    }
    return this.yearFit(entity, year);
  }

  /**
   * Orders namesakes: the year the page gives, then a co-mention, then the name's own spelling over a derived one
   * ("Pinocchio" before "Guillermo del Toro's Pinocchio" unless del Toro is named), then popularity.
   */
  private rankEntities(entities: number[], links: Links, year: number, posting: number, from: number, to: number): void {
    const linked = (e: number) => (links === LINKS_ALL || (links === LINKS_PAGE && this.coMentions.isLinked(e)) ? 1 : 0);
    const fit = (e: number) => this.yearFit(e, year);
    const postings = this.postings;
    const tier = (e: number) => {
      for (let i = from; i <= to; i++) if (postings[posting + i] >>> 2 === e) return rankOf(postings[posting + i] & 3);
      return Tier.Exact;
    };
    entities.sort((a, b) => fit(b) - fit(a) || linked(b) - linked(a) || tier(a) - tier(b) || this.prior[b] - this.prior[a]);
  }

  /** Tokenises one block, collects its candidates and notes its film/TV keywords. */
  private scanBlock(
    text: string, block: number, context: MatchContext | undefined, out: Candidate[], fuzzy: FuzzySpan[], keywords: PageKeywords,
  ): void {
    const tb = this.tokens;
    const count = tb.tokenize(text);
    // Where the writer capitalises nothing, lower-case words may start names too (only there: probing every word
    // would cost every page).
    const casual = tb.casualMarks > 0;
    const { start, hash1, hash2, power1: pow1, power2: pow2, flags } = tb;
    const keys = this.keyWords;
    const mask = keys.length / 3 - 1;
    const firstCandidate = out.length;
    const keywordTokens = this.keywordTokens;
    const strongKeywordTokens = this.strongKeywordTokens;
    keywordTokens.length = 0;
    strongKeywordTokens.length = 0;
    for (let i = 0; i < count; i++) {
      const h = hash1[i] & WORD_MASK;
      if (SCREEN_WORDS.has(h)) {
        keywordTokens.push(i);
        if (SPORTY_WORDS.has(h)) keywords.sporty.add(h);
        else {
          keywords.strong.add(h);
          strongKeywordTokens.push(i);
        }
      }
      // Names and titles start with a capital, a digit or a hashtag; a lower-case start ("you", "home") is only
      // worth a look inside quotes. Skipping the rest here keeps common words from costing anything.
      const shape = flags[i];
      if (shape & F_JOINED) continue;
      if (!(shape & (F_CAPITAL | F_ALL_CAPS | F_DIGIT | F_HASHTAG)) && OPENING_QUOTE_CODES[text.charCodeAt(start[i] - 1)] !== 1 && !casual) continue;
      let h1 = 0;
      let h2 = 0;
      let bestEnd = -1;
      let bestValue = 0;
      let bestH1 = 0;
      let bestH2 = 0;
      // The best key ending before a round bracket the window went into ("Demon Slayer (Kimetsu no Yaiba)"): brackets
      // are soft for names that have them ("How to Sell Drugs Online (Fast)"), a note for every other name.
      let bracket = -1;
      let beforeBracketEnd = -1;
      let beforeBracketValue = 0;
      let beforeBracketH1 = 0;
      let beforeBracketH2 = 0;
      const limit = Math.min(count, i + WINDOW);
      for (let j = i; j < limit; j++) {
        if (j > i && flags[j] & F_HARD_BEFORE) break;
        if (j > i && bracket < 0 && text.charCodeAt(start[j] - 1) === OPEN_BRACKET) {
          bracket = j;
          beforeBracketEnd = bestEnd;
          beforeBracketValue = bestValue;
          beforeBracketH1 = bestH1;
          beforeBracketH2 = bestH2;
        }
        h1 = (Math.imul(h1, pow1[j]) + hash1[j]) | 0;
        h2 = (Math.imul(h2, pow2[j]) + hash2[j]) | 0;
        // The key table lookup, inlined and on int32 views: this loop is the matcher's hot path.
        let slot = h1 & mask;
        let value = 0;
        for (;;) {
          const at = slot * 3;
          value = keys[at + 2];
          if (value === 0 || (keys[at] === h1 && keys[at + 1] === h2)) break;
          slot = (slot + 1) & mask;
        }
        if (value === 0) break;
        if (value & POSTING_BITS) {
          bestEnd = j;
          bestValue = value;
          bestH1 = h1;
          bestH2 = h2;
        }
        if (value >= 0) break; // no HAS_LONGER bit (bit 31): no longer key starts this way
      }
      if (bracket >= 0 && bestEnd >= bracket && TRAILING[(this.postings[(bestValue & POSTING_BITS) - 1] >>> (16 + TRAILING_SHIFT)) & 7] !== ')') {
        bestEnd = beforeBracketEnd;
        bestValue = beforeBracketValue;
        bestH1 = beforeBracketH1;
        bestH2 = beforeBracketH2;
      }
      if (bestEnd >= 0) {
        const c = this.candidate(text, block, i, bestEnd, (bestValue & POSTING_BITS) - 1, false);
        c.keyH1 = bestH1;
        c.keyH2 = bestH2;
        out.push(c);
      }
      // A longer exact name starting here wins; otherwise a capitalised run may be a Korean name spelt another way.
      if (bestEnd <= i && flags[i] & F_CAPITAL && i + 1 < count && this.surnameNear(i)) this.tryPhonetic(text, block, i, bestEnd, out);
    }
    this.addSpanFacts(text, out, firstCandidate, keywordTokens, strongKeywordTokens, context, casual);
    this.collectFuzzySpans(text, block, out, firstCandidate, fuzzy);
  }

  /** Whether a Korean surname is among tokens i … i+3 (a phonetic window starts or ends with one). */
  private surnameNear(i: number): boolean {
    const limit = Math.min(this.tokens.count, i + 4);
    for (let t = i; t < limit; t++) if (SURNAMES.has(this.tokens.hash1[t] & WORD_MASK)) return true;
    return false;
  }

  /** Capitalised runs of 2–4 words that start at token i and could be a Korean name in another romanization. */
  private tryPhonetic(text: string, block: number, i: number, exactEnd: number, out: Candidate[]): void {
    const tb = this.tokens;
    const { flags } = tb;
    if (!(flags[i] & F_CAPITAL)) return;
    let runEnd = i;
    while (runEnd + 1 < tb.count && runEnd - i < 3) {
      const f = flags[runEnd + 1];
      if (f & F_HARD_BEFORE || !(f & (F_CAPITAL | F_JOINED))) break;
      runEnd++;
    }
    // A one-letter surname spelling ("I" for Lee) is the pronoun far more often: "yes I KNOW" is not Lee Know.
    const surnameFirst = SURNAMES.has(tb.hash1[i] & WORD_MASK) && tb.length[i] > 1;
    for (let last = runEnd; last > i && last > exactEnd; last--) {
      if (!surnameFirst && !(SURNAMES.has(tb.hash1[last] & WORD_MASK) && tb.length[last] > 1)) continue;
      // Never cut "Ji-ho" in two; a possessive "'s" is not part of the name ("Wi Ha Joon's comments").
      if (last + 1 < tb.count && flags[last + 1] & F_JOINED && !this.isPossessiveS(text, last + 1)) continue;
      // The key hashes compose from per-token phonetic forms (cached), as in phoneticKey(): surname, then the
      // given-name syllables joined; first with the surname first, then with the surname last.
      for (const [surname, from, to] of [[i, i + 1, last], [last, i, last - 1]]) {
        // "Gang-du": a hyphenated pair is one given name, never a surname and a given name.
        if (surname === i && flags[i + 1] & F_JOINED && HYPHENS.has(text[tb.end[i]])) continue;
        const s = this.phoneticToken(text, surname);
        let h1 = (Math.imul(SEED_PHONETIC, s.surname.p1) + s.surname.h1) | 0;
        let h2 = (Math.imul(SEED_PHONETIC, s.surname.p2) + s.surname.h2) | 0;
        for (let t = from; t <= to; t++) {
          const g = this.phoneticToken(text, t).given;
          h1 = (Math.imul(h1, g.p1) + g.h1) | 0;
          h2 = (Math.imul(h2, g.p2) + g.h2) | 0;
        }
        const value = lookupKey(this.phoneticKeys, h1 >>> 0, h2 >>> 0);
        if (value & POSTING_BITS) {
          out.push(this.candidate(text, block, i, last, (value & POSTING_BITS) - 1, true));
          return;
        }
      }
    }
  }

  /** The phonetic forms of token t as composable hashes, cached by the token's own hash across blocks. */
  private phoneticToken(text: string, t: number): PhoneticToken {
    const tb = this.tokens;
    const k = tb.hash1[t] & WORD_MASK;
    let entry = this.phoneticTokens.get(k);
    if (entry === undefined || entry.check !== tb.hash2[t]) {
      const word = foldWords(text.slice(tb.start[t], tb.end[t])).join('');
      entry = { check: tb.hash2[t], surname: composableHash(foldSurname(word)), given: composableHash(foldSyllables(word)) };
      if (this.phoneticTokens.size >= PHONETIC_TOKEN_CACHE) this.phoneticTokens.clear();
      this.phoneticTokens.set(k, entry);
    }
    return entry;
  }


  /**
   * A candidate from the pool: candidates never outlive findInBlocks (mentions are new objects), so the same few
   * thousand objects serve page after page instead of becoming garbage with each one. A pathological page's
   * excess is not kept (the pool stays under a megabyte or two).
   */
  private candidate(text: string, block: number, first: number, last: number, posting: number, phonetic: boolean): Candidate {
    const { start, end } = this.tokens;
    const pool = this.candidatePool;
    let c: Candidate;
    if (this.candidatesInUse < pool.length) c = pool[this.candidatesInUse];
    else {
      c = newCandidate();
      if (pool.length < CANDIDATE_POOL_SIZE) pool.push(c);
    }
    this.candidatesInUse++;
    c.block = block;
    c.firstToken = first;
    c.lastToken = last;
    c.start = start[first];
    c.end = end[last];
    c.posting = posting;
    c.phonetic = phonetic;
    c.strong = false;
    c.hasFacts = false;
    c.titleCase = false;
    c.sentenceCase = false;
    c.nameCase = false;
    c.sentenceStart = false;
    c.allCaps = false;
    c.quoted = false;
    c.hashtag = false;
    c.localKeyword = false;
    c.localStrongKeyword = false;
    c.insideLongerName = false;
    c.cutsWord = false;
    c.characterCue = false;
    c.placeCue = false;
    c.besideTitle = false;
    c.functionWord = false;
    c.seasonLabel = false;
    c.headline = false;
    c.roleCue = false;
    c.after = text[end[last]] ?? '';
    c.listPrev = -1;
    c.listNext = -1;
    c.listNeighbours = NO_NEIGHBOURS;
    c.confidentTitle = false;
    c.yearAfter = 0;
    c.yearBefore = 0;
    c.casualWords = 0;
    c.commaInside = last > first && gapHasAny(text, end[first], start[last], COMMAS);
    c.keyH1 = 0;
    c.keyH2 = 0;
    return c;
  }

  /** For each token of the block, the furthest token that a candidate starting at or before it reaches (or -1). */
  private candidateReach(out: Candidate[], from: number): Int32Array {
    const count = this.tokens.count;
    if (this.reachAt.length < count) this.reachAt = new Int32Array(Math.max(count, 2 * this.reachAt.length));
    const reachAt = this.reachAt;
    let reach = -1;
    let k = from;
    for (let t = 0; t < count; t++) {
      for (; k < out.length && out[k].firstToken <= t; k++) if (out[k].lastToken > reach) reach = out[k].lastToken;
      reachAt[t] = reach;
    }
    return reachAt;
  }

  /** For each token: COVERED_BY_WORD when only one-word candidates span it, COVERED when a longer one does, else 0. */
  private coveredTokens(out: Candidate[], from: number): Uint8Array {
    const covered = this.bytes(this.tokens.count);
    for (let k = from; k < out.length; k++) {
      const c = out[k];
      if (c.firstToken === c.lastToken) covered[c.firstToken] ||= COVERED_BY_WORD;
      else covered.fill(COVERED, c.firstToken, c.lastToken + 1);
    }
    return covered;
  }

  /** Fills the shape facts of this block's candidates while its tokens are still in the buffer. */
  private addSpanFacts(
    text: string, out: Candidate[], from: number, keywordTokens: number[], strongKeywordTokens: number[], context: MatchContext | undefined,
    casual: boolean,
  ): void {
    const tb = this.tokens;
    const { flags, hash1 } = tb;
    if (from === out.length) return;
    const covered = this.coveredTokens(out, from);
    const emphasis = context?.emphasis && context.emphasis.length > 0 ? new EmphasisIndex(context.emphasis) : undefined;
    const listed: Candidate[] = [];
    for (const t of keywordTokens) covered[t] = COVERED; // German "Serie Dark": a capitalised keyword is not a name part
    const headlines = this.headlines;
    headlines.reset();

    for (let k = from; k < out.length; k++) {
      const c = out[k];
      let titleCase = true;
      let nameCase = true;
      for (let t = c.firstToken; t <= c.lastToken; t++) {
        const f = flags[t];
        if (f & F_JOINED && t > c.firstToken) continue;
        const capital = (f & (F_CAPITAL | F_ALL_CAPS)) !== 0;
        if (!capital && !(f & F_DIGIT) && !(f & F_AMPERSAND)) {
          if (!(t > c.firstToken && FUNCTION_WORDS.has(hash1[t] & WORD_MASK)) && !(f & F_HASHTAG)) titleCase = false;
          // Particles and short inner words stay lower case in names ("Ana de Armas", "Baran bo Odar").
          const inner = t > c.firstToken && t < c.lastToken;
          if (!(inner && (PARTICLES.has(hash1[t] & WORD_MASK) || tb.length[t] <= 3))) nameCase = false;
        }
      }
      const next = c.lastToken + 1;
      const nextSoft = next < tb.count && !(flags[next] & F_HARD_BEFORE);
      const hyphenAfter =
        nextSoft && (flags[next] & F_JOINED) !== 0 && HYPHENS.has(text[c.end]) && !HYPHEN_SUFFIXES.has(hash1[next] & WORD_MASK);
      const prevSoft = !(flags[c.firstToken] & F_HARD_BEFORE);
      // A capitalised word in brackets beside the span is a note about it ("Friends (Canada)"), not more of its name;
      // one across a comma, a dash or a slash belongs to another name ("Marty Byrde — Ozark").
      const looseNeighbour =
        (prevSoft &&
          this.isLooseCapital(c.firstToken - 1, covered) &&
          !gapHas(text, tb.end[c.firstToken - 1], c.start, CLOSE_BRACKET) &&
          !gapHasAny(text, tb.end[c.firstToken - 1], c.start, NAME_BREAKS)) ||
        (nextSoft &&
          !(flags[next] & F_JOINED) &&
          this.isLooseCapital(next, covered) &&
          !gapHas(text, c.end, tb.start[next], OPEN_BRACKET) &&
          !gapHasAny(text, c.end, tb.start[next], NAME_BREAKS)) ||
        (prevSoft && c.firstToken === c.lastToken && this.endsOfPhrase(c.firstToken, covered)) ||
        (nextSoft && this.continuesWithOf(next, covered));
      // Asked only where it matters (a loose neighbour, a sound-alike, a title): a sentence is read once either way.
      const postingCount = this.postings[c.posting] & 0xffff;
      const mayBeTitle = this.postings[c.posting + postingCount] >>> 2 >= this.peopleCount;
      const headline = (looseNeighbour || c.phonetic || mayBeTitle) && headlines.isTitleCase(c.firstToken);
      const insideLongerName =
        hyphenAfter ||
        (prevSoft && c.firstToken === c.lastToken && this.afterCapitalPossessive(c.firstToken)) ||
        // In a Title Case headline a distinctive name keeps its capitalised neighbours ("… In Euphoria Creator's …");
        // a name made of common words does not ("… Says Goodbye To …"), nor one in brackets with them (a cast
        // list reads like a headline: "Diego Luna (Cassian Andor)").
        (looseNeighbour &&
          (((this.postings[c.posting] >>> 16) & KeyFlag.AllCommon) !== 0 || !headline || inLongerBracketedName(text, c.start, c.end)));
      const cue = c.firstToken - 1;
      // "plays Nam On-jo", "the role of Joo Won", "el papel de Tokio": a character's name follows, even a full one.
      const roleCue =
        prevSoft &&
        cue >= 0 &&
        (ROLE_VERBS.has(hash1[cue] & WORD_MASK) ||
          (cue > 0 && ROLE_OF.has(hash1[cue] & WORD_MASK) && ROLES.has(hash1[cue - 1] & WORD_MASK)) ||
          (cue > 0 && AS_WORD.has(hash1[cue] & WORD_MASK) && AS_ROLE_VERBS.has(hash1[cue - 1] & WORD_MASK)));
      const characterCue =
        roleCue || (prevSoft && cue >= 0 && CUES.has(hash1[cue] & WORD_MASK) && !(cue > 0 && CUE_EXCEPTIONS.has(hash1[cue - 1] & WORD_MASK)));
      // A sound-alike that stops before another short capitalised word is part of a longer name: "Lee Cheong" in
      // "Lee Cheong San" is not "Lee Jung".
      const cutsSyllables =
        c.phonetic &&
        nextSoft &&
        (flags[next] & (F_CAPITAL | F_ALL_CAPS | F_JOINED | F_SENTENCE_START)) === F_CAPITAL &&
        tb.length[next] <= 6 &&
        tb.start[next] === c.end + 1 &&
        !FUNCTION_WORDS.has(hash1[next] & WORD_MASK) &&
        !headline;
      // Capitals inside a lower-case sentence ("neither THE GLORY nor KINGDOM has been renewed") set a name apart
      // as quotes would; a heading in capitals ("NEW FACES") proves nothing.
      const allCaps = (flags[c.firstToken] & F_ALL_CAPS) !== 0 && (flags[c.lastToken] & F_ALL_CAPS) !== 0;
      // One short word in capitals is an acronym ("BTS fans", "HBO"), not emphasis.
      const capsEmphasis =
        allCaps &&
        (c.lastToken > c.firstToken || tb.length[c.firstToken] > ACRONYM_MAX) &&
        prevSoft &&
        nextSoft &&
        this.isLowerWord(c.firstToken - 1) &&
        this.isLowerWord(next);
      const nearFrom = Math.max(0, c.firstToken - LOCAL_KEYWORD_DISTANCE);
      const nearTo = Math.min(tb.count, c.lastToken + LOCAL_KEYWORD_DISTANCE + 1);
      c.hasFacts = true;
      c.titleCase = titleCase;
      c.sentenceCase = (flags[c.firstToken] & (F_CAPITAL | F_DIGIT)) !== 0;
      c.nameCase = nameCase;
      c.sentenceStart = (flags[c.firstToken] & F_SENTENCE_START) !== 0;
      c.allCaps = allCaps && !capsEmphasis;
      // A short emphasised name is one name: a span that is only part of it ("Black" in <em>The Black Phone</em>) is
      // inside a longer name the catalogue lacks, and the emphasis is not its own.
      const partOfEmphasis = emphasis !== undefined && this.isPartOfEmphasisedName(text, emphasis, c);
      c.quoted =
        capsEmphasis ||
        isQuoted(text, c.start, c.end) ||
        (emphasis !== undefined && !partOfEmphasis && emphasis.covers(c.start, c.end)) ||
        (c.firstToken === c.lastToken && hasInnerCapital(text, c.start, c.end));
      c.hashtag = (flags[c.firstToken] & F_HASHTAG) !== 0;
      c.localKeyword = anyBetween(keywordTokens, nearFrom, nearTo);
      c.localStrongKeyword = anyBetween(strongKeywordTokens, nearFrom, nearTo);
      // One-word names run together with nothing but spaces ("The Paranormal Liberation War arc") are parts of a
      // longer name the catalogue lacks: three or more of them, or two when this one is a common word ("Yellowjackets
      // New episode" stays). Not when the span is set apart.
      c.insideLongerName =
        insideLongerName ||
        partOfEmphasis ||
        (!c.quoted &&
          c.firstToken === c.lastToken &&
          // Cheap test first: a run needs a one-word name right beside this one.
          ((c.firstToken > 0 && covered[c.firstToken - 1] === COVERED_BY_WORD) || (next < tb.count && covered[next] === COVERED_BY_WORD)) &&
          this.oneWordNameRun(text, c.firstToken, covered) >= (((this.postings[c.posting] >>> 16) & KeyFlag.AllCommon) !== 0 ? 2 : 3));
      c.cutsWord = hyphenAfter || cutsSyllables;
      c.characterCue = characterCue;
      c.roleCue = roleCue;
      // In casual writing, a name that is not capitalised as one ("song hye kyo", "Pedro pascal").
      c.casualLowercase = casual && !titleCase && !nameCase && c.lastToken > c.firstToken && !c.quoted;
      c.casualWords = c.casualLowercase ? Math.min(tb.length[c.firstToken], 255) | (Math.min(tb.length[c.lastToken], 255) << 8) : 0;
      c.placeCue = prevSoft && cue >= 0 && PLACES.has(hash1[cue] & WORD_MASK);
      c.besideTitle = false;
      // "You can read the chart below": a sentence opening with a pronoun and a verb opens with the pronoun, not with
      // the show "You" (mid-sentence, "the series You are both on Netflix", the capital says it is the show).
      // "Her first major role was…": a possessive opening a sentence before a lower-case word is the possessive,
      // not the singer H.E.R. nor the film "Her".
      // "Contact Us", "Follow Us": a pronoun right after a capitalised word is that phrase's object, not the film.
      c.functionWord =
        c.firstToken === c.lastToken &&
        (FUNCTION_WORDS.has(hash1[c.firstToken] & WORD_MASK) ||
          (prevSoft &&
            cue >= 0 &&
            (flags[cue] & (F_CAPITAL | F_JOINED)) === F_CAPITAL &&
            PRONOUNS.has(hash1[c.firstToken] & WORD_MASK) &&
            spacesOnly(text, tb.end[cue], c.start)) ||
          ((flags[c.firstToken] & F_SENTENCE_START) !== 0 &&
            nextSoft &&
            this.isLowerWord(next) &&
            ((PRONOUNS.has(hash1[c.firstToken] & WORD_MASK) && PRONOUN_VERBS.has(hash1[next] & WORD_MASK)) ||
              POSSESSIVES.has(hash1[c.firstToken] & WORD_MASK))));
      if (mayBeTitle) {
        c.yearAfter = yearInBrackets(text, c.end) || this.yearInCellBefore(text, c.firstToken);
        c.yearBefore = c.yearAfter === 0 ? this.yearInSentenceBefore(text, c.firstToken) : 0;
      }
      c.kindCue = mayBeTitle ? this.kindCue(text, c.end, next, c.quoted ? -1 : c.firstToken) : KIND_ANY;
      const episodeOf = c.kindCue === KIND_ANY && mayBeTitle && this.episodeOfBefore(c.firstToken);
      if (episodeOf) c.kindCue = KIND_SHOW;
      c.seasonLabel = this.isSeasonLabel(text, c.end, next, c.firstToken === c.lastToken && ((this.postings[c.posting] >>> 16) & KeyFlag.AllCommon) !== 0);
      // A name that is a whole line or table cell, for lists one name per line (linkLineLists). Most names have a
      // word right before them: one look at the character before the space says so.
      const before = c.start > 0 ? text.charCodeAt(c.start - 1) : 0x0a;
      if (
        (before === 0x0a || (before === 0x20 && (c.start < 2 || !isLetterCode(text.charCodeAt(c.start - 2))))) &&
        fillsLineOrCell(text, c) !== FILLS_NOTHING
      ) {
        this.lineItems.push(k);
      }
      // One sense per page: a name cited as a show once is a show wherever the page names it ("The Bear, season 2"
      // above "why The Bear works"): a film of that name is a namesake. Not a number after it: "Sonic the Hedgehog 2"
      // is the film's sequel.
      if (mayBeTitle && (episodeOf || c.seasonLabel)) this.citedAsShow.add(c.posting);
      c.listPrev = this.listNeighbour(text, c.firstToken, -1);
      c.listNext = this.listNeighbour(text, c.lastToken, +1);
      // Items of a list are capitalised for their own sake ("Favourites: Kingdom, Hellbound and Sweet Home").
      c.headline = headline && c.listPrev < 0 && c.listNext < 0;
      if (c.listPrev >= 0 || c.listNext >= 0) listed.push(c);
      const keyFlags = this.postings[c.posting] >>> 16;
      c.strong =
        !c.phonetic &&
        this.hasSourceName(c.posting) &&
        !(keyFlags & KeyFlag.SingleWord) &&
        !(keyFlags & KeyFlag.AllCommon) &&
        (titleCase || nameCase);
    }
    if (listed.length > 0) this.linkListNeighbours(out, from, listed);
  }

  /**
   * The list items beside each listed candidate: those ending at its listPrev or starting at its listNext. The
   * block's candidates are in order of their first token and span at most WINDOW tokens, so both are found by
   * binary search, and a block that is one long list stays linear.
   */
  private linkListNeighbours(out: Candidate[], from: number, listed: Candidate[]): void {
    const to = out.length;
    for (const c of listed) {
      let neighbours = NO_NEIGHBOURS;
      if (c.listPrev >= 0) {
        for (let k = firstAtOrAfter(out, from, to, c.listPrev - WINDOW); k < to && out[k].firstToken <= c.listPrev; k++) {
          if (out[k].lastToken === c.listPrev) neighbours = neighbours === NO_NEIGHBOURS ? [out[k]] : [...neighbours, out[k]];
        }
      }
      if (c.listNext >= 0) {
        for (let k = firstAtOrAfter(out, from, to, c.listNext); k < to && out[k].firstToken === c.listNext; k++) {
          neighbours = neighbours === NO_NEIGHBOURS ? [out[k]] : [...neighbours, out[k]];
        }
      }
      c.listNeighbours = neighbours;
    }
  }

  /** A capitalised word that no candidate or keyword covers: part of some name the catalogue does not know. */
  private isLooseCapital(t: number, covered: Uint8Array): boolean {
    return t >= 0 && t < this.tokens.count && !covered[t] && this.isCapitalisedWord(t);
  }

  /** Capitalised for its own sake: not at a sentence start, and no function word ("The", "Of"). */
  private isCapitalisedWord(t: number): boolean {
    const { flags, hash1 } = this.tokens;
    return (flags[t] & F_CAPITAL) !== 0 && !(flags[t] & F_SENTENCE_START) && !FUNCTION_WORDS.has(hash1[t] & WORD_MASK);
  }

  /**
   * How many capitalised one-word candidates run together around token t (t included), each separated from the
   * next by spaces only. A run stops at a sentence start, a function word, or a token a longer name covers.
   */
  private oneWordNameRun(text: string, t: number, covered: Uint8Array): number {
    const { count, start, end } = this.tokens;
    let first = t;
    while (first > 0 && this.inOneWordNameRun(first - 1, covered) && spacesOnly(text, end[first - 1], start[first])) first--;
    let last = t;
    while (last + 1 < count && this.inOneWordNameRun(last + 1, covered) && spacesOnly(text, end[last], start[last + 1])) last++;
    return last - first + 1;
  }

  private inOneWordNameRun(k: number, covered: Uint8Array): boolean {
    return covered[k] === COVERED_BY_WORD && this.isCapitalisedWord(k);
  }

  /**
   * Whether the one-word span at `t` ends a capitalised phrase joined by "of" / "of the" ("The Age of Shadows",
   * "Pirates of the Caribbean"): the phrase is a name the catalogue lacks, and the word is only its last part.
   */
  private endsOfPhrase(t: number, covered: Uint8Array): boolean {
    const { flags, hash1 } = this.tokens;
    let before = t - 1;
    if (before >= 1 && (hash1[before] & WORD_MASK) === THE_KEY && !(flags[before] & F_HARD_BEFORE)) before--;
    if (before < 1 || (hash1[before] & WORD_MASK) !== OF_KEY || flags[before] & (F_CAPITAL | F_HARD_BEFORE)) return false;
    return this.isLooseCapital(before - 1, covered);
  }

  /** "The King" in "The King of Pigs": "of" and a capitalised word continue the name past the span. */
  private continuesWithOf(next: number, covered: Uint8Array): boolean {
    const { flags, hash1 } = this.tokens;
    return (hash1[next] & WORD_MASK) === OF_KEY && !(flags[next] & F_CAPITAL) && next + 1 < this.tokens.count && !(flags[next + 1] & F_HARD_BEFORE) && this.isLooseCapital(next + 1, covered);
  }

  /** "Our Oceans", "My Name": a capitalised possessive before one word starts a longer name. */
  private afterCapitalPossessive(t: number): boolean {
    const { flags, hash1 } = this.tokens;
    return t > 0 && (flags[t - 1] & F_CAPITAL) !== 0 && POSSESSIVES.has(hash1[t - 1] & WORD_MASK);
  }

  /**
   * Whether the span lies inside a short emphasised name with another capitalised word besides it (function words
   * aside): <em>The Black Phone</em> for "Black" or "Phone".
   */
  private isPartOfEmphasisedName(text: string, emphasis: EmphasisIndex, c: Candidate): boolean {
    const name = emphasis.nameAround(text, c.start, c.end);
    if (name === undefined) return false;
    const tb = this.tokens;
    for (let t = c.firstToken - 1; t >= 0 && tb.start[t] >= name.from; t--) if (this.isNameWord(t)) return true;
    for (let t = c.lastToken + 1; t < tb.count && tb.end[t] <= name.to; t++) if (this.isNameWord(t)) return true;
    return false;
  }

  /** A capitalised word that is no function word ("Phone", not "The"), wherever it stands in its sentence. */
  private isNameWord(t: number): boolean {
    return (this.tokens.flags[t] & F_CAPITAL) !== 0 && !FUNCTION_WORDS.has(this.tokens.hash1[t] & WORD_MASK);
  }

  /** Whether fuzzy words a … last spell a place of several words ("United States"): see PLACE_WINDOW_KEYS. */
  private isPlaceWindow(a: number, last: number): boolean {
    const w = this.fuzzyWords;
    let h1 = 0;
    for (let k = a; k <= last; k++) h1 = (Math.imul(h1, w.p1[k]) + w.h1[k]) | 0;
    return PLACE_WINDOW_KEYS.has(h1 & WORD_MASK);
  }

  /**
   * The word windows of the span tokens[from..to] that the fuzzy fallback should try (see fuzzy.ts): those whose
   * blocks hold a name of their shape. Most capitalised runs ("New York", "Premier League") have none, and leaving
   * them out here costs the fallback no strings and leaves its budget to the runs that may be names. The words are
   * the span's whitespace-separated words, as the fallback reads them; for a span it would read differently
   * ("J.K.", "&", an accented initial) the answer is undefined: try every window.
   */
  private fuzzyWindows(text: string, from: number, to: number, reachAt: Int32Array): FuzzyWindow[] | undefined {
    const { start, end, flags, hash1, hash2, power1, power2, length } = this.tokens;
    const w = this.fuzzyWords;
    let n = 0;
    for (let k = from; k <= to; k++) {
      if (flags[k] & F_AMPERSAND) return undefined;
      const sameWord = k > from && !hasSpace(text, end[k - 1], start[k]);
      if (sameWord && !(flags[k] & F_JOINED)) return undefined;
      if (sameWord && this.isPossessiveS(text, k)) continue; // the fallback reads "Girl's" as "girl"
      if (sameWord) {
        w.h1[n - 1] = (Math.imul(w.h1[n - 1], power1[k]) + hash1[k]) | 0;
        w.h2[n - 1] = (Math.imul(w.h2[n - 1], power2[k]) + hash2[k]) | 0;
        w.p1[n - 1] = Math.imul(w.p1[n - 1], power1[k]);
        w.p2[n - 1] = Math.imul(w.p2[n - 1], power2[k]);
        w.length[n - 1] += length[k];
        w.functionWord[n - 1] = 0;
        w.lastToken[n - 1] = k;
        continue;
      }
      const initial = FOLD_TABLE[text.charCodeAt(start[k])];
      if (initial <= 0 || initial >= 0x10000) return undefined;
      w.functionWord[n] = FUNCTION_WORDS.has(hash1[k] & WORD_MASK) ? 1 : 0;
      w.h1[n] = hash1[k];
      w.h2[n] = hash2[k];
      w.p1[n] = power1[k];
      w.p2[n] = power2[k];
      w.length[n] = length[k];
      w.initial[n] = initial;
      w.firstToken[n] = k;
      w.lastToken[n] = k;
      n++;
    }
    const out: FuzzyWindow[] = [];
    forEachWindow(n, (k) => w.functionWord[k] === 1, (a, size) => {
      const last = a + size - 1;
      // Words inside one exact name ("Lee Jung" in "Lee Jung and Anupam Tripati") are no misspelling, nor is a place.
      if (reachAt[w.firstToken[a]] >= w.lastToken[last]) return;
      if (size > 1 && this.isPlaceWindow(a, last)) return;
      // blockShape() of the window's words, from their folded lengths and initials.
      let chars = size - 1;
      let initials = 0;
      for (let k = a; k <= last; k++) {
        chars += w.length[k];
        initials = addInitial(initials, w.initial[k]);
      }
      const shape = packBlockShape(chars, size, initials);
      const firstBlock = blockWithShape(this, w.h1[a], w.h2[a], w.p1[a], w.p2[a], w.initial[a + 1], shape);
      const lastBlock = blockWithShape(this, w.h1[last], w.h2[last], w.p1[last], w.p2[last], w.initial[a], shape);
      if (firstBlock !== 0 || lastBlock !== 0) out.push({ first: a, words: size, firstBlock, lastBlock });
    });
    return out;
  }

  /** Whether token t is the "s" of a possessive "'s". */
  private isPossessiveS(text: string, t: number): boolean {
    const tb = this.tokens;
    return tb.length[t] === 1 && (tb.hash1[t] & WORD_MASK) === S_KEY && APOSTROPHES.has(text.charCodeAt(tb.start[t] - 1));
  }

  /** A lower-case word (not a number, not capitalised). */
  private isLowerWord(t: number): boolean {
    return t >= 0 && t < this.tokens.count && (this.tokens.flags[t] & (F_CAPITAL | F_ALL_CAPS | F_DIGIT | F_AMPERSAND)) === 0;
  }

  /**
   * Whether a season number follows the span ending at `end` ("Elite: Season 8", "Wednesday (Season 2)", "Dark –
   * Staffel 3"), with spaces, a colon, a bracket or a dash between.
   */
  private isSeasonLabel(text: string, end: number, next: number, commonWord: boolean): boolean {
    const tb = this.tokens;
    if (next + 1 >= tb.count || !SEASON_WORDS.has(tb.hash1[next] & WORD_MASK)) return false;
    if (!(tb.flags[next + 1] & F_DIGIT) && !NUMBER_WORDS.has(tb.hash1[next + 1] & WORD_MASK)) return false;
    // One common word needs punctuation between, not only a space: "Yennefer's Big Season 3 Twist" is an adjective.
    let punctuated = false;
    for (let k = end; k < tb.start[next]; k++) {
      const code = text.charCodeAt(k);
      if (!SEASON_GAP.has(code)) return false;
      if (code !== 0x20 && code !== 0xa0) punctuated = true;
    }
    return punctuated || !commonWord;
  }

  /** "the second season of The Bear", "the finale of Succession": only a show has seasons and episodes. */
  private episodeOfBefore(first: number): boolean {
    const { flags, hash1 } = this.tokens;
    const of = first - 1;
    if (of < 1 || flags[first] & F_HARD_BEFORE || flags[of] & F_HARD_BEFORE || (hash1[of] & WORD_MASK) !== OF_KEY) return false;
    return EPISODE_OF.has(hash1[of - 1] & WORD_MASK);
  }

  /** Whether a posting list holds a real name (exact or alias), not only derived variants. */
  private hasSourceName(posting: number): boolean {
    const count = this.postings[posting] & 0xffff;
    for (let i = 1; i <= count; i++) if ((this.postings[posting + i] & 3) <= Tier.Alias) return true;
    return false;
  }

  /**
   * The token that ends (direction -1) or starts (+1) the neighbouring item when `token` sits in a list: the gap is
   * list punctuation, or a lone "and"/"or" word. -1 when it does not.
   */
  private listNeighbour(text: string, token: number, direction: -1 | 1): number {
    const tb = this.tokens;
    const { start, end } = tb;
    if (direction < 0) {
      if (token < 1) return -1;
      const gap = gapMarks(text, end[token - 1], start[token]);
      if (gap & GAP_CELL && this.rows.isTableRow(text, start[token])) return -1;
      if (gap & GAP_LIST && !(gap & GAP_STOP)) {
        if (!(gap & GAP_CLOSE)) return token - 1;
        // "Breaking Bad (US only), Friends": the item before is the one before the brackets.
        for (let t = token - 1; t > 0 && t >= token - MAX_BRACKETED_TOKENS; t--) {
          if (gapHas(text, end[t - 1], start[t], OPEN_BRACKET)) return t - 1;
        }
        return -1;
      }
      if (token >= 2 && (CONJUNCTIONS.has(tb.hash1[token - 1] & WORD_MASK) || this.isItemNumber(text, token - 1))) return token - 2;
      return -1;
    }
    if (token + 1 >= tb.count) return -1;
    let gapEnd = token; // the token the gap after the item starts at
    let gap = gapMarks(text, end[token], start[token + 1]);
    if (gap & GAP_OPEN) {
      // Brackets after an item ("Breaking Bad (US only), Friends") belong to it: the list goes on after them.
      gapEnd = -1;
      for (let t = token + 1; t + 1 < tb.count && t <= token + MAX_BRACKETED_TOKENS; t++) {
        if (gapHas(text, end[t], start[t + 1], CLOSE_BRACKET)) {
          gapEnd = t;
          break;
        }
      }
      if (gapEnd < 0) return -1;
      gap = gapMarks(text, end[gapEnd], start[gapEnd + 1]);
    }
    // A colon ends a label, not a list item ("Review: The Queen's Gambit"); what follows it may be a list.
    if (gap & (GAP_COLON | GAP_STOP)) return -1;
    if (gap & GAP_CELL && this.rows.isTableRow(text, start[token])) return -1;
    if (gap & GAP_LIST) return gapEnd + 1;
    if (gapEnd + 2 < tb.count && (CONJUNCTIONS.has(tb.hash1[gapEnd + 1] & WORD_MASK) || this.isItemNumber(text, gapEnd + 1))) return gapEnd + 2;
    return -1;
  }

  /**
   * What the word right after a span says about its kind: a show word or a number makes films of that name
   * namesakes ("every other Star Wars show", "Sonic the Hedgehog 3 shoots": a sequel the catalogue lacks, while
   * "Stranger Things 4" is that show's season); a franchise, game or book word makes it no film or show at all;
   * and a day or month in a date is the date. `first`: the span's first token, or -1 when it is quoted (a quoted
   * day or month is no date).
   */
  private kindCue(text: string, end: number, next: number, first: number): number {
    const tb = this.tokens;
    // "Wednesday, March 1", "April 14: Ted Lasso", "every Wednesday": a day or a month in a date is the date.
    if (first === next - 1 && DATE_WORDS.has(tb.hash1[first] & WORD_MASK)) {
      if (first > 0 && !(tb.flags[first] & F_HARD_BEFORE) && DATE_CUES.has(tb.hash1[first - 1] & WORD_MASK)) return KIND_NONE;
      if (next < tb.count && !(tb.flags[next] & F_HARD_BEFORE)) {
        const day = tb.flags[next] & F_DIGIT && tb.end[next] - tb.start[next] <= 2;
        if (day || DATE_WORDS.has(tb.hash1[next] & WORD_MASK)) return KIND_NONE;
      }
    }
    if (next >= tb.count || tb.start[next] !== end + 1 || text.charCodeAt(end) !== 0x20) return KIND_ANY;
    const word = tb.hash1[next] & WORD_MASK;
    if (NOT_A_WORK_CUES.has(word)) return KIND_NONE;
    if (SHOW_CUES.has(word)) return KIND_SHOW;
    const digits = tb.end[next] - tb.start[next];
    if (tb.flags[next] & F_DIGIT && digits <= 2 && isDigits(text, tb.start[next], tb.end[next])) return KIND_SHOW;
    // "Scream VI", "World War II": a numeral in roman numbers a sequel or names something else, never a season.
    if (digits >= 2 && digits <= 4 && isRomanNumeral(text, tb.start[next], tb.end[next])) return KIND_NONE;
    return KIND_ANY;
  }

  /**
   * A year among the few lower-case words right before a span in its sentence ("the 2017 film The Square", "in
   * 2017 for The Square"), or 0.
   */
  private yearInSentenceBefore(text: string, first: number): number {
    const { start, end, flags } = this.tokens;
    for (let t = first - 1; t >= 0 && t >= first - YEAR_BEFORE_WORDS; t--) {
      // A quote may open the title ("in 2017 for 'The Square'"); any other hard break ends the sentence's reach.
      if (flags[t + 1] & F_HARD_BEFORE && !(t + 1 === first && onlyOpeningQuotes(text, end[t], start[first]))) return 0;
      if (flags[t] & F_DIGIT) return releaseYear(text, start[t], end[t]);
      if (flags[t] & (F_CAPITAL | F_ALL_CAPS | F_JOINED)) return 0;
    }
    return 0;
  }

  /**
   * The year in the table cell or label right before a span ("2006 | The Host", "2019: Parasite", "2016 – Train
   * to Busan"), or 0: filmographies and award lists give a title's year there instead of in brackets.
   */
  private yearInCellBefore(text: string, first: number): number {
    const { start, end, flags } = this.tokens;
    const year = first - 1;
    if (year < 0 || !(flags[year] & F_DIGIT) || gapMarks(text, end[year], start[first]) & (GAP_OPEN | GAP_CLOSE)) return 0;
    if (!gapHasAny(text, end[year], start[first], CELL_SEPARATORS)) return 0;
    // A run of years ("2014–2019 | Jane the Virgin"): a show's catalogue year is the first.
    if (year > 0 && flags[year - 1] & F_DIGIT && isRangeDash(text, end[year - 1], start[year])) return releaseYear(text, start[year - 1], end[year - 1]);
    return releaseYear(text, start[year], end[year]);
  }

  /**
   * Whether a token numbers the next item of a list run together in one line ("1. The Last of Us 2. Succession
   * 3. The White Lotus"): one or two digits after a space, then "." or ")" and a space.
   */
  private isItemNumber(text: string, t: number): boolean {
    const { start, end, flags } = this.tokens;
    // Spaces or a line break before the number ("…Jury Duty  8. Yellowjackets\n9. Party Down"), spaces after its mark.
    if (!(flags[t] & F_DIGIT) || end[t] - start[t] > 2 || t < 1 || t + 1 >= this.tokens.count || !whiteSpaceOnly(text, end[t - 1], start[t])) return false;
    const mark = text.charCodeAt(end[t]);
    return (mark === 0x2e || mark === CLOSE_BRACKET) && end[t] + 1 < start[t + 1] && spacesOnly(text, end[t] + 1, start[t + 1]);
  }

  /** Capitalised runs (2–5 words) that no candidate touches: material for the fuzzy fallback. */
  private collectFuzzySpans(text: string, block: number, out: Candidate[], from: number, fuzzy: FuzzySpan[]): void {
    if (fuzzy.length >= MAX_FUZZY_SPANS) return; // the page has all the spans the fallback will look at
    const tb = this.tokens;
    const { flags, start, end, hash1 } = tb;
    // reach: the furthest token that a candidate starting at or before t covers (a run inside one candidate needs
    // no fuzzy look). The block's candidates are in scan order, so one pointer follows t.
    let reach = -1;
    let next = from;
    let t = 0;
    let reachAt: Int32Array | undefined;
    while (t < tb.count) {
      if (!(flags[t] & F_CAPITAL) || flags[t] & F_JOINED) {
        t++;
        continue;
      }
      let last = t;
      while (last + 1 < tb.count) {
        const f = flags[last + 1];
        if (f & F_HARD_BEFORE) break;
        if (!(f & (F_CAPITAL | F_JOINED)) && !FUNCTION_WORDS.has(hash1[last + 1] & WORD_MASK)) break;
        // A comma ends a name: "Ahn Seo-hyun, Tilda Swinton and Steven Yuen" is three runs, not one too long to try.
        if (gapHasAny(text, end[last], start[last + 1], RUN_BREAKS)) break;
        last++;
      }
      while (last > t && !(flags[last] & (F_CAPITAL | F_JOINED))) last--;
      const words = last - t + 1;
      for (; next < out.length && out[next].firstToken <= t; next++) if (out[next].lastToken > reach) reach = out[next].lastToken;
      if (words >= 2 && words <= MAX_FUZZY_RUN && !(flags[t] & F_ALL_CAPS && flags[last] & F_ALL_CAPS)) {
        const s = start[t];
        const e = end[last];
        if (reach < last && fuzzy.length < MAX_FUZZY_SPANS) {
          reachAt ??= this.candidateReach(out, from);
          const windows = this.fuzzyWindows(text, t, last, reachAt);
          if (windows === undefined) fuzzy.push({ block, start: s, end: e, text: text.slice(s, e) });
          else if (windows.length > 0) fuzzy.push({ block, start: s, end: e, text: text.slice(s, e), windows });
        }
      }
      t = last + 1;
    }
  }
}

function isQuoted(text: string, start: number, end: number): boolean {
  if (start === 0 || !OPENING_QUOTES.has(text[start - 1])) return false;
  let after = end;
  if (text[after] === "'" || text[after] === '\u2019') {
    if (text[after + 1] === 's' && !CLOSING_QUOTES.has(text[after + 2] ?? '')) after += 2;
  }
  const ch = text[after] ?? '';
  if (CLOSING_QUOTES.has(ch)) return true;
  return (ch === ',' || ch === '.') && CLOSING_QUOTES.has(text[after + 1] ?? '');
}

/** How long an emphasised stretch may be and still read as one name (a title, not a sentence in italics). */
const EMPHASISED_NAME_MAX = 60;
const SENTENCE_MARKS: ReadonlySet<number> = new Set([...'.!?'].map((ch) => ch.charCodeAt(0)));

/** A capital right after a lower-case letter ("GoT", "HotD", "iCarly"): a stylised name, set apart like quotes. */
function hasInnerCapital(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    const before = text.charCodeAt(k - 1);
    if (code >= 0x41 && code <= 0x5a && before >= 0x61 && before <= 0x7a) return true;
  }
  return false;
}

/** Whether a code unit is a letter or digit of a name (ASCII fast path; anything above Latin-1 punctuation counts). */
function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code >= 0xc0;
}

/** Where a name ends once a possessive is set aside ("Ha Joon's" → "Ha Joon"). */
function endOfName(name: string): number {
  const last = name.length - 1;
  return last >= 2 && (name[last] === 's' || name[last] === 'S') && APOSTROPHES.has(name.charCodeAt(last - 1)) ? last - 1 : name.length;
}

/** A name's letters and digits in lower case, from `from` to `to` ("Ha-Joon" → "hajoon"): how echoes compare. */
function letterKey(name: string, from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) if (isNameChar(name.charCodeAt(k))) key += name[k];
  return key.toLowerCase();
}

/**
 * Drops people who only repeat part of a longer name the page gives in full:
 * - a sound-alike repeating its end: after "Wi Ha Joon", "Ha Joon's visuals" is him by his given name, not the
 *   actor "Ha Jun";
 * - a full name repeating its start: after "Jamie Lee Curtis", "Jamie Lee (as she signs her texts)" is her, not the
 *   actor Jamie Lee. Only words apart, not a hyphenated given name: "Lee Jung" is no part of "Lee Jung-jae".
 * Each confident person's name gives the letter keys of those parts ("hajoon", "joon" from "Wi Ha-Joon"; "jamie",
 * "jamielee" from "Jamie Lee Curtis"): two sets, so a page costs the number of names, not names × names.
 */
function dropGivenNameEchoes(texts: readonly string[], decisions: Decision[][]): void {
  // Most pages have neither a sound-alike person nor a confident name of three words apart: nothing to do.
  const soundAlikes = decisions.some((list) => list.some((d) => d.candidate.phonetic && d.kind === 'person'));
  const threeWords = (d: Decision, text: string) => d.kind === 'person' && d.score >= CONFIDENT && d.tokens >= 3 && spacesIn(text, d.candidate.start, d.end) >= 2;
  const longNames = decisions.some((list, block) => list.some((d) => threeWords(d, texts[block])));
  if (!soundAlikes && !longNames) return;
  const endings = new Set<string>();
  const starts = new Set<string>();
  // The lengths of those starts as written: a name of another length is no echo, without building its key.
  const startLengths = new Set<number>();
  decisions.forEach((list, block) => {
    for (const d of list) {
      if (d.kind !== 'person' || d.score < CONFIDENT) continue;
      const text = texts[block];
      const end = endOfName(text.slice(d.candidate.start, d.end)) + d.candidate.start;
      // A part starts after a character that is no letter, with letters before it (the part is not the whole name).
      let letterBefore = false;
      for (let k = d.candidate.start; k < end; k++) {
        const code = text.charCodeAt(k);
        if (isNameChar(code)) letterBefore = true;
        else if (letterBefore) {
          if (soundAlikes) endings.add(letterKey(text, k + 1, end));
          if (code === 0x20 && longNames && threeWords(d, text)) {
            starts.add(letterKey(text, d.candidate.start, k));
            startLengths.add(k - d.candidate.start);
          }
        }
      }
    }
  });
  if (endings.size === 0 && starts.size === 0) return;
  decisions.forEach((list, block) => {
    const text = texts[block];
    const isEcho = (d: Decision) => {
      if (d.kind !== 'person' || (d.candidate.phonetic ? endings.size === 0 : d.tokens < 2 || !startLengths.has(d.end - d.candidate.start))) return false;
      const echo = text.slice(d.candidate.start, d.end);
      const key = letterKey(echo, 0, endOfName(echo));
      return d.candidate.phonetic ? endings.has(key) : starts.has(key);
    };
    if (list.some(isEcho)) decisions[block] = list.filter((d) => !isEcho(d));
  });
}

/** coveredTokens(): a token spanned by one-word candidates only, or by a longer one (or a film/TV keyword). */
const COVERED_BY_WORD = 1;
const COVERED = 2;

const GAP_LIST = 1;
const GAP_OPEN = 2;
const GAP_CLOSE = 4;
const GAP_COLON = 8;
/** A sentence ends in the gap ("New episodes every Wednesday.\n• Moon Girl"): no list runs across it. */
const GAP_STOP = 16;
/** A table cell border ("|"). */
const GAP_CELL = 32;

/** What the gap text[from, to) between two words holds: list punctuation, brackets, a colon (one pass). */
function gapMarks(text: string, from: number, to: number): number {
  let marks = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (LIST_PUNCTUATION.has(code)) marks |= code === COLON ? GAP_LIST | GAP_COLON : code === PIPE ? GAP_LIST | GAP_CELL : GAP_LIST;
    else if (code === 0x2e || code === 0x21 || code === 0x3f) marks |= GAP_STOP;
    else if (code === OPEN_BRACKET) marks |= GAP_OPEN;
    else if (code === CLOSE_BRACKET) marks |= GAP_CLOSE;
  }
  return marks;
}

/** Whether text[from, to) holds white space (words in the fuzzy fallback are separated by it). */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) return true;
  }
  return false;
}

/**
 * The year in brackets right after a span ("Oldboy (2003)", "Dark (2017–2020)", "Burning [2018]"), or 0. Years
 * before 1880 or after 2100 are not release years.
 */
function yearInBrackets(text: string, end: number): number {
  let k = end;
  if (text.charCodeAt(k) === 0x20) k++;
  const open = text.charCodeAt(k);
  if (open !== OPEN_BRACKET && open !== 0x5b) return 0;
  const after = text.charCodeAt(k + 5);
  if (after >= 0x30 && after <= 0x39) return 0; // more digits: not a year
  return releaseYear(text, k + 1, k + 5);
}

/** How long a table row may be (longer lines are prose or one long list, never looked through twice). */
const ROW_MAX = 400;

/**
 * Whether the line around `at` is a table row: it opens with a year cell ("2013 | Insidious: Chapter 2 | Annie |",
 * "2014–2019 | Jane the Virgin | Young Jane"), or a line next to it has as many cell borders, two or more ("Title |
 * Genre | Premiere" above "Foundation | Science fiction | September 24, 2021"). Its cells are columns (year, title,
 * role, genre, notes), not a list of items of one kind, so a role or a genre is not a title's list neighbour. One
 * line of "Kingdom | Hellbound | Sweet Home" stays a list.
 */
/**
 * isTableRow with memory: the last line break before the positions asked about (asked in page order, mostly), and
 * the last line's answer, so one long line full of "|" ("Kingdom | Hellbound | …" a megabyte long) is read once.
 */
class TableRows {
  private text = '';
  private scanned = 0;
  private lastBreak = -1;
  private lineStart = -1;
  private answer = false;

  isTableRow(text: string, at: number): boolean {
    if (text !== this.text || at < this.lastBreak) {
      this.text = text;
      this.scanned = 0;
      this.lastBreak = -1;
      this.lineStart = -1;
    }
    for (; this.scanned < at; this.scanned++) if (text.charCodeAt(this.scanned) === 0x0a) this.lastBreak = this.scanned;
    const lineStart = this.lastBreak + 1;
    if (at - lineStart > ROW_MAX) return false;
    if (lineStart !== this.lineStart) {
      this.lineStart = lineStart;
      this.answer = isTableRow(text, lineStart);
    }
    return this.answer;
  }
}

function isTableRow(text: string, at: number): boolean {
  const line = lineAround(text, at);
  if (line < 0) return false;
  const lineStart = line;
  let k = lineStart;
  while (text.charCodeAt(k) === 0x20) k++;
  if (releaseYear(text, k, k + 4) !== 0) {
    k += 4;
    // "2014–2019", "2022–present"
    while (k - lineStart < ROW_MAX && k < text.length && text.charCodeAt(k) !== PIPE && text.charCodeAt(k) !== 0x0a) k++;
    if (text.charCodeAt(k) === PIPE) return true;
  }
  const { borders, end } = cellBorders(text, lineStart);
  if (borders < 2) return false;
  if (lineStart > 0) {
    const before = lineAround(text, lineStart - 1);
    if (before >= 0 && cellBorders(text, before).borders === borders) return true;
  }
  return end < text.length && cellBorders(text, end + 1).borders === borders;
}

/** The start of the line that holds `at`, or -1 when it is further back than a table row is long. */
function lineAround(text: string, at: number): number {
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < ROW_MAX && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  return lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a ? -1 : lineStart;
}

/** The "|" borders in the line starting at `from` and where it ends; no borders for a line longer than a row. */
function cellBorders(text: string, from: number): { borders: number; end: number } {
  let borders = 0;
  let k = from;
  for (; k < text.length && text.charCodeAt(k) !== 0x0a; k++) {
    if (k - from > ROW_MAX) return { borders: 0, end: k };
    if (text.charCodeAt(k) === PIPE) borders++;
  }
  return { borders, end: k };
}

/** Whether text[from, to) holds spaces, tabs and line breaks only. */
function whiteSpaceOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0xa0) return false;
  }
  return true;
}

function spacesIn(text: string, from: number, to: number): number {
  let spaces = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x20) spaces++;
  return spaces;
}

/** A letter (ASCII or beyond), not a digit: what ends a word before a name. */
function isLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code >= 0xc0;
}

/** Whether text[from, to) holds plain spaces only (no punctuation, no line break). */
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/** Whether text[from, to) is written only with the capitals I, V and X ("II", "VI", "XIV"). */
function isRomanNumeral(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0x49 && code !== 0x56 && code !== 0x58) return false;
  }
  return true;
}

/** Whether text[from, to) joins two numbers into a range: one dash, spaces around it allowed ("2014–2019"). */
function isRangeDash(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x2d || code === 0x2013 || code === 0x2014) dashes++;
    else if (code !== 0x20) return false;
  }
  return dashes === 1;
}

/** text[from, to) as a release year: four digits, 1880–2100; otherwise 0. */
function releaseYear(text: string, from: number, to: number): number {
  if (to - from !== 4 || !isDigits(text, from, to)) return 0;
  const year = Number(text.slice(from, to));
  return year >= 1880 && year <= 2100 ? year : 0;
}

/** How far a bracketed name reaches around a span ("Diego Luna (Cassian Andor)"). */
const BRACKETED_NAME_MAX = 40;

/**
 * Whether the span is part of a longer name in brackets: "(Cassian Andor)" in a cast list, where every word is
 * capitalised and the headline rule would otherwise keep "Andor" apart from "Cassian". The brackets hold only
 * words (letters, spaces, hyphens, apostrophes), more of them than the span: "(Succession, HBO)" is a note.
 */
function inLongerBracketedName(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= BRACKETED_NAME_MAX && isBracketedNameChar(text.charCodeAt(open))) open--;
  if (open < 0 || text.charCodeAt(open) !== OPEN_BRACKET) return false;
  let close = end;
  while (close < text.length && close - end <= BRACKETED_NAME_MAX && isBracketedNameChar(text.charCodeAt(close))) close++;
  if (text.charCodeAt(close) !== CLOSE_BRACKET) return false;
  const words = text.slice(open + 1, close).split(/[\s-]+/).filter(Boolean);
  // A name: every word capitalised ("(Yellowjackets fans where you at)" is a remark).
  return words.length > text.slice(start, end).split(/[\s-]+/).length && words.every((w) => w[0] !== w[0].toLowerCase());
}

function isBracketedNameChar(code: number): boolean {
  return isNameChar(code) || code === 0x20 || code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e;
}

/** Whether text[from, to) holds only spaces and opening quotes. */
function onlyOpeningQuotes(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0x20 && OPENING_QUOTE_CODES[code] !== 1) return false;
  }
  return true;
}

/** Whether text[from, to) is all ASCII digits. */
function isDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** What separates a year from the title it dates in a table row or a label. */
const CELL_SEPARATORS: ReadonlySet<number> = new Set([...'|:\u2013\u2014\t'].map((ch) => ch.charCodeAt(0)));

/** Whether text[from, to) holds any of the characters. */
function gapHasAny(text: string, from: number, to: number, codes: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (codes.has(text.charCodeAt(k))) return true;
  return false;
}

/** Whether text[from, to) holds the character `code`. */
function gapHas(text: string, from: number, to: number, code: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/**
 * Whether a token is in a Title Case sentence (headlines: "Sydney Sweeney Eyed For Lead In Euphoria Creator's New
 * Series"), where every word is capitalised, so a capital beside a name says little about a longer name. A sentence
 * counts when it has at least 4 words besides function words and none of them is lower case. Asked about tokens in
 * ascending order (a block's candidates), it looks at each sentence at most once and only when asked.
 */
class TitleCaseSentences {
  private scanned = 0;
  private sentenceStart = 0;
  private answeredFor = -1;
  private answer = false;

  constructor(private readonly tokens: TokenBuffer) {}

  reset(): void {
    this.scanned = 0;
    this.sentenceStart = 0;
    this.answeredFor = -1;
  }

  isTitleCase(token: number): boolean {
    const { flags, hash1, count } = this.tokens;
    for (; this.scanned <= token; this.scanned++) if (flags[this.scanned] & F_SENTENCE_START) this.sentenceStart = this.scanned;
    if (this.answeredFor === this.sentenceStart) return this.answer;
    let words = 0;
    let lower = false;
    for (let t = this.sentenceStart; t < count && !lower && (t === this.sentenceStart || !(flags[t] & F_SENTENCE_START)); t++) {
      const f = flags[t];
      if (f & (F_JOINED | F_DIGIT | F_AMPERSAND) || FUNCTION_WORDS.has(hash1[t] & WORD_MASK)) continue;
      if (f & (F_CAPITAL | F_ALL_CAPS)) words++;
      else lower = true;
    }
    this.answeredFor = this.sentenceStart;
    this.answer = !lower && words >= TITLE_CASE_MIN_WORDS;
    return this.answer;
  }
}

/**
 * The page's emphasised ranges sorted by start, with the furthest end reached so far: whether [start, end) lies
 * inside one of them is a binary search (a page may have thousands of both ranges and candidates).
 */
class EmphasisIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly reach: number[] = [];

  constructor(ranges: ReadonlyArray<{ start: number; end: number }>) {
    let furthest = -1;
    for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
      furthest = Math.max(furthest, r.end);
      this.starts.push(r.start);
      this.ends.push(r.end);
      this.reach.push(furthest);
    }
  }

  /**
   * The innermost range around [start, end) that may be one name: no longer than EMPHASISED_NAME_MAX and without
   * sentence punctuation. Undefined when there is none.
   */
  nameAround(text: string, start: number, end: number): { from: number; to: number } | undefined {
    const low = this.rangesFrom(start);
    // Nested emphasis (<em><b>…</b></em>) puts a few ranges around one name: look at the last few.
    for (let i = low - 1; i >= 0 && i >= low - 3; i--) {
      const from = this.starts[i];
      const to = this.ends[i];
      if (to < end) continue;
      if (to - from > EMPHASISED_NAME_MAX || gapHasAny(text, from, to, SENTENCE_MARKS)) return undefined;
      return { from, to };
    }
    return undefined;
  }

  covers(start: number, end: number): boolean {
    const low = this.rangesFrom(start);
    return low > 0 && this.reach[low - 1] >= end;
  }

  /** How many ranges start at or before `start` (a binary search over the sorted starts). */
  private rangesFrom(start: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle] <= start) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Sets `besideTitle` on candidates listed right next to a confident title ("Train to Busan: Kingdom, Hellbound"). */
/**
 * Marks the candidates that lie inside a longer one decided confidently on the first pass ("Us" in "The Last of
 * Us"). Such a name is not named on the page in its own right: counting it would make every "US" on the page the
 * film "Us", and it would vouch for its list neighbours in place of the longer name. Candidates come in text order
 * within a block, one per start token (a longer sound-alike may follow at the same start).
 */
function markNestedInConfident(candidates: readonly Candidate[], decisions: readonly Decision[][]): void {
  let block = -1;
  let confidentEnd = -1;
  let confidentStart = -1;
  candidates.forEach((c, k) => {
    if (c.block !== block) {
      block = c.block;
      confidentEnd = -1;
    }
    c.nested = c.end <= confidentEnd && c.start > confidentStart;
    if (decisions[k].some((d) => d.score >= CONFIDENT) && c.end > confidentEnd) {
      confidentEnd = c.end;
      confidentStart = c.start;
    }
  });
}

/** Bullets and item numbers a line of a list may open with ("- ", "• ", "3. "). */
function lineItemStart(text: string, lineStart: number): number {
  let k = lineStart;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code === 0x20 || code === 0x09 || code === 0x2d || code === 0x2022 || code === 0x2013 || code === 0x2a || code === 0xb7) k++;
    else break;
  }
  let digits = k;
  while (digits < text.length && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++;
  if (digits > k && digits - k <= 2 && (text.charCodeAt(digits) === 0x2e || text.charCodeAt(digits) === CLOSE_BRACKET) && text.charCodeAt(digits + 1) === 0x20) {
    k = digits + 2;
    while (text.charCodeAt(k) === 0x20) k++;
  }
  return k;
}

/** How far before a name its line or cell may start (spaces, a bullet, an item number). */
const LINE_PREFIX_MAX = 12;

/**
 * Whether a candidate is the whole of its line (after a bullet or an item number) or of its table cell (between
 * "|" borders), allowing spaces, a trailing "!", "?" or ")" of its name, and notes such as "†" after it. Looks only a
 * few characters either way, so long lines cost nothing here.
 */
function fillsLineOrCell(text: string, c: Candidate): typeof FILLS_NOTHING | typeof FILLS_LINE | typeof FILLS_CELL {
  let k = c.start;
  // Back over what may open a line or cell (spaces, bullets, an item number): a word before ends the look at once.
  while (k > 0 && c.start - k <= LINE_PREFIX_MAX && LINE_PREFIX.has(text.charCodeAt(k - 1))) k--;
  if (k > 0 && text.charCodeAt(k - 1) !== 0x0a && text.charCodeAt(k - 1) !== PIPE) return FILLS_NOTHING;
  const cellStart = k > 0 && text.charCodeAt(k - 1) === PIPE;
  if (cellStart ? !spacesOnly(text, k, c.start) : lineItemStart(text, k) !== c.start) return FILLS_NOTHING;
  k = c.end;
  if (k < text.length && TRAILING_MARKS.has(text.charCodeAt(k))) k++;
  while (k < text.length && CELL_TAIL.has(text.charCodeAt(k))) k++;
  if (k < text.length && text.charCodeAt(k) === PIPE) return FILLS_CELL;
  if (k < text.length && text.charCodeAt(k) !== 0x0a) return FILLS_NOTHING;
  return cellStart ? FILLS_CELL : FILLS_LINE;
}

const FILLS_NOTHING = 0;
const FILLS_LINE = 1;
const FILLS_CELL = 2;

/** How many line breaks text holds from `from` on (none for a block that is no string). */
function newlinesFrom(text: string | undefined, from: number): number {
  let count = 0;
  if (typeof text === 'string') for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const TRAILING_MARKS: ReadonlySet<number> = new Set([...'!?)'].map((ch) => ch.charCodeAt(0)));
/** What may come between a line's start and its item: spaces, bullets, an item number ("3. ", "3) "). */
const LINE_PREFIX: ReadonlySet<number> = new Set([...' \t-\u2022\u2013*\u00b7.)0123456789'].map((ch) => ch.charCodeAt(0)));
/** What may follow a name in its line or cell: spaces and footnote marks ("See †"). */
const CELL_TAIL: ReadonlySet<number> = new Set([...' \r\t\u00a0\u2020\u2021*'].map((ch) => ch.charCodeAt(0)));
/** Names one per line (or per cell down a column) are a list when at least this share of them are titles. */
const LINE_LIST_TITLE_SHARE = 0.5;
/** How many lines away a list item looks for a confident title to vouch for it. */
const LINE_LIST_REACH = 8;

/**
 * Names one per line ("Outstanding Comedy Series\nAbbott Elementary\nBarry\nHacks\n…", or <li> items, which reach
 * the matcher as blocks of their own), or one per cell down a table column ("Foundation | Science fiction | …" above
 * "Severance | Psychological thriller | …"), form a list when at least three run together, two of them are confident
 * titles and at least half of them titles at all; then each item's neighbours are the items on the lines around it,
 * as in a list on one line. A menu of words ("Home\nMovies\nSeries") or a genre column has no confident titles, so
 * it stays no list.
 */
function linkLineLists(
  texts: readonly string[], candidates: readonly Candidate[], lineItems: readonly number[], base: readonly Decision[][], rows: TableRows,
): void {
  if (lineItems.length < 3) return;
  const items: Array<{ line: number; column: number; c: Candidate; title: boolean; confident: boolean }> = [];
  // Page line numbers and the column within the line, counted as candidates come (in page order): a block starts a
  // new line.
  let line = 0;
  let column = 0;
  let block = -1;
  let counted = 0;
  for (const k of lineItems) {
    const c = candidates[k];
    if (c.nested) continue;
    const text = texts[c.block];
    // A cell counts only in a table (rows of as many cells): one long line of "A | B | C" is a list of its own.
    if (fillsLineOrCell(text, c) === FILLS_CELL && !rows.isTableRow(text, c.start)) continue;
    if (c.block !== block) {
      // The rest of the block before, then each block in between: a block starts a new line.
      if (block >= 0) line += newlinesFrom(texts[block], counted) + 1;
      for (let b = block + 1; b < c.block; b++) line += newlinesFrom(texts[b], 0) + 1;
      block = c.block;
      counted = 0;
      column = 0;
    }
    for (; counted < c.start; counted++) {
      const code = text.charCodeAt(counted);
      if (code === 0x0a) {
        line++;
        column = 0;
      } else if (code === PIPE) column++;
    }
    const title = base[k].some((d) => d.kind === 'title' && d.score > 0);
    const confident = base[k].some((d) => d.kind === 'title' && d.score >= CONFIDENT);
    const last = items[items.length - 1];
    // Two candidates in one line or cell (a name inside another): keep the longer.
    if (last && last.line === line && last.column === column) {
      if (c.end - c.start > last.c.end - last.c.start) items[items.length - 1] = { line, column, c, title, confident };
      continue;
    }
    items.push({ line, column, c, title, confident });
  }
  items.sort((x, y) => x.column - y.column || x.line - y.line);
  for (let from = 0; from < items.length; ) {
    let to = from + 1;
    while (to < items.length && items[to].column === items[from].column && items[to].line === items[to - 1].line + 1) to++;
    const run = items.slice(from, to);
    const titles = run.filter((item) => item.title).length;
    const confident = run.filter((item) => item.confident).length;
    if (run.length >= 3 && confident >= 2 && titles >= run.length * LINE_LIST_TITLE_SHARE) {
      // Neighbours: the items right around, and the nearest confident title above and below (a list vouches as a
      // whole, not only through the next line).
      run.forEach((item, i) => {
        const around = [run[i - 1], run[i + 1]];
        for (let j = i - 2; j >= 0 && j >= i - LINE_LIST_REACH; j--) if (run[j].confident) {
          around.push(run[j]);
          break;
        }
        for (let j = i + 2; j < run.length && j <= i + LINE_LIST_REACH; j++) if (run[j].confident) {
          around.push(run[j]);
          break;
        }
        const cs = around.filter((o) => o !== undefined).map((o) => o.c);
        item.c.listNeighbours = item.c.listNeighbours === NO_NEIGHBOURS ? cs : [...item.c.listNeighbours, ...cs];
      });
    }
    from = to;
  }
}

function markBesideTitles(candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.listNeighbours.length === 0 || !c.hasFacts) continue;
    c.besideTitle = c.listNeighbours.some((o) => o.confidentTitle);
  }
}

/** A blank candidate, every field written out: one hidden class for all candidates (a spread would not give that). */
function newCandidate(): Candidate {
  return {
    block: 0, firstToken: 0, lastToken: 0, start: 0, end: 0, posting: -1, phonetic: false, strong: false, hasFacts: false,
    titleCase: false, sentenceCase: false, nameCase: false, sentenceStart: false, allCaps: false, quoted: false, hashtag: false,
    localKeyword: false, localStrongKeyword: false, insideLongerName: false, cutsWord: false, characterCue: false, placeCue: false,
    besideTitle: false, functionWord: false, seasonLabel: false, headline: false, roleCue: false, casualLowercase: false, after: '', listPrev: -1, listNext: -1, listNeighbours: NO_NEIGHBOURS, confidentTitle: false, yearAfter: 0, yearBefore: 0, nested: false, kindCue: KIND_ANY,
    casualWords: 0, commaInside: false, keyH1: 0, keyH2: 0,
  };
}

/** The first index in out[from, to) whose candidate starts at or after `token` (candidates are in first-token order). */
function firstAtOrAfter(out: readonly Candidate[], from: number, to: number, token: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (out[middle].firstToken < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether some token of the ascending list `tokens` lies in [from, to): a binary search, since a block has few film/TV
 * keywords and candidates are far fewer than tokens (a per-token count table cost more than all the searches).
 */
function anyBetween(tokens: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < tokens.length && tokens[low] < to;
}
