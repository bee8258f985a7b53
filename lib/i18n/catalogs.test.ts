/**
 * Every locale file against English: the same keys, the same placeholders, and for plural messages
 * exactly the CLDR categories the language has. Iterates over the files present, so a language still
 * being translated is checked as soon as its file lands.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf, type Catalog } from './catalog-shape';
import { LOCALE_FILE } from './locales';
import { localeFiles, readCatalog } from './node-catalog';

const english = readCatalog('en');
const files = localeFiles();
const localeOfFile = new Map(Object.entries(LOCALE_FILE).map(([locale, file]) => [file, locale]));

function differences(file: string, catalog: Catalog): string[] {
  const locale = localeOfFile.get(file)!;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!Object.hasOwn(catalog, key)) problems.push(`missing key ${key}`);
  for (const key of Object.keys(catalog)) if (!Object.hasOwn(english, key)) problems.push(`key English lacks: ${key}`);
  for (const [key, entry] of Object.entries(catalog)) {
    const en = english[key];
    if (en === undefined) continue;
    if (typeof en !== typeof entry) problems.push(`${key}: ${typeof en === 'string' ? 'plural where English has one form' : 'one form where English has plural forms'}`);
    if (typeof entry === 'object') {
      const have = Object.keys(entry).sort();
      if (have.join() !== [...categories].sort().join()) problems.push(`${key}: plural forms ${have.join('/')}, ${locale} needs ${categories.join('/')}`);
    }
    const mine = placeholdersOf(entry).filter((name) => name !== 'count');
    const theirs = placeholdersOf(en).filter((name) => name !== 'count');
    if (mine.join() !== theirs.join()) problems.push(`${key}: placeholders {${mine.join('}, {')}} but English has {${theirs.join('}, {')}}`);
  }
  return problems;
}

describe('locale files', () => {
  it('are named with Chrome codes of the 18 lexicon languages (pt_BR, zh_CN, zh_TW …)', () => {
    expect(files.filter((file) => !localeOfFile.has(file))).toEqual([]);
  });

  it.each(files.filter((file) => file !== 'en'))('%s has exactly the keys, placeholders and plural forms English needs', (file) => {
    expect(differences(file, readCatalog(file))).toEqual([]);
  });

  it('the comparison catches a missing key, an extra key, a changed placeholder and a wrong plural', () => {
    // English as an Indonesian file would hold it (Indonesian has one plural form), then broken four ways.
    const broken: Record<string, unknown> = Object.fromEntries(
      Object.entries(english).map(([key, entry]) => [key, typeof entry === 'string' ? entry : { other: entry.other }]),
    );
    expect(differences('id', broken as Catalog)).toEqual([]);
    delete broken['overlay.showMe'];
    broken['overlay.extra'] = 'x';
    broken['hint.codeDeadline.waitingTitle'] = '{kode} menunggu diaktifkan';
    broken['common.days'] = { other: '{count} hari', one: '{count} hari' };
    expect(differences('id', broken as Catalog)).toEqual([
      'missing key overlay.showMe',
      'key English lacks: overlay.extra',
      'common.days: plural forms one/other, id needs other',
      'hint.codeDeadline.waitingTitle: placeholders {kode} but English has {code}',
    ]);
  });

  it('English plural messages have exactly English categories, and no key outside a plural ends in a category name', () => {
    for (const [key, entry] of Object.entries(english)) {
      if (typeof entry === 'object') expect(Object.keys(entry).sort(), key).toEqual(['one', 'other']);
      else expect(/\.(zero|one|two|few|many|other)$/.test(key), key).toBe(false);
    }
  });
});

describe('translations', () => {
  it('all 18 lexicon languages have a locale file', () => {
    const missing = Object.entries(LOCALE_FILE)
      .filter(([, file]) => !files.includes(file))
      .map(([locale, file]) => `${locale} (locales/${file}.yml)`);
    expect(missing, `translations still missing: ${missing.join(', ')}`).toEqual([]);
  });

  // The advertiser reads these; a developer's command (`npm run inspect`) once told them how to report a page.
  it.each(files)('%s speaks to the advertiser: no developer command, and the report step quotes the button it names', (file) => {
    const catalog = readCatalog(file);
    const commands = Object.entries(catalog).filter(([, entry]) => /\bnpm\b|`/.test(JSON.stringify(entry)));
    expect(commands.map(([key]) => key)).toEqual([]);
    expect(catalog['hint.layoutChanged.reportStep']).toContain(catalog['misread.saveReport'] as string);
  });
});
