import type { IsoDate } from '../core/index.js';
import { asInvalidReferral, checkReferral, datedEntries, invalidReferral } from './guard.js';
import type { Referral } from './schema.js';
import { snomed } from './snomed.js';

/**
 * One coded entry a GP system should hold for a referral, from {@link codeEvents}.
 *
 * @category Coding
 */
export interface CodedEntry {
  /** The SNOMED CT concept id ({@link snomed}). */
  readonly code: string;
  /** The concept's fully specified name. */
  readonly term: string;
  /** The day to record it on. */
  readonly on: IsoDate;
  /** Which episode it belongs to: 0 for the referral, then 1, 2, ... after each `reopened` event. */
  readonly episode: number;
}

interface Episode {
  readonly start: IsoDate;
  end: IsoDate | null;
  accepted: IsoDate | null;
  declined: IsoDate | null;
}

/**
 * The SNOMED CT entries a GP system should hold for a referral, by the
 * recording rules of {@link snomed}.
 *
 * An episode runs from the referral (or a `reopened` event) to its close. In
 * each episode:
 * - `871731000000106` *Referral to social prescribing service* is recorded once,
 *   on the day the person accepted: the first `accepted` event or, when earlier
 *   or without one, the first attended contact (the first interaction). Later
 *   contacts are never coded.
 * - `871711000000103` *Social prescribing declined* is recorded on the first
 *   `declined` event, unless the person had already accepted in that episode
 *   (stopping after accepting is a close, not a declined referral).
 *
 * @param referral - A valid referral (parse it with {@link ReferralSchema} first).
 * @returns The coded entries in date order.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-referral` when `referral` is not shaped like a
 * referral (not an object, no `events` or `contacts` list, an event or contact that is not an object, a date
 * that is not a string).
 * @see NHS England's coding guidance for social prescribing link workers, as quoted by Transformation Partners in Health and Care, Social Prescribing Link Workers' FAQs (https://www.transformationpartnersinhealthandcare.nhs.uk/our-work/personalised_care/arrs-roles/social-prescribing/faqs/)
 * @category Coding
 * @example
 * ```ts
 * import { codeEvents, ReferralSchema } from 'social-prescribing/referrals';
 *
 * const referral = ReferralSchema.parse({
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   events: [
 *     { type: 'declined', on: '2025-04-03' },
 *     { type: 'closed', on: '2025-04-03', reason: 'declined-further-support' },
 *     { type: 'reopened', on: '2025-09-01' },
 *     { type: 'accepted', on: '2025-09-02' },
 *   ],
 *   contacts: [
 *     { on: '2025-09-05', mode: 'face-to-face', attended: true },
 *     { on: '2025-09-12', mode: 'telephone', attended: true },
 *   ],
 * });
 * codeEvents(referral);
 * //=> [
 * //   { code: '871711000000103', term: 'Social prescribing declined (situation)', on: '2025-04-03', episode: 0 },
 * //   { code: '871731000000106', term: 'Referral to social prescribing service (procedure)', on: '2025-09-02', episode: 1 },
 * // ]
 * codeEvents({ ...referral, events: 'accepted' } as never);
 * //=> throws 'referrals/invalid-referral'
 * ```
 */
export function codeEvents(referral: Referral): CodedEntry[] {
  checkReferral(referral);
  let entries: CodedEntry[];
  try {
    entries = codes(referral);
  } catch {
    return asInvalidReferral();
  }
  if (!datedEntries(entries)) throw invalidReferral(['events']);
  return entries;
}

function codes(referral: Referral): CodedEntry[] {
  const episodes: Episode[] = [];
  let current: Episode = { start: referral.referredOn, end: null, accepted: null, declined: null };
  for (const event of referral.events) {
    if (event.type === 'reopened') {
      episodes.push(current);
      current = { start: event.on, end: null, accepted: null, declined: null };
    } else if (event.type === 'closed') {
      current.end = event.on; // a valid referral has no other event between a close and a reopen
    } else if (event.type === 'accepted') {
      current.accepted ??= event.on;
    } else if (event.type === 'declined') {
      current.declined ??= event.on;
    }
  }
  episodes.push(current);

  const entries: CodedEntry[] = [];
  episodes.forEach((episode, index) => {
    let accepted = episode.accepted;
    for (const contact of referral.contacts) {
      if (
        contact.attended &&
        contact.on >= episode.start &&
        (episode.end === null || contact.on <= episode.end) &&
        (accepted === null || contact.on < accepted)
      ) {
        accepted = contact.on;
      }
    }
    if (episode.declined !== null && (accepted === null || episode.declined < accepted)) {
      entries.push({ code: snomed.declined.code, term: snomed.declined.term, on: episode.declined, episode: index });
    }
    if (accepted !== null) {
      entries.push({ code: snomed.referral.code, term: snomed.referral.term, on: accepted, episode: index });
    }
  });
  return entries;
}
