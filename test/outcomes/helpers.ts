import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import type { Referral } from '../../src/referrals/index.js';

let next = 0;

/** A minimal valid referral, with overrides. */
export function referral(overrides: Partial<Referral> = {}): Referral {
  next++;
  return {
    id: `T-${next}`,
    referredOn: '2025-04-01',
    source: 'gp-practice',
    needs: [],
    events: [],
    contacts: [],
    goals: [],
    onward: [],
    measures: [],
    ...overrides,
  };
}

/** `n` attended contacts from 2025-04-02, a week apart. */
export function attended(n: number): Referral['contacts'] {
  return Array.from({ length: n }, (_, i) => ({
    on: fromDayNumber(toDayNumber('2025-04-02') + 7 * i),
    mode: 'telephone' as const,
    attended: true,
  }));
}
