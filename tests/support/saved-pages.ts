import { afterAll } from 'vitest';
import { loadSavedHtml, type SavedPage } from '../../scripts/saved-page';

/**
 * Opens saved pages (scripts/saved-page.ts) at `url` for one test file and closes them all after it:
 * `open()` gives the document of `html`, or of the file's default page.
 */
export function savedPages(url: string, defaultHtml: string): (html?: string) => Document {
  const opened: SavedPage[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((page) => page.close()));
  });
  return (html = defaultHtml) => {
    const page = loadSavedHtml(html, url);
    opened.push(page);
    return page.document;
  };
}
