/**
 * axe-core for the e2e specs: loaded into a page before its own scripts, run on the document or one
 * element (and its shadow tree), and its serious or critical findings listed as sentences.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  /** Nodes axe judged inside a shadow root: proof that it looked into the overlay at all. */
  shadowNodes: number;
  checkedNodes: number;
}

/**
 * Loads axe before the page's own scripts. An init script runs through the DevTools protocol, so the
 * extension pages' CSP (no inline scripts) does not stop it, and nothing is added to the page's DOM.
 */
export async function withAxe(page: Page): Promise<void> {
  await page.addInitScript({ path: AXE_PATH });
}

/** Runs axe on the document, or on one element (and its shadow tree) when `include` names it. */
export function runAxe(page: Page, include?: string): Promise<AxeSummary> {
  return page.evaluate(async (selector) => {
    type Node = { target: (string | string[])[]; impact?: string | null };
    type Result = { id: string; impact?: string | null; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Record<'violations' | 'passes' | 'incomplete', Result[]>> } }).axe;
    const results = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations', 'passes', 'incomplete'] });
    const nodes = [...results.violations, ...results.passes, ...results.incomplete].flatMap((r) => r.nodes);
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      shadowNodes: nodes.filter((n) => Array.isArray(n.target[0])).length,
      checkedNodes: nodes.length,
    };
  }, include ?? null);
}

export function seriousOrCritical(summary: AxeSummary): string[] {
  return summary.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

/** Serious or critical violations on the whole page, after checking that axe looked at something. */
export async function axeViolations(page: Page): Promise<string[]> {
  const summary = await runAxe(page);
  if (summary.checkedNodes === 0) throw new Error('axe checked nothing');
  return seriousOrCritical(summary);
}
