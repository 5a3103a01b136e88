// Build time: catalogue → compact binary matcher index (see layout.ts). Runs in Node from scripts/build-index.ts.
import type { Credit, Person, Title } from '../types';
import { COMMON_WORDS_TEXT, VERY_COMMON_ENGLISH_TEXT } from '../names/common-words';
import { foldWords } from '../names/fold';
import { hashWords, SEED_BLOCK, SEED_EXACT, SEED_PHONETIC } from '../names/hash';
import { personPhoneticWords, personVariants, Tier, titleVariants, type NameVariant } from '../names/variants';
import { encodeSections } from './codec';
import { buildKeyTable, HAS_LONGER, type KeyEntry } from './key-table';
import { blockShape, CHARACTER_FLAG, COMMON_NAME_FLAG, KeyFlag, MAX_BLOCK_ENTITIES, MAX_WINDOW_TOKENS, PLACE_FLAG, SECTIONS, SHORTENED_FLAG, TRAILING_CHARS, TRAILING_SHIFT, YEAR_BASE } from './layout';
import { PLACE_KEYS } from '../names/places';

/** The parts of the catalogue the matcher needs (lib/catalog's Catalog satisfies it). */
export interface MatchCatalog {
  titles: readonly Title[];
  people: readonly Person[];
  credits: readonly Credit[];
}

const COMMON = new Set(COMMON_WORDS_TEXT.split(' ').filter(Boolean));
const VERY_COMMON = new Set(VERY_COMMON_ENGLISH_TEXT.split(' ').filter(Boolean));
/** A common word, or the plural of one ("skies", "winds", "stories"): "Dark Skies" is as common as "Dark Sky". */
function isCommon(word: string): boolean {
  if (COMMON.has(word)) return true;
  if (word.length < 4 || !word.endsWith('s')) return false;
  return COMMON.has(word.slice(0, -1)) || (word.endsWith('es') && COMMON.has(word.slice(0, -2))) || (word.endsWith('ies') && COMMON.has(`${word.slice(0, -3)}y`));
}

/** A single word that starts or ends at least this many people's names is a name part, not a name. */
const NAME_PART_MIN = 8;

interface KeyBuild {
  words: string[];
  refs: Map<number, { tier: Tier; subtitleDropped: boolean; ownerDropped: boolean }>;
  flags: number;
}

/** Keys this short ("IU", "T.O.P", "I.N.") read like one word whatever their punctuation. */
const SHORT_KEY = 3;

function keyFlags(words: readonly string[], nameParts: Set<string>, oneWordName: boolean): number {
  let flags = 0;
  const key = words.join('');
  if (words.length === 1 || key.length <= SHORT_KEY || oneWordName) flags |= KeyFlag.SingleWord;
  // "Ju-ne" reads "June": a key is common if its words are, or if it is a common word itself.
  if (COMMON.has(key) || words.every((w) => isCommon(w) || w.length === 1 || /^\d+$/.test(w))) flags |= KeyFlag.AllCommon;
  if (PLACE_KEYS.has(key)) flags |= PLACE_FLAG;
  if (words.every((w) => VERY_COMMON.has(w) || /^\d+$/.test(w))) flags |= KeyFlag.AllVeryCommon;
  if (words.length === 1 && nameParts.has(words[0])) flags |= KeyFlag.NamePart;
  if (words.every((w) => /^\d+$/.test(w))) flags |= KeyFlag.Numeric;
  return flags;
}

class KeyCollector {
  readonly keys = new Map<string, KeyBuild>();
  readonly prefixes = new Set<string>();

  kind: 'person' | 'title' = 'person';

  constructor(private readonly nameParts: NameParts, private readonly withPrefixes: boolean) {}

  add(entity: number, variant: NameVariant, source?: string): void {
    const { words, tier } = variant;
    if (words.length > MAX_WINDOW_TOKENS) return;
    const key = words.join('');
    let build = this.keys.get(key);
    // Flags are OR-ed across registrations: "It" and "I.T." share the key "it", and one weak reading is enough
    // for the key to need evidence.
    // A person written as one word with hyphens or dots ("Ju-ne", "T.O.P") is a one-word name.
    const oneWordName = this.kind === 'person' && source !== undefined && tier <= Tier.Alias && !/\s/.test(source.trim());
    let flags = keyFlags(words, this.nameParts.words, oneWordName);
    if (this.kind === 'person' && source !== undefined && isCommonName(source, this.nameParts.parts)) flags |= COMMON_NAME_FLAG;
    if (variant.subtitleOnly && flags & (KeyFlag.AllCommon | PLACE_FLAG)) return;
    const trailing = source === undefined ? -1 : TRAILING_CHARS.indexOf(source.trimEnd().slice(-1) as (typeof TRAILING_CHARS)[number]);
    if (trailing > 0 && variant.tier <= Tier.Alias) flags |= trailing << TRAILING_SHIFT;
    if (variant.subtitleDropped) flags |= SHORTENED_FLAG;
    if (!build) {
      build = { words, refs: new Map(), flags };
      this.keys.set(key, build);
    } else {
      build.flags |= flags;
    }
    const previous = build.refs.get(entity);
    const subtitleDropped = variant.subtitleDropped === true;
    if (!previous || tier < previous.tier) build.refs.set(entity, { tier, subtitleDropped, ownerDropped: variant.ownerDropped === true });
    if (this.withPrefixes) {
      let prefix = '';
      for (let i = 0; i < words.length - 1; i++) {
        prefix += words[i];
        this.prefixes.add(prefix);
      }
    }
  }
}

