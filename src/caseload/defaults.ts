/**
 * Defaults of the caseload module, each with its source.
 *
 * @module
 */
import type { Range } from '../core/index.js';

/**
 * Expected referrals a year as a share of the PCN's registered list: 1.2% to 1.6%.
 *
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022): caseload "decided by % of patient list size
 * identified in DES contract"; the 1.2–1.6% figure is the one PCNs plan with. No national
 * document found states it, so pass your own `rate` where your contract says otherwise.
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_REFERRAL_RATE } from 'social-prescribing/caseload';
 *
 * DEFAULT_REFERRAL_RATE;
 * //=> { min: 0.012, max: 0.016 }
 * ```
 */
// Flat objects, so Object.freeze freezes them all the way down (deepFreeze would cost planCaseload bytes).
export const DEFAULT_REFERRAL_RATE: Range = /* @__PURE__ */ Object.freeze({ min: 0.012, max: 0.016 });

/**
 * People one whole-time link worker supports in a year: 250.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("Link Workers are expected to see approximately 250 people throughout the year")
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022) ("Nationally caseload guidance suggests 250 a year per link worker")
 * @see NHS England, Social prescribing link workers: reference guide for PCNs: a typical caseload is 200–250
 * "depending on the complexity of people's needs and the maturity of the scheme" (pass `{ min: 200, max: 250 }`).
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_PEOPLE_PER_WORKER_PER_YEAR } from 'social-prescribing/caseload';
 *
 * DEFAULT_PEOPLE_PER_WORKER_PER_YEAR;
 * //=> 250
 * ```
 */
export const DEFAULT_PEOPLE_PER_WORKER_PER_YEAR = 250;

/**
 * Contacts each person is expected to have: 6 to 12, including phone calls, meetings and home visits.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019)
 * @see NHS England social prescribing link worker guidance
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_CONTACTS_PER_PERSON } from 'social-prescribing/caseload';
 *
 * DEFAULT_CONTACTS_PER_PERSON;
 * //=> { min: 6, max: 12 }
 * ```
 */
export const DEFAULT_CONTACTS_PER_PERSON: Range = /* @__PURE__ */ Object.freeze({ min: 6, max: 12 });

/**
 * Working days a year for one whole-time link worker before annual leave: 252
 * (260 weekdays less the 8 bank holidays of England and Wales).
 *
 * Annual leave is not subtracted by default, because the seeds do not state it: pass
 * `leaveDaysPerYear` (27 days is Agenda for Change's entitlement on appointment).
 *
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide; NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022): "Monday – Friday 9am – 5pm"
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_WORKING_DAYS_PER_YEAR } from 'social-prescribing/caseload';
 *
 * DEFAULT_WORKING_DAYS_PER_YEAR;
 * //=> 252
 * ```
 */
export const DEFAULT_WORKING_DAYS_PER_YEAR = 252;

/** Weeks in an average Gregorian year (365.25 / 7), used to turn yearly flows into weekly ones. */
export const WEEKS_PER_YEAR = 365.25 / 7;
