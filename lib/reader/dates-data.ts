/**
 * Month names and date words for dates.ts, per Ads Manager language. Each entry lists one month's
 * full, genitive and abbreviated forms (as Intl and pages write them); keys are compared after
 * monthKey(), so case, dots and Latin diacritics do not matter.
 * Vietnamese ("thg 11", "tháng 11"), Chinese, Japanese and Korean ("11月", "11월") write the
 * month as a number and are read by patterns in dates.ts instead.
 */
const MONTHS: Record<string, readonly string[]> = {
  en: ['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug',
    'september|sep|sept', 'october|oct', 'november|nov', 'december|dec'],
  de: ['januar|jänner|jan|jän', 'februar|feber|feb', 'märz|mär|mrz', 'april|apr', 'mai', 'juni|jun', 'juli|jul',
    'august|aug', 'september|sep|sept', 'oktober|okt', 'november|nov', 'dezember|dez'],
  es: ['enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago',
    'septiembre|setiembre|sep|sept|set', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'],
  fr: ['janvier|janv|jan', 'février|févr|fév', 'mars|mar', 'avril|avr', 'mai', 'juin', 'juillet|juill|juil', 'août|aoû',
    'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|déc'],
  it: ['gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto|ago',
    'settembre|set', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'],
  pt: ['janeiro|jan', 'fevereiro|fev', 'março|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul', 'agosto|ago',
    'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez'],
  id: ['januari|jan', 'februari|pebruari|feb', 'maret|mar', 'april|apr', 'mei', 'juni|jun', 'juli|jul',
    'agustus|agu|agt|ags', 'september|sep', 'oktober|okt', 'november|nopember|nov', 'desember|des'],
  ms: ['januari|jan', 'februari|feb', 'mac', 'april|apr', 'mei', 'jun', 'julai|jul', 'ogos|ogo', 'september|sep',
    'oktober|okt', 'november|nov', 'disember|dis'],
  pl: ['styczeń|stycznia|sty', 'luty|lutego|lut', 'marzec|marca|mar', 'kwiecień|kwietnia|kwi', 'maj|maja',
    'czerwiec|czerwca|cze', 'lipiec|lipca|lip', 'sierpień|sierpnia|sie', 'wrzesień|września|wrz',
    'październik|października|paź', 'listopad|listopada|lis', 'grudzień|grudnia|gru'],
  tr: ['ocak|oca', 'şubat|şub', 'mart|mar', 'nisan|nis', 'mayıs|may', 'haziran|haz', 'temmuz|tem', 'ağustos|ağu',
    'eylül|eyl', 'ekim|eki', 'kasım|kas', 'aralık|ara'],
  ru: ['январь|января|янв', 'февраль|февраля|февр|фев', 'март|марта|мар', 'апрель|апреля|апр', 'май|мая',
    'июнь|июня|июн', 'июль|июля|июл', 'август|августа|авг', 'сентябрь|сентября|сент|сен', 'октябрь|октября|окт',
    'ноябрь|ноября|нояб|ноя', 'декабрь|декабря|дек'],
  // Thai abbreviations are written with dots ("พ.ย."), which monthKey drops.
  th: ['มกราคม|ม.ค.', 'กุมภาพันธ์|ก.พ.', 'มีนาคม|มี.ค.', 'เมษายน|เม.ย.', 'พฤษภาคม|พ.ค.', 'มิถุนายน|มิ.ย.',
    'กรกฎาคม|ก.ค.', 'สิงหาคม|ส.ค.', 'กันยายน|ก.ย.', 'ตุลาคม|ต.ค.', 'พฤศจิกายน|พ.ย.', 'ธันวาคม|ธ.ค.'],
  // Arabic has four sets of Gregorian month names, all of which Intl writes for some Arabic locale:
  // Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني, two words for four months), Maghreb (جانفي,
  // ar-DZ / ar-TN), Moroccan (يوليوز, غشت) and Mauritanian (أغشت, دجمبر).
  ar: ['يناير|كانون الثاني|جانفي', 'فبراير|شباط|فيفري', 'مارس|آذار', 'أبريل|إبريل|نيسان|أفريل', 'مايو|أيار|ماي',
    'يونيو|حزيران|جوان', 'يوليو|يوليه|تموز|جويلية|يوليوز', 'أغسطس|آب|أوت|غشت|أغشت', 'سبتمبر|أيلول|شتنبر|شتمبر',
    'أكتوبر|تشرين الأول', 'نوفمبر|تشرين الثاني|نونبر', 'ديسمبر|كانون الأول|دجنبر|دجمبر'],
};

/** Words between the parts of a date that carry nothing: "24 de nov. de 2026", "24 нояб. 2026 г.". */
const FILLERS = ['de', 'del', 'of', 'năm', 'г', 'года', 'roku', 'r', 'ค.ศ.'];

/** Buddhist-era marker ("พ.ศ. 2569"): the year is 543 ahead of the Gregorian one. */
export const BUDDHIST_ERA = ['พ.ศ.', 'พศ'];

export function monthKey(word: string): string {
  const key = word.toLowerCase().replace(/\./g, '');
  if (/^\p{Script=Latin}/u.test(key)) return key.replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');
  if (/^\p{Script=Arabic}/u.test(key)) return key.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');
  return key;
}

/**
 * Month names of two words ("كانون الأول"): found before single words are, as one name. Hamza seats
 * vary between pages (الأول / الاول), so every alef matches every other.
 */
const MULTI_WORD_NAMES = Object.values(MONTHS).flatMap((months) => months.flatMap((variants) => variants.split('|'))).filter((name) => /\s/.test(name));
/** First words of those names: a text holding none of them (nearly every text) skips the search. */
export const MULTI_WORD_STARTS: readonly string[] = [...new Set(MULTI_WORD_NAMES.map((name) => name.split(/\s+/)[0]!))];
export const MULTI_WORD_MONTHS: RegExp = (() => {
  const names = MULTI_WORD_NAMES;
  const pattern = (name: string) => name.replace(/[أإآا]/g, '[أإآا]').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${names.map(pattern).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
})();

export const MONTH_BY_KEY: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const names of Object.values(MONTHS)) {
    names.forEach((variants, index) => {
      for (const name of variants.split('|')) map.set(monthKey(name.replace(/\s+/g, ' ')), index + 1);
    });
  }
  return map;
})();