/**
 * Whether words are a person's name, or two joined by "and" ("Steve Martin and Martin Short"): what is left of a
 * special's title without its subtitle ("Steve Martin and Martin Short: An Evening You Will Forget…") names them,
 * not the special.
 */
function namesPeople(words: readonly string[], personKeys: ReadonlySet<string>): boolean {
  if (personKeys.has(words.join(' '))) return true;
  const and = words.indexOf('and');
  return and > 0 && personKeys.has(words.slice(0, and).join(' ')) && personKeys.has(words.slice(and + 1).join(' '));
}

function personPrior(credits: number, bestOrder: number): number {
  return Math.log2(1 + credits) + (bestOrder <= 2 ? 1 : 0);
}

/** Ranks and forms of address before a character's name ("Colonel Tom Parker"). */
const CHARACTER_RANKS = new Set('colonel dr doctor mr mrs ms miss sir lady lord captain detective agent officer general sergeant professor judge father sister'.split(' '));

function titlePrior(title: Title): number {
  return Math.log10(1 + (title.imdbVotes ?? 0)) + Math.log10(1 + (title.popularity ?? 0));
}

/**
 * Keeps, per kind, the refs of the best tier (a name and an alias count as one tier: both are real names of the
 * entity) and the titles known by that name without their owner; drops ambiguous subtitle-less variants.
 */
function pruneRefs(build: KeyBuild, peopleCount: number): Array<[number, Tier]> {
  const kept: Array<[number, Tier]> = [];
  const rank = (tier: Tier) => (tier === Tier.Alias ? Tier.Exact : tier);
  for (const isTitle of [false, true]) {
    const refs = [...build.refs].filter(([e]) => (e >= peopleCount) === isTitle);
    if (refs.length === 0) continue;
    const best = Math.min(...refs.map(([, r]) => rank(r.tier)));
    let chosen = refs.filter(([, r]) => rank(r.tier) === best);
    // "Star Wars: …" → "Star Wars" only when a single title drops to it, and only when no title is called that by
    // another rule ("Jack Ryan" is "Tom Clancy's Jack Ryan", not "Jack Ryan: Shadow Recruit").
    if (chosen.some(([, r]) => !r.subtitleDropped)) chosen = chosen.filter(([, r]) => !r.subtitleDropped);
    else if (chosen.length > 1) chosen = [];
    // "Pinocchio" is also "Guillermo del Toro's Pinocchio": kept behind the exact names, for a co-mention of del
    // Toro to rank it first.
    for (const ref of refs) if (ref[1].ownerDropped && rank(ref[1].tier) > best) chosen.push(ref);
    for (const [e, r] of chosen) kept.push([e, r.tier]);
  }
  return kept;
}

class StringBlob {
  private readonly encoder = new TextEncoder();
  private readonly parts: Uint8Array[] = [];
  private length = 0;
  readonly offsets: number[] = [0];

