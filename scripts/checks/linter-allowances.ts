/**
 * The one place where a finding of Mozilla's addons-linter on the Firefox build may be accepted.
 * Each entry matches narrowly: the linter code, the built file, and the code at the reported spot. An
 * entry that matches nothing fails the check too, so this list cannot outlive the code it excuses.
 * Errors are never accepted, only warnings.
 */
export interface LinterAllowance {
  code: string;
  /** Built file, relative to the build folder (hashes and bundling decide the name). */
  file: RegExp;
  /** Must match the built code around the reported line and column. */
  snippet: RegExp;
  /** `vendor`: a library's code we ship unchanged; `ours`: our code, allowed only with no alternative. */
  origin: 'vendor' | 'ours';
  reason: string;
}

export const LINTER_ALLOWANCES: readonly LinterAllowance[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(?:chunks\/[\w-]+|content-scripts\/(?:[\w-]+\/)*[\w-]+)\.js$/,
    // Preact's diff: `dom.innerHTML = newHtml.__html`, reached only through `dangerouslySetInnerHTML`.
    snippet: /\b[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/,
    origin: 'vendor',
    reason:
      "Preact's renderer sets innerHTML only for the dangerouslySetInnerHTML prop, which our code never passes " +
      '(scripts/checks/no-html-sinks.test.ts fails on it in components/, entrypoints/ and lib/). Bundled with every Preact UI.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/content\.js$/,
    // The loader's `import(browser.runtime.getURL('/content-scripts/billing/billing.js'))`, minified.
    snippet: /\bimport\(\s*(?:[\w$]+\.)+runtime\.getURL\(\s*[`'"]\/?content-scripts\/billing\/billing\.js[`'"]\s*\)\s*\)/,
    origin: 'ours',
    reason:
      "The content script loads the Billing module from the extension's own package. The linter accepts only a " +
      "literal import path, but a content script's relative import resolves against the page's origin, and the " +
      "package's origin (moz-extension://<per-install id>) is known only at run time, so the path goes through " +
      'runtime.getURL with a fixed file name and no page input.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/content\.js$/,
    // importBillingChunk's `import(browser.runtime.getURL(`/content-scripts/billing/${file}`))`, minified; the
    // file name was checked against BILLING_CHUNK (misread.js, parts.js, messages-<code>.js, lexicon-<code>.js) just before (entrypoints/content/index.ts).
    snippet: /\bimport\(\s*(?:[\w$]+\.)+runtime\.getURL\(\s*`\/?content-scripts\/billing\/\$\{[\w$]+\}`\s*\)\s*\)/,
    origin: 'ours',
    reason:
      "The loader imports the parts of the Billing module that load later: one language's messages for the overlay " +
      "(issue 10), one language's lexicon for the reader (issue 11), pick mode with the misread report (issue 12) and the overlay's parts a user action shows (issue 11). " +
      "Chrome refuses the Billing module's own import of a sibling chunk under use_dynamic_url, so the content script " +
      'imports them; the file name is checked against misread.js, parts.js, messages-<code>.js and lexicon-<code>.js first and ' +
      'goes through runtime.getURL, no page input.',
  },
];
