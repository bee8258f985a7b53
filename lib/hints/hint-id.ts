import type { HintKind } from './types';

/** Subjects come from notes and pages; a bounded id keeps the settings' dismissed list valid (200 characters). */
const MAX_SUBJECT = 100;

/**
 * `${kind}:${subject}:${state}`: stable while the hint means the same thing, new when its state moves,
 * so a dismissed "pending" card comes back as "overdue".
 */
export function hintId(kind: HintKind, subject: string | null | undefined, state: string): string {
  const id = typeof subject === 'string' && subject ? subject.slice(0, MAX_SUBJECT) : 'page';
  return `${kind}:${id}:${state}`;
}
