import { defineWxtModule } from 'wxt/modules';

/**
 * What `_locales/<code>/messages.json` is for: the words the browser and the stores show from it, the
 * manifest's `__MSG_extName__` and `__MSG_extDescription__`. @wxt-dev/i18n writes every message of
 * `locales/*.yml` there, yet the extension reads its own words from per-language chunks (lib/i18n,
 * docs/design.md "Languages"), never through `chrome.i18n`: the 18 files carried some 1.7 MB that the
 * package shipped and the browser parsed (the UI language's file and English) whenever it loaded them.
 */
export const MANIFEST_MESSAGES: readonly string[] = ['extName', 'extDescription'];

const MESSAGES_FILE = /^_locales[\\/][^\\/]+[\\/]messages\.json$/;

/** A messages.json reduced to the manifest's keys, each entry as it was (its message and description). */
export function manifestMessagesOnly(json: string, keys: readonly string[] = MANIFEST_MESSAGES): string {
  const all = JSON.parse(json) as Record<string, unknown>;
  const kept = Object.fromEntries(keys.filter((key) => Object.hasOwn(all, key)).map((key) => [key, all[key]]));
  return JSON.stringify(kept, null, 2);
}

export const isMessagesFile = (relativeDest: string): boolean => MESSAGES_FILE.test(relativeDest);

export default defineWxtModule((wxt) => {
  wxt.hooks.hook('build:publicAssets', (_, assets) => {
    for (const asset of assets) if ('contents' in asset && isMessagesFile(asset.relativeDest)) asset.contents = manifestMessagesOnly(asset.contents);
  });
});
