/**
 * The counters of one group, read straight from `addToGroup` and `groupToState`: each test adds
 * a few trusted referrals to an empty group and compares the WHOLE saved group with the empty
 * one plus the counters the referrals should have moved, worked out by hand from docs/outcomes.md.
 * Comparing whole states means a referral that moves a counter it should not is caught too.
 */
import { describe, expect, it } from 'vitest';
import { addToGroup, emptyGroup, groupToRow, groupToState, histogramMedian, type GroupState } from '../../src/outcomes/groupState.js';
import { resolveOptions } from '../../src/outcomes/options.js';
import { wilsonInterval } from '../../src/outcomes/index.js';
import { CLOSE_REASONS, NEED_CATEGORIES, type Referral } from '../../src/referrals/index.js';
import { referral } from './helpers.js';

/** The saved state of one group after adding `records` with the default options. */
function stateAfter(...records: Referral[]): GroupState {
  const group = emptyGroup(null);
  const options = resolveOptions(undefined);
  for (const record of records) addToGroup(group, record, options);
  return groupToState(group);
}

/** The saved state of an empty group with `changes` applied. */
function emptyWith(changes: Partial<GroupState>): GroupState {
  return { ...groupToState(emptyGroup(null)), ...changes };
}

/** A list of `length` zeros with the given slots set. */
function slots(length: number, set: Record<number, number>): number[] {
  const list = new Array<number>(length).fill(0);
  for (const [slot, count] of Object.entries(set)) list[Number(slot)] = count;
  return list;
}

const closeSlot = (reason: string) => CLOSE_REASONS.indexOf(reason as never);
const needSlot = (need: string) => NEED_CATEGORIES.indexOf(need as never);
const UNKNOWN_AGE = 4;
const UNKNOWN_SEX = 3;
/** Every referral without a person: unknown age and unknown sex. */
const people = (n: number) => ({ ages: slots(5, { [UNKNOWN_AGE]: n }), sex: slots(4, { [UNKNOWN_SEX]: n }) });
const seen = (on: string, attended = true) => ({ on, mode: 'telephone' as const, attended });

describe('a referral recorded entered-in-error', () => {
  it('is counted as entered in error and in no other counter, wherever the event is listed', () => {
    const state = stateAfter(
      referral({ events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'entered-in-error', on: '2025-04-03', reason: 'duplicate' }], contacts: [seen('2025-04-02')] }),
      referral({ events: [{ type: 'entered-in-error', on: '2025-04-02', reason: 'test-record' }], needs: ['housing'] }),
    );
    expect(state).toStrictEqual(emptyWith({ enteredInError: 2 }));
  });

  it('leaves a referral with other events counted as usual', () => {
    const state = stateAfter(referral({ events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'on-hold', on: '2025-04-03' }] }));
    expect(state).toStrictEqual(emptyWith({ referrals: 1, accepted: 1, ...people(1) }));
  });
});

