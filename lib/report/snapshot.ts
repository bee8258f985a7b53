import { documentHasLayout, OWN_HOST_NAMES, VisibilityJudge } from '../reader/dom';
import { PLACEHOLDER } from './redact-text';
import type { RedactionMap } from './redaction-map';

/**
 * The page as inert HTML: structure, text, roles, ARIA and visibility, nothing that runs or loads.
 * Built by escaping page strings into a new string, never by serialising the page's own markup, so
 * no page text can become markup. What the reader judged invisible (by a style sheet this file does
 * not carry, by a size, by an opacity) is marked `hidden` on the outermost such element.
 */
const DROPPED = new Set(['script', 'style', 'link', 'meta', 'base', 'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'svg', 'math', 'template', 'portal', 'applet']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'input', 'wbr']);
// Attributes the reader or a person needs; everything else (handlers, classes, styles, src, srcset) goes.
const KEPT = new Set(['id', 'role', 'hidden', 'inert', 'lang', 'dir', 'type', 'name', 'placeholder', 'value', 'for', 'href', 'title', 'alt', 'tabindex', 'disabled', 'readonly', 'maxlength', 'autocomplete', 'inputmode', 'open', 'colspan', 'rowspan', 'scope', 'headers', 'selected', 'checked', 'label', 'slot', 'datetime', 'data-testid', 'data-tea-click-for']);
// Attributes that hold structure, not page text: their digits are not amounts and must stay.
const STRUCTURAL = new Set(['role', 'hidden', 'inert', 'lang', 'dir', 'type', 'tabindex', 'disabled', 'readonly', 'maxlength', 'autocomplete', 'inputmode', 'open', 'colspan', 'rowspan', 'scope', 'selected', 'checked', 'slot', 'aria-level', 'aria-posinset', 'aria-setsize', 'aria-colcount', 'aria-rowcount', 'aria-colindex', 'aria-rowindex', 'aria-colspan', 'aria-rowspan', 'aria-modal', 'aria-hidden', 'aria-expanded', 'aria-selected', 'aria-checked', 'aria-invalid', 'aria-live', 'aria-busy', 'aria-current', 'aria-haspopup', 'aria-disabled', 'aria-readonly', 'aria-required', 'aria-atomic', 'aria-orientation']);
const NAME_LABEL = /^(?:name|full name|contact(?: name| person)?|billing contact|account owner|owner|nama|nombre|nom|nome|họ tên|ชื่อ|氏名|이름|姓名|имя|isim|imię)$/iu;
const ADDRESS_LABEL = /^(?:(?:billing |company |street |mailing )?address|alamat|dirección|adresse|indirizzo|endereço|địa chỉ|ที่อยู่|住所|주소|地址|адрес|adres)$/iu;
const AUTOCOMPLETE_PERSON = /\b(name|given-name|family-name|additional-name|nickname)\b/;
const AUTOCOMPLETE_ADDRESS = /\b(street-address|address-line[123]|address-level[1-4]|postal-code)\b/;

export interface SnapshotStats {
  elements: number;
  texts: number;
  hidden: number;
  shadowRoots: number;
  dropped: Record<string, number>;
  attributesDropped: number;
  eventHandlersDropped: number;
}

/** Text as it may stand between tags, and in a double-quoted attribute: the report's one escaping. */
export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Names and addresses the page shows beside their labels (dt/dd, th/td, label/value pairs, autocomplete fields). */
export function findPeople(document: Document, map: RedactionMap): void {
  const remember = (value: string, placeholder: string) => {
    const text = squash(value);
    if (text.length >= 3 && !map.people.has(text)) map.people.set(text, placeholder);
  };
  for (const label of document.querySelectorAll('dt, th, label, [role="rowheader"], span, div')) {
    const own = squash(label.textContent ?? '').replace(/[:：]$/, '');
    if (own.length > 40 || label.children.length > 1) continue;
    const kind = NAME_LABEL.test(own) ? PLACEHOLDER.name : ADDRESS_LABEL.test(own) ? PLACEHOLDER.address : null;
    const value = label.nextElementSibling;
    // A column header names a column of many values, not the one value beside it.
    if (value && (value.localName === 'th' || value.getAttribute('role') === 'columnheader')) continue;
    if (kind && value) remember(value.textContent ?? '', kind);
  }
  for (const input of document.querySelectorAll('input[autocomplete], textarea[autocomplete]')) {
    const autocomplete = input.getAttribute('autocomplete') ?? '';
    const value = (input as HTMLInputElement).value;
    if (AUTOCOMPLETE_PERSON.test(autocomplete)) remember(value, PLACEHOLDER.name);
    else if (AUTOCOMPLETE_ADDRESS.test(autocomplete)) remember(value, PLACEHOLDER.address);
  }
  map.counts.names = [...map.people.values()].filter((kind) => kind === PLACEHOLDER.name).length;
  map.counts.addresses = map.people.size - map.counts.names;
}

/** `redact` is applied to every page string (text, attribute, input value) before it is escaped. */
export function snapshotBody(document: Document, redact: (text: string) => string): { html: string; stats: SnapshotStats } {
  const judge = new VisibilityJudge(documentHasLayout(document));
  const stats: SnapshotStats = { elements: 0, texts: 0, hidden: 0, shadowRoots: 0, dropped: {}, attributesDropped: 0, eventHandlersDropped: 0 };
  const out: string[] = [];

  const attributesOf = (element: Element, hide: boolean): string => {
    let attributes = '';
    for (const { name, value } of [...element.attributes]) {
      if (name.startsWith('on')) {
        stats.eventHandlersDropped += 1;
        continue;
      }
      if (!(KEPT.has(name) || name.startsWith('aria-'))) {
        stats.attributesDropped += 1;
        continue;
      }
      if (name === 'value' && 'value' in element) continue; // the live value is written below
      if (name === 'href' && /^\s*(javascript|data|vbscript):/i.test(value)) continue;
      attributes += ` ${name}="${escapeAttribute(STRUCTURAL.has(name) ? value : redact(value))}"`;
    }
    if ((element.localName === 'input' || element.localName === 'option') && 'value' in element) {
      const live = String((element as HTMLInputElement).value ?? '');
      if (live && (element as HTMLInputElement).type !== 'password') attributes += ` value="${escapeAttribute(redact(live))}"`;
    }
    if (hide && !element.hasAttribute('hidden')) attributes += ' hidden';
    return attributes;
  };

  const walk = (node: Node, parentVisible: boolean): void => {
    if (node.nodeType === 3) {
      stats.texts += 1;
      out.push(escapeText(redact((node as Text).data)));
      return;
    }
    // Comments keep the page's text split where it was ("1,234.<!-- -->50"); their words are not kept.
    if (node.nodeType === 8) {
      out.push('<!---->');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    // Credit Lens's own overlay is not the page: it shows the user's unredacted values.
    if (DROPPED.has(tag) || OWN_HOST_NAMES.has(tag) || !/^[a-z][a-z0-9-]*$/.test(tag)) {
      stats.dropped[tag] = (stats.dropped[tag] ?? 0) + 1;
      return;
    }
    stats.elements += 1;
    const visible = judge.isVisible(element);
    const hide = parentVisible && !visible;
    if (hide) stats.hidden += 1;
    out.push(`<${tag}${attributesOf(element, hide)}>`);
    if (VOID.has(tag)) return;
    if (tag === 'textarea') {
      out.push(escapeText(redact((element as HTMLTextAreaElement).value ?? '')));
    } else {
      const shadow = element.shadowRoot;
      if (shadow) {
        stats.shadowRoots += 1;
        out.push('<template shadowrootmode="open">');
        for (const child of shadow.childNodes) walk(child, visible);
        out.push('</template>');
      }
      for (const child of element.childNodes) walk(child, visible);
    }
    out.push(`</${tag}>`);
  };

  const body = document.body;
  if (body) walk(body, true);
  return { html: out.join(''), stats };
}
