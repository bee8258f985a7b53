/**
 * Exact arithmetic on the reading's decimal strings ("1234.50"): floats would make
 * 0.1 + 0.2 differ from 0.3 by more than nothing, and a tolerance of one minor unit must be exact.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface Scaled {
  units: bigint;
  scale: number;
}

export function fractionDigits(text: string): number {
  return DECIMAL.exec(text)?.[3]?.length ?? 0;
}

/** `text` in units of 10^-scale, or null when it is not a decimal or has more digits than `scale`. */
export function toUnits(text: string | null, scale: number): bigint | null {
  const match = text === null ? null : DECIMAL.exec(text);
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > scale) return null;
  const units = BigInt(match[2]! + fraction.padEnd(scale, '0'));
  return match[1] ? -units : units;
}

/** The values on one common scale (the finest of them), or null when any is missing or malformed. */
export function onOneScale(values: readonly (string | null)[]): { units: bigint[]; scale: number } | null {
  if (values.some((value) => value === null || !DECIMAL.test(value))) return null;
  const scale = Math.max(...values.map((value) => fractionDigits(value!)));
  return { units: values.map((value) => toUnits(value, scale)!), scale };
}

export function formatUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${whole}` : whole;
}

export const sameAmount = (a: string | null, b: string | null): boolean => {
  const both = onOneScale([a, b]);
  return both !== null && both.units[0] === both.units[1];
};
