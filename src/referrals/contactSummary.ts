import { SocialPrescribingError, toDayNumber, unknownOptionIssues, type IsoDate, type Range } from '../core/index.js';
import { DEFAULT_CONTACT_BAND } from './defaults.js';
import { asInvalidReferral, checkReferral } from './guard.js';
import type { Referral } from './schema.js';

/**
 * Options of {@link contactSummary}.
 *
 * @category Contacts
 */
export interface ContactSummaryOptions {
  /**
   * The expected number of attended contacts. Default {@link DEFAULT_CONTACT_BAND}, 6–12.
   *
   * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019)
   */
  readonly expected?: Range;
}

/**
 * Where a count of attended contacts falls against the expected range.
 *
 * @category Contacts
 */
export type ContactBand = 'below' | 'within' | 'above';

/**
 * A referral's contacts in figures, from {@link contactSummary}.
 *
 * @category Contacts
 */
export interface ContactSummary {
  /** Contacts the person attended. */
  readonly attended: number;
  /** Booked contacts the person did not attend. */
  readonly missed: number;
  /** Attended contacts against the expected range: below `min`, within `min`–`max` inclusive, or above `max`. */
  readonly band: ContactBand;
  /** Days from `referredOn` to the first attended contact; `null` when there was none. */
  readonly daysToFirstContact: number | null;
  /**
   * Weeks from `referredOn` to the end of support, to one decimal place: the end
   * is the last `closed` event when the referral is closed (its last event is a
   * close), otherwise the last attended contact. `null` when the person attended
   * no contact (they were never supported). After a reopen it spans every episode.
   */
  readonly weeksSupported: number | null;
}

/**
 * Counts a referral's attended and missed contacts, bands the attended ones
 * against the expected 6–12, and measures the time to first contact and the
 * length of support.
 *
 * Contacts may be listed in any order. The referral is trusted to be valid
 * (parse it with {@link ReferralSchema} first): the function makes one pass over
 * the contacts and allocates only its result, so it can run over millions of records.
 * A referral that is not shaped like one (not an object, no `events` or
 * `contacts` list, a contact that is not an object, a date that is not a real
 * `YYYY-MM-DD` date where a day count needs it) throws `referrals/invalid-referral`
 * rather than a `TypeError` or a `NaN` figure.
 *
 * @param referral - A valid referral.
 * @param options - The expected range of attended contacts.
 * @returns Attended and missed counts, the band, days to first contact and weeks supported.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-range` when `expected` is not a range of
 * finite numbers, 0 or more, with `min <= max`.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-referral` when `referral` is not shaped like a referral.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-options` when `options` is not an object or has an unknown option.
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) (6–12 contacts)
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022) (6 weeks of support)
 * @category Contacts
 * @example
 * ```ts
 * import { contactSummary, ReferralSchema } from 'social-prescribing/referrals';
 *
 * const referral = ReferralSchema.parse({
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   events: [
 *     { type: 'accepted', on: '2025-04-02' },
 *     { type: 'closed', on: '2025-05-13', reason: 'goals-met' },
 *   ],
 *   contacts: [
 *     { on: '2025-04-04', mode: 'telephone', attended: true },
 *     { on: '2025-04-11', mode: 'face-to-face', attended: true },
 *     { on: '2025-04-18', mode: 'face-to-face', attended: false },
 *     { on: '2025-04-25', mode: 'group', attended: true },
 *   ],
 * });
 * contactSummary(referral);
 * //=> { attended: 3, missed: 1, band: 'below', daysToFirstContact: 3, weeksSupported: 6 }
 * contactSummary(referral, { expected: { min: 2, max: 4 } }).band;
 * //=> 'within'
 * contactSummary(referral, { expected: { min: 4, max: 2 } });
 * //=> throws 'referrals/invalid-range'
 * contactSummary({ ...referral, referredOn: '1 April' });
 * //=> throws 'referrals/invalid-referral'
 * ```
 */
export function contactSummary(referral: Referral, options?: ContactSummaryOptions): ContactSummary {
  let min = DEFAULT_CONTACT_BAND.min;
  let max = DEFAULT_CONTACT_BAND.max;
  const given: unknown = options;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw new SocialPrescribingError('referrals/invalid-options', [{ path: [], message: 'must be an options object' }]);
    }
    // A misspelt option (bnad) is an error, never silently ignored.
    const unknown = unknownOptionIssues(given, ['expected']);
    if (unknown.length > 0) throw new SocialPrescribingError('referrals/invalid-options', unknown);
  }
  if (options?.expected !== undefined) {
    const expected: unknown = options.expected;
    if (!isRange(expected)) {
      throw new SocialPrescribingError('referrals/invalid-range', [
        { path: ['expected'], message: 'must be { min, max } with finite numbers, 0 or more, and min <= max' },
      ]);
    }
    min = expected.min;
    max = expected.max;
  }
  checkReferral(referral);
  try {
    return summarise(referral, min, max);
  } catch {
    return asInvalidReferral();
  }
}

/** An undated count as given, 0 when absent; anything but a whole number 0 or more means a malformed referral. */
function countOf(value: unknown): number {
  if (value === undefined) return 0;
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : asInvalidReferral();
}

function summarise(referral: Referral, min: number, max: number): ContactSummary {

  // A count-only record (a flat export) says how many contacts there were but not when: the counts
  // give the band; the dates it does not have stay null.
  let attended = countOf(referral.undated?.contactsAttended);
  let missed = countOf(referral.undated?.contactsMissed);
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const contact of referral.contacts) {
    if (contact.attended) {
      attended++;
      const on = contact.on;
      if (first === null || on < first) first = on;
      if (last === null || on > last) last = on;
    } else {
      missed++;
    }
  }

  let daysToFirstContact: number | null = null;
  let weeksSupported: number | null = null;
  if (first !== null && last !== null) {
    const start = toDayNumber(referral.referredOn);
    daysToFirstContact = toDayNumber(first) - start;
    const events = referral.events;
    const finalEvent = events[events.length - 1];
    const end = finalEvent?.type === 'closed' ? finalEvent.on : last;
    weeksSupported = Math.round(((toDayNumber(end) - start) / 7) * 10) / 10;
  }

  return {
    attended,
    missed,
    band: attended < min ? 'below' : attended > max ? 'above' : 'within',
    daysToFirstContact,
    weeksSupported,
  };
}

function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const { min, max } = value as { min?: unknown; max?: unknown };
  return typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min >= 0 && min <= max;
}
