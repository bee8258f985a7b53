/**
 * For tests: how many questions `run` asks Intl's date formatters, by either of the two ways the
 * calendar asks (`format`, a getter that hands out a bound function, and `formatToParts`).
 */
export function intlCalls(run: () => void): number {
  const proto = Intl.DateTimeFormat.prototype;
  const format = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const formatToParts = Object.getOwnPropertyDescriptor(proto, 'formatToParts')!;
  let calls = 0;
  Object.defineProperty(proto, 'format', {
    ...format,
    get(this: Intl.DateTimeFormat) {
      calls++;
      return format.get!.call(this);
    },
  });
  Object.defineProperty(proto, 'formatToParts', {
    ...formatToParts,
    value(this: Intl.DateTimeFormat, date?: Date | number) {
      calls++;
      return (formatToParts.value as Intl.DateTimeFormat['formatToParts']).call(this, date);
    },
  });
  try {
    run();
    return calls;
  } finally {
    Object.defineProperty(proto, 'format', format);
    Object.defineProperty(proto, 'formatToParts', formatToParts);
  }
}
