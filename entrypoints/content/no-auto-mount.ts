/**
 * `@1natsu/wait-element` as the Billing module sees it (modules/billing-module.ts resolves the package
 * here). WXT's shadow-root UI carries it, with many-keys-map and defu, only for `autoMount` (mount when
 * an anchor appears); the overlay mounts itself (components/overlay/session/mount.tsx) and never calls
 * it, but the bundler cannot tell, and the three weigh about 1 KB gzipped (issue 11, the module's weight).
 * Should `autoMount` ever be called, it fails with this error rather than waiting silently.
 */
export function waitElement(): Promise<never> {
  return Promise.reject(new Error('[Credit Lens] autoMount is not built into the Billing module (entrypoints/content/no-auto-mount.ts)'));
}

export const isExist = (): boolean => false;
export const isNotExist = (): boolean => false;
