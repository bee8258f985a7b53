import { parseArgs } from 'node:util';
import { readBillingPage } from '../lib/reader/read-page';
import { loadSavedPage } from './saved-page';

/**
 * `npm run inspect -- <saved-page.html> [--url <page url>]`: what Credit Lens reads on a saved
 * Billing page, as one JSON object. Support asks a user for the saved page and sees what we see.
 */
const USAGE = 'usage: npm run inspect -- <saved-page.html> [--url <page url>]';

function fail(message: string): never {
  process.stderr.write(`inspect: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    fail(`${(error as Error).message}; ${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [path, ...extra] = parsed.positionals;
  if (!path || extra.length > 0) fail(USAGE);
  if (parsed.values.url !== undefined) {
    try {
      new URL(parsed.values.url);
    } catch {
      fail(`--url is not a URL: ${parsed.values.url}`);
    }
  }
  let page;
  try {
    page = await loadSavedPage(path, parsed.values.url ?? null);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a saved page` : `cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const reading = readBillingPage(page.document, page.url);
    process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
  } catch (error) {
    fail(`could not read the page ${path}: ${(error as Error).message}`);
  } finally {
    await page.close();
  }
}

await main();
