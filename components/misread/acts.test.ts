// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reading } from '../../lib/hints/testing';

const misreadJs = vi.hoisted(() => ({
  loadLanguages: vi.fn<(codes: Iterable<string>) => Promise<boolean>>(),
  assembleReport: vi.fn(() => ({ html: '<html></html>' })),
  handOverReport: vi.fn(async () => {}),
}));
vi.mock('../../lib/lexicon/packs', () => ({ loadLanguages: misreadJs.loadLanguages }));
vi.mock('../../lib/report/assemble', () => ({ assembleReport: misreadJs.assembleReport }));
vi.mock('../../lib/report/send', () => ({ handOverReport: misreadJs.handOverReport }));

const { saveReport } = await import('./acts');

beforeEach(() => {
  misreadJs.loadLanguages.mockReset();
  misreadJs.assembleReport.mockClear();
  misreadJs.handOverReport.mockClear();
});

const request = { reading: reading(), findings: [], field: null, languages: ['en', 'pl'] as const };

describe('"Save a report" in misread.js', () => {
  it("installs the page's languages in misread.js's own lexicon first, so the report reads the page's dates", async () => {
    misreadJs.loadLanguages.mockResolvedValue(true);
    await saveReport(document, request);
    expect(misreadJs.loadLanguages).toHaveBeenCalledWith(['en', 'pl']);
    expect(misreadJs.loadLanguages.mock.invocationCallOrder[0]).toBeLessThan(misreadJs.assembleReport.mock.invocationCallOrder[0]!);
    expect(misreadJs.handOverReport).toHaveBeenCalledTimes(1);
  });

  it('still builds and hands over the report when a language cannot load', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    misreadJs.loadLanguages.mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
    await saveReport(document, request);
    expect(misreadJs.assembleReport).toHaveBeenCalledTimes(1);
    expect(misreadJs.handOverReport).toHaveBeenCalledTimes(1);
    expect(debug).toHaveBeenCalledWith('[Credit Lens] could not load the page languages for a report', expect.any(Error));
    debug.mockRestore();
  });
});
