import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, CONTENT_SCRIPT_MATCHES, WEB_ACCESSIBLE_RESOURCES } from './manifest-policy';

const README = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8');

/** The README's "## Trust" section, up to the next second-level heading. */
function trustSection(readme: string): string {
  const start = readme.search(/^## Trust\s*$/m);
  if (start < 0) return '';
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Values of the allow-list table's rows of one kind: `| permission | \`storage\` | why |`. */
function documented(section: string, kind: string): string[] {
  const row = new RegExp(`^\\|\\s*${kind}\\s*\\|\\s*\`([^\`]+)\`\\s*\\|`, 'gm');
  return [...section.matchAll(row)].map((m) => m[1]!);
}

describe("README's Trust section mirrors the least-privilege allow-list", () => {
  const section = trustSection(README);

  it('has a Trust section', () => {
    expect(section).toMatch(/What the extension may use/);
  });

  it.each([
    ['permission', Object.keys(ALLOWED_PERMISSIONS)],
    ['content script host', [...CONTENT_SCRIPT_MATCHES]],
    ['web-accessible resource', [...WEB_ACCESSIBLE_RESOURCES]],
  ])('documents exactly the allowed %s values', (kind, allowed) => {
    expect(documented(section, kind).sort()).toEqual([...allowed].sort());
  });

  it('notices a README that documents one permission too few or too many', () => {
    const fewer = section.replace(/^\| permission \| `alarms` \|.*\n/m, '');
    expect(documented(fewer, 'permission').sort()).not.toEqual(Object.keys(ALLOWED_PERMISSIONS).sort());
    const more = `${section}\n| permission | \`tabs\` | no |\n`;
    expect(documented(more, 'permission')).toContain('tabs');
  });
});