export const FILLER_KEYS: ReadonlySet<string> = new Set(FILLERS.map(monthKey));
export const ERA_KEYS: ReadonlySet<string> = new Set(BUDDHIST_ERA.map(monthKey));

/** For tests: every (language, key, month) so conflicts between languages can be checked. */
export const MONTH_TABLE = MONTHS;

// What says a lone date ends or starts a period. Cue words may stand anywhere before the date (the
// last one wins); connectors must sit right before it; some languages put the cue after the date
// ("3月31日まで"). Latin, Cyrillic and Arabic words must stand as words; Thai and CJK ones cannot.
const cues = (words: string[], unspaced: string[]) => new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})|${unspaced.join('|')}`, 'gu');
export const UNTIL_WORDS = cues(
  ['until', 'till', 'through', 'thru', 'by', 'expires?', 'expired', 'expiry', 'expiration', 'expiring', 'ends?', 'ending', 'due',
    'bis', 'ablauf', 'hasta', 'vence', 'vencimiento', 'expira', 'validade', 'jusqu', 'fino al', 'entro il', 'scade', 'scadenza',
    'sampai', 'hingga', 'kedaluwarsa', 'berakhir', 'tamat', 'luput', 'đến', 'hết hạn', 'до', 'истекает', 'wygasa', 'kadar',
    'bitiş', 'son geçerlilik', 'حتى', 'ينتهي', 'انتهاء'],
  ['ถึง', 'หมดอายุ', 'สิ้นสุด', '至', '到', '截止', '期限', '迄', '마감', '만료'],
);
export const FROM_WORDS = cues(
  ['from', 'since', 'starts?', 'starting', 'begins?', 'beginning', 'issued', 'ab', 'seit', 'desde', 'a partir', 'à partir', 'dès',
    'dari', 'mulai', 'sejak', 'từ', 'bắt đầu', 'başlangıç', 'itibaren', 'ابتداء', 'od'],
  ['ตั้งแต่', 'เริ่ม', '从', '自', '開始', '开始', '发放', '發放', '발급', '시작'],
);
export const UNTIL_CONNECTOR = /(?:(?<!\p{L})(?:to|au|al|a|à|ao|até|do|до|по|إلى)|[~〜\p{Pd}])\s*$/u;
export const FROM_CONNECTOR = /(?<!\p{L})(?:du|von|с|от|من)\s*$/u;
// Turkish puts its cue a word or a suffix away: "31.03.2026 tarihine kadar", "01.01.2026'dan itibaren".
export const UNTIL_AFTER = /^\s*(?:まで|迄|까지|为止|為止|以前)|^[^\d]{0,16}?(?<!\p{L})kadar(?!\p{L})/u;
export const FROM_AFTER = /^\s*(?:から|より|以降|부터|起|开始|開始|以后|以後|[~〜\p{Pd}]\s*$)|^[^\d]{0,16}?(?<!\p{L})itibaren(?!\p{L})/u;
