import { describe, expect, it } from 'vitest';
import { createOutcomeAccumulator, summarizeOutcomes, summaryToRows } from '../../src/outcomes/index.js';
import { attended, referral } from './helpers.js';

describe('records that hold only what a flat export knows (counts and scores without dates)', () => {
  it('a count of attended contacts engages the person and feeds the band and the median', () => {
    const summary = summarizeOutcomes([referral({ undated: { contactsAttended: 7, contactsMissed: 2 } })]);
    const t = summary.total;
    expect([t.engaged, t.contacts.attended, t.contacts.missed, t.contacts.median, t.contacts.withinExpected]).toEqual([1, 7, 2, 7, 1]);
    expect(t.countOnly).toEqual({ contacts: 1, wellbeing: 0, closed: 0 });
  });

  it('a count of zero attended contacts is a known zero: not engaged, still counted as count-only', () => {
    const t = summarizeOutcomes([referral({ undated: { contactsAttended: 0 } })]).total;
    expect([t.engaged, t.contacts.median, t.countOnly.contacts]).toEqual([0, null, 1]);
  });

  it('itemised and count-only records summarise together', () => {
    const t = summarizeOutcomes([referral({ contacts: attended(3) }), referral({ undated: { contactsAttended: 9 } })]).total;
    expect([t.engaged, t.contacts.attended, t.contacts.mean, t.contacts.median, t.contacts.withinExpected]).toEqual([2, 12, 6, 6, 1]);
    expect(t.countOnly.contacts).toBe(1);
  });

  it('start and end scores without dates make a wellbeing pair, and say so', () => {
    const t = summarizeOutcomes([
      referral({
        contacts: attended(1),
        undated: {
          measures: [
            { instrument: 'swemwbs', timepoint: 'baseline', score: 19.25 },
            { instrument: 'swemwbs', timepoint: 'exit', score: 23.21 },
          ],
        },
      }),
      referral({
        measures: [
          { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', score: 20 },
          { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-02', score: 19 },
        ],
      }),
    ]).total;
    expect(t.wellbeing.swemwbs).toMatchObject({ paired: 2, improved: 1, meaningfullyImproved: 1, meanBaseline: 19.625 });
    expect(t.countOnly.wellbeing).toBe(1);
    expect(t.positiveOutcomes).toBe(1);
  });

  it('a start score without an end score is no pair and no count-only pair', () => {
    const t = summarizeOutcomes([referral({ undated: { measures: [{ instrument: 'swemwbs', timepoint: 'baseline', score: 19.25 }] } })]).total;
    expect([t.wellbeing.swemwbs, t.countOnly.wellbeing]).toEqual([undefined, 0]);
  });

  it('an end score that cannot be scored is counted as unscorable', () => {
    const t = summarizeOutcomes([
      referral({
        undated: {
          measures: [
            { instrument: 'swemwbs', timepoint: 'baseline', score: 19.25 },
            { instrument: 'swemwbs', timepoint: 'exit', score: 99 },
          ],
        },
      }),
    ]).total;
    expect([t.wellbeing.swemwbs?.paired, t.wellbeing.swemwbs?.unscorable, t.countOnly.wellbeing]).toEqual([0, 1, 1]);
  });

  it('a close without a date counts with its reason, or as reason unknown; nothing is dated', () => {
    const t = summarizeOutcomes([
      referral({ contacts: attended(2), undated: { status: 'closed', closeReason: 'goals-met' } }),
      referral({ undated: { status: 'closed' } }),
      referral({ events: [{ type: 'closed', on: '2025-05-01', reason: 'moved-away' }] }),
    ]).total;
    expect(t.closed.total).toBe(3);
    expect(t.closed.byReason['goals-met']).toBe(1);
    expect(t.closed.byReason['moved-away']).toBe(1);
    expect(t.closed.reasonUnknown).toBe(1);
    expect(t.countOnly.closed).toBe(2);
    // A goals-met close of an engaged person is a positive outcome, dated or not.
    expect(t.positiveOutcomes).toBe(1);
  });

  it('an undated status of accepted, declined or unable to contact is counted', () => {
    const t = summarizeOutcomes([
      referral({ undated: { status: 'accepted' } }),
      referral({ undated: { status: 'declined' } }),
      referral({ undated: { status: 'unable-to-contact' } }),
      referral({ undated: { status: 'referred' } }),
    ]).total;
    expect([t.accepted, t.declined, t.unableToContact]).toEqual([1, 1, 1]);
  });

  it('count-only figures survive state(), JSON and merge, and appear as table columns', () => {
    const a = createOutcomeAccumulator({ groupBy: 'pcn' });
    a.add(referral({ pcn: 'north', undated: { contactsAttended: 6, status: 'closed' } }));
    const b = createOutcomeAccumulator({ groupBy: 'pcn' });
    b.add(referral({ pcn: 'north', contacts: attended(2) }));
    b.merge(JSON.parse(JSON.stringify(a.state())));
    const summary = b.result();
    expect(summary.groups[0]?.countOnly).toEqual({ contacts: 1, wellbeing: 0, closed: 1 });
    expect(summary.groups[0]?.closed.reasonUnknown).toBe(1);
    const [row] = summaryToRows(summary);
    expect(row).toMatchObject({ 'countOnly.contacts': 1, 'countOnly.closed': 1, 'closed.reasonUnknown': 1, 'closed.total': 1 });
  });

  it('a state whose count-only figures exceed its referrals is refused', () => {
    const a = createOutcomeAccumulator();
    a.add(referral({ undated: { contactsAttended: 6 } }));
    const state = JSON.parse(JSON.stringify(a.state()));
    state.groups[0].countOnlyContacts = 2;
    expect(() => createOutcomeAccumulator().merge(state)).toThrow(expect.objectContaining({
      code: 'outcomes/incompatible-state',
      issues: [{ path: ['groups', 0, 'countOnlyContacts'], message: 'must not exceed referrals' }],
    }));
  });
});
