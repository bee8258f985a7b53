import { textOf } from '../dom';
import type { Part, QueryAll, Visible } from './shared';

/** The page's own titles (document title, top headings, the current menu item): what page this is. */

const PAGE_HEADINGS = 'title, h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"], [aria-current="page"]';

export function collectHeadings(queryAll: QueryAll, visible: Visible): Part<string[]> {
  const candidates = queryAll(PAGE_HEADINGS);
  const headings = candidates
    .filter((element) => element.localName === 'title' || visible(element))
    .map((element) => textOf(element, 120))
    .filter(Boolean);
  return { value: headings, regions: candidates };
}
