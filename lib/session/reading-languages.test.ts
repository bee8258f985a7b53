// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_IMPORTER as IMPORTER } from '../handover';
import { testScope } from '../overlay/test-scope';
import type { ReadDone } from './reading';

/**
 * The session loads the page's lexicon languages before it reads (issue 11). Each test starts from a
 * fresh lexicon with English only, as the Billing module does; the unit tests' setup installs all 18.
 */
const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';

let session: ReturnType<typeof testScope>;

beforeEach(() => {
  vi.resetModules();
  session = testScope();
});

afterEach(() => {
  session.scope.close();
  delete (globalThis as Record<symbol, unknown>)[IMPORTER];
  document.documentElement.removeAttribute('lang');
});

async function startReading(html: string, lang: string | null) {
  if (lang) document.documentElement.setAttribute('lang', lang);
  else document.documentElement.removeAttribute('lang');
  document.body.innerHTML = html;
  const { PageReading } = await import('./reading');
  const lexicon = await import('../lexicon');
  const reads: ReadDone[] = [];
  const reading = new PageReading(session.scope, document, URL, (done) => reads.push(done));
  reading.schedule();
  return { reading, reads, lexicon };
}

describe('a session reads in the page’s languages', () => {
  it('loads the declared language before the first read, so the first reading is already right', async () => {
    const { reading, lexicon } = await startReading('<h1>Paiement</h1><div><span>Solde de trésorerie</span><span>1 234,00 €</span></div>', 'fr-FR');
    expect(lexicon.installedPacks().map((pack) => pack.lang)).toEqual(['en']);
    await vi.waitFor(() => expect(reading.reads).toBe(1));
    expect(reading.reading?.cashBalance).toBe('1234.00');
    expect(lexicon.installedPacks().map((pack) => pack.lang)).toEqual(['en', 'fr']);
  });

  it('loads a language the page shows later, when it renders, and reads the page again with it', async () => {
    const { reading, lexicon } = await startReading('<h1>Payment</h1>', 'en');
    await vi.waitFor(() => expect(reading.reads).toBe(1));
    expect(lexicon.installedPacks().map((pack) => pack.lang)).toEqual(['en']);
    document.body.insertAdjacentHTML('beforeend', '<div><span>ยอดเงินสด</span><span>฿500.00</span></div>');
    await vi.waitFor(() => expect(reading.reading?.cashBalance).toBe('500.00'), { timeout: 5_000 });
    expect(lexicon.installedPacks().map((pack) => pack.lang)).toEqual(['en', 'th']);
  });

  it('asks the content script’s importer for the chunk by its fixed name when there is one', async () => {
    const asked: string[] = [];
    (globalThis as Record<symbol, unknown>)[IMPORTER] = (file: string) => {
      asked.push(file);
      return import('../lexicon/de');
    };
    const { reading } = await startReading('<h1>Zahlung</h1><div><span>Barguthaben</span><span>10,00 €</span></div>', 'de');
    await vi.waitFor(() => expect(reading.reads).toBe(1));
    expect(asked).toEqual(['lexicon-de.js']);
    expect(reading.reading?.cashBalance).toBe('10.00');
  });

  it('asks for a language once while the page keeps changing, and reads once it is in', async () => {
    let asked = 0;
    let arrive: () => void = () => {};
    (globalThis as Record<symbol, unknown>)[IMPORTER] = () => {
      asked++;
      return new Promise((resolve) => (arrive = () => resolve(import('../lexicon/fr'))));
    };
    const { reading } = await startReading('<h1>Paiement</h1><div><span>Solde de trésorerie</span><span>1 234,00 €</span></div>', 'fr-FR');
    await vi.waitFor(() => expect(asked).toBe(1));
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(reading.reads).toBe(0);
    arrive();
    await vi.waitFor(() => expect(reading.reads).toBe(1));
    expect(reading.reading?.cashBalance).toBe('1234.00');
    expect(asked).toBe(1);
  });

  it('reads the page without a language whose chunk will not load, and does not ask again', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    let asked = 0;
    (globalThis as Record<symbol, unknown>)[IMPORTER] = () => {
      asked++;
      return Promise.reject(new Error('gone'));
    };
    const { reading } = await startReading('<h1>Payment</h1><div><span>Cash balance</span><span>$10.00</span></div>', 'ja');
    await vi.waitFor(() => expect(reading.reads).toBe(1));
    expect(reading.reading?.cashBalance).toBe('10.00');
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(reading.reads).toBe(2));
    expect(asked).toBe(1);
    expect(debug).toHaveBeenCalledWith('[Credit Lens] could not load a lexicon language', expect.any(Error));
  });
});
