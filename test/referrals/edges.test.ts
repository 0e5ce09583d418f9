/** Edge cases of the referrals module: exact errors, boundaries and the branches the other tests do not take. */
import { describe, expect, it } from 'vitest';
import {
  codeEvents,
  contactSummary,
  planContacts,
  ReferralMeasureSchema,
  ReferralSchema,
  referralTimeline,
  snomed,
  validateReferralsAsync,
  type Referral,
  type ReferralValidationResult,
} from '../../src/referrals/index.js';
import { makeReferral } from './arbitraries.js';
import { errorOf, rejectionOf } from '../support/errorOf.js';

const REFERRAL = snomed.referral.code;
const DECLINED = snomed.declined.code;

function zodIssuesOf(schema: { safeParse: (input: unknown) => { success: boolean; error?: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => ({ code: issue.code, path: issue.path, message: issue.message }));
}

const base = { id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice' };

describe('ReferralSchema lifecycle issues', () => {
  it('reports each lifecycle problem as a custom issue at its path', () => {
    expect(zodIssuesOf(ReferralSchema, { ...base, events: [{ type: 'accepted', on: '2025-03-31' }] })).toEqual([
      { code: 'custom', path: ['events', 0, 'on'], message: 'must not be before referredOn' },
    ]);
    expect(
      zodIssuesOf(ReferralSchema, {
        ...base,
        events: [
          { type: 'accepted', on: '2025-04-10' },
          { type: 'on-hold', on: '2025-04-05' },
        ],
      }),
    ).toEqual([{ code: 'custom', path: ['events', 1, 'on'], message: 'must not be before the previous event (events are in date order)' }]);
    expect(zodIssuesOf(ReferralSchema, { ...base, events: [{ type: 'reopened', on: '2025-04-05' }] })).toEqual([
      { code: 'custom', path: ['events', 0, 'type'], message: 'reopened must follow a closed event' },
    ]);
    expect(
      zodIssuesOf(ReferralSchema, {
        ...base,
        events: [
          { type: 'closed', on: '2025-04-05', reason: 'goals-met' },
          { type: 'accepted', on: '2025-04-06' },
        ],
      }),
    ).toEqual([{ code: 'custom', path: ['events', 1, 'type'], message: 'must not follow a closed event without a reopened event between' }]);
    expect(zodIssuesOf(ReferralSchema, { ...base, contacts: [{ on: '2025-03-31', mode: 'telephone', attended: true }] })).toEqual([
      { code: 'custom', path: ['contacts', 0, 'on'], message: 'must not be before referredOn' },
    ]);
  });

  it('needs items or a score in a measure, and takes either alone', () => {
    const measure = { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09' };
    expect(zodIssuesOf(ReferralMeasureSchema, measure)).toEqual([
      { code: 'custom', path: ['score'], message: 'must have items or a score' },
    ]);
    expect(zodIssuesOf(ReferralMeasureSchema, { ...measure, score: 21.54 })).toEqual([]);
    expect(zodIssuesOf(ReferralMeasureSchema, { ...measure, items: [3, 3, 2, 3, 3, 2, 3] })).toEqual([]);
  });
});

describe('codeEvents branches', () => {
  it('codes no decline for an unable-to-contact or an on-hold event', () => {
    expect(codeEvents(makeReferral({ events: [{ type: 'unable-to-contact', on: '2025-04-02' }] }))).toEqual([]);
    expect(codeEvents(makeReferral({ events: [{ type: 'on-hold', on: '2025-04-02' }] }))).toEqual([]);
  });

  it('counts an attended contact on the first day of an episode as its first interaction', () => {
    const onReferralDay = makeReferral({ contacts: [{ on: '2025-04-01', mode: 'face-to-face', attended: true }] });
    expect(codeEvents(onReferralDay)).toEqual([{ code: REFERRAL, term: snomed.referral.term, on: '2025-04-01', episode: 0 }]);
    const onReopenDay = makeReferral({
      events: [
        { type: 'declined', on: '2025-04-03' },
        { type: 'closed', on: '2025-04-03', reason: 'declined-further-support' },
        { type: 'reopened', on: '2025-09-01' },
      ],
      contacts: [{ on: '2025-09-01', mode: 'telephone', attended: true }],
    });
    expect(codeEvents(onReopenDay).map((e) => [e.code, e.on, e.episode])).toEqual([
      [DECLINED, '2025-04-03', 0],
      [REFERRAL, '2025-09-01', 1],
    ]);
  });

  it('counts an attended contact on the closing day in the episode it closes', () => {
    const referral = makeReferral({
      events: [{ type: 'closed', on: '2025-04-10', reason: 'goals-met' }],
      contacts: [{ on: '2025-04-10', mode: 'face-to-face', attended: true }],
    });
    expect(codeEvents(referral)).toEqual([{ code: REFERRAL, term: snomed.referral.term, on: '2025-04-10', episode: 0 }]);
  });

  it('codes no decline on the day the person accepted (they had already accepted)', () => {
    const referral = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'declined', on: '2025-04-02' },
      ],
    });
    expect(codeEvents(referral).map((e) => [e.code, e.on])).toEqual([[REFERRAL, '2025-04-02']]);
  });
});

