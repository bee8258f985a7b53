import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSavedHtml, type SavedPage } from '../../scripts/saved-page';
import { pageLanguages } from './page-languages';
import { readBillingPage } from './read-page';

const PAGES = join(import.meta.dirname, '../../tests/fixtures/pages');
const pages = readdirSync(PAGES)
  .filter((file) => file.endsWith('.html'))
  .map((file) => {
    const expected = JSON.parse(readFileSync(join(PAGES, file.replace('.html', '.expected.json')), 'utf8')) as { url: string | null };
    return { name: file.replace('.html', ''), html: readFileSync(join(PAGES, file), 'utf8'), url: expected.url };
  });

const opened: SavedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

function load(html: string, url: string | null = null): SavedPage {
  const page = loadSavedHtml(html, url);
  opened.push(page);
  return page;
}

const languagesOf = (html: string) => pageLanguages(load(html).document).sort();

/** A fresh lexicon with English only, as the Billing module starts, then the page's own languages. */
async function readWithPageLanguages(page: SavedPage): Promise<{ reading: unknown; languages: string[] }> {
  vi.resetModules();
  const lexicon = await import('../lexicon');
  const reader = await import('./read-page');
  expect(lexicon.installedPacks().map((pack) => pack.lang)).toEqual(['en']);
  const languages = pageLanguages(page.document);
  await lexicon.loadLanguages(languages);
  return { reading: reader.readBillingPage(page.document, page.url), languages };
}

