import type { Range } from '../core/index.js';
import { WEEKS_PER_YEAR } from './defaults.js';
import { readOptions, roundTo, startChecks } from './validate.js';

/**
 * Options of {@link activeCaseload}.
 *
 * @category Caseload
 */
export interface ActiveCaseloadOptions {
  /** People taken on a year: a number or a range. */
  readonly referralsPerYear: number | Range;
  /**
   * Weeks each person is supported: 6 (NW Surrey), 12 (Luton), 8–16 (Rotherham).
   *
   * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022)
   * @see Social prescribing models in the UK (untitled table, undated)
   */
  readonly weeksSupported: number | Range;
}

/**
 * People on the books at any one time, by Little's law: arrivals a week times weeks of support.
 *
 * A steady-state average: it assumes referrals arrive evenly through the year and
 * each person stays for `weeksSupported`. A year is 365.25 / 7 weeks. Rounded to whole people.
 *
 * @param options - Referrals a year and weeks of support.
 * @returns People supported at once, as a range.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-referrals`, `caseload/invalid-weeks`, `caseload/inverted-range`.
 * @see Social prescribing models in the UK (untitled table, undated) (Rotherham: 8–16 week prescription)
 * @category Caseload
 * @example
 * ```ts
 * import { activeCaseload } from 'social-prescribing/caseload';
 *
 * activeCaseload({ referralsPerYear: 250, weeksSupported: 6 });
 * //=> { min: 29, max: 29 }
 * activeCaseload({ referralsPerYear: 250, weeksSupported: { min: 8, max: 16 } });
 * //=> { min: 38, max: 77 }
 * ```
 */
export function activeCaseload(options: ActiveCaseloadOptions): Range {
  const input = readOptions(options, 'activeCaseload', ['referralsPerYear', 'weeksSupported']);
  const checks = startChecks();
  const referrals = checks.range(input.referralsPerYear, ['referralsPerYear'], 'referrals');
  const weeks = checks.range(input.weeksSupported, ['weeksSupported'], 'weeks');
  checks.done();
  return {
    min: roundTo((referrals.min / WEEKS_PER_YEAR) * weeks.min, 0),
    max: roundTo((referrals.max / WEEKS_PER_YEAR) * weeks.max, 0),
  };
}
