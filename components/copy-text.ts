/**
 * Puts text on the clipboard from a click, for every surface (the overlay, the popup, the board). The
 * async Clipboard API first; where a page's permissions policy or an older browser refuses it, a
 * textarea inside `fallbackParent` is selected and copied: in the overlay, our own shadow root, so
 * nothing is added to the page's DOM.
 */
export async function copyText(text: string, fallbackParent: Element | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused: fall through to the selection copy
  }
  return copyBySelection(text, fallbackParent);
}

function copyBySelection(text: string, parent: Element | null): boolean {
  if (!parent) return false;
  const document = parent.ownerDocument;
  const previous = (parent.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'copy-buffer';
  parent.append(area);
  try {
    area.focus();
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus?.();
  }
}
