// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { exportNotes, MAX_IMPORT_BYTES } from '../../lib/notes/export-import';
import { DEFAULT_SETTINGS, EMPTY_NOTES, type ExportFile } from '../../lib/notes/schema';
import { aCode, aFix, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import { InEnglish } from '../i18n/testing';
import { ImportData } from './ImportData';
import { testRoot } from '../../tests/support/test-root';

const root = testRoot();

const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
const goodFile = () =>
  exportNotes(
    { notes: { ...EMPTY_NOTES, accounts: [anAccount()], offers: [anOffer()], codes: [aCode(), aCode({ id: 'code-2', code: 'OTHER' })] }, settings: DEFAULT_SETTINGS, observations: {} },
    new Date('2026-11-24T10:00:00Z'),
  );

/** Chooses a file in the input as the browser would: `files` set, then `change`. */
async function choose(text: string, name = 'notes.json', size?: number) {
  const file = new File([text], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const input = $('[data-testid="import-file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // Reading the file is asynchronous.
  await act(async () => {});
}

async function mount(apply: (file: ExportFile) => Promise<void>) {
  await act(async () => {
    render(<InEnglish><ImportData apply={apply} readText={(file) => file.text()} /></InEnglish>, root);
  });
}

describe('importing a notes file', () => {
  it('previews what the file holds and changes nothing until "Apply"', async () => {
    const apply = vi.fn(async (_file: ExportFile) => {});
    await mount(apply);
    await choose(goodFile());
    expect($('[data-testid="import-preview"]')!.textContent).toMatch(/holds 1 ad account, 1 offer, 2 codes, 0 notes, and 0 observations/);
    expect(apply).not.toHaveBeenCalled();

    await act(async () => $('[data-testid="import-apply"]')!.click());
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply.mock.calls[0]![0].notes.codes.map((c) => c.code)).toEqual([aCode().code, 'OTHER']);
    expect($('[data-testid="import-applied"]')!.textContent).toMatch(/Imported 1 ad account, 1 offer, 2 codes/);
  });

  it('counts the values the user showed only when the file holds some', async () => {
    await mount(vi.fn(async () => {}));
    const withFixes = exportNotes(
      { notes: { ...EMPTY_NOTES, accounts: [anAccount()], fixes: [aFix({ id: 'a' }), aFix({ id: 'b', field: 'cashBalance' })] }, settings: DEFAULT_SETTINGS, observations: {} },
      new Date('2026-11-24T10:00:00Z'),
    );
    await choose(withFixes);
    expect($('[data-testid="import-preview"]')!.textContent).toMatch(/0 observations, and 2 values you showed/);
  });

  it('says a file is not JSON, with the line, and offers nothing to apply', async () => {
    const apply = vi.fn(async () => {});
    await mount(apply);
    await choose('{\n  "format": "credit-lens-notes",\n  "version": 1,\n  oops\n}');
    const errors = $('[data-testid="import-errors"]')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toMatch(/cannot be imported\. Nothing was changed/);
    expect(errors.querySelector('[data-testid="import-error"]')!.textContent).toMatch(/^line 4/);
    expect($('[data-testid="import-apply"]')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('names the line and field of each value of the wrong type', async () => {
    const file = JSON.parse(goodFile());
    file.notes.offers[0].threshold = 500;
    const text = JSON.stringify(file, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"threshold": 500')) + 1;
    await mount(vi.fn());
    await choose(text);
    const messages = [...root.querySelectorAll('[data-testid="import-error"]')].map((li) => li.textContent);
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^line ${line}, notes\\.offers\\[0\\]\\.threshold: `)));
  });

  it('refuses a huge file before reading it', async () => {
    const readText = vi.fn(async (file: File) => file.text());
    await act(async () => {
      render(<InEnglish><ImportData apply={vi.fn()} readText={readText} /></InEnglish>, root);
    });
    await choose('{}', 'huge.json', MAX_IMPORT_BYTES + 1);
    expect(readText).not.toHaveBeenCalled();
    expect($('[data-testid="import-errors"]')!.textContent).toMatch(/larger than the 5 MB.*Nothing was changed/);
  });

  it('keeps the preview and says why when applying is refused', async () => {
    await mount(async () => {
      throw new Error('Not saved: this change needs about 12.0 MB. Nothing was changed.');
    });
    await choose(goodFile());
    await act(async () => $('[data-testid="import-apply"]')!.click());
    expect($('[data-testid="import-failed"]')!.textContent).toMatch(/Not imported: Not saved: this change needs about 12\.0 MB/);
    expect($('[data-testid="import-apply"]')).not.toBeNull();
  });
});