describe('the wait for a place', () => {
  it('runs from the first waiting event to a later accepted event, in calendar days', () => {
    const state = stateAfter(
      referral({
        events: [
          { type: 'accepted', on: '2025-04-02' }, // before the wait: not its end
          { type: 'waiting', on: '2025-04-03' },
          { type: 'waiting', on: '2025-04-05' }, // a second waiting event does not restart the wait
          { type: 'accepted', on: '2025-04-10' },
          { type: 'accepted', on: '2025-04-12' }, // only the first accepted event after the wait ends it
        ],
      }),
    );
    expect(state).toStrictEqual(
      emptyWith({ referrals: 1, accepted: 1, waiting: 1, waitingPlaced: 1, waitingDays: slots(8, { 7: 1 }), ...people(1) }),
    );
  });

  it('ends at the earliest attended contact on or after the first waiting day, whatever the list order', () => {
    const state = stateAfter(
      referral({
        events: [{ type: 'waiting', on: '2025-04-03' }],
        contacts: [
          seen('2025-04-02'), // before the wait
          seen('2025-04-20'),
          seen('2025-04-04', false), // missed
          seen('2025-04-15'),
          seen('2025-04-17'),
        ],
      }),
    );
    expect(state.waiting).toBe(1);
    expect(state.waitingPlaced).toBe(1);
    expect(state.waitingDays).toStrictEqual(slots(13, { 12: 1 }));
  });

  it('counts an attended contact on the waiting day itself as a place after 0 days', () => {
    const state = stateAfter(referral({ events: [{ type: 'waiting', on: '2025-04-03' }], contacts: [seen('2025-04-03'), seen('2025-04-09')] }));
    expect([state.waiting, state.waitingPlaced, state.waitingDays]).toStrictEqual([1, 1, [1]]);
  });

  it('ends at an attended contact that comes before the accepted event', () => {
    const state = stateAfter(
      referral({
        events: [
          { type: 'waiting', on: '2025-04-03' },
          { type: 'accepted', on: '2025-04-10' },
        ],
        contacts: [seen('2025-04-12'), seen('2025-04-06')],
      }),
    );
    expect([state.waiting, state.waitingPlaced, state.waitingDays]).toStrictEqual([1, 1, [0, 0, 0, 1]]);
  });

  it('counts a wait with no accepted event and no attended contact since as waiting, not placed', () => {
    const state = stateAfter(
      referral({
        events: [
          { type: 'accepted', on: '2025-04-02' },
          { type: 'waiting', on: '2025-04-03' },
        ],
        contacts: [seen('2025-04-02'), seen('2025-04-05', false)],
      }),
    );
    expect(state).toStrictEqual(
      emptyWith({ referrals: 1, accepted: 1, waiting: 1, contactsAttended: 1, contactsMissed: 1, engaged: 1, contactHistogram: [0, 1], ...people(1) }),
    );
  });

  it('counts no wait without a waiting event, however the referral was placed', () => {
    const state = stateAfter(referral({ events: [{ type: 'accepted', on: '2025-04-10' }], contacts: [seen('2025-04-12')] }));
    expect([state.waiting, state.waitingPlaced, state.waitingDays]).toStrictEqual([0, 0, []]);
  });

  it('adds the waits of several referrals into one histogram, and shows their exact mean and median', () => {
    const waited = (on: string) => referral({ events: [{ type: 'waiting', on: '2025-04-01' }, { type: 'accepted', on }] });
    const group = emptyGroup(null);
    const options = resolveOptions(undefined);
    for (const record of [waited('2025-04-04'), waited('2025-04-09'), waited('2025-04-02'), referral({ events: [{ type: 'waiting', on: '2025-04-01' }] })]) {
      addToGroup(group, record, options);
    }
    expect(group.waitingDays).toStrictEqual([0, 1, 0, 1, 0, 0, 0, 0, 1]);
    expect(groupToRow(group, null, options).waiting).toStrictEqual({ referrals: 4, placed: 3, meanDays: (1 + 3 + 8) / 3, medianDays: 3 });
  });

  it('shows no mean or median wait when no one was placed', () => {
    const group = emptyGroup(null);
    const options = resolveOptions(undefined);
    addToGroup(group, referral({ events: [{ type: 'waiting', on: '2025-04-01' }] }), options);
    expect(groupToRow(group, null, options).waiting).toStrictEqual({ referrals: 1, placed: 0, meanDays: null, medianDays: null });
  });
});

describe('needs', () => {
  it('counts each need once per referral, in the slot of its category, and ignores a need that is not a category', () => {
    const state = stateAfter(
      referral({ needs: ['housing', 'other', 'housing', 'weight-management'] }),
      referral({ needs: ['housing', 'astrology' as never] }),
      referral(),
    );
    expect(state).toStrictEqual(
      emptyWith({
        referrals: 3,
        referralsWithNeeds: 2,
        needs: slots(NEED_CATEGORIES.length, { [needSlot('housing')]: 2, [needSlot('other')]: 1, [needSlot('weight-management')]: 1 }),
        ...people(3),
      }),
    );
  });

  it('keeps the live list of needs free of anything but its slots', () => {
    const group = emptyGroup(null);
    addToGroup(group, referral({ needs: ['astrology' as never, 'carer-support'] }), resolveOptions(undefined));
    expect(group.needs).toStrictEqual(slots(NEED_CATEGORIES.length, { [needSlot('carer-support')]: 1 }));
  });
});

