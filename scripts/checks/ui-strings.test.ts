import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUiStrings, UI_TEXT_ROOTS } from './ui-strings';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else if (/\.(ts|tsx)$/.test(path) && !/\.(test|spec)\.tsx?$/.test(path) && !/[\\/]testing\.tsx?$/.test(path)) files.push(path);
  };
  for (const root of UI_TEXT_ROOTS) walk(join(PROJECT_ROOT, root));
  return files.map((file) => relative(PROJECT_ROOT, file).replace(/\\/g, '/')).sort();
}

const findingsOf = (file: string) => findUiStrings(file, readFileSync(join(PROJECT_ROOT, file), 'utf8'));

describe('user-visible words go through the message lookup', () => {
  it('no English literal in the UI, the hints, reminders or the support message', () => {
    const files = sources();
    expect(files).toContain('components/options/ImportData.tsx');
    expect(files.flatMap(findingsOf)).toEqual([]);
  });

  it('catches a planted string: JSX text, a visible attribute, a sentence in code', () => {
    const planted = `
      export function Card({ n }: { n: number }) {
        const title = \`Activate by \${n} days\`;
        return <section aria-label="Saved codes"><h2>{title}</h2><p>Credit arrived</p></section>;
      }`;
    expect(findUiStrings('components/overlay/Planted.tsx', planted).map((f) => f.text)).toEqual(['Activate by', 'days', 'Saved codes', 'Credit arrived']);
  });

  it('leaves code alone: keys, classes, test ids, imports, types, errors, symbols and looked-up messages', () => {
    const clean = `
      import { msg } from '../../lib/i18n/message';
      type Kind = 'credit status' | 'code typing';
      export function Card({ t, on }: { t: { t(m: unknown): string }; on: boolean }) {
        if (on === 'not a word') throw new Error('a developer message');
        load().catch(quietly('could not load pick mode'));
        return (
          <section class="hint card wide" data-testid="status card" aria-labelledby="a b">
            <span aria-hidden="true">◎</span> {t.t(msg('overlay.showMe'))} ×
          </section>
        );
      }`;
    expect(findUiStrings('components/overlay/Clean.tsx', clean)).toEqual([]);
  });
});