  push(text: string): void {
    const bytes = this.encoder.encode(text);
    this.parts.push(bytes);
    this.length += bytes.length;
    this.offsets.push(this.length);
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

interface NameParts {
  /** Folded words that start or end many names ("david", "kim", "ji"): a one-word key made of one is a name part. */
  words: Set<string>;
  /** The same for whole space-separated parts, hyphenated ones as one ("jihoon" for "Ji-hoon"): see isCommonName. */
  parts: Set<string>;
}

function countNameParts(people: readonly Person[]): NameParts {
  const words = new Map<string, number>();
  const parts = new Map<string, number>();
  const count = (counts: Map<string, number>, list: readonly string[]) => {
    if (list.length < 2) return;
    for (const w of new Set([list[0], list[list.length - 1]])) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const person of people) {
    count(words, foldWords(person.name));
    count(parts, foldedParts(person.name));
  }
  const frequent = (counts: Map<string, number>) => new Set([...counts].filter(([, n]) => n >= NAME_PART_MIN).map(([w]) => w));
  return { words: frequent(words), parts: frequent(parts) };
}

/** A name's space-separated parts, each folded into one word ("Park Ji-hu" → park, jihu). */
function foldedParts(name: string): string[] {
  return name
    .trim()
    .split(/\s+/)
    .map((part) => foldWords(part).join(''))
    .filter((part) => part.length > 0);
}

/** Whether a name of two or more parts starts and ends with frequent parts ("Grant Williams", not "Park Ji-hu"). */
function isCommonName(name: string, frequentParts: ReadonlySet<string>): boolean {
  const parts = foldedParts(name);
  return parts.length >= 2 && frequentParts.has(parts[0]) && frequentParts.has(parts[parts.length - 1]);
}

function blockKeysOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const last = words.length - 1;
  return [`${words[0]}|${words[1][0]}`, `${words[last]}|${words[0][0]}`];
}

/** Posting lists for a collector's keys, and the key table entries that point at them. */
function writePostings(collector: KeyCollector, peopleCount: number, seed: number, postings: number[]): KeyEntry[] {
  const entries = new Map<string, KeyEntry>();
  for (const [key, build] of collector.keys) {
    const refs = pruneRefs(build, peopleCount);
    if (refs.length === 0) continue;
    const offset = postings.length;
    postings.push(refs.length | (build.flags << 16));
    for (const [entity, tier] of refs) postings.push((entity << 2) | tier);
    const [h1, h2] = hashWords([key], seed);
    entries.set(key, { h1, h2, value: offset + 1 });
  }
  for (const prefix of collector.prefixes) {
    const entry = entries.get(prefix);
    if (entry) entry.value = (entry.value | HAS_LONGER) >>> 0;
    else {
      const [h1, h2] = hashWords([prefix], seed);
      entries.set(prefix, { h1, h2, value: HAS_LONGER });
    }
  }
  return [...entries.values()];
}

export function compileMatcherIndex(catalog: MatchCatalog): Uint8Array {
  const people = catalog.people;
  const titles = catalog.titles;
  const P = people.length;
  const T = titles.length;
  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  const titleIndex = new Map(titles.map((t, i) => [t.id, i]));

  // Credits as two CSR adjacency lists; they also give each person a prior.
  const personTitles: number[][] = people.map(() => []);
  const titlePeople: number[][] = titles.map(() => []);
  const bestOrder = new Int32Array(P).fill(1 << 30);
  const personSelf = new Uint8Array(P);
  for (const credit of catalog.credits) {
    const p = personIndex.get(credit.personId);
    const t = titleIndex.get(credit.titleId);
    if (p === undefined || t === undefined) continue;
    personTitles[p].push(t);
    titlePeople[t].push(p);
    bestOrder[p] = Math.min(bestOrder[p], credit.order);
    if (credit.self) personSelf[p] = 1;
  }
  const prior = new Float32Array(P + T);
  people.forEach((_, i) => (prior[i] = personPrior(new Set(personTitles[i]).size, bestOrder[i])));
  titles.forEach((t, i) => (prior[P + i] = titlePrior(t)));

  const nameParts = countNameParts(people);
  const exact = new KeyCollector(nameParts, true);
  const phonetic = new KeyCollector(nameParts, false);
  const blocks = new Map<string, Set<number>>();
  const shapes = new Uint32Array(P + T);
  const addBlocks = (entity: number, name: string) => {
    const words = foldWords(name);
    if (words.length > 0) shapes[entity] = blockShape(words);
    for (const key of blockKeysOf(words)) {
      let set = blocks.get(key);
      if (!set) blocks.set(key, (set = new Set()));
      set.add(entity);
    }
  };

  people.forEach((person, i) => {
    const names = [person.name, ...person.otherNames];
    names.forEach((name, n) => {
      for (const v of personVariants(name, n === 0 ? Tier.Exact : Tier.Alias)) exact.add(i, v, name);
      const phon = personPhoneticWords(name);
      if (phon) phonetic.add(i, { words: phon, tier: Tier.Phonetic });
    });
    addBlocks(i, person.name);
  });
  exact.kind = 'title';
  const personKeys = new Set(people.map((person) => foldWords(person.name).join(' ')));
  titles.forEach((title, i) => {
    const e = P + i;
    // A documentary or concert film's one word before its subtitle names its subject ("BLACKPINK: Light Up the
    // Sky", "Pink: All I Know So Far", "Madagascar: Africa's Galapagos"), not the film.
    const aboutSubject = title.genres.includes('documentation') || title.genres.includes('music');
    for (const v of titleVariants(title.title, Tier.Exact)) {
      if (v.subtitleDropped && (namesPeople(v.words, personKeys) || (aboutSubject && !v.subtitleOnly && v.words.length === 1))) continue;
      exact.add(e, v, title.title);
    }
    for (const alias of title.aliases ?? []) for (const v of titleVariants(alias, Tier.Alias)) exact.add(e, v, alias);
    addBlocks(e, title.title);
  });

  // Characters named like a person ("Tom Parker" in Elvis, "Portia" in The White Lotus): on a page that names the
  // title, that name is the character, not the namesake person.
  const characterTitles = new Map<string, Set<number>>();
  for (const credit of catalog.credits) {
    const t = titleIndex.get(credit.titleId);
    if (t === undefined || credit.self) continue;
    for (const character of credit.characters) {
      const words = foldWords(character);
      // "Colonel Tom Parker", "Dr. Ellie Sattler": the name after a rank or a form of address.
      const key = (words.length > 2 && CHARACTER_RANKS.has(words[0]) ? words.slice(1) : words).join('');
      const build = exact.keys.get(key);
      if (!build || ![...build.refs.keys()].some((entity) => entity < P)) continue;
      build.flags |= CHARACTER_FLAG;
      let set = characterTitles.get(key);
      if (!set) characterTitles.set(key, (set = new Set()));
      set.add(P + t);
    }
  }
  const characterEntries: KeyEntry[] = [];
  const characterLists: number[] = [];
  for (const [key, set] of characterTitles) {
    const [h1, h2] = hashWords([key], SEED_EXACT);
    characterEntries.push({ h1, h2, value: characterLists.length + 1 });
    characterLists.push(set.size, ...[...set].sort((a, b) => a - b));
  }

  const postings: number[] = [];
  const keyTable = buildKeyTable(writePostings(exact, P, SEED_EXACT, postings));
  const phoneticTable = buildKeyTable(writePostings(phonetic, P, SEED_PHONETIC, postings));

  const blockEntries: KeyEntry[] = [];
  const blockLists: number[] = [];
  const blockShapes: number[] = [];
  for (const [key, set] of blocks) {
    const entities = [...set].sort((a, b) => prior[b] - prior[a]).slice(0, MAX_BLOCK_ENTITIES);
    const [h1, h2] = hashWords([key], SEED_BLOCK);
    blockEntries.push({ h1, h2, value: blockLists.length + 1 });
    blockLists.push(entities.length, ...entities);
    blockShapes.push(0, ...entities.map((e) => shapes[e]));
  }

  const strings = new StringBlob();
  for (const p of people) {
    strings.push(p.id);
    strings.push(p.name);
  }
  for (const t of titles) {
    strings.push(t.id);
    strings.push(t.title);
  }

  const csr = (lists: number[][]): [Uint32Array, Uint32Array] => {
    const offsets = new Uint32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, i) => {
      offsets[i] = total;
      total += new Set(list).size;
    });
    offsets[lists.length] = total;
    const flat = new Uint32Array(total);
    lists.forEach((list, i) => flat.set([...new Set(list)].sort((a, b) => a - b), offsets[i]));
    return [offsets, flat];
  };
  const [ptof, ptls] = csr(personTitles);
  const [tpof, tpls] = csr(titlePeople);

  return encodeSections({
    [SECTIONS.counts]: new Uint32Array([P, T]),
    [SECTIONS.keys]: keyTable,
    [SECTIONS.phonetic]: phoneticTable,
    [SECTIONS.postings]: Uint32Array.from(postings),
    [SECTIONS.blocks]: buildKeyTable(blockEntries),
    [SECTIONS.blockLists]: Uint32Array.from(blockLists),
    [SECTIONS.blockShapes]: Uint32Array.from(blockShapes),
    [SECTIONS.strings]: strings.bytes(),
    [SECTIONS.stringOffsets]: Uint32Array.from(strings.offsets),
    [SECTIONS.prior]: prior,
    [SECTIONS.personTitleOffsets]: ptof,
    [SECTIONS.personTitles]: ptls,
    [SECTIONS.titlePeopleOffsets]: tpof,
    [SECTIONS.titlePeople]: tpls,
    [SECTIONS.personSelf]: personSelf,
    [SECTIONS.characterKeys]: buildKeyTable(characterEntries),
    [SECTIONS.characterTitles]: Uint32Array.from(characterLists),
    [SECTIONS.titleYears]: Uint8Array.from(titles, (t) => (t.year !== undefined && t.year > YEAR_BASE && t.year - YEAR_BASE < 256 ? t.year - YEAR_BASE : 0)),
  });
}
