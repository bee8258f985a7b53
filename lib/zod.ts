import * as z from 'zod/mini';

// zod/mini rather than classic zod: the same zod 4 core and error messages, but its functional API
// tree-shakes, which keeps the content script inside its size budget (see README, "Trust").
// MV3's CSP forbids `new Function`; zod probes for it on first use unless told not to.
// Every module that defines a schema imports `z` from here so the flag is set before any schema exists.
z.config({ jitless: true });

export { z };

/**
 * A plain object whose values all match `value`, for the few string-keyed records we check (report
 * counts and facts). zod's own `z.record` lands in the chunk the extension pages share with the popup
 * as soon as any page uses it: about 0.9 KB gzipped on every popup open, for the report page's sake.
 */
export function recordOf<Value extends z.ZodMiniType>(value: Value) {
  return z.custom<Record<string, z.infer<Value>>>(
    (input) =>
      typeof input === 'object' && input !== null && !Array.isArray(input) && Object.values(input).every((item) => value.safeParse(item).success),
    'an object of named values',
  );
}
