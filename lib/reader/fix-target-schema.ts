/**
 * The stored form of a fix's target (fix-target.ts), checked wherever notes are read. Apart from the
 * reader's code that finds targets, so the Billing module, which only finds them, loads no schema.
 */
import { z } from '../zod';
import { PATH_STEPS, type FixTarget as FixTargetShape } from './fix-target';

/** Typed by the plain shape, so the two cannot drift apart. */
export const FixTarget: z.ZodMiniType<FixTargetShape> = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  role: z.string().check(z.minLength(1), z.maxLength(40)),
  nth: z.number().check(z.int(), z.gte(0), z.lte(999)),
  anchor: z.string().check(z.maxLength(120)),
  path: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(PATH_STEPS)),
});
