import { installedPacks, lexiconVersion } from '../lexicon/packs';
import type { LanguagePack } from '../lexicon/types';

/**
 * Month names and date words for dates.ts. The month names of each Ads Manager language live in its
 * lexicon pack (`LanguagePack.months`), so a page carries only the languages installed for it (English,
 * plus its own: lib/reader/page-languages.ts); the tables below follow the installed packs. Keys are
 * compared after monthKey(), so case, dots and Latin diacritics do not matter.
 * Vietnamese ("thg 11", "tháng 11"), Chinese, Japanese and Korean ("11月", "11월") write the
 * month as a number and are read by patterns in dates.ts instead.
 */

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

export interface MonthTables {
  /** Month (1-12) by monthKey() of each name the installed packs know. */
  byKey: ReadonlyMap<string, number>;
  /**
   * Month names of two words ("كانون الأول"): found before single words are, as one name. Hamza seats
   * vary between pages (الأول / الاول), so every alef matches every other. Null when no pack has one.
   */
  multiWord: RegExp | null;
  /** First words of those names: a text holding none of them (nearly every text) skips the search. */
  multiWordStarts: readonly string[];
}

export function monthTablesOf(packs: readonly LanguagePack[]): MonthTables {
  const byKey = new Map<string, number>();
  const multiWordNames: string[] = [];
  for (const { months = [] } of packs) {
    months.forEach((variants, index) => {
      for (const name of variants.split('|')) {
        byKey.set(monthKey(name.replace(/\s+/g, ' ')), index + 1);
        if (/\s/.test(name)) multiWordNames.push(name);
      }
    });
  }
  const pattern = (name: string) => name.replace(/[أإآا]/g, '[أإآا]').replace(/\s+/g, '\\s+');
  return {
    byKey,
    multiWord: multiWordNames.length === 0 ? null
      : new RegExp(`(?<![\\p{L}\\p{M}])(?:${multiWordNames.map(pattern).join('|')})(?![\\p{L}\\p{M}])`, 'gu'),
    multiWordStarts: [...new Set(multiWordNames.map((name) => name.split(/\s+/)[0]!))],
  };
}

let tables: MonthTables | null = null;
let tablesVersion = -1;

/** The month tables of the installed packs, made again only when a pack is installed. */
export function monthTables(): MonthTables {
  if (!tables || tablesVersion !== lexiconVersion()) {
    tables = monthTablesOf(installedPacks());
    tablesVersion = lexiconVersion();
  }
  return tables;
}

export const FILLER_KEYS: ReadonlySet<string> = new Set(FILLERS.map(monthKey));
export const ERA_KEYS: ReadonlySet<string> = new Set(BUDDHIST_ERA.map(monthKey));

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