describe('contactSummary edges', () => {
  it('measures support to the latest attended contact when the referral is open, whatever the listing order', () => {
    const referral = makeReferral({
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: [
        { on: '2025-04-04', mode: 'telephone', attended: true },
        { on: '2025-04-29', mode: 'face-to-face', attended: true },
        { on: '2025-04-11', mode: 'group', attended: true },
      ],
    });
    // 1 April to 29 April is 28 days: 4 weeks; the first contact 3 days in.
    expect(contactSummary(referral)).toEqual({ attended: 3, missed: 0, band: 'below', daysToFirstContact: 3, weeksSupported: 4 });
  });

  it('accepts an expected range starting at 0', () => {
    const referral = makeReferral({ contacts: [{ on: '2025-04-04', mode: 'telephone', attended: false }] });
    expect(contactSummary(referral, { expected: { min: 0, max: 0 } }).band).toBe('within');
    expect(contactSummary(referral, { expected: { min: 0, max: 2 } }).band).toBe('within');
  });

  it('rejects an expected range that is not a plain object, even a function carrying min and max', () => {
    const referral = makeReferral();
    const invalidRange = {
      code: 'referrals/invalid-range',
      issues: [{ path: ['expected'], message: 'must be { min, max } with finite numbers, 0 or more, and min <= max' }],
    };
    const fn = Object.assign(() => 0, { min: 2, max: 4 });
    expect(errorOf(() => contactSummary(referral, { expected: fn }))).toEqual(invalidRange);
    expect(errorOf(() => contactSummary(referral, { expected: 3 as never }))).toEqual(invalidRange);
    expect(errorOf(() => contactSummary(referral, { expected: { min: -1, max: 4 } }))).toEqual(invalidRange);
  });
});

describe('planContacts errors and limits', () => {
  it('pins every code, path and message', () => {
    expect(errorOf(() => planContacts(null as never))).toEqual({
      code: 'referrals/invalid-options',
      issues: [{ path: [], message: 'planContacts takes an options object' }],
    });
    expect(errorOf(() => planContacts(5 as never))).toEqual({
      code: 'referrals/invalid-options',
      issues: [{ path: [], message: 'planContacts takes an options object' }],
    });
    expect(errorOf(() => planContacts({ start: '2025-02-30', count: 2 }))).toEqual({
      code: 'referrals/invalid-date',
      issues: [{ path: ['start'], message: 'must be a real calendar date written YYYY-MM-DD' }],
    });
    const invalidCount = { code: 'referrals/invalid-count', issues: [{ path: ['count'], message: 'must be a whole number from 0 to 1000' }] };
    expect(errorOf(() => planContacts({ start: '2025-06-02', count: -1 }))).toEqual(invalidCount);
    expect(errorOf(() => planContacts({ start: '2025-06-02', count: 1001 }))).toEqual(invalidCount);
    expect(errorOf(() => planContacts({ start: '2025-06-02', count: 1.5 }))).toEqual(invalidCount);
    const invalidInterval = {
      code: 'referrals/invalid-interval',
      issues: [{ path: ['everyDays'], message: 'must be a whole number of days from 1 to 366' }],
    };
    expect(errorOf(() => planContacts({ start: '2025-06-02', count: 2, everyDays: 0 }))).toEqual(invalidInterval);
    expect(errorOf(() => planContacts({ start: '2025-06-02', count: 2, everyDays: 367 }))).toEqual(invalidInterval);
  });

  it('accepts the largest count and the longest interval', () => {
    const plan = planContacts({ start: '2025-06-02', count: 1000 });
    expect(plan).toHaveLength(1000);
    expect(plan[0]).toBe('2025-06-02');
    // Monday 2 June 2025 + 366 days is Wednesday 3 June 2026, a working day.
    expect(planContacts({ start: '2025-06-02', count: 2, everyDays: 366 })).toEqual(['2025-06-02', '2026-06-03']);
  });
});

