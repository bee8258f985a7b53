import { parseDate, parseDateRange } from '../reader/dates';
import type { RedactionMap } from './redaction-map';

/**
 * One page text (a text node, an attribute value, a field of the reading) with its private parts
 * replaced. Labels, headings, button texts and messages pass through: only what matches a private
 * pattern, a known id or a known name changes, and digits go through the amount permutation unless
 * the text is a date (the reader must still read bill dates and validity periods).
 */
export const PLACEHOLDER = {
  email: '[e-mail]',
  phone: '[phone]',
  card: '[card]',
  taxId: '[tax-id]',
  name: '[name]',
  address: '[address]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// 13–19 digits in groups (a full card number), or the last four after "ending in" / masks.
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const CARD_TAIL = /((?:ending(?: in)?|end(?:s|ing) with|[*•·xX]{2,}[ -]?)\s*)(\d{4})\b/g;
const TAX_LABELLED =
  /\b(VAT|VAT ID|VAT number|VAT no\.?|NPWP|MST|CNPJ|CPF|GST(?:IN)?|TIN|Tax ID|Tax number|NIF|USt-IdNr\.?|RUC|RFC|ABN|UEN|INN|ИНН|税号|統一編號|사업자등록번호)(\s*[:：#]?\s*)([A-Z]{0,3}[0-9][0-9A-Z .\-/]{4,24}[0-9A-Z])/gu;
const TAX_SHAPES = [
  /\b\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}\b/g, // NPWP
  /\b\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}\b/g, // CNPJ
  /\b(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)U?\d{8,12}\b/g, // EU / UK VAT
];
const PHONE = /\+\d{1,3}[\s().-]*\d(?:[\s().-]*\d){6,13}/g;
// A promo code: 6–24 capitals and digits, with at least one of each ("WELC0ME2026", "WINTER-8K2Q-2026").
// An amount run into its currency code ("<span>105,672,606</span>VND" reads "105,672,606VND") is not one.
const CODE = /\b(?!\d+[A-Z]{3}\b)(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9](?:[A-Z0-9-]{4,22})[A-Z0-9]\b/g;
const URL_IDS = /([?&](?:aadvid|org_id|advertiser_id|bc_id)=)(\d+)/g;

export function redactText(text: string, map: RedactionMap): string {
  if (!text || !/[\p{N}@]|\p{L}{2}/u.test(text)) return text;
  // Replaced parts are parked behind markers without digits, so the amount permutation skips them.
  const parked: string[] = [];
  const park = (value: string) => `\ue000${String.fromCharCode(0xe100 + parked.push(value) - 1)}\ue001`;
  const count = (kind: keyof RedactionMap['counts']) => (map.counts[kind] += 1);
  let out = text;
  out = out.replace(URL_IDS, (_, key: string, id: string) => `${key}${park(map.ids.get(id) ?? (key.includes('org') ? '7000000000000000002' : '7000000000000000001'))}`);
  for (const [id, fake] of map.ids) {
    if (out.includes(id)) {
      out = out.split(id).join(park(fake));
      count('accountIds');
    }
  }
  for (const [person, placeholder] of map.people) if (out.includes(person)) out = out.split(person).join(park(placeholder));
  out = out.replace(EMAIL, () => (count('emails'), park(PLACEHOLDER.email)));
  out = out.replace(TAX_LABELLED, (_, label: string, gap: string) => (count('taxIds'), `${label}${gap}${park(PLACEHOLDER.taxId)}`));
  for (const shape of TAX_SHAPES) out = out.replace(shape, () => (count('taxIds'), park(PLACEHOLDER.taxId)));
  out = out.replace(CARD, () => (count('cards'), park(PLACEHOLDER.card)));
  out = out.replace(CARD_TAIL, (_, lead: string) => (count('cards'), `${lead}${park(PLACEHOLDER.card)}`));
  out = out.replace(PHONE, () => (count('phones'), park(PLACEHOLDER.phone)));
  out = out.replace(CODE, (code) => (count('codes'), park(map.code(code))));
  if (/[\p{N}]/u.test(out) && !isDate(out)) {
    const mapped = map.digitsOf(out);
    if (mapped !== out) count('amounts');
    out = mapped;
  }
  return out.replace(/\ue000(.)\ue001/g, (_, index: string) => parked[index.charCodeAt(0) - 0xe100]!);
}

/** A date (or a date range) as the reader parses one: its digits must stay. */
function isDate(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 40) return false;
  try {
    return parseDate(trimmed) !== null || parseDateRange(trimmed) !== null;
  } catch {
    return false;
  }
}
