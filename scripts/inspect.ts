import { readFile } from 'node:fs/promises';
import { englishTranslator } from '../lib/i18n/node-catalog';
import { parseArgs } from 'node:util';
import { LANGUAGE_CODES, loadLanguages } from '../lib/lexicon';
import { parseNotesFile } from '../lib/notes/export-import';
import { groupObservations } from '../lib/notes/observations';
import { DEFAULT_SETTINGS, EMPTY_NOTES, type StoredNotes } from '../lib/notes/schema';
import { NO_PENDING, overlayView } from '../lib/overlay/overlay-view';
import { readBillingPage } from '../lib/reader/read-page';
import { loadSavedPage } from './saved-page';
import { readReportData } from '../lib/report/read-report';
import { invokedDirectly } from './invoked-directly';

/**
 * `npm run inspect -- <saved-page.html> [--url <page url>] [--notes <export.json>] [--now <ISO time>]`:
 * what Credit Lens reads on a saved Billing page and the hints the overlay would show, as one JSON
 * object. Support asks a user for the saved page (and their notes export) and sees what they saw.
 */
const USAGE = 'usage: npm run inspect -- <saved-page.html> [--url <page url>] [--notes <export.json>] [--now <ISO time>]';

export interface InspectIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

class InspectError extends Error {}
const fail = (message: string): never => {
  throw new InspectError(message);
};

// An instant with its offset, or a bare date (taken as midnight UTC): never the machine's local time.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function parseNow(text: string): Date {
  const ms = ISO_TIME.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) fail(`--now is not an ISO time like 2026-11-24T09:30:00Z: ${text}`);
  return new Date(ms);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

async function readNotes(path: string): Promise<StoredNotes> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `no such notes file: ${path}` : `cannot read the notes file ${path}: ${(error as Error).message}`);
  }
  const parsed = parseNotesFile(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first?.line ? ` (line ${first.line}${first.field ? `, ${first.field}` : ''})` : first?.field ? ` (${first.field})` : '';
    const more = parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1} more)` : '';
    return fail(`${path} is not a usable notes export${where}: ${oneLine(first?.message ?? 'unknown problem')}${more}`);
  }
  const { file } = parsed;
  return { notes: file.notes, settings: file.settings ?? DEFAULT_SETTINGS, observations: groupObservations(file.observations) };
}

export async function runInspect(argv: string[], io: InspectIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { url: { type: 'string' }, notes: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      return fail(`${(error as Error).message}; ${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) fail(USAGE);
    if (values.url !== undefined) {
      try {
        new URL(values.url);
      } catch {
        fail(`--url is not a URL: ${values.url}`);
      }
    }
    const now = values.now !== undefined ? parseNow(values.now) : new Date();
    const stored: StoredNotes = values.notes !== undefined ? await readNotes(values.notes) : { notes: EMPTY_NOTES, settings: DEFAULT_SETTINGS, observations: {} };

    let page;
    try {
      page = await loadSavedPage(path!, values.url ?? null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a saved page` : `cannot read ${path}: ${(error as Error).message}`);
    }
    try {
      // A saved page may be in any language: all 18 are installed (the extension loads a page's own).
      await loadLanguages(LANGUAGE_CODES);
      const reading = readBillingPage(page.document, page.url);
      // Exactly what the overlay shows: the same function, with dismissed hints left out (times in UTC).
      const view = overlayView({ reading, url: page.url, stored, recorded: [], pending: NO_PENDING, typedCode: null }, now);
      if (view.failure) fail(`the hint rules failed on this page: ${oneLine(String((view.failure as Error)?.message ?? view.failure))}`);
      // Titles in English, as support reads them; times in UTC like the rest of the output.
      const english = englishTranslator();
      const hints = view.shown.map(({ kind, state, title }) => ({ kind, state, title: english.t(title) }));
      // A misread report carries what the extension read (redacted like the page): say whether this read agrees.
      const report = readReportData(await readFile(path!, 'utf8'));
      if (report.kind === 'broken') fail(`${path} looks like a Credit Lens report but ${report.problem}`);
      const extra =
        report.kind === 'report'
          ? {
              report: {
                createdAt: report.data.createdAt,
                redacted: report.data.redacted,
                userSays: report.data.userSays,
                findings: report.data.findings,
                redactions: report.data.redactions,
                sameAsExtension: JSON.stringify(reading) === JSON.stringify(report.data.reading),
                extensionRead: report.data.reading,
              },
            }
          : {};
      io.stdout(`${JSON.stringify({ ...reading, hints, ...extra }, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof InspectError) throw error;
      return fail(`could not read the page ${path}: ${(error as Error).message}`);
    } finally {
      await page.close();
    }
  } catch (error) {
    if (!(error instanceof InspectError)) throw error;
    io.stderr(`inspect: ${oneLine(error.message)}\n`);
    return 1;
  }
}

if (invokedDirectly(import.meta.url)) {
  process.exitCode = await runInspect(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
