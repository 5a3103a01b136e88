// Korean romanization families. Revised Romanization, McCune–Reischauer and the spellings people actually use
// ("Ji-hoo", "Jeong"/"Jung"/"Chung", "Lee"/"Yi"/"Rhee") write one Korean name many ways. We fold a romanized
// name into a coarse "phonetic key" so the spellings meet; the matcher treats a hit on that key as a second,
// lower-scored tier and only for multi-word person names.

/** Surname spellings → one canonical form (checked before the generic syllable rules). */
const SURNAME_FAMILIES: string[][] = [
  ['lee', 'yi', 'rhee', 'ri', 'rhie', 'lie', 'ree', 'i', 'yee'],
  ['park', 'pak', 'bak', 'pack', 'bahk', 'bark'],
  ['choi', 'choe', 'chwe', 'choy'],
  ['jung', 'jeong', 'chung', 'joung', 'cheong', 'jeung', 'chong'],
  ['im', 'lim', 'rim', 'yim'],
  ['kang', 'gang'],
  ['shin', 'sin', 'shinn'],
  ['yoon', 'yun', 'youn'],
  ['oh', 'o'],
  ['jang', 'chang'],
  ['gu', 'koo', 'ku', 'goo'],
  ['seo', 'suh', 'so', 'seoh'],
  ['kim', 'gim'],
  ['cho', 'jo', 'joh'],
  ['yoo', 'yu', 'ryu', 'ryoo', 'you', 'rhyu'],
  ['kwon', 'gwon', 'kwun'],
  ['noh', 'roh', 'no', 'ro'],
  ['moon', 'mun'],
  ['ahn', 'an'],
  ['heo', 'huh', 'hur', 'her'],
  ['bae', 'pae'],
  ['baek', 'paek', 'baik', 'paik'],
  ['jeon', 'jun', 'chun', 'chon', 'jeun'],
  ['go', 'ko', 'koh'],
  ['son', 'sohn'],
  ['hwang', 'whang'],
  ['song', 'seong'],
  ['nam'],
  ['han'],
  ['yang'],
  ['hong'],
  ['jin', 'chin'],
  ['ha'],
  ['gong', 'kong'],
  ['uhm', 'eom', 'um'],
  ['wi', 'wee'],
  ['byun', 'byeon', 'pyun', 'pyeon'],
  ['yeo', 'yoh'],
  ['ok'],
  ['ji', 'chi'],
  ['bong'],
  ['yeon'],
  ['seol', 'sul'],
  ['gil', 'kil'],
  ['yeom', 'yum'],
  // Surnames articles also write last ("Eun-woo Cha", "Dong-seok Ma"): without a family the name order and
  // romanization rules cannot tell that the last word is the surname. Syllables that also start many given names
  // ("Hyun-su", "Min-ho", "Joo-won", "Chae-won", "Do-hyun") stay out: a given name alone would read as a surname
  // plus a given name and meet some other person's swapped name.
  ['cha'],
  ['shim', 'sim'],
  ['ma'],
  ['namgoong', 'namkoong', 'namgung', 'namkung'],
  ['pyo'],
  ['bang'],
  ['tak'],
  ['yook', 'yuk'],
  ['hwangbo'],
  ['seonwoo', 'sunwoo'],
  ['jegal'],
];

const CANONICAL_SURNAME = new Map<string, string>();
for (const family of SURNAME_FAMILIES) for (const spelling of family) CANONICAL_SURNAME.set(spelling, family[0]);

/** Every known surname spelling (folded). */
export const KOREAN_SURNAME_SPELLINGS: readonly string[] = SURNAME_FAMILIES.flat();

/** Whether a folded word is a common romanized Korean surname. */
export function isKoreanSurname(word: string): boolean {
  return CANONICAL_SURNAME.has(word);
}

// Order matters: multi-letter vowels first, then consonant pairs, then single consonants.
const SYLLABLE_RULES: Array<[RegExp, string]> = [
  [/eo|oo|ou/g, 'u'],
  [/ee/g, 'i'],
  [/ae/g, 'e'],
  [/wo/g, 'o'],
  [/^wuk/, 'uk'], // "Dong-wook" ("wuk" after oo → u) and "Dong-uk"; not "Woo" ("wu"), which would meet "Eo" ("u")
  [/ch/g, 'j'],
  [/sh/g, 's'],
  [/k/g, 'g'],
  [/p/g, 'b'],
  [/t/g, 'd'],
  [/r/g, 'l'],
  [/([a-z])\1+/g, '$1'],
  [/([aeiouy])h(?=[^aeiouy]|$)/g, '$1'], // "Suh", "Oh", "Sohn": a silent h after a vowel
];

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 20_000;

/** Folds a romanized given name (or any non-surname word) into its phonetic form. Memoised: names repeat. */
export function foldSyllables(word: string): string {
  let out = foldCache.get(word);
  if (out !== undefined) return out;
  out = word;
  for (const [pattern, replacement] of SYLLABLE_RULES) out = out.replace(pattern, replacement);
  if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
  foldCache.set(word, out);
  return out;
}

/** The phonetic key words of a name's words in surname-first order (words folded one by one, then joined). */
export function phoneticKey(surname: string, given: readonly string[]): string[] {
  return [foldSurname(surname), given.map(foldSyllables).join('')];
}

/** Folds a surname: its family's canonical spelling when known, otherwise the syllable rules. */
export function foldSurname(word: string): string {
  const canonical = CANONICAL_SURNAME.get(word);
  return canonical !== undefined ? '@' + canonical : foldSyllables(word);
}

/**
 * The phonetic key words of a name written surname first (["park", "ji", "hu"] → ["@park", "jihu"]). The given
 * name is joined because its syllables may be written "Ji-hu", "Ji Hu" or "Jihu".
 */
export function phoneticWords(surnameFirst: readonly string[]): string[] {
  if (surnameFirst.length < 2) return [];
  return phoneticKey(surnameFirst[0], surnameFirst.slice(1));
}