describe('referralTimeline branches', () => {
  it('makes a referral engaged on its earliest attended contact, however the contacts are listed', () => {
    const referral = makeReferral({
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: [
        { on: '2025-04-20', mode: 'face-to-face', attended: true },
        { on: '2025-04-09', mode: 'telephone', attended: true },
      ],
    });
    expect(referralTimeline(referral)).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred' },
      { on: '2025-04-02', status: 'accepted', onHold: false, cause: 'accepted' },
      { on: '2025-04-09', status: 'engaged', onHold: false, cause: 'attended-contact' },
    ]);
  });

  it('starts off hold, so a contact before any event is not on hold', () => {
    const referral = makeReferral({ contacts: [{ on: '2025-04-04', mode: 'telephone', attended: true }] });
    expect(referralTimeline(referral)).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred' },
      { on: '2025-04-04', status: 'engaged', onHold: false, cause: 'attended-contact' },
    ]);
  });
});

describe('validateReferralsAsync edges', () => {
  async function collect(source: unknown): Promise<ReferralValidationResult[]> {
    const results: ReferralValidationResult[] = [];
    for await (const result of validateReferralsAsync(source as Iterable<unknown>)) results.push(result);
    return results;
  }

  it('numbers the results 0, 1, 2, ... in input order', async () => {
    async function* rows() {
      await Promise.resolve();
      yield base;
      yield { ...base, source: 'GP' };
      yield base;
    }
    expect((await collect(rows())).map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
  });

  it('pins the error for null, undefined, a number and a plain object', async () => {
    const notIterable = { code: 'referrals/invalid-input', issues: [{ path: [], message: 'records must be an array or other collection of records, not a string' }] };
    for (const records of [null, undefined, 5, {}]) {
      expect(await rejectionOf(() => collect(records))).toEqual(notIterable);
    }
  });
});

describe('trusting functions: where a malformed record is reported', () => {
  const base = { id: 'r', referredOn: '2025-04-01', contacts: [] };
  const invalid = (path: (string | number)[]) => ({
    code: 'referrals/invalid-referral',
    issues: [{ path, message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' }],
  });

  it('reports a value that is not a referral at the referral itself', () => {
    expect(errorOf(() => referralTimeline(5 as never))).toEqual(invalid(['referral']));
    expect(errorOf(() => codeEvents(null as never))).toEqual(invalid(['referral']));
  });

  it('rejects a function carrying referral fields: a referral is a plain record', () => {
    const fn = Object.assign(() => 0, { referredOn: '2025-04-01', events: [], contacts: [] });
    expect(errorOf(() => referralTimeline(fn as never))).toEqual(invalid(['referral']));
  });

  it('reports an event day that is not a date string at events', () => {
    const events = [{ type: 'accepted', on: 20250402 }];
    expect(errorOf(() => referralTimeline({ ...base, events } as never))).toEqual(invalid(['referral', 'events']));
    expect(errorOf(() => codeEvents({ ...base, events } as never))).toEqual(invalid(['referral', 'events']));
  });

  it('reports an unknown event type that would become a timeline cause at events', () => {
    // The last event of a day names the cause of that day's entry, so an unknown type would leak into the result.
    const events = [{ type: 'accepted', on: '2025-04-02' }, { type: 5, on: '2025-04-02' }];
    expect(errorOf(() => referralTimeline({ ...base, events } as never))).toEqual(invalid(['referral', 'events']));
  });
});

describe('contactSummary of a count-only record', () => {
  it('takes the band from the undated counts and leaves the dates it does not have null', () => {
    const referral: Referral = { id: 'R-9', referredOn: '2025-04-01', source: 'self', needs: [], events: [], contacts: [], goals: [], measures: [], onward: [], undated: { contactsAttended: 7, contactsMissed: 2 } };
    expect(contactSummary(referral)).toEqual({ attended: 7, missed: 2, band: 'within', daysToFirstContact: null, weeksSupported: null });
    expect(contactSummary({ ...referral, undated: { contactsAttended: 3 } })).toMatchObject({ attended: 3, missed: 0, band: 'below' });
  });

  it('treats a count that is not a whole number as a malformed referral', () => {
    const referral = { id: 'R-9', referredOn: '2025-04-01', source: 'self', events: [], contacts: [], undated: { contactsAttended: '7' } } as never;
    expect(() => contactSummary(referral)).toThrow(expect.objectContaining({ code: 'referrals/invalid-referral' }));
  });
});
