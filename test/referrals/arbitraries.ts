import fc from 'fast-check';
import { addDays } from '../../src/core/index.js';
import {
  CANCEL_REASONS,
  CLOSE_REASONS,
  CONTACT_MODES,
  ERROR_REASONS,
  REJECT_REASONS,
  NEED_CATEGORIES,
  ReferralSchema,
  type Referral,
  type ReferralEvent,
  type ReferralInput,
} from '../../src/referrals/index.js';

/** A referral input with sensible defaults, for hand-written cases. */
export function makeReferral(overrides: Partial<ReferralInput> = {}): Referral {
  return ReferralSchema.parse({ id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice', ...overrides });
}

type Step = { gap: number; pick: number; reason: number };

/** A valid event sequence: dates never go back, closes alternate with reopens. */
function eventsFrom(referredOn: string, steps: readonly Step[]): ReferralEvent[] {
  const events: ReferralEvent[] = [];
  let day = 0;
  let closed = false;
  for (const step of steps) {
    day += step.gap;
    const on = addDays(referredOn, day);
    if (events.at(-1)?.type === 'entered-in-error') break; // nothing follows a record made by mistake
    if (closed) {
      events.push({ type: 'reopened', on });
      closed = false;
      continue;
    }
    const types = ['accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed', 'waiting', 'rejected', 'cancelled', 'entered-in-error'] as const;
    // Rare kinds less often: the first five twice as likely as the last four.
    const type = types[step.pick % 14 < 10 ? (step.pick % 14) % 5 : 5 + ((step.pick % 14) - 10)]!;
    if (type === 'closed') {
      events.push({ type, on, reason: CLOSE_REASONS[step.reason % CLOSE_REASONS.length]! });
      closed = true;
    } else if (type === 'rejected') {
      events.push({ type, on, reason: REJECT_REASONS[step.reason % REJECT_REASONS.length]! });
    } else if (type === 'cancelled') {
      events.push({ type, on, reason: CANCEL_REASONS[step.reason % CANCEL_REASONS.length]! });
    } else if (type === 'entered-in-error') {
      events.push({ type, on, reason: ERROR_REASONS[step.reason % ERROR_REASONS.length]! });
    } else {
      events.push({ type, on });
    }
  }
  return events;
}

/** Any valid referral: random lifecycle, contacts in any order, always accepted by ReferralSchema. */
export const arbitraryReferral: fc.Arbitrary<Referral> = fc
  .record({
    referredDay: fc.integer({ min: 0, max: 3000 }),
    steps: fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 30 }), pick: fc.nat(), reason: fc.nat() }),
      { maxLength: 8 },
    ),
    contacts: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 200 }), mode: fc.constantFrom(...CONTACT_MODES), attended: fc.boolean() }),
      { maxLength: 15 },
    ),
    needs: fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { maxLength: 3 }),
  })
  .map(({ referredDay, steps, contacts, needs }) => {
    const referredOn = addDays('2018-01-01', referredDay);
    return ReferralSchema.parse({
      id: `R-${referredDay}`,
      referredOn,
      source: 'gp-practice',
      needs,
      events: eventsFrom(referredOn, steps),
      contacts: contacts.map((c) => ({ on: addDays(referredOn, c.day), mode: c.mode, attended: c.attended })),
    });
  });
