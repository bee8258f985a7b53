import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, parseNotesFile, type ImportError, type ImportPreview as Preview } from '../../lib/notes/export-import';
import { msg, type Msg, type Param } from '../../lib/i18n/message';
import { intlTag } from '../../lib/i18n/locales';
import type { Translator } from '../../lib/i18n/translate';
import type { ExportFile } from '../../lib/notes/schema';
import { Text, useT } from '../i18n/i18n';
import { errorText as causeText } from '../../lib/notes/op-message';

type Stage =
  | { stage: 'idle' }
  | { stage: 'reading'; name: string }
  | { stage: 'preview'; name: string; file: ExportFile; preview: Preview }
  | { stage: 'invalid'; name: string; errors: readonly (ImportError | Msg)[] }
  | { stage: 'applying'; name: string; file: ExportFile; preview: Preview }
  | { stage: 'applied'; name: string; preview: Preview }
  | { stage: 'failed'; name: string; file: ExportFile; preview: Preview; message: string };

const MAX_ERRORS_SHOWN = 20;
/** "5 MB", "5 Mo", "5 МБ": the unit in the page's language. */
const megabytes = (bytes: number, t: Translator) =>
  new Intl.NumberFormat(intlTag(t.locale), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1048576);

/** "1 ad account, 1 offer, 2 codes, 0 notes and 0 observations" (and "1 value you showed" when there are some), joined as the page's language joins a list. */
export function previewText(preview: Preview): Param {
  return {
    list: [
      msg('options.import.countAccounts', { count: preview.accounts }),
      msg('options.import.countOffers', { count: preview.offers }),
      msg('options.import.countCodes', { count: preview.codes }),
      msg('options.import.countNotes', { count: preview.notes }),
      msg('options.import.countObservations', { count: preview.observations }),
      // Most files hold no fixes (older ones cannot): only a file that has some says so.
      ...(preview.fixes > 0 ? [msg('fixes.count', { count: preview.fixes })] : []),
    ].map((item) => ({ msg: item })),
  };
}

/** A problem in the file, with its line and field when known (a file's problems are details in English, like the JSON itself). */
export function errorText(error: ImportError | Msg, t: Translator): string {
  if ('key' in error) return t.t(error);
  const problem = error.message;
  if (error.line !== null && error.field) return t.t(msg('options.import.atLineField', { line: String(error.line), field: error.field, problem }));
  if (error.line !== null) return t.t(msg('options.import.atLine', { line: String(error.line), problem }));
  if (error.field) return t.t(msg('options.import.atField', { field: error.field, problem }));
  return problem;
}

/**
 * Import a notes file: read, validate and preview first; nothing changes until "Apply", and then all
 * at once (lib/notes applies the import atomically). A bad file says what is wrong, line and field.
 */
export function ImportData({
  apply,
  readText = (file) => file.text(),
}: {
  apply: (file: ExportFile) => Promise<void>;
  /** Reading a File; tests hand in text directly. */
  readText?: (file: File) => Promise<string>;
}) {
  const t = useT();
  const [state, setState] = useState<Stage>({ stage: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // Checked before reading: a huge file would otherwise be read whole into memory only to be refused.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        stage: 'invalid',
        name: file.name,
        errors: [msg('options.import.tooLarge', { size: megabytes(file.size, t), max: megabytes(MAX_IMPORT_BYTES, t) })],
      });
      return;
    }
    setState({ stage: 'reading', name: file.name });
    let text: string;
    try {
      text = await readText(file);
    } catch (cause) {
      setState({ stage: 'invalid', name: file.name, errors: [msg('options.import.unreadable', { reason: causeText(cause) })] });
      return;
    }
    const result = parseNotesFile(text);
    setState(result.ok ? { stage: 'preview', name: file.name, file: result.file, preview: result.preview } : { stage: 'invalid', name: file.name, errors: result.errors });
  };

  const applyFile = async () => {
    if (state.stage !== 'preview' && state.stage !== 'failed') return;
    const { name, file, preview } = state;
    setState({ stage: 'applying', name, file, preview });
    try {
      await apply(file);
      setState({ stage: 'applied', name, preview });
      if (input.current) input.current.value = '';
    } catch (cause) {
      setState({ stage: 'failed', name, file, preview, message: causeText(cause) });
    }
  };

  const reset = () => {
    setState({ stage: 'idle' });
    if (input.current) input.current.value = '';
  };

  return (
    <div class="data-block" data-testid="import">
      <h3 class="block-title">{t.t(msg('options.import.title'))}</h3>
      <p class="muted">{t.t(msg('options.import.intro'))}</p>
      {/* The browser's own file button speaks the browser's language, not the one set here: it stays for
          the keyboard and screen readers, out of sight, and its label is the button people see. */}
      <input
        ref={input}
        id="import-file"
        class="sr-only file-input"
        data-testid="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <label class="file-button" for="import-file">
        {t.t(msg('options.import.choose'))}
      </label>
      <div role="status" aria-live="polite" data-testid="import-status">
        {state.stage === 'reading' && <p>{t.t(msg('options.import.reading', { file: state.name }))}</p>}
        {(state.stage === 'preview' || state.stage === 'applying' || state.stage === 'failed') && (
          <div class="import-preview" data-testid="import-preview">
            <p>
              <Text msg={msg('options.import.holds', { file: state.name, contents: previewText(state.preview) })} />
            </p>
            <p>{t.t(msg('options.import.replaces'))}</p>
          </div>
        )}
        {state.stage === 'failed' && (
          <p class="field-error" data-testid="import-failed">
            {t.t(msg('options.import.failed', { reason: state.message }))}
          </p>
        )}
        {state.stage === 'applied' && (
          <p class="ok" data-testid="import-applied">
            {t.t(msg('options.import.applied', { contents: previewText(state.preview), file: state.name }))}
          </p>
        )}
      </div>
      {state.stage === 'invalid' && (
        <div class="import-errors" role="alert" data-testid="import-errors">
          <p>
            <Text msg={msg('options.import.invalid', { file: state.name })} />
          </p>
          <ul>
            {state.errors.slice(0, MAX_ERRORS_SHOWN).map((error, index) => (
              <li key={index} data-testid="import-error">
                {errorText(error, t)}
              </li>
            ))}
          </ul>
          {state.errors.length > MAX_ERRORS_SHOWN && <p>{t.t(msg('options.import.more', { count: state.errors.length - MAX_ERRORS_SHOWN }))}</p>}
        </div>
      )}
      {(state.stage === 'preview' || state.stage === 'applying' || state.stage === 'failed') && (
        <div class="actions">
          <button type="button" class="primary" data-testid="import-apply" disabled={state.stage === 'applying'} onClick={() => void applyFile()}>
            {t.t(msg(state.stage === 'applying' ? 'options.import.applying' : 'options.import.apply'))}
          </button>
          <button type="button" onClick={reset}>
            {t.t(msg('common.cancel'))}
          </button>
        </div>
      )}
    </div>
  );
}
