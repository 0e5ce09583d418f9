import type { Range } from '../core/index.js';
import { DEFAULT_REFERRAL_RATE } from './defaults.js';
import { readOptions, roundTo, startChecks } from './validate.js';

/**
 * Options of {@link expectedReferrals}.
 *
 * @category Caseload
 */
export interface ExpectedReferralsOptions {
  /** Registered patients: one list size, or a range such as Sefton's 30,000–50,000 a PCN. */
  readonly listSize: number | Range;
  /** Share of the list referred in a year, as a proportion (0.012 = 1.2%). Default {@link DEFAULT_REFERRAL_RATE}, 1.2–1.6%. */
  readonly rate?: number | Range;
}

/**
 * How many people a year a Primary Care Network should expect to refer to social prescribing.
 *
 * The low end is the smallest list at the lowest rate, the high end the largest
 * list at the highest rate, each rounded to whole people.
 *
 * @param options - The list size and, optionally, the referral rate.
 * @returns People referred a year, as a range.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-list-size` for a negative, fractional or non-finite list size;
 * `caseload/invalid-rate` for a negative or non-finite rate; `caseload/rate-above-one` for a rate above 1;
 * `caseload/inverted-range` when a range has `min > max`.
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022) ("1.2 – 1.6% of patients for each PCN")
 * @category Caseload
 * @example
 * ```ts
 * import { expectedReferrals } from 'social-prescribing/caseload';
 *
 * expectedReferrals({ listSize: 40_000 });
 * //=> { min: 480, max: 640 }
 * expectedReferrals({ listSize: { min: 30_000, max: 50_000 } });
 * //=> { min: 360, max: 800 }
 * expectedReferrals({ listSize: 40_000, rate: 1.6 });
 * //=> throws 'caseload/rate-above-one'
 * ```
 */
export function expectedReferrals(options: ExpectedReferralsOptions): Range {
  const exact = expectedReferralsExact(options);
  return { min: roundTo(exact.min, 0), max: roundTo(exact.max, 0) };
}

/** Unrounded expected referrals, so that later steps do not compound rounding. */
export function expectedReferralsExact(options: ExpectedReferralsOptions): Range {
  const input = readOptions(options, 'expectedReferrals', ['listSize', 'rate']);
  const checks = startChecks();
  const listSize = checks.range(input.listSize, ['listSize'], 'list-size');
  const rate = checks.range(input.rate ?? DEFAULT_REFERRAL_RATE, ['rate'], 'rate');
  checks.done();
  return { min: listSize.min * rate.min, max: listSize.max * rate.max };
}