describe('the languages a page loads', () => {
  it.each(pages)('$name reads the same with only its own languages as with all 18', async ({ html, url }) => {
    const page = load(html, url);
    const all = readBillingPage(page.document, page.url);
    const { reading, languages } = await readWithPageLanguages(page);
    expect(languages.length).toBeLessThanOrEqual(5);
    expect(reading).toEqual(all);
  });

  const foreign = pages.filter((page) => !page.name.startsWith('en-') && !page.name.startsWith('bc-'));
  it.each(foreign.flatMap((page) => [{ ...page, tag: '<html lang="en">' }, { ...page, tag: '<html>' }]))(
    '$name as $tag is still read in its own language',
    async ({ html, url, tag }) => {
      const page = load(html.replace(/<html\b[^>]*>/, tag), url);
      const all = readBillingPage(page.document, page.url);
      const { reading, languages } = await readWithPageLanguages(page);
      expect(languages.length).toBeGreaterThan(1);
      expect(reading).toEqual(all);
    },
  );

  it('are English and the declared language, region variants included', () => {
    expect(languagesOf('<html lang="pt-BR"><body><p>x</p></body></html>')).toEqual(['en', 'pt-BR']);
    expect(languagesOf('<html lang="pt-PT"><body></body></html>')).toEqual(['en', 'pt-BR']);
    expect(languagesOf('<html lang="de-AT"><body></body></html>')).toEqual(['de', 'en']);
    expect(languagesOf('<html lang="fr_CA"><body></body></html>')).toEqual(['en', 'fr']);
    expect(languagesOf('<html lang="in"><body></body></html>')).toEqual(['en', 'id', 'ms']);
    // Chinese pages borrow each other's words, and so do Malay and Indonesian.
    expect(languagesOf('<html lang="zh-Hant"><body></body></html>')).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(languagesOf('<html lang="zh-TW"><body></body></html>')).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(languagesOf('<html lang="ms-MY"><body></body></html>')).toEqual(['en', 'id', 'ms']);
  });

  it('fall back to English alone when the page declares nothing and shows only English', () => {
    expect(languagesOf('<html><body><h1>Payment</h1><p>Cash balance</p></body></html>')).toEqual(['en']);
    expect(languagesOf('<html lang="nl"><body><p>Account balance</p></body></html>')).toEqual(['en']);
    expect(languagesOf('<html lang="en-GB"><body></body></html>')).toEqual(['en']);
  });

  it('add the language a script gives away, whatever the page declares', () => {
    expect(languagesOf('<html lang="en"><body><p>ยอดเงินคงเหลือ</p></body></html>')).toEqual(['en', 'th']);
    expect(languagesOf('<html><body><h1>결제</h1></body></html>')).toEqual(['en', 'ko']);
    expect(languagesOf('<html><body><h1>クーポン</h1></body></html>')).toEqual(['en', 'ja']);
    // Japanese is written with Han too, which the Chinese packs also match.
    expect(languagesOf('<html><body><h1>お支払い</h1></body></html>')).toEqual(['en', 'ja', 'zh-Hans', 'zh-Hant']);
    expect(languagesOf('<html><body><h1>付款</h1></body></html>')).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(languagesOf('<html><body><p>الرصيد</p></body></html>')).toEqual(['ar', 'en']);
    expect(languagesOf('<html><body><p>Баланс</p></body></html>')).toEqual(['en', 'ru']);
    expect(languagesOf('<html><body><p>Số dư tài khoản</p></body></html>')).toEqual(['en', 'vi']);
    expect(languagesOf('<html><body><p>Ödeme eşiği</p></body></html>')).toEqual(['en', 'tr']);
    expect(languagesOf('<html><body><p>Łączne saldo</p></body></html>')).toEqual(['en', 'pl']);
    expect(languagesOf('<html><body><p>Promoções</p></body></html>')).toEqual(['en', 'pt-BR']);
    expect(languagesOf('<html><body><p>Straße</p></body></html>')).toEqual(['de', 'en']);
    expect(languagesOf('<html><body><p>¿Código?</p></body></html>')).toEqual(['en', 'es']);
  });

  it('add a Latin-script language from two of its common words, never from one, nor from script or style', () => {
    expect(languagesOf('<html><body><p>Saldo de la cuenta</p><p>Próxima fecha de facturación</p></body></html>')).toEqual(['en', 'es']);
    expect(languagesOf('<html><body><p>Solde du compte</p></body></html>')).toEqual(['en', 'fr']);
    expect(languagesOf('<html><body><p>Guthaben für Werbeanzeigen</p><p>Konto</p></body></html>')).toEqual(['de', 'en']);
    expect(languagesOf('<html><body><p>Baki akaun</p></body></html>')).toEqual(['en', 'id', 'ms']);
    expect(languagesOf('<html><body><p>Konto balance</p></body></html>')).toEqual(['en']);
    expect(languagesOf('<html><body><script>var s = "Solde du compte ยอด"</script><style>.x{}</style><p>Balance</p></body></html>')).toEqual(['en']);
  });

  it("add the browser's languages: a date formatted in the browser's locale reads on a page in another language", async () => {
    const tabs = pages.find((page) => page.name === 'en-promotions-tabs')!;
    // "grudnia" has no letter only Polish has: nothing on the page itself gives Polish away.
    const html = tabs.html.replace('2026-10-01 ~ 2026-12-31', '2026-10-01 ~ 31 grudnia 2026');
    const inBrowser = (languages: string[]) => {
      const page = load(html, tabs.url);
      Object.defineProperty(page.document.defaultView!.navigator, 'languages', { value: languages, configurable: true });
      return page;
    };
    const validUntil = (reading: unknown) => (reading as { promotions: { validUntil: string | null }[] }).promotions.map((promotion) => promotion.validUntil);

    const english = await readWithPageLanguages(inBrowser(['en-US', 'en']));
    expect(english.languages).toEqual(['en']);
    expect(validUntil(english.reading)).not.toContain('2026-12-31');

    const polish = inBrowser(['pl-PL', 'pl', 'en-US']);
    const { reading, languages } = await readWithPageLanguages(polish);
    expect(languages.sort()).toEqual(['en', 'pl']);
    expect(validUntil(reading)).toContain('2026-12-31');
    expect(reading).toEqual(readBillingPage(polish.document, polish.url));
    expect(validUntil(readBillingPage(load(tabs.html, tabs.url).document, tabs.url))).toEqual(validUntil(reading));
  });

  it('install on demand, and the matcher and the reader forget what they matched before', async () => {
    vi.resetModules();
    const lexicon = await import('../lexicon');
    const words = await import('./words');
    const reader = await import('./read-page');
    const page = load('<html lang="fr"><body><h1>Paiement</h1><div><span>Solde de trésorerie</span><span>1 234,00 €</span></div></body></html>', 'https://ads.tiktok.com/i18n/account/payment?aadvid=1');
    const before = reader.readBillingPage(page.document, page.url);
    expect(words.conceptsIn('Solde de trésorerie')).toEqual([]);
    expect(await lexicon.loadLanguages(['fr', 'en'])).toBe(true);
    expect(await lexicon.loadLanguages(['fr'])).toBe(false);
    expect(lexicon.installedPacks().map((pack) => pack.lang)).toEqual(['en', 'fr']);
    expect(words.conceptsIn('Solde de trésorerie').map((match) => match.lang)).toContain('fr');
    const after = reader.readBillingPage(page.document, page.url);
    expect(before.cashBalance).toBeNull();
    expect(after.cashBalance).toBe('1234.00');
  });

  it('bring their month names: a date in a language not installed is not read until it is', async () => {
    vi.resetModules();
    const lexicon = await import('../lexicon');
    const dates = await import('./dates');
    expect(dates.parseDate('24 Nov 2026')).toBe('2026-11-24');
    expect(dates.parseDate('24. Dezember 2026')).toBeNull();
    expect(dates.parseDate('24 كانون الأول 2026')).toBeNull();
    await lexicon.loadLanguages(['de', 'ar']);
    expect(dates.parseDate('24. Dezember 2026')).toBe('2026-12-24');
    // Arabic's two-word names are found whole, only once Arabic is installed.
    expect(dates.parseDate('24 كانون الأول 2026')).toBe('2026-12-24');
  });
});
