import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnseededProperties, propertyTestFiles, usesSeedsHelper } from './property-seeds';
import { PROJECT_ROOT, testFiles } from './source-files';

/** This file feeds the check broken cases, so the scan of the tree passes it over. */
const SELF = 'scripts/checks/property-seeds.test.ts';

describe('every property runs on the seeds helper', () => {
  it('finds no property in our tests that picks its own seed', () => {
    const files = testFiles().filter((file) => file !== SELF);
    expect(files.length).toBeGreaterThan(100);
    const findings = files.flatMap((file) => findUnseededProperties(file, readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(findings).toEqual([]);
  });

  it.each([
    ['fc.assert(fc.property(arb, check), { seed: 1311, numRuns: 400 });', 'fc.assert (use assertOnSeeds)'],
    ['const details = fc.check(property, { seed: 7 });', 'fc.check (use checkProperty)'],
    ['const cases = fc.sample(caseArb(), { seed: 1312, numRuns: 120 });', 'a sample not on sampleSeed()'],
    ['const cases = fc.sample(caseArb(), 50);', 'a sample not on sampleSeed()'],
  ])('catches %s', (code, what) => {
    expect(findUnseededProperties('x.test.ts', `const ok = 1;\n${code}\n`)).toEqual([{ file: 'x.test.ts', line: 2, what }]);
  });

  it("passes the helper's own calls, a known seed's entry and comments", () => {
    const source = [
      'assertOnSeeds(fc.property(arb, check), 400, [{ seed: -1087887217, numRuns: 60, why: "issue 11" }]);',
      'const cases = fc.sample(caseArb(), { seed: sampleSeed(), numRuns: 120 });',
      '// fc.assert(...) would never be explored',
    ].join('\n');
    expect(findUnseededProperties('x.test.ts', source)).toEqual([]);
  });

  it('lists the files npm run fuzz explores: those on the helper, the board, calendar and reader properties among them', () => {
    const helper = "import { assertOnSeeds } from '../../tests/support/property-seeds';";
    expect(usesSeedsHelper(`${helper}\nassertOnSeeds(property, 100);`)).toBe(true);
    expect(usesSeedsHelper("import { checkProperty } from '../support/property-seeds';\ncheckProperty(property, { seed, numRuns });")).toBe(true);
    // The helper's own tests import it and run no property; a file that only names it runs none either.
    expect(usesSeedsHelper(`${helper}\nexpect(seedRuns(200, [], null)).toEqual([]);`)).toBe(false);
    expect(usesSeedsHelper(`import fc from 'fast-check';\nconst text = "${helper} assertOnSeeds(p, 1)";`)).toBe(false);
    const files = propertyTestFiles();
    for (const file of ['lib/board/rows.property.test.ts', 'lib/credit/calendar.property.test.ts', 'lib/reader/dates-locales.test.ts', 'tests/unit/fuzz-import.test.ts']) expect(files).toContain(file);
    expect(files).not.toContain('tests/unit/property-seeds.test.ts');
  });
});
