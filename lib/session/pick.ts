/**
 * What the user picked in pick mode, turned into a fix (issue 12) or into the reason it cannot be
 * one. The element is described by meaning (lib/reader/fix-target.ts) and looked up again at once:
 * a description that would find another element is refused rather than stored.
 */
import type { FixField, ReadingFix } from '../notes/schema';
import { describeTarget, findTarget } from '../reader/fix-target';
import type { BillingReading } from '../reader/reading';
import { textOf } from '../reader/dom';
import { amountIn, entryKindOf } from './fixes';

export type PickProblem = 'no-account' | 'no-label' | 'not-amount' | 'not-entry' | 'not-unique';
export type PickOutcome = { ok: true; fix: ReadingFix } | { ok: false; problem: PickProblem; text: string };

export function fixFromPick(element: Element, field: FixField, reading: BillingReading, id: string, now: Date = new Date()): PickOutcome {
  const text = textOf(element, 60);
  const refuse = (problem: PickProblem): PickOutcome => ({ ok: false, problem, text });
  if (!reading.accountId) return refuse('no-account');
  if (field === 'couponEntry' ? entryKindOf(element) === null : amountIn(element, reading) === null) return refuse(field === 'couponEntry' ? 'not-entry' : 'not-amount');
  const target = describeTarget(element);
  if (!target) return refuse('no-label');
  if (findTarget(element.ownerDocument, target) !== element) return refuse('not-unique');
  return {
    ok: true,
    fix: { id, accountId: reading.accountId, pageKind: reading.pageKind, field, target, language: reading.language, createdAt: now.toISOString(), lostAt: null },
  };
}
