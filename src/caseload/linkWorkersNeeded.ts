import type { Range } from '../core/index.js';
import { DEFAULT_PEOPLE_PER_WORKER_PER_YEAR } from './defaults.js';
import { readOptions, roundTo, startChecks } from './validate.js';

/**
 * Options of {@link linkWorkersNeeded}.
 *
 * @category Caseload
 */
export interface LinkWorkersNeededOptions {
  /** People referred a year: a number or a range (for example from {@link expectedReferrals}). */
  readonly referralsPerYear: number | Range;
  /** People one whole-time link worker supports a year. Default {@link DEFAULT_PEOPLE_PER_WORKER_PER_YEAR} (250); NHS England gives 200–250. */
  readonly peoplePerWorkerPerYear?: number | Range;
}

/**
 * Whole-time-equivalent link workers needed to support the people referred in a year.
 *
 * The low end divides the fewest referrals by the largest caseload, the high end
 * the most referrals by the smallest caseload; both rounded to 2 decimal places.
 *
 * @param options - Referrals a year and, optionally, people per worker a year.
 * @returns WTE link workers, as a range.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-referrals` for negative or non-finite referrals;
 * `caseload/invalid-people-per-worker` for zero, negative or non-finite caseloads; `caseload/inverted-range`.
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("approximately 250 people throughout the year")
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022) ("Nationally caseload guidance suggests 250 a year per link worker")
 * @category Caseload
 * @example
 * ```ts
 * import { linkWorkersNeeded } from 'social-prescribing/caseload';
 *
 * linkWorkersNeeded({ referralsPerYear: { min: 480, max: 640 } });
 * //=> { min: 1.92, max: 2.56 }
 * linkWorkersNeeded({ referralsPerYear: 500, peoplePerWorkerPerYear: { min: 200, max: 250 } });
 * //=> { min: 2, max: 2.5 }
 * ```
 */
export function linkWorkersNeeded(options: LinkWorkersNeededOptions): Range {
  const exact = linkWorkersNeededExact(options);
  return { min: roundTo(exact.min, 2), max: roundTo(exact.max, 2) };
}

/** Unrounded WTE needed. */
export function linkWorkersNeededExact(options: LinkWorkersNeededOptions): Range {
  const input = readOptions(options, 'linkWorkersNeeded', ['referralsPerYear', 'peoplePerWorkerPerYear']);
  const checks = startChecks();
  const referrals = checks.range(input.referralsPerYear, ['referralsPerYear'], 'referrals');
  const perWorker = checks.range(
    input.peoplePerWorkerPerYear ?? DEFAULT_PEOPLE_PER_WORKER_PER_YEAR,
    ['peoplePerWorkerPerYear'],
    'people-per-worker',
  );
  checks.done();
  return { min: referrals.min / perWorker.max, max: referrals.max / perWorker.min };
}
