// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reading } from '../../../lib/hints/testing';
import { installedPacks } from '../../../lib/lexicon';
import { CHUNK_IMPORTER } from '../../../lib/handover';
import { testScope } from '../../../lib/overlay/test-scope';
import { MisreadSession } from './misread';

// misread.js as the loader hands it over: the parts "Save a report" uses.
const misreadJs = {
  loadLanguages: vi.fn<(codes: Iterable<string>) => Promise<boolean>>(),
  assembleReport: vi.fn(() => ({ html: '<html></html>' })),
  handOverReport: vi.fn(async () => {}),
};
beforeAll(() => {
  (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = (file: string) =>
    file === 'misread.js' ? Promise.resolve(misreadJs) : Promise.reject(new Error(`no ${file} in this test`));
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
});
beforeEach(() => {
  misreadJs.loadLanguages.mockReset();
  misreadJs.assembleReport.mockClear();
  misreadJs.handOverReport.mockClear();
});

function saveReport(): Promise<MisreadSession> {
  const session = new MisreadSession(testScope().scope, document, () => null, () => reading(), () => {});
  session.actions().saveReport();
  return vi.waitFor(() => {
    expect(misreadJs.handOverReport.mock.calls.length + Number(session.reportFailed)).toBe(1);
    return session;
  });
}

describe('"Save a report"', () => {
  it("installs this page's languages in misread.js's own lexicon first, so the report reads the page's dates", async () => {
    misreadJs.loadLanguages.mockResolvedValue(true);
    const session = await saveReport();
    expect(misreadJs.loadLanguages).toHaveBeenCalledWith(installedPacks().map((pack) => pack.lang));
    expect(misreadJs.loadLanguages.mock.invocationCallOrder[0]).toBeLessThan(misreadJs.assembleReport.mock.invocationCallOrder[0]!);
    expect(session.reportFailed).toBe(false);
  });

  it('still builds and hands over the report when a language cannot load', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    misreadJs.loadLanguages.mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
    const session = await saveReport();
    expect(misreadJs.assembleReport).toHaveBeenCalledTimes(1);
    expect(misreadJs.handOverReport).toHaveBeenCalledTimes(1);
    expect(session.reportFailed).toBe(false);
    expect(debug).toHaveBeenCalledWith('[Credit Lens] could not load the page languages for a report', expect.any(Error));
  });
});
