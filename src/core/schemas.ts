import * as z from 'zod';
import { isIsoDate } from './isIsoDate.js';

/**
 * Zod schema of an {@link IsoDate}: a real calendar date written `YYYY-MM-DD`.
 *
 * Rejects `2025-02-30`, `2025-2-3` and date-times. Its error message never
 * echoes the rejected value.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IsoDateSchema } from 'social-prescribing/core';
 *
 * IsoDateSchema.safeParse('2025-04-01').success;
 * //=> true
 * IsoDateSchema.safeParse('2025-02-30').success;
 * //=> false
 * ```
 */
// Pure annotations let bundlers drop unused schemas, keeping zod out of zod-free imports such as caseload.
export const IsoDateSchema = /* @__PURE__ */ z.string().refine(isIsoDate, { message: 'must be a real calendar date written YYYY-MM-DD' });

/**
 * Zod schema of a {@link Range}: finite `min` and `max` with `min <= max`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RangeSchema } from 'social-prescribing/core';
 *
 * RangeSchema.safeParse({ min: 6, max: 12 }).success;
 * //=> true
 * RangeSchema.safeParse({ min: 12, max: 6 }).success;
 * //=> false
 * ```
 */
export const RangeSchema = /* @__PURE__ */ z
  .object({ min: z.number(), max: z.number() })
  .refine((range) => range.min <= range.max, { message: 'min must not be greater than max', path: ['min'] });

/**
 * An inclusive numeric range, `{ min, max }` with `min <= max`: "6 to 12 contacts",
 * "1.2% to 1.6% of list size".
 *
 * @category Schemas
 */
export type Range = z.infer<typeof RangeSchema>;
