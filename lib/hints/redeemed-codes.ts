/**
 * Codes the notes record as applied. TikTok: a coupon can be redeemed once per TikTok For Business
 * account unless stated otherwise (DOMAIN.md), and the notebook is that login's, whatever ad account
 * the code went to: the same code applied once is likely refused again anywhere.
 */
import type { Code } from '../notes/schema';
import { normaliseCode } from './codes';

/** The applied code in the notes equal to `code` (case and spacing aside), most recently applied first. */
export function redeemedBefore(code: string | null | undefined, codes: readonly Code[]): Code | null {
  const wanted = typeof code === 'string' ? normaliseCode(code) : '';
  if (!wanted) return null;
  const applied = codes.filter((saved) => saved.status === 'applied' && normaliseCode(saved.code) === wanted);
  applied.sort((a, b) => Date.parse(b.appliedOn ?? b.updatedAt) - Date.parse(a.appliedOn ?? a.updatedAt));
  return applied[0] ?? null;
}
