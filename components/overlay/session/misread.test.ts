// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reading } from '../../../lib/hints/testing';
import { installedPacks } from '../../../lib/lexicon';
import { CHUNK_IMPORTER } from '../../../lib/handover';
import { testScope } from '../../../lib/overlay/test-scope';
import { MisreadSession } from './misread';

// misread.js as the loader hands it over: the part "Save a report" uses (components/misread/acts.ts).
const misreadJs = {
  saveReport: vi.fn<(document: Document, request: { languages: readonly string[]; findings: unknown[]; field: unknown }) => Promise<void>>(),
};
beforeAll(() => {
  (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = (file: string) =>
    file === 'misread.js' ? Promise.resolve(misreadJs) : Promise.reject(new Error(`no ${file} in this test`));
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
});
beforeEach(() => {
  misreadJs.saveReport.mockReset();
});

function saveReport(read: () => ReturnType<typeof reading> | null = () => reading()): Promise<MisreadSession> {
  const session = new MisreadSession(testScope().scope, document, () => null, read, () => {});
  session.actions().saveReport();
  return vi.waitFor(() => {
    expect(misreadJs.saveReport.mock.settledResults.length).toBe(1);
    expect(session.reportFailed || misreadJs.saveReport.mock.settledResults[0]!.type === 'fulfilled').toBe(true);
    return session;
  });
}

describe('"Save a report"', () => {
  it("hands misread.js the page's installed languages, so its own lexicon reads the page's dates", async () => {
    misreadJs.saveReport.mockResolvedValue();
    const session = await saveReport();
    expect(misreadJs.saveReport).toHaveBeenCalledWith(document, expect.objectContaining({ languages: installedPacks().map((pack) => pack.lang), findings: [], field: null }));
    expect(session.reportFailed).toBe(false);
  });

  it('reports a page that could not be read: the page alone, with no reading and no doubts', async () => {
    misreadJs.saveReport.mockResolvedValue();
    await saveReport(() => null);
    expect(misreadJs.saveReport).toHaveBeenCalledWith(document, expect.objectContaining({ reading: null, findings: [] }));
  });

  it('says the report failed when it could not be handed over', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    misreadJs.saveReport.mockRejectedValue(new Error('the background did not take the report'));
    const session = await saveReport();
    expect(session.reportFailed).toBe(true);
    expect(debug).toHaveBeenCalledWith('[Credit Lens] could not save a report', expect.any(Error));
    debug.mockRestore();
  });
});
