/**
 * Least privilege, as data: what the built manifests may ask for. README's "Trust" section mirrors
 * these lists (scripts/checks/readme-trust.test.ts keeps the two in step), so a new permission or
 * host needs a README change that a reviewer sees, not only a config line.
 */

/** Every permission the extension holds, and what for. Nothing else may appear, in any form. */
export const ALLOWED_PERMISSIONS: Readonly<Record<string, string>> = {
  storage: 'keeps your notes, settings and the balances it saw, in the browser profile only',
  alarms: 'wakes the extension for the reminders you set (a code to activate, credit about to expire)',
  notifications: 'shows those reminders as system notifications',
};

/** The only pages the content script runs on; the Billing routes are gated at runtime. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = ['https://ads.tiktok.com/*', 'https://business.tiktok.com/*'];

/** What pages may load from the extension package: the Billing module the content script imports. */
export const WEB_ACCESSIBLE_RESOURCES: readonly string[] = ['content-scripts/billing/*'];

/**
 * The shape any web-accessible resource must have, even once listed above: files in a named folder
 * under `content-scripts/`, or one script or stylesheet there. Never icons, pages or the whole
 * package, which would let any site fingerprint the extension or frame its pages.
 */
export const WEB_ACCESSIBLE_RESOURCE = /^content-scripts\/(?:(?:[\w-]+\/)+\*|(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:js|css))$/;

/** Keys that would widen who can talk to the extension or what it may run. */
const FORBIDDEN_KEYS = ['externally_connectable', 'host_permissions', 'optional_permissions', 'optional_host_permissions'] as const;

/** Sources that would let extension pages run remote or generated code. */
const LOOSE_CSP = /'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|\bhttps?:|\bwss?:|(^|\s)\*(\s|;|$)|\bdata:|\bblob:/;

type Json = unknown;

/** Problems with one built manifest, as sentences; empty when it keeps to the lists above. */
export function checkManifest(manifest: Json, label: string): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${label}: ${problem}`);
  if (!isRecord(manifest)) return [`${label}: manifest is not a JSON object`];

  for (const permission of stringList(manifest.permissions, 'permissions', say)) {
    if (!Object.hasOwn(ALLOWED_PERMISSIONS, permission)) say(`permission "${permission}" is not in the allow-list`);
  }
  for (const key of FORBIDDEN_KEYS) {
    const value = manifest[key];
    if (value === undefined) continue;
    const empty = Array.isArray(value) && value.length === 0;
    if (!empty) say(`"${key}" is not allowed (found ${JSON.stringify(value)})`);
  }

  const scripts = manifest.content_scripts;
  if (scripts !== undefined && !Array.isArray(scripts)) say('"content_scripts" is not a list');
  for (const [i, script] of (Array.isArray(scripts) ? scripts : []).entries()) {
    if (!isRecord(script)) {
      say(`content_scripts[${i}] is not an object`);
      continue;
    }
    for (const match of stringList(script.matches, `content_scripts[${i}].matches`, say)) {
      if (!CONTENT_SCRIPT_MATCHES.includes(match)) say(`content script match "${match}" is not in the allow-list`);
    }
    if (script.world === 'MAIN') say(`content_scripts[${i}] runs in the page's main world`);
  }

  checkWebAccessibleResources(manifest, say);
  checkCsp(manifest.content_security_policy, say);
  return problems;
}

function checkWebAccessibleResources(manifest: Record<string, Json>, say: (problem: string) => void): void {
  const entries = manifest.web_accessible_resources;
  if (entries === undefined) return;
  if (!Array.isArray(entries)) return say('"web_accessible_resources" is not a list');
  const resource = (path: Json, where: string) => {
    if (typeof path !== 'string') say(`${where} has a resource that is not a string`);
    else if (!WEB_ACCESSIBLE_RESOURCE.test(path)) say(`${where} exposes "${path}", wider than a content-scripts/ folder or file`);
    else if (!WEB_ACCESSIBLE_RESOURCES.includes(path)) say(`${where} exposes "${path}", which is not in the allow-list`);
  };
  for (const [i, entry] of entries.entries()) {
    const where = `web_accessible_resources[${i}]`;
    // MV2's string form: the file is readable by every site, so only the same narrow paths are allowed.
    if (typeof entry === 'string') {
      if (manifest.manifest_version !== 2) say(`${where} uses the MV2 string form in an MV${String(manifest.manifest_version)} manifest`);
      resource(entry, where);
      continue;
    }
    if (!isRecord(entry)) {
      say(`${where} is not an object`);
      continue;
    }
    const resources = stringList(entry.resources, `${where}.resources`, say);
    if (resources.length === 0) say(`${where} lists no resources`);
    for (const path of resources) resource(path, where);
    const matches = stringList(entry.matches, `${where}.matches`, say);
    if (matches.length === 0) say(`${where} has no "matches": say which sites may load it`);
    for (const match of matches) {
      if (!CONTENT_SCRIPT_MATCHES.includes(match)) say(`${where} is readable by "${match}", beyond the content script's hosts`);
    }
    if (entry.extension_ids !== undefined) say(`${where} is readable by other extensions ("extension_ids")`);
  }
}

function checkCsp(csp: Json, say: (problem: string) => void): void {
  if (csp === undefined) return;
  const policies = typeof csp === 'string' ? [csp] : isRecord(csp) ? Object.values(csp) : [csp];
  for (const policy of policies) {
    if (typeof policy !== 'string') say(`content_security_policy has a value that is not a string`);
    else if (LOOSE_CSP.test(policy)) say(`content_security_policy "${policy}" allows remote, inline or generated code`);
  }
}

function stringList(value: Json, where: string, say: (problem: string) => void): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    say(`"${where}" is not a list of strings`);
    return [];
  }
  return value;
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
