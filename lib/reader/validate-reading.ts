import { BillingReading, LabelledAmount, PageMessage, Promotion } from './reading';

type Schema = { safeParse(value: unknown): { success: boolean; data?: unknown } };

const READING_SHAPE = BillingReading.shape as Record<string, Schema>;
const READING_KEYS = Object.keys(READING_SHAPE);
/** The item schemas of the reading's lists of objects, whose items are validated one by one. */
const ITEM_SCHEMAS: Record<string, Schema> = { amounts: LabelledAmount, messages: PageMessage, promotions: Promotion };

/**
 * Validates a reading field by field against `BillingReading`'s own schemas, reusing the result for
 * a field whose value is the very object validated last time (the qualifiers' memo hands those
 * back unchanged). Anything invalid is reported by the whole schema, with its full error.
 */
export class ReadingValidator {
  private lastInput: Record<string, unknown> | null = null;
  private lastOutput: Record<string, unknown> | null = null;
  private readonly items = new WeakMap<object, unknown>();

  parse(reading: BillingReading): BillingReading {
    const input = reading as unknown as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    const last = this.lastInput;
    for (const key of READING_KEYS) {
      const value = input[key];
      if (last && Object.is(last[key], value)) {
        output[key] = this.lastOutput![key];
        continue;
      }
      const item = ITEM_SCHEMAS[key];
      const result = item && Array.isArray(value) ? this.parseItems(item, value) : READING_SHAPE[key]!.safeParse(value);
      if (!result.success) return BillingReading.parse(reading);
      output[key] = result.data;
    }
    // The reading is never changed after it is validated, so it can stand for what was validated.
    this.lastInput = input;
    this.lastOutput = output;
    return output as BillingReading;
  }

  /** A list checked item by item, an item validated before (the very object) taken as it was. */
  private parseItems(schema: Schema, items: readonly unknown[]): { success: boolean; data?: unknown } {
    const data: unknown[] = [];
    for (const item of items) {
      let valid = typeof item === 'object' && item !== null ? this.items.get(item) : undefined;
      if (valid === undefined) {
        const result = schema.safeParse(item);
        if (!result.success) return result;
        valid = result.data;
        if (typeof item === 'object' && item !== null) this.items.set(item, valid);
      }
      data.push(valid);
    }
    return { success: true, data };
  }
}
