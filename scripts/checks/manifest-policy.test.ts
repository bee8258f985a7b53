import { describe, expect, it } from 'vitest';
import { WEB_ACCESSIBLE_RESOURCE, WEB_ACCESSIBLE_RESOURCES, checkManifest } from './manifest-policy';

const HOSTS = ['https://ads.tiktok.com/*', 'https://business.tiktok.com/*'];

// Shaped like the built manifests (npm run build / build:firefox), trimmed to the keys the policy reads.
function chromeManifest(): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: 'Credit Lens for TikTok Ads',
    version: '0.1.0',
    permissions: ['storage', 'alarms', 'notifications'],
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    content_scripts: [{ matches: HOSTS, js: ['content-scripts/content.js'] }],
    web_accessible_resources: [{ resources: ['content-scripts/billing/*'], matches: HOSTS, use_dynamic_url: true }],
  };
}
function firefoxManifest(): Record<string, unknown> {
  return {
    manifest_version: 2,
    name: 'Credit Lens for TikTok Ads',
    version: '0.1.0',
    permissions: ['storage', 'alarms', 'notifications'],
    background: { scripts: ['background.js'] },
    browser_action: { default_popup: 'popup.html' },
    content_scripts: [{ matches: HOSTS, js: ['content-scripts/content.js'] }],
    web_accessible_resources: ['content-scripts/billing/*'],
  };
}
const withKey = (manifest: Record<string, unknown>, key: string, value: unknown) => ({ ...manifest, [key]: value });

describe('least-privilege manifest check', () => {
  it('accepts the manifests as built', () => {
    expect(checkManifest(chromeManifest(), 'chrome')).toEqual([]);
    expect(checkManifest(firefoxManifest(), 'firefox')).toEqual([]);
  });

  it('fails on a permission beyond the allow-list, naming it and the build', () => {
    const problems = checkManifest(withKey(chromeManifest(), 'permissions', ['storage', 'tabs']), 'chrome-mv3');
    expect(problems).toEqual(['chrome-mv3: permission "tabs" is not in the allow-list']);
  });

  it('fails on a host pattern smuggled into MV2 permissions', () => {
    const problems = checkManifest(withKey(firefoxManifest(), 'permissions', ['storage', '<all_urls>']), 'firefox');
    expect(problems.join('\n')).toMatch(/"<all_urls>" is not in the allow-list/);
  });

  it.each([
    ['host_permissions', ['https://ads.tiktok.com/*']],
    ['optional_permissions', ['downloads']],
    ['optional_host_permissions', ['*://*/*']],
    ['externally_connectable', { matches: ['https://ads.tiktok.com/*'] }],
  ])('fails on %s', (key, value) => {
    expect(checkManifest(withKey(chromeManifest(), key, value), 'chrome')).toEqual([expect.stringContaining(`"${key}" is not allowed`)]);
  });

  it('allows those keys when empty, as some builders emit them', () => {
    expect(checkManifest(withKey(chromeManifest(), 'host_permissions', []), 'chrome')).toEqual([]);
  });

  it.each(['<all_urls>', '*://*/*', 'https://*.tiktok.com/*', 'https://example.com/*'])('fails on a content script matching %s', (match) => {
    const manifest = withKey(chromeManifest(), 'content_scripts', [{ matches: [...HOSTS, match], js: ['content-scripts/content.js'] }]);
    expect(checkManifest(manifest, 'chrome')).toEqual([`chrome: content script match "${match}" is not in the allow-list`]);
  });

  it('fails on a content script in the main world', () => {
    const manifest = withKey(chromeManifest(), 'content_scripts', [{ matches: HOSTS, js: ['a.js'], world: 'MAIN' }]);
    expect(checkManifest(manifest, 'chrome').join('\n')).toMatch(/main world/);
  });

  it.each([
    ['the whole package', '*'],
    ['every file under content-scripts', 'content-scripts/*'],
    ['a recursive glob', 'content-scripts/**'],
    ['the icons', 'icon/*'],
    ['an extension page', 'popup.html'],
    ['a path that climbs out', 'content-scripts/billing/../../popup.html'],
    ['a page under content-scripts', 'content-scripts/billing/page.html'],
  ])('fails on web_accessible_resources exposing %s', (_, path) => {
    const wide = withKey(chromeManifest(), 'web_accessible_resources', [{ resources: [path], matches: HOSTS }]);
    expect(checkManifest(wide, 'chrome')).toEqual([expect.stringContaining(`exposes "${path}"`)]);
    const wideMv2 = withKey(firefoxManifest(), 'web_accessible_resources', [path]);
    expect(checkManifest(wideMv2, 'firefox')).toEqual([expect.stringContaining(`exposes "${path}"`)]);
  });

  it.each([['<all_urls>'], ['*://*/*'], ['https://evil.example/*']])('fails on web_accessible_resources readable by %s', (match) => {
    const wide = withKey(chromeManifest(), 'web_accessible_resources', [{ resources: ['content-scripts/billing/*'], matches: [match] }]);
    expect(checkManifest(wide, 'chrome')).toEqual([expect.stringContaining(`readable by "${match}"`)]);
  });

  it('fails on web_accessible_resources without matches, or open to other extensions', () => {
    const noMatches = withKey(chromeManifest(), 'web_accessible_resources', [{ resources: ['content-scripts/billing/*'] }]);
    expect(checkManifest(noMatches, 'chrome').join('\n')).toMatch(/no "matches"/);
    const extensions = withKey(chromeManifest(), 'web_accessible_resources', [
      { resources: ['content-scripts/billing/*'], matches: HOSTS, extension_ids: ['*'] },
    ]);
    expect(checkManifest(extensions, 'chrome').join('\n')).toMatch(/other extensions/);
  });

  it('fails on a narrow resource that the allow-list does not name', () => {
    const unlisted = withKey(chromeManifest(), 'web_accessible_resources', [
      { resources: ['content-scripts/billing/*', 'content-scripts/content.css'], matches: HOSTS },
    ]);
    expect(checkManifest(unlisted, 'chrome')).toEqual([
      'chrome: web_accessible_resources[0] exposes "content-scripts/content.css", which is not in the allow-list',
    ]);
  });

  it('lists only resources of the narrow shape', () => {
    for (const path of WEB_ACCESSIBLE_RESOURCES) expect(path).toMatch(WEB_ACCESSIBLE_RESOURCE);
  });

  it('fails on the MV2 string form in an MV3 manifest', () => {
    const mixed = withKey(chromeManifest(), 'web_accessible_resources', ['content-scripts/billing/*']);
    expect(checkManifest(mixed, 'chrome').join('\n')).toMatch(/MV2 string form/);
  });

  it.each([
    "script-src 'self' 'unsafe-eval'; object-src 'self'",
    "script-src 'self' https://cdn.example.com; object-src 'self'",
  ])('fails on a loosened content security policy: %s', (policy) => {
    const mv3 = withKey(chromeManifest(), 'content_security_policy', { extension_pages: policy });
    expect(checkManifest(mv3, 'chrome').join('\n')).toMatch(/content_security_policy/);
    expect(checkManifest(withKey(firefoxManifest(), 'content_security_policy', policy), 'firefox').join('\n')).toMatch(
      /content_security_policy/,
    );
  });

  it('says what is wrong with a malformed manifest instead of throwing', () => {
    expect(checkManifest(null, 'chrome')).toEqual(['chrome: manifest is not a JSON object']);
    expect(checkManifest(withKey(chromeManifest(), 'permissions', 'storage'), 'chrome')).toEqual([
      'chrome: "permissions" is not a list of strings',
    ]);
  });
});