describe('onward attendance', () => {
  it('counts each connection as attended, did not attend or unknown, overall and per organisation, ids sorted', () => {
    const on = '2025-04-10';
    const state = stateAfter(
      referral({
        onward: [
          { kind: 'referral', organisationId: 'org-b', on, attended: 'did-not-attend' },
          { kind: 'signpost', organisationId: 'org-a', on, attended: 'attended' },
          { kind: 'signpost', organisationId: 'org-b', on },
          { kind: 'referral', organisationId: 'org-c', on, attended: 'unknown' },
        ],
      }),
    );
    expect(state).toStrictEqual(
      emptyWith({
        referrals: 1,
        onwardPeople: 1,
        onwardThreeOrMore: 1,
        onwardTotal: 4,
        onwardReferrals: 2,
        signposts: 2,
        organisations: ['org-a', 'org-b', 'org-c'],
        onwardAttendance: [1, 1, 2],
        onwardByOrganisation: { 'org-a': [1, 0, 0], 'org-b': [0, 1, 1], 'org-c': [0, 0, 1] },
        ...people(1),
      }),
    );
    expect(Object.keys(state.onwardByOrganisation)).toEqual(['org-a', 'org-b', 'org-c']);
  });

  it('shows the attendance counts, the rate over connections whose attendance is known, and organisations sorted', () => {
    const on = '2025-04-10';
    const group = emptyGroup(null);
    const options = resolveOptions(undefined);
    addToGroup(
      group,
      referral({
        onward: [
          { kind: 'referral', organisationId: 'org-z', on, attended: 'attended' },
          { kind: 'referral', organisationId: 'org-z', on, attended: 'attended' },
          { kind: 'referral', organisationId: 'org-y', on, attended: 'did-not-attend' },
          { kind: 'signpost', organisationId: 'org-x', on },
        ],
      }),
      options,
    );
    const attendance = groupToRow(group, null, options).onward.attendance;
    expect(attendance).toStrictEqual({
      attended: 2,
      didNotAttend: 1,
      unknown: 1,
      attendanceRate: wilsonInterval(2, 3),
      byOrganisation: {
        'org-x': { attended: 0, didNotAttend: 0, unknown: 1 },
        'org-y': { attended: 0, didNotAttend: 1, unknown: 0 },
        'org-z': { attended: 2, didNotAttend: 0, unknown: 0 },
      },
    });
    expect(Object.keys(attendance.byOrganisation)).toEqual(['org-x', 'org-y', 'org-z']);
  });
});

