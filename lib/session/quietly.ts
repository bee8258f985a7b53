/**
 * A failure the page must never see (a content script that throws breaks nothing of ours, but shows
 * in the page's console as the page's error): logged at debug level, for whoever inspects the extension.
 */
export const quietly = (what: string) => (cause: unknown) => console.debug(`[Credit Lens] ${what}`, cause);
