// Japanese names in the press: the catalogue writes them given name first ("Takeru Satoh", "Kento Yamazaki"), as
// English credits do, while anime and J-drama news often keep the Japanese order ("Satō Takeru", "Yamazaki Kento"),
// and a long vowel is written ō, o, oh or ou ("Satō", "Sato", "Satoh", "Satou").

/** Common Japanese surnames, and those of well-known film people, in their short long-vowel spelling. */
const JAPANESE_SURNAMES = new Set(
  (
    'sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi ' +
    'matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda ' +
    'fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura ' +
    'fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita ' +
    'shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi maruyama imai takada fujimoto ' +
    'takeda murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi ' +
    'matsuo nomura kikuchi sano onishi sugimoto arai hamada utada mitsushima koreeda kitano shinkai kurosawa hosoda ' +
    'oguri ayase nagasawa ishihara aragaki hoshino kamiki tsuchiya hirose nagano suda yagira ikematsu matsuzaka ' +
    'hamabe takatsuki kiritani tsumabuki fukushi kamiishi miyake anno oda'
  ).split(' '),
);

/** A word with its long vowels written short: "satoh", "satou", "satoo" → "sato"; "yuuki" → "yuki". */
export function shortVowels(word: string): string {
  return word.replace(/o[uo]/g, 'o').replace(/uu/g, 'u').replace(/oh(?![aeiouy])/g, 'o');
}

/**
 * For a two-word name that ends in a Japanese surname ("Takeru Satoh"), its other spellings: surname first, and
 * both orders with long vowels written short ("Sato Takeru", "Takeru Sato"). Empty for any other name.
 */
export function japaneseNameVariants(words: readonly string[]): string[][] {
  if (words.length !== 2) return [];
  const [given, surname] = words;
  if (!JAPANESE_SURNAMES.has(shortVowels(surname))) return [];
  const short = [shortVowels(given), shortVowels(surname)];
  const out = [[surname, given]];
  if (short[0] !== given || short[1] !== surname) out.push(short, [short[1], short[0]]);
  return out;
}