describe('what a flat export knows without dates', () => {
  it('counts an undated close with a reason in its slot, as closed without a date', () => {
    const state = stateAfter(referral({ undated: { status: 'closed', closeReason: 'moved-away' } }));
    expect(state).toStrictEqual(
      emptyWith({ referrals: 1, countOnlyClosed: 1, closed: slots(CLOSE_REASONS.length, { [closeSlot('moved-away')]: 1 }), ...people(1) }),
    );
  });

  it('counts an undated close without a reason as a close whose reason is unknown', () => {
    const state = stateAfter(referral({ undated: { status: 'closed' } }));
    expect(state).toStrictEqual(emptyWith({ referrals: 1, countOnlyClosed: 1, closedReasonUnknown: 1, ...people(1) }));
  });

  it('counts an undated close with a reason that is not a close reason in no slot', () => {
    const group = emptyGroup(null);
    addToGroup(group, referral({ undated: { status: 'closed', closeReason: 'abducted' as never } }), resolveOptions(undefined));
    expect(group.closed).toStrictEqual(slots(CLOSE_REASONS.length, {}));
    expect([group.countOnlyClosed, group.closedReasonUnknown]).toEqual([1, 0]);
  });

  it('counts a dated close with a reason that is not a close reason in no slot', () => {
    const group = emptyGroup(null);
    addToGroup(group, referral({ events: [{ type: 'closed', on: '2025-05-01', reason: 'abducted' as never }] }), resolveOptions(undefined));
    expect(group.closed).toStrictEqual(slots(CLOSE_REASONS.length, {}));
  });

  it('counts undated statuses like the dated events, and counts no undated contacts when the export gave none', () => {
    const state = stateAfter(
      referral({ undated: { status: 'accepted' } }),
      referral({ undated: { status: 'declined' } }),
      referral({ undated: { status: 'unable-to-contact' } }),
      referral({ undated: { status: 'on-hold' } }),
    );
    expect(state).toStrictEqual(emptyWith({ referrals: 4, accepted: 1, declined: 1, unableToContact: 1, ...people(4) }));
  });

  it('counts undated contact counts, either one alone, as contacts without dates', () => {
    const state = stateAfter(referral({ undated: { contactsMissed: 2 } }), referral({ undated: { contactsAttended: 3 } }));
    expect(state).toStrictEqual(
      emptyWith({
        referrals: 2,
        countOnlyContacts: 2,
        contactsAttended: 3,
        contactsMissed: 2,
        engaged: 1,
        contactHistogram: [0, 0, 0, 1],
        ...people(2),
      }),
    );
  });

  it('pairs an undated baseline with the exit of the same instrument only', () => {
    const state = stateAfter(
      referral({
        undated: {
          measures: [
            { instrument: 'ucla3', timepoint: 'baseline', score: 6 },
            { instrument: 'swemwbs', timepoint: 'exit', score: 30 },
            { instrument: 'ucla3', timepoint: 'exit', score: 7 },
          ],
        },
      }),
    );
    expect(state.wellbeing).toStrictEqual({
      ucla3: { paired: 1, unscorable: 0, sumBaseline: 60_000, sumFollowUp: 70_000, improved: 0, meaningfullyImproved: 0 },
    });
    expect(state.countOnlyWellbeing).toBe(1);
  });

  it('counts a positive outcome when one undated pair improved, even if a later pair did not', () => {
    const state = stateAfter(
      referral({
        undated: {
          contactsAttended: 1,
          measures: [
            { instrument: 'swemwbs', timepoint: 'baseline', score: 20 },
            { instrument: 'swemwbs', timepoint: 'exit', score: 25 },
            { instrument: 'ucla3', timepoint: 'baseline', score: 5 },
            { instrument: 'ucla3', timepoint: 'exit', score: 6 },
          ],
        },
      }),
    );
    expect([state.countOnlyWellbeing, state.engaged, state.positiveOutcomes]).toEqual([1, 1, 1]);
  });

  it('counts no positive outcome when no undated pair improved', () => {
    const state = stateAfter(
      referral({
        undated: {
          contactsAttended: 1,
          measures: [
            { instrument: 'ucla3', timepoint: 'baseline', score: 5 },
            { instrument: 'ucla3', timepoint: 'exit', score: 6 },
          ],
        },
      }),
    );
    expect([state.countOnlyWellbeing, state.engaged, state.positiveOutcomes]).toEqual([1, 1, 0]);
  });

  it('counts no undated wellbeing when a baseline has no exit', () => {
    const state = stateAfter(referral({ undated: { measures: [{ instrument: 'ucla3', timepoint: 'baseline', score: 5 }] } }));
    expect([state.countOnlyWellbeing, state.wellbeing]).toStrictEqual([0, {}]);
  });
});

describe('dated wellbeing pairs', () => {
  it('pairs the last-listed of two follow-ups dated the same latest day', () => {
    const m = (timepoint: 'baseline' | 'exit', on: string, score: number) => ({ instrument: 'ucla3', timepoint, on, score });
    const state = stateAfter(referral({ measures: [m('baseline', '2025-04-02', 6), m('exit', '2025-06-01', 5), m('exit', '2025-06-01', 3)] }));
    expect(state.wellbeing).toStrictEqual({
      ucla3: { paired: 1, unscorable: 0, sumBaseline: 60_000, sumFollowUp: 30_000, improved: 1, meaningfullyImproved: 0 },
    });
  });
});

describe('histogramMedian', () => {
  it('is null over no one, whatever the histogram holds', () => {
    expect(histogramMedian([0, 1], 0)).toBeNull();
  });

  it('is the mean of the two middle values when the lower one is 0', () => {
    expect(histogramMedian([1, 1], 2)).toBe(0.5);
    expect(histogramMedian([2, 0, 0, 2], 4)).toBe(1.5);
  });

  it('is the middle value over an odd number of people', () => {
    expect(histogramMedian([1, 1, 1], 3)).toBe(1);
    expect(histogramMedian([0, 0, 3], 3)).toBe(2);
  });
});
