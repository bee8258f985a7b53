import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, parseNotesFile, type ImportError, type ImportPreview as Preview } from '../../lib/notes/export-import';
import type { ExportFile } from '../../lib/notes/schema';
import { MISREAD_PAGE_STRINGS } from '../misread/page-strings';

type Stage =
  | { stage: 'idle' }
  | { stage: 'reading'; name: string }
  | { stage: 'preview'; name: string; file: ExportFile; preview: Preview }
  | { stage: 'invalid'; name: string; errors: readonly ImportError[] }
  | { stage: 'applying'; name: string; file: ExportFile; preview: Preview }
  | { stage: 'applied'; name: string; preview: Preview }
  | { stage: 'failed'; name: string; file: ExportFile; preview: Preview; message: string };

const MAX_ERRORS_SHOWN = 20;

const PREVIEW_LABELS: [keyof Preview, string, string][] = [
  ['accounts', 'ad account', 'ad accounts'],
  ['offers', 'offer', 'offers'],
  ['codes', 'code', 'codes'],
  ['notes', 'note', 'notes'],
  ['observations', 'observation', 'observations'],
];

export function previewText(preview: Preview): string {
  const counts = PREVIEW_LABELS.map(([key, one, many]) => `${preview[key]} ${preview[key] === 1 ? one : many}`);
  // Most files hold no fixes (older ones cannot): only a file that has some says so.
  if (preview.fixes > 0) counts.push(MISREAD_PAGE_STRINGS.fixCount(preview.fixes));
  return counts.join(', ');
}

export function errorText(error: ImportError): string {
  const where = [error.line !== null ? `line ${error.line}` : null, error.field || null].filter(Boolean).join(', ');
  return where ? `${where}: ${error.message}` : error.message;
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
  const [state, setState] = useState<Stage>({ stage: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // Checked before reading: a huge file would otherwise be read whole into memory only to be refused.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        stage: 'invalid',
        name: file.name,
        errors: [
          {
            line: null,
            field: '',
            message: `This file is ${(file.size / 1048576).toFixed(1)} MB, larger than the ${MAX_IMPORT_BYTES / 1048576} MB a Credit Lens notes export can be. Nothing was changed.`,
          },
        ],
      });
      return;
    }
    setState({ stage: 'reading', name: file.name });
    let text: string;
    try {
      text = await readText(file);
    } catch (cause) {
      setState({ stage: 'invalid', name: file.name, errors: [{ line: null, field: '', message: `The file could not be read (${cause instanceof Error ? cause.message : String(cause)}).` }] });
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
      setState({ stage: 'failed', name, file, preview, message: cause instanceof Error ? cause.message : String(cause) });
    }
  };

  const reset = () => {
    setState({ stage: 'idle' });
    if (input.current) input.current.value = '';
  };

  return (
    <div class="data-block" data-testid="import">
      <h3 class="block-title">Import</h3>
      <p class="muted">Replaces your notes with those in a Credit Lens export file. You see what it holds before anything changes.</p>
      <label class="file-label" for="import-file">
        Choose a notes file (.json)
      </label>
      <input
        ref={input}
        id="import-file"
        data-testid="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <div role="status" aria-live="polite" data-testid="import-status">
        {state.stage === 'reading' && <p>Reading {state.name}…</p>}
        {(state.stage === 'preview' || state.stage === 'applying' || state.stage === 'failed') && (
          <div class="import-preview" data-testid="import-preview">
            <p>
              <strong>{state.name}</strong> holds {previewText(state.preview)}.
            </p>
            <p>Applying it replaces the notes you have now. Export them first if you may want them back.</p>
          </div>
        )}
        {state.stage === 'failed' && (
          <p class="field-error" data-testid="import-failed">
            Not imported: {state.message}
          </p>
        )}
        {state.stage === 'applied' && (
          <p class="ok" data-testid="import-applied">
            Imported {previewText(state.preview)} from {state.name}.
          </p>
        )}
      </div>
      {state.stage === 'invalid' && (
        <div class="import-errors" role="alert" data-testid="import-errors">
          <p>
            <strong>{state.name}</strong> cannot be imported. Nothing was changed.
          </p>
          <ul>
            {state.errors.slice(0, MAX_ERRORS_SHOWN).map((error, index) => (
              <li key={index} data-testid="import-error">
                {errorText(error)}
              </li>
            ))}
          </ul>
          {state.errors.length > MAX_ERRORS_SHOWN && <p>…and {state.errors.length - MAX_ERRORS_SHOWN} more.</p>}
        </div>
      )}
      {(state.stage === 'preview' || state.stage === 'applying' || state.stage === 'failed') && (
        <div class="actions">
          <button type="button" class="primary" data-testid="import-apply" disabled={state.stage === 'applying'} onClick={() => void applyFile()}>
            {state.stage === 'applying' ? 'Applying…' : 'Apply import'}
          </button>
          <button type="button" onClick={reset}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
