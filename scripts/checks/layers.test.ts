import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUpwardImports, layerOf, LAYERS } from './layers';
import { PROJECT_ROOT, shippedSources } from './source-files';

const projectFile = (path: string) => ({ path: relative(PROJECT_ROOT, path).split(sep).join('/'), source: readFileSync(path, 'utf8') });

describe('layers import downward only', () => {
  it('finds no upward import in lib/, components/ and entrypoints/', () => {
    const files = shippedSources().map(projectFile);
    expect(files.length).toBeGreaterThan(100);
    // Every shipped file is in a layer: a new top-level folder must be placed in the order first.
    expect(files.filter((file) => layerOf(file.path) === null).map((file) => file.path)).toEqual([]);
    expect(findUpwardImports(files)).toEqual([]);
  });

  it.each([
    ['the notes asking the hints for time', 'lib/notes/deadlines.ts', "import { creditExpectedBy } from '../hints/spend-counting';", 'lib/notes', 'lib/hints'],
    ['the reader asking the credit clock', 'lib/reader/read-page.ts', "import { endOfDay } from '../credit/calendar';", 'lib/reader', 'lib/credit'],
    ['the clock importing a notes type', 'lib/credit/spend.ts', "import type { Offer } from '../notes/schema';", 'lib/credit', 'lib/notes'],
    ['the lexicon importing the reader by alias', 'lib/lexicon/index.ts', "import { squash } from '@/lib/reader/dom';", 'lib/lexicon', 'lib/reader'],
    ['a hint rule importing the overlay, over several lines', 'lib/hints/rules/burn-rate.ts', "import {\n  overlayView,\n  type OverlayView,\n} from '../../overlay/overlay-view';", 'lib/hints', 'lib/overlay'],
    ['the overlay view model re-exporting a component', 'lib/overlay/page-hints.ts', "export { Overlay } from '../../components/overlay/Overlay';", 'lib/overlay', 'components'],
    ['the session logic loading a component lazily', 'lib/session/hints.ts', "const ui = await import('../../components/overlay/session/mount');", 'lib/session', 'components'],
    ['a component importing the entrypoint', 'components/popup/Popup.tsx', "import '../../entrypoints/popup/main';", 'components', 'entrypoints'],
    ['the reader importing a directory index above it', 'lib/reader/dom.ts', "import { creditStatusOf } from '../credit';", 'lib/reader', 'lib/credit'],
    ['shipped code importing a test helper', 'lib/hints/codes.ts', "import { code } from './testing.test';", 'lib/hints', 'tooling'],
    ['shipped code importing a script', 'entrypoints/background.ts', "import { runInspect } from '../scripts/inspect';", 'entrypoints', 'tooling'],
  ])('fails on %s', (_situation, path, source, from, to) => {
    expect(findUpwardImports([{ path, source }])).toEqual([{ file: path, line: expect.any(Number), imports: expect.any(String), from, to }]);
  });

  it('says on which line the upward import is', () => {
    const source = "import { z } from '../zod';\n// import { x } from '../hints/format';\nimport { BillingReading } from './reader/reading';\nimport { hintId } from './hints/hint-id';";
    expect(findUpwardImports([{ path: 'lib/messages.ts', source }])).toEqual([{ file: 'lib/messages.ts', line: 4, imports: './hints/hint-id', from: 'lib/messages.ts', to: 'lib/hints' }]);
  });

  it('lets imports go down, stay in their layer or leave the project', () => {
    const files = [
      { path: 'lib/hints/rules/credit-status.ts', source: "import { creditStatusOf } from '../../credit/credit-state';\nimport { cleanText } from '../format';" },
      { path: 'lib/credit/spend.ts', source: "import type { BillingReading } from '../reader/reading';\nimport { z } from '../zod';" },
      { path: 'components/overlay/session/mount.tsx', source: "import { render } from 'preact';\nimport { createShadowRootUi } from '#imports';\nimport { Overlay } from '../Overlay';\nimport { SessionScope } from '@/lib/overlay/scope';" },
      { path: 'components/popup/OfferCard.tsx', source: "import { guideStep } from '../guides/WhichTypeGuide';" },
      { path: 'entrypoints/content/billing.ts', source: "import { PageReading } from '@/lib/session/reading';" },
    ];
    expect(findUpwardImports(files)).toEqual([]);
  });

  it('leaves tests and tooling free to import any layer', () => {
    const files = [
      { path: 'lib/credit/credit-state.test.ts', source: "import { offer } from '../hints/testing';" },
      { path: 'scripts/inspect.ts', source: "import { overlayView } from '../lib/overlay/overlay-view';" },
      { path: 'bench/run.ts', source: "import { CHROMIUM_FLAGS } from '../scripts/browser';" },
    ];
    expect(findUpwardImports(files)).toEqual([]);
  });

  it('keeps the order the README and docs/design.md give', () => {
    expect(LAYERS).toEqual(['lib/zod.ts', 'lib/handover.ts', 'lib/page-store.ts', 'lib/time-zone.ts', 'lib/iso-day.ts', 'lib/compare-text.ts', 'lib/lexicon/', 'lib/reader/', 'lib/i18n/', 'lib/messages.ts', 'lib/messages-schema.ts', 'lib/credit/', 'lib/notes/', 'lib/hints/', 'lib/board/', 'lib/report/', 'lib/overlay/', 'lib/session/', 'components/', 'entrypoints/']);
  });
});
