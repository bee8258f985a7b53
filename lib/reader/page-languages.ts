import type { LanguageCode } from '../lexicon';
import { isCodeElement } from './dom';
import { lexiconLanguageOf } from './locale';

/**
 * The lexicon languages a page needs (issue 11): English always, the language the page declares
 * (`<html lang>`), and the languages its text gives away, so a page that declares nothing or the wrong
 * thing is still read in its own: a script of its own (Thai, Hangul, kana, Han, Arabic, Cyrillic,
 * Vietnamese letters), or for the other Latin-script languages a few of their common words. Languages
 * whose pages share many words come together. Cheap: a sample of the page's first text.
 *
 * The browser's own languages count too: a date the page formats with `Intl` or `toLocaleDateString()`
 * and no locale comes out in the browser's language, whatever the page's words are ("31 grudnia 2026"
 * on an English page in a Polish browser), and its month names travel with that language's pack.
 */
const TOGETHER: Partial<Record<LanguageCode, readonly LanguageCode[]>> = {
  id: ['ms'],
  ms: ['id'],
  'zh-Hans': ['zh-Hant'],
  'zh-Hant': ['zh-Hans'],
};

const SCRIPTS: readonly (readonly [RegExp, LanguageCode])[] = [
  [/[\u0E00-\u0E7F]/, 'th'],
  [/[\uAC00-\uD7AF\u1100-\u11FF]/, 'ko'],
  [/[\u3040-\u30FF]/, 'ja'],
  [/[\u4E00-\u9FFF]/, 'zh-Hans'],
  [/[\u0600-\u06FF]/, 'ar'],
  [/[\u0400-\u04FF]/, 'ru'],
  [/[ơưđ\u1EA0-\u1EF9]/i, 'vi'],
  [/[ğış]/i, 'tr'],
  [/[ąęłńśźż]/i, 'pl'],
  // Letters of one Latin-script language among the 18 (ö and ü are Turkish too, é and ç many).
  [/[ãõ]/i, 'pt-BR'],
  [/[äß]/i, 'de'],
  [/[ñ¿¡]/i, 'es'],
  [/[œ]/i, 'fr'],
];

/** Words common on Ads Manager's Finance pages in one Latin-script language and rare in the others. */
const WORDS: readonly (readonly [LanguageCode, string])[] = [
  ['es', 'del los las cuenta pago pagos facturación efectivo cupón próxima fecha umbral anuncios disponible'],
  ['pt-BR', 'da do dos das conta pagamento faturamento cobrança cupom você dinheiro anúncios disponível validade grátis'],
  ['fr', 'du des les le compte paiement facturation solde prochaine espèces dépenses seuil votre vous'],
  ['de', 'der die das und für konto zahlung guthaben abrechnung rechnung gutschein ausgaben nächste jetzt bezahlen verfügbar verfügbarer'],
  ['it', 'il della dei per conto fatturazione soglia prossima contanti spesa credito annunci disponibile'],
  ['id', 'dan yang untuk akun pembayaran tagihan penagihan berikutnya kode tunai saldo'],
  ['ms', 'dan yang untuk akaun pembayaran bil baki seterusnya kod tunai'],
  ['tr', 've için hesap ödeme bakiye fatura kupon kodu'],
];
const WORD_LANGUAGES = new Map<string, LanguageCode[]>();
for (const [code, words] of WORDS) for (const word of words.split(' ')) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), code]);
/** Distinct marker words before a language counts as present: one word is a name or a borrowing. */
const WORDS_NEEDED = 2;

/** Characters of page text looked at: enough for a menu, a heading and a few labels. */
const SAMPLE = 4_000;

export function pageLanguages(document: Document): LanguageCode[] {
  const wanted = new Set<LanguageCode>(['en']);
  const add = (code: LanguageCode | null) => {
    if (!code) return;
    wanted.add(code);
    for (const other of TOGETHER[code] ?? []) wanted.add(other);
  };
  add(lexiconLanguageOf(document.documentElement?.getAttribute('lang')));
  for (const tag of document.defaultView?.navigator.languages ?? []) add(lexiconLanguageOf(tag));
  const sample = textSample(document);
  for (const [script, code] of SCRIPTS) if (script.test(sample)) add(code);
  const seen = new Map<LanguageCode, Set<string>>();
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const code of WORD_LANGUAGES.get(word) ?? []) {
      const words = seen.get(code) ?? new Set();
      seen.set(code, words.add(word));
      if (words.size >= WORDS_NEEDED) add(code);
    }
  }
  return [...wanted];
}

function textSample(document: Document): string {
  const root = document.body ?? document.documentElement;
  if (!root) return '';
  const walker = document.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < SAMPLE; node = walker.nextNode()) {
    if (!isCodeElement(node.parentElement?.localName ?? '')) sample += ` ${(node as Text).data}`;
  }
  return sample;
}
