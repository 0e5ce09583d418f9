/**
 * Tower Hamlets social prescribing (Social prescribing models in the UK, an untitled table):
 * "24% clients presented with weight management issues, 21% with low level mental
 * health needs, 16% with social isolation, 13% with housing issues and 13% with
 * financial concerns ... onward referrals and signposts (2,034) ... (333 activities
 * across 279 organisations) ... Nearly a quarter (22%) of clients receiving an onward
 * referral or signpost were given 3 or more referrals."
 *
 * 1,000 clients built to those figures must be reported back exactly.
 */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import { summarizeOutcomes } from '../../src/outcomes/index.js';
import type { NeedCategory, Referral } from '../../src/referrals/index.js';

const start = toDayNumber('2016-10-01');
const NEEDS: [NeedCategory, number][] = [
  ['weight-management', 240],
  ['low-level-mental-health', 210],
  ['social-isolation', 160],
  ['housing', 130],
  ['money-and-debt', 130],
];

function clients(): Referral[] {
  let activity = 0;
  const records: Referral[] = [];
  for (let i = 0; i < 1000; i++) {
    const referredOn = fromDayNumber(start + (i % 500));
    // 220 clients with 3 onward connections, 594 with 2, 186 with 1: 2,034 in all.
    const count = i < 220 ? 3 : i < 814 ? 2 : 1;
    const onward: Referral['onward'] = [];
    for (let k = 0; k < count; k++) {
      const a = activity++ % 333;
      onward.push({
        kind: k % 2 === 0 ? 'referral' : 'signpost',
        organisationId: `th-org-${a % 279}`,
        activityId: `th-act-${a}`,
        on: referredOn,
      });
    }
    // Needs: client i presents need n when i falls in that need's share (shares overlap, as clients have several needs).
    const needs = NEEDS.filter(([, n], j) => (i + j * 197) % 1000 < n).map(([need]) => need);
    records.push({ id: `TH-${i}`, referredOn, source: 'gp-practice', pcn: `network-${(i % 8) + 1}`, needs, events: [], contacts: [], goals: [], onward, measures: [] });
  }
  return records;
}

describe('Tower Hamlets, reported back', () => {
  const summary = summarizeOutcomes(clients(), { groupBy: 'pcn' });
  const total = summary.total;

  it('2,034 onward referrals and signposts to 333 activities across 279 organisations', () => {
    expect(total.onward.total).toBe(2034);
    expect(total.onward.distinctActivities).toBe(333);
    expect(total.onward.distinctOrganisations).toBe(279);
    expect(total.onward.referrals + total.onward.signposts).toBe(2034);
  });

  it('22% of clients referred on got 3 or more', () => {
    expect(total.onward.people).toBe(1000);
    expect(total.onward.threeOrMoreRate?.value).toBe(0.22);
  });

  it('the needs mix', () => {
    expect(Object.fromEntries(NEEDS.map(([need]) => [need, total.needs[need].share?.value]))).toEqual({
      'weight-management': 0.24,
      'low-level-mental-health': 0.21,
      'social-isolation': 0.16,
      housing: 0.13,
      'money-and-debt': 0.13,
    });
  });

  it('8 GP networks, whose distinct organisations never exceed the borough total', () => {
    expect(summary.groups).toHaveLength(8);
    for (const row of summary.groups) expect(row.onward.distinctOrganisations).toBeLessThanOrEqual(279);
  });
});
