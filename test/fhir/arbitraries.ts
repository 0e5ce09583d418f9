/**
 * Referrals for the fhir property tests: the referrals module's lifecycle arbitrary, given every
 * field the FHIR bundle carries (scheme, PCN, worker, sources with self-referrals, event reasons,
 * contact minutes, measures of every instrument with items in and out of range, scores, goals of every
 * status, onward referrals and signposts).
 */
import fc from 'fast-check';
import { addDays } from '../../src/core/index.js';
import { EVENT_REASONS, GOAL_STATUSES, MEASURE_TIMEPOINTS, NEED_CATEGORIES, ONWARD_KINDS, ReferralSchema, type Referral, type ReferralEvent } from '../../src/referrals/index.js';
import { arbitraryReferral } from '../referrals/arbitraries.js';

const ITEMS: Record<string, fc.Arbitrary<number[]>> = {
  swemwbs: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }),
  ons4: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }),
  ucla3: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
  mycaw: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 3 }),
  // Any instrument id, and items a scorer would refuse: written as items only.
  pam: fc.array(fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)), { minLength: 1, maxLength: 9 }),
};

const measure = fc
  .record({
    instrument: fc.constantFrom(...Object.keys(ITEMS)),
    timepoint: fc.constantFrom(...MEASURE_TIMEPOINTS),
    day: fc.integer({ min: 0, max: 200 }),
    withItems: fc.boolean(),
    score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (x === 0 ? 0 : x)), { nil: undefined }),
    seed: fc.integer(),
  })
  .chain((m) => ITEMS[m.instrument]!.map((items) => ({ ...m, items })));

export const arbitraryFullReferral: fc.Arbitrary<Referral> = fc
  .record({
    base: arbitraryReferral,
    source: fc.constantFrom('gp-practice', 'self', 'hospital-discharge', 'vcse'),
    schemeId: fc.option(fc.constantFrom('splw', 'scheme 7/b'), { nil: undefined }),
    pcn: fc.option(fc.constantFrom('U89141', 'north'), { nil: undefined }),
    workerId: fc.option(fc.constantFrom('lw-1', 'worker two'), { nil: undefined }),
    reasons: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    notes: fc.array(fc.option(fc.constantFrom('Rang twice, no answer', 'Asked to call back after 3pm'), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    minutes: fc.array(fc.option(fc.integer({ min: 0, max: 1440 }), { nil: undefined }), { minLength: 15, maxLength: 15 }),
    measures: fc.array(measure, { maxLength: 6 }),
    goals: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 60 }), status: fc.constantFrom(...GOAL_STATUSES), need: fc.option(fc.constantFrom(...NEED_CATEGORIES), { nil: undefined }) }),
      { maxLength: 3 },
    ),
    onward: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 60 }),
        kind: fc.constantFrom(...ONWARD_KINDS),
        organisationId: fc.constantFrom('org-1', 'Org 2 / Riverside'),
        activityId: fc.option(fc.constantFrom('act-1', 'walk and talk'), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    longId: fc.boolean(),
  })
  .map(({ base, source, schemeId, pcn, workerId, reasons, notes, minutes, measures, goals, onward, longId }) =>
    ReferralSchema.parse({
      ...base,
      id: longId ? `referral ${base.id} / a longer id than forty characters` : base.id,
      source,
      ...(schemeId !== undefined ? { schemeId } : {}),
      ...(pcn !== undefined ? { pcn } : {}),
      ...(workerId !== undefined ? { workerId } : {}),
      events: base.events.map((event, i) => withNote(withReason(event, reasons[i]), notes[i])),
      contacts: base.contacts.map((contact, i) => (minutes[i] === undefined ? contact : { ...contact, minutes: minutes[i] })),
      measures: measures.map((m) => ({
        instrument: m.instrument,
        timepoint: m.timepoint,
        on: base.referredOn.slice(0, 8) + String(1 + (m.day % 28)).padStart(2, '0'),
        ...(m.withItems || m.score === undefined ? { items: m.items } : {}),
        ...(m.score !== undefined ? { score: m.score } : {}),
      })),
      goals: goals.map((g) => ({ setOn: addDays(base.referredOn, g.day), status: g.status, ...(g.need !== undefined ? { need: g.need } : {}) })),
      onward: onward.map((o) => ({
        kind: o.kind,
        organisationId: o.organisationId,
        ...(o.activityId !== undefined ? { activityId: o.activityId } : {}),
        on: addDays(base.referredOn, o.day),
      })),
    }),
  );

const OPEN_REASONS = ['no-reply', 'in-hospital', 'moved-temporarily'] as const;

/** The event with a reason picked by `n` from its type's list (any kebab code for types without one); unchanged for `undefined`. */
function withReason(event: ReferralEvent, n: number | undefined): ReferralEvent {
  if (n === undefined) return event;
  const list: readonly string[] = Object.hasOwn(EVENT_REASONS, event.type) ? EVENT_REASONS[event.type as keyof typeof EVENT_REASONS] : OPEN_REASONS;
  return { ...event, reason: list[n % list.length] } as ReferralEvent;
}

function withNote(event: ReferralEvent, note: string | undefined): ReferralEvent {
  return note === undefined ? event : { ...event, note };
}

/** What comes back from a referral's bundle: the referral without person and practiceCode. */
export function carried(referral: Referral): Referral {
  const rest: Referral = { ...referral };
  delete rest.person;
  delete rest.practiceCode;
  return rest;
}
