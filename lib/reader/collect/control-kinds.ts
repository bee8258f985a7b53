import { composedParent, elementsOfIdRefs, squash, textOf } from '../dom';

/** How far above a caption its custom element may sit (`<x-button><span>Redeem</span></x-button>`). */
const LEVELS = 3;
const DRAWN_CONTROL = 'button, [role="button"], a[href], input[type="button"], input[type="submit"]';

/**
 * A custom element that draws a button in its own open shadow root (the Ads Manager kit's
 * `<byted-wc-button>`), found from the caption it slots: the host is the control the user clicks,
 * though no button is an ancestor of the caption in either tree. Judged by what the shadow root
 * draws, never by the element's name.
 */
export function customControlHost(node: Node): Element | null {
  let element = composedParent(node);
  for (let level = 0; element && level < LEVELS; level++, element = composedParent(element)) {
    const shadow = element.shadowRoot;
    if (element.localName.includes('-') && shadow && shadow.querySelector(DRAWN_CONTROL)) return element;
  }
  return null;
}

/**
 * Where a link leads, as an absolute URL, when it is a real link: `href="#"`, `javascript:` and a
 * missing href are how kits draw buttons as anchors. Whether it leaves the page is judged later, with
 * the page's address (qualify-coupon-entry.ts).
 */
export function linkHref(control: Element): string | null {
  if (control.localName !== 'a') return null;
  const raw = control.getAttribute('href')?.trim();
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return null;
  try {
    return new URL(raw, control.ownerDocument.baseURI).href;
  } catch {
    return null;
  }
}

/** The texts of the elements an IDREF attribute names that are shown: a hidden tooltip is not. */
export function shownTextOfIdRefs(element: Element, attributes: readonly string[], visible: (element: Element) => boolean): string {
  return squash(
    attributes
      .flatMap((attribute) => elementsOfIdRefs(element, attribute))
      .filter(visible)
      .map((referenced) => textOf(referenced))
      .join(' '),
  );
}

// A kit's own role names ("dialog_header", "dialog-title") are not ARIA roles and mean nothing to a
// browser, but they say what the element is: a dialog's header holds its title.
const KIT_TITLE_ROLES = '[role$="_header"], [role$="-header"], [role$="_title"], [role$="-title"]';

/** A dialog's title written in an element with a kit's invalid header or title role. */
export function kitTitleOf(dialog: Element): string {
  const header = dialog.querySelector(KIT_TITLE_ROLES);
  if (!header) return '';
  // A header holds its close "×" too; the title is its first words.
  return textOf(header, 120, 'button, [role="button"]');
}
