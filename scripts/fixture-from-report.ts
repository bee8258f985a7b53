import { readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { readReportData } from '../lib/report/read-report';
import { invokedDirectly } from './invoked-directly';

/**
 * `npm run fixture:from-report -- <report.html> <name>`: a user's misread report becomes a fixture
 * page and its expected reading in one step. The expected reading is what the extension read,
 * except the field the user says is wrong: it is left out (unchecked) and named in the description,
 * for the developer to fill in with the right value once they have looked.
 */
const PAGES = join(import.meta.dirname, '../tests/fixtures/pages');
const SCALARS = ['pageKind', 'language', 'accountId', 'currency', 'billingType', 'accountBalance', 'cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold', 'nextBillDate'] as const;

export async function fixtureFromReport(reportPath: string, name: string, pages = PAGES): Promise<{ html: string; expected: string }> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`fixture name must be lower-case words with dashes: ${name}`);
  const html = await readFile(reportPath, 'utf8');
  const report = readReportData(html);
  if (report.kind !== 'report') throw new Error(report.kind === 'broken' ? report.problem : `${reportPath} is not a Credit Lens report`);
  const target = join(pages, `${name}.html`);
  if (await access(target).then(() => true, () => false)) throw new Error(`${target} exists; choose another name`);
  const { reading, userSays } = report.data;
  const disputed = userSays.field;
  const expected: Record<string, unknown> = {};
  const day = report.data.createdAt.slice(0, 10);
  let description: string;
  if (reading) {
    for (const field of SCALARS) if (field !== disputed) expected[field] = reading[field];
    if (disputed !== 'couponEntry') {
      expected.couponEntry = { kind: reading.couponEntry.kind, target: reading.couponEntry.selector, minConfidence: Math.floor(reading.couponEntry.confidence * 10) / 10 };
    }
    if (disputed !== 'messages') expected.messages = reading.messages.map(({ text, kind }) => ({ includes: text.slice(0, 60), kind }));
    if (disputed !== 'promotions') expected.promotions = reading.promotions;
    description = `From a misread report of ${day}. The user says ${disputed ?? 'something'} is wrong: "${userSays.note}". ${disputed ? `${disputed} is left unchecked: fill in the right value.` : ''}`.trim();
  } else {
    // The reader threw on this page: the fixture reproduces that until it reads, then gets its values.
    description = `From a misread report of ${day}. Credit Lens could not read this page. Nothing is checked yet: once the reader reads it, fill in what the page shows.`;
  }
  const file = `${JSON.stringify({ url: report.data.url, description, mode: 'static', expected }, null, 2)}\n`;
  await writeFile(target, html);
  await writeFile(join(pages, `${name}.expected.json`), file);
  return { html: target, expected: join(pages, `${name}.expected.json`) };
}

if (invokedDirectly(import.meta.url)) {
  const [reportPath, name, ...extra] = process.argv.slice(2);
  if (!reportPath || !name || extra.length > 0) {
    process.stderr.write('usage: npm run fixture:from-report -- <report.html> <name>\n');
    process.exitCode = 1;
  } else {
    try {
      const written = await fixtureFromReport(reportPath, name);
      process.stdout.write(`wrote ${written.html}\nwrote ${written.expected}\n`);
    } catch (error) {
      process.stderr.write(`fixture:from-report: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
