// Small word lists the evidence rules use at run time, kept as sets of key hashes so a token is classified by the
// hash the tokenizer already computed (no substring, no folding again).
import { hashWords } from '../names/hash';
import { KOREAN_SURNAME_SPELLINGS } from '../names/korean';

/** Words that say a text is about film or TV (English, Spanish, French, German, Portuguese, Indonesian, Italian). */
const SCREEN_WORDS =
  'film films movie movies series season seasons episode episodes netflix hbo disney hulu streaming streamer ' +
  'starring starred starrer cast casting costar actor actors actress actresses director directors directed ' +
  'drama dramas kdrama sitcom miniseries documentary docuseries trailer premiere premiered premieres showrunner ' +
  'tv television cinema screenplay filmmaker viki crunchyroll anime sequel prequel remake spinoff blockbuster ' +
  'oscar oscars emmy emmys baeksang boxoffice onscreen rewatch binge bingewatch ' +
  'pelicula peliculas serie temporada temporadas capitulo capitulos episodio episodios actriz reparto ' +
  'protagonista protagonizada protagoniza estreno elenco cine ' +
  'saison saisons acteur acteurs actrice actrices realisateur realisatrice tournage ' +
  'staffel staffeln folge folgen schauspieler schauspielerin regisseur regisseurin regie kino ' +
  'filme filmes ator atores atriz diretor diretora estreia novela ' +
  'serial pemeran aktor aktris sutradara tayang penayangan ' +
  'attore attrice regista stagione puntata puntate';

/**
 * Short words that stay lower case inside a title ("All of Us Are Dead", "Lord of the Rings"). Not the verbs "is",
 * "are", "be": titles capitalise them ("Love Is Blind"), so a lower-case one ends a title ("She is repped by…").
 */
const FUNCTION_WORDS =
  'a an the and or nor but of in on at to for with by from as into over under vs via x ' +
  'de del la las el los le les des du un une et y e o da do dos das di il lo der die das und von zu im am ' +
  'van den het en';

/** Name particles that stay lower case inside a person's name ("Ana de Armas", "Dick Van Dyke"). */
const NAME_PARTICLES = 'de da das do dos del della di du la le van von der den ter ten bin binti al el y e';

/** Screen words that sport and cooking texts use too ("season", "series", "cast"): half weight for the page. */
const SPORTY_SCREEN_WORDS =
  'season seasons series serie cast casting director directors directed drama dramas premiere premiered premieres ' +
  'temporada temporadas saison saisons staffel folge stagione musim serial';

/**
 * The key a token's hash1 has in these sets: 30 bits, so it stays a small integer for the engine (a full 32-bit
 * value would be boxed on every lookup in the tokenizer's loop).
 */
export function wordKey(hash1: number): number {
  return hash1 & 0x3fffffff;
}

function hashSet(words: string): Set<number> {
  const set = new Set<number>();
  for (const w of words.split(/\s+/)) if (w) set.add(wordKey(hashWords([w])[0]));
  return set;
}

export const SCREEN_WORD_HASHES = hashSet(SCREEN_WORDS);
export const FUNCTION_WORD_HASHES = hashSet(FUNCTION_WORDS);
/** The same words as strings, for the fuzzy fallback (which reads words as strings). */
export const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter((w) => w.length > 0));
export const NAME_PARTICLE_HASHES = hashSet(NAME_PARTICLES);
export const SPORTY_SCREEN_WORD_HASHES = hashSet(SPORTY_SCREEN_WORDS);
export const KOREAN_SURNAME_HASHES = hashSet(KOREAN_SURNAME_SPELLINGS.join(' '));
/** Words before a character's name ("plays Nam On-jo", "as Chani", "interpreta a Tokio"). */
export const CHARACTER_CUE_HASHES = hashSet('as plays played playing portrays portraying como comme als sebagai interpreta interpretando incarne');
/** …unless they are part of "such as", "as well as", "known as". */
export const CHARACTER_CUE_EXCEPTIONS = hashSet('such well known also');
/** Words that join the last two items of a list. */
export const CONJUNCTION_HASHES = hashSet('and or y e et und dan o oder ou');
/** Words before a place more often than before a title ("moved to London", "debut en Hollywood"). */
export const PLACE_CUE_HASHES = hashSet('to from at near en à au aux nach em no na di ke dari');
/**
 * Words before a number that label part of a show ("Elite: Season 8", "Dark – Staffel 3", "Part 2", "Volume 2"):
 * "Spy x Family Part 2" is the show, and "Kill Bill Vol. 2" no film of the name "Kill Bill".
 */
export const SEASON_WORD_HASHES = hashSet('season seasons series temporada temporadas saison staffel stagione musim part parte partie teil volume vol');
/** Words after a name that make it a show's ("every other Star Wars show", "the Castlevania series"). */
export const SHOW_CUE_HASHES = hashSet('show shows series serie miniseries');
/** Words before "of" and a show's name ("the second season of The Bear", "the finale of Succession"). */
export const EPISODE_OF_HASHES = hashSet('season seasons episode episodes finale premiere');
/** Words after a name that make it something else's: the franchise, the game, the books ("the Halo games"). */
export const NOT_A_WORK_CUE_HASHES = hashSet('franchise franchises universe saga game games videogame videogames novel novels book books comic comics');
/** Days and months: followed by a date ("Wednesday, March 1", "April 14"), they are the date, not a title. */
export const DATE_WORD_HASHES = hashSet(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
);
/** Lower-case words before a day or month that make it a date ("every Wednesday", "on Friday", "since March"). */
export const DATE_CUE_HASHES = hashSet('every on next last this each until till since before after early late mid');
/** Numbers written as words after those ("Season Two"). */
export const NUMBER_WORD_HASHES = hashSet('one two three four five six seven eight nine ten eleven twelve');
/** "of" in "the role of …", in the page's languages. */
export const ROLE_OF_HASHES = hashSet('of de di von');
/** What "of" follows when a character's name comes next ("the role of Joo Won", "el papel de Tokio"). */
export const ROLE_WORD_HASHES = hashSet('role roles character characters papel papeles personaje personnage personnages rolle ruolo personaggio personagem');
/** Possessives that start names ("Our Planet", "My Name", "Your Honor"): a title word right after one is cut out of a longer name. */
export const POSSESSIVE_HASHES = hashSet('my our your his her their its');
/** Verbs a character's name follows, whole names included ("Park Ji-hu plays Nam On-jo"). */
export const ROLE_VERB_HASHES = hashSet('plays played playing portrays portrayed portraying interpreta interpreto incarne incarnait');
/** Verbs before "as" and a character's name ("Jason Sudeikis returns as Ted Lasso", "stars as Wednesday Addams"). */
export const AS_ROLE_VERB_HASHES = hashSet('returns returned returning stars starred starring cast appears appeared reprises reprised reprising back voices voiced debuts');
export const AS_HASHES = hashSet('as');
/** Pronouns that are also titles ("You", "Us", "Her", "It", "Them"). */
export const PRONOUN_HASHES = hashSet('you us we they it her him she he me them i');
/** What follows such a pronoun, not such a title ("You can read…", "We are…"): auxiliaries and modals. */
export const PRONOUN_VERB_HASHES = hashSet(
  'can cannot could will would shall should may might must are were am have had do did dont cant wont need want know get see think',
);
