import type { Range } from '../core/index.js';
import {
  DEFAULT_CONTACTS_PER_PERSON,
  DEFAULT_PEOPLE_PER_WORKER_PER_YEAR,
  DEFAULT_WORKING_DAYS_PER_YEAR,
} from './defaults.js';
import { readOptions, roundTo, startChecks } from './validate.js';

/**
 * Options of {@link contactCapacity}.
 *
 * @category Caseload
 */
export interface ContactCapacityOptions {
  /** Whole-time-equivalent link workers in the team. */
  readonly wte: number | Range;
  /** Contacts each person has. Default {@link DEFAULT_CONTACTS_PER_PERSON}, 6–12. */
  readonly contactsPerPerson?: number | Range;
  /** People one WTE supports a year. Default {@link DEFAULT_PEOPLE_PER_WORKER_PER_YEAR}, 250. */
  readonly peoplePerWorkerPerYear?: number | Range;
  /** Working days a year for one WTE before leave. Default {@link DEFAULT_WORKING_DAYS_PER_YEAR}, 252. */
  readonly workingDaysPerYear?: number;
  /** Days of annual leave a year per WTE, taken off the working days. Default 0. */
  readonly leaveDaysPerYear?: number;
}

/**
 * What a team of link workers must deliver: people a year, contacts a year and contacts per working day.
 *
 * @category Caseload
 */
export interface ContactCapacity {
  /** People the team supports a year. */
  readonly peoplePerYear: Range;
  /** Contacts the team delivers a year. */
  readonly contactsPerYear: Range;
  /** Contacts per WTE per working day (after leave), to 1 decimal place. */
  readonly contactsPerWorkerPerDay: Range;
  /** Working days a year per WTE after leave. */
  readonly workingDaysPerYear: number;
}

/**
 * Contacts a year a link worker team must deliver, and how many that is per worker per working day.
 *
 * @param options - Team size and, optionally, contacts per person, caseload, working days and leave.
 * @returns People a year, contacts a year and contacts per worker per working day.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-wte`, `caseload/invalid-contacts`,
 * `caseload/invalid-people-per-worker`, `caseload/invalid-working-days`, `caseload/invalid-leave-days` (including leave that
 * leaves no working day), `caseload/invalid-options` for an unknown option,
 * `caseload/inverted-range`.
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("between 6 – 12 contacts with an individual"; "approximately 250 people")
 * @category Caseload
 * @example
 * ```ts
 * import { contactCapacity } from 'social-prescribing/caseload';
 *
 * contactCapacity({ wte: 1 });
 * //=> {
 * //   peoplePerYear: { min: 250, max: 250 },
 * //   contactsPerYear: { min: 1500, max: 3000 },
 * //   contactsPerWorkerPerDay: { min: 6, max: 11.9 },
 * //   workingDaysPerYear: 252,
 * // }
 * ```
 */
export function contactCapacity(options: ContactCapacityOptions): ContactCapacity {
  const input = readOptions(options, 'contactCapacity', ['wte', 'contactsPerPerson', 'peoplePerWorkerPerYear', 'workingDaysPerYear', 'leaveDaysPerYear']);
  const checks = startChecks();
  const wte = checks.range(input.wte, ['wte'], 'wte');
  const contacts = checks.range(input.contactsPerPerson ?? DEFAULT_CONTACTS_PER_PERSON, ['contactsPerPerson'], 'contacts');
  const perWorker = checks.range(
    input.peoplePerWorkerPerYear ?? DEFAULT_PEOPLE_PER_WORKER_PER_YEAR,
    ['peoplePerWorkerPerYear'],
    'people-per-worker',
  );
  const days = checks.range(input.workingDaysPerYear ?? DEFAULT_WORKING_DAYS_PER_YEAR, ['workingDaysPerYear'], 'working-days').min;
  const leave = checks.range(input.leaveDaysPerYear ?? 0, ['leaveDaysPerYear'], 'leave-days').min;
  // Leave that takes every working day is a leave mistake: say so at the leave, with the limit.
  if (days >= 1 && leave >= days) checks.fail('caseload/invalid-leave-days', ['leaveDaysPerYear'], `must be fewer than the working days a year (${days})`);
  checks.done();
  const workingDays = days - leave;
  const people = { min: wte.min * perWorker.min, max: wte.max * perWorker.max };
  const perDay = (count: number) => count / workingDays;
  return {
    peoplePerYear: { min: roundTo(people.min, 0), max: roundTo(people.max, 0) },
    contactsPerYear: { min: roundTo(people.min * contacts.min, 0), max: roundTo(people.max * contacts.max, 0) },
    contactsPerWorkerPerDay: {
      min: roundTo(perDay(perWorker.min * contacts.min), 1),
      max: roundTo(perDay(perWorker.max * contacts.max), 1),
    },
    workingDaysPerYear: workingDays,
  };
}
