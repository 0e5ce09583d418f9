/**
 * The zod schema of the synthetic referral options: the source of their type and the rule the
 * generator's own check (in `generate.ts`) follows, proved equal by a property test.
 *
 * @module
 */
import * as z from 'zod';
import { isIsoDate } from '../core/index.js';

/** The last date a referral may start on: its follow-up runs well within two years, and dates end at 9999-12-31. */
export const LAST_START = '9997-12-31';

/** The messages of the options' issues, shared by the schema and the generator's check. */
export const MESSAGES = {
  count: 'must be a whole number from 0 to 1,000,000,000',
  seed: 'must be a string or a whole number',
  date: 'must be a real calendar date written YYYY-MM-DD',
  lastStart: `must be on or before ${LAST_START}, leaving two years for follow-up within the years to 9999`,
  offset: 'must be a whole number, 0 or more',
  pcns: 'must be a non-empty array',
  id: 'must be a non-empty string of at most 128 characters',
  entry: 'must be a PCN id or { id, weight }',
  unique: 'must be unique',
  weight: 'must be a number above 0',
  order: 'must not be after to',
  object: 'must be an options object',
} as const;

const pcnId = /* @__PURE__ */ (() => z.string({ error: MESSAGES.id }).min(1, { error: MESSAGES.id }).max(128, { error: MESSAGES.id }))();

const spanEnd = /* @__PURE__ */ (() =>
  z
    .string({ error: MESSAGES.date })
    .refine(isIsoDate, { message: MESSAGES.date })
    .refine((date) => !isIsoDate(date) || date <= LAST_START, { message: MESSAGES.lastStart }))();

/**
 * Zod schema of {@link SyntheticReferralOptions}: the source of the type and of its rule. The
 * generator itself checks its options by hand, because zod would not fit in the few kilobytes
 * `generateReferrals` and `referralStream` take in a bundle; a property test proves that check
 * accepts and rejects exactly what this schema does.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SyntheticReferralOptionsSchema } from 'social-prescribing/synthetic';
 *
 * SyntheticReferralOptionsSchema.safeParse({ count: 10, seed: 'demo', from: '2025-04-01', to: '2026-03-31', pcns: ['north', { id: 'south', weight: 2 }] }).success;
 * //=> true
 * SyntheticReferralOptionsSchema.safeParse({ count: 10, seed: 'demo', from: '2026-04-01', to: '2025-03-31' }).success;
 * //=> false
 * ```
 */
export const SyntheticReferralOptionsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        /** How many referrals, a whole number from 0 to 1,000,000,000. */
        count: z.int({ error: MESSAGES.count }).min(0, { error: MESSAGES.count }).max(1e9, { error: MESSAGES.count }),
        /** The seed: the same seed gives the same records on every machine. A string or a whole number. */
        seed: z.union([z.string(), z.int()], { error: MESSAGES.seed }),
        /** First referral date (inclusive), `YYYY-MM-DD`, on or before 9997-12-31. */
        from: spanEnd,
        /** Last referral date (inclusive), `YYYY-MM-DD`, on or before 9997-12-31. */
        to: spanEnd,
        /** PCNs to spread referrals over (ids or `{ id, weight }`), ids unique; default four PCNs `pcn-a` to `pcn-d`. */
        pcns: z
          .array(
            z.union(
              [
                pcnId,
                z.object({
                  /** The PCN id written to `pcn`. */
                  id: pcnId,
                  /** Relative share of referrals (default 1). */
                  weight: z.number({ error: MESSAGES.weight }).positive({ error: MESSAGES.weight }).optional(),
                }),
              ],
              { error: MESSAGES.entry },
            ),
            { error: MESSAGES.pcns },
          )
          .min(1, { error: MESSAGES.pcns })
          .superRefine((pcns, ctx) => {
            const seen = new Set<string>();
            pcns.forEach((pcn, index) => {
              const id = typeof pcn === 'string' ? pcn : pcn.id;
              if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: MESSAGES.unique });
              seen.add(id);
            });
          })
          .readonly()
          .optional(),
        /** Index of the first record (default 0): record `i` is the same whichever slice it is generated in, so workers can each generate a slice. */
        offset: z.int({ error: MESSAGES.offset }).min(0, { error: MESSAGES.offset }).optional(),
      },
      { error: (issue) => (issue.code === 'invalid_type' ? MESSAGES.object : undefined) },
    )
    .superRefine((options, ctx) => {
      if (options.from > options.to) ctx.addIssue({ code: 'custom', path: ['from'], message: MESSAGES.order });
    }))();

/**
 * Options of {@link generateReferrals} and {@link referralStream} (see {@link SyntheticReferralOptionsSchema}).
 *
 * @category Synthetic
 */
export type SyntheticReferralOptions = z.input<typeof SyntheticReferralOptionsSchema>;

/**
 * A PCN of a synthetic borough: its id and, optionally, its relative size (weight, default 1).
 *
 * @category Synthetic
 */
export type SyntheticPcn = Exclude<NonNullable<SyntheticReferralOptions['pcns']>[number], string>;
