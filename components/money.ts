/**
 * Money for display in the user's locale, for the popup and the overlay alike. One Intl.NumberFormat per currency: building one costs
 * more than formatting with it, and a popup with hundreds of offers formats hundreds of amounts.
 * A decimal string is formatted as is (Intl takes string operands exactly, no float rounding).
 */
const formats = new Map<string, Intl.NumberFormat | null>();

function formatFor(currency: string | null): Intl.NumberFormat | null {
  const key = currency ?? '';
  if (!formats.has(key)) {
    try {
      formats.set(key, new Intl.NumberFormat(undefined, currency ? { style: 'currency', currency } : { minimumFractionDigits: 2 }));
    } catch {
      formats.set(key, null);
    }
  }
  return formats.get(key)!;
}

export function formatAmount(value: string | number, currency: string | null): string {
  const format = formatFor(currency);
  if (!format) return currency ? `${value} ${currency}` : String(value);
  return format.format(value as unknown as number);
}
