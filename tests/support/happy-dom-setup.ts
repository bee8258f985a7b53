/**
 * vitest's setup for happy-dom's fixes (scripts/happy-dom-fixes.ts): applied where the test's
 * environment is happy-dom. A node-environment file that builds its own happy-dom Window imports the
 * fixes itself, as scripts/saved-page.ts does. Importing happy-dom here for every file cost each of the
 * 153 node-environment files some 0.4 s, about a fifth of the unit run.
 */
if (typeof window !== 'undefined') await import('../../scripts/happy-dom-fixes');
export {};
