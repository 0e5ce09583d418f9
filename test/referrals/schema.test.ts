import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REFERRAL_EVENTS,
  NEED_CATEGORIES,
  REFERRAL_EVENT_TYPES,
  ReferralEventSchema,
  ReferralMeasureSchema,
  ReferralPersonSchema,
  ReferralSchema,
  UndatedMeasureSchema,
  type ReferralInput,
} from '../../src/referrals/index.js';
import { arbitraryReferral } from './arbitraries.js';

const base = { id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice' } as const;

function issuesOf(input: unknown) {
  const result = ReferralSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('ReferralSchema', () => {
  it('parses a full record and fills empty lists', () => {
    const full: ReferralInput = {
      ...base,
      schemeId: 'nw-surrey-splw',
      practiceCode: 'H81001',
      pcn: 'pcn-a',
      workerId: 'lw-3',
      person: { birthYear: 1958, ageBand: '65-74', sex: 'female', ethnicity: 'A' },
      needs: ['social-isolation', 'housing'],
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-05-13', reason: 'goals-met' },
      ],
      contacts: [{ on: '2025-04-04', mode: 'home-visit', minutes: 60, attended: true }],
      goals: [{ setOn: '2025-04-04', status: 'met', need: 'social-isolation' }],
      onward: [{ kind: 'referral', organisationId: 'org-1', activityId: 'act-9', on: '2025-04-11' }],
      measures: [
        { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-04', items: [2, 3, 2, 3, 2, 3, 2] },
        { instrument: 'pam', timepoint: 'exit', on: '2025-05-13', score: 61.2 },
      ],
    };
    expect(ReferralSchema.parse(full)).toEqual(full);
    expect(ReferralSchema.parse(base)).toEqual({ ...base, needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] });
  });

  it('does not share default lists between records', () => {
    const a = ReferralSchema.parse(base);
    const b = ReferralSchema.parse(base);
    expect(a.events).not.toBe(b.events);
  });

  it('drops identifiers it does not know, so the parsed record stays pseudonymous', () => {
    const parsed = ReferralSchema.parse({
      ...base,
      name: 'Ada Lovelace',
      nhsNumber: '9434765919',
      address: '1 High Street',
      person: { birthYear: 1960, dateOfBirth: '1960-03-04', postcode: 'GU21 1AA' },
    });
    expect(JSON.stringify(parsed)).not.toMatch(/Ada|9434765919|High Street|1960-03-04|GU21/);
    expect(parsed.person).toEqual({ birthYear: 1960 });
  });

  it('rejects an id shaped like an NHS number', () => {
    expect(issuesOf({ ...base, id: '943 476 5919' })).toMatchInlineSnapshot(`
      [
        {
          "message": "must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit",
          "path": [
            "id",
          ],
        },
      ]
    `);
    expect(issuesOf({ ...base, id: '12345' })).toEqual([]);
  });

  it('reports events out of order at the event', () => {
    expect(
      issuesOf({
        ...base,
        events: [
          { type: 'accepted', on: '2025-04-10' },
          { type: 'on-hold', on: '2025-04-05' },
          { type: 'accepted', on: '2025-04-07' },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "message": "must not be before the previous event (events are in date order)",
          "path": [
            "events",
            1,
            "on",
          ],
        },
        {
          "message": "must not be before the previous event (events are in date order)",
          "path": [
            "events",
            2,
            "on",
          ],
        },
      ]
    `);
  });

  it('reports a close before the referral', () => {
    expect(issuesOf({ ...base, events: [{ type: 'closed', on: '2025-03-31', reason: 'other' }] })).toEqual([
      { path: ['events', 0, 'on'], message: 'must not be before referredOn' },
    ]);
  });

  it('reports two closes without a reopen, and any other event after a close', () => {
    expect(
      issuesOf({
        ...base,
        events: [
          { type: 'closed', on: '2025-04-05', reason: 'disengaged' },
          { type: 'closed', on: '2025-04-06', reason: 'goals-met' },
          { type: 'accepted', on: '2025-04-07' },
        ],
      }),
    ).toEqual([
      { path: ['events', 1, 'type'], message: 'closed twice without a reopened event between' },
      { path: ['events', 2, 'type'], message: 'must not follow a closed event without a reopened event between' },
    ]);
  });

  it('accepts close, reopen, close', () => {
    expect(
      issuesOf({
        ...base,
        events: [
          { type: 'closed', on: '2025-04-05', reason: 'disengaged' },
          { type: 'reopened', on: '2025-06-01' },
          { type: 'closed', on: '2025-07-01', reason: 'goals-met' },
        ],
      }),
    ).toEqual([]);
  });

  it('reports a reopen of an open referral', () => {
    expect(issuesOf({ ...base, events: [{ type: 'reopened', on: '2025-04-05' }] })).toEqual([
      { path: ['events', 0, 'type'], message: 'reopened must follow a closed event' },
    ]);
  });

  it('reports a contact before the referral', () => {
    expect(issuesOf({ ...base, contacts: [{ on: '2025-03-01', mode: 'telephone', attended: true }] })).toEqual([
      { path: ['contacts', 0, 'on'], message: 'must not be before referredOn' },
    ]);
  });

  it('requires a close reason from the list and keeps other reasons to codes', () => {
    expect(issuesOf({ ...base, events: [{ type: 'closed', on: '2025-04-05' }] }).map((i) => i.path)).toEqual([
      ['events', 0, 'reason'],
    ]);
    expect(issuesOf({ ...base, events: [{ type: 'closed', on: '2025-04-05', reason: 'felt better' }] }).map((i) => i.path)).toEqual([
      ['events', 0, 'reason'],
    ]);
    expect(issuesOf({ ...base, events: [{ type: 'declined', on: '2025-04-05', reason: 'not-wanted' }] })).toEqual([]);
    expect(issuesOf({ ...base, events: [{ type: 'declined', on: '2025-04-05' }] })).toEqual([]);
    expect(issuesOf({ ...base, events: [{ type: 'declined', on: '2025-04-05', reason: 'Mrs Smith said no' }] }).map((i) => i.path)).toEqual([
      ['events', 0, 'reason'],
    ]);
    expect(issuesOf({ ...base, events: [{ type: 'unable-to-contact', on: '2025-04-05', reason: 'Mrs Smith said no' }] })).toEqual([
      { path: ['events', 0, 'reason'], message: 'must be a kebab-case id (a-z, 0-9 and single hyphens)' },
    ]);
  });

  it('never echoes a value in its messages', () => {
    const secret = 'Ada Lovelace 9434765919';
    const issues = issuesOf({
      id: secret,
      referredOn: secret,
      source: secret,
      practiceCode: 42,
      person: { birthYear: secret, ageBand: secret, sex: secret, ethnicity: 7 },
      needs: [secret],
      events: [{ type: secret, on: secret }],
      contacts: [{ on: secret, mode: secret, attended: secret, minutes: -5 }],
      goals: [{ setOn: secret, status: secret, need: secret }],
      onward: [{ kind: secret, organisationId: '', on: secret }],
      measures: [{ instrument: secret, timepoint: secret, on: secret, items: [secret] }],
    });
    expect(issues.length).toBeGreaterThan(15);
    for (const issue of issues) expect(issue.message).not.toMatch(/Ada|Lovelace|9434765919/);
  });

  it('checks measures and people', () => {
    expect(ReferralMeasureSchema.safeParse({ instrument: 'ons4', timepoint: 'review', on: '2025-04-01', score: 7 }).success).toBe(true);
    expect(ReferralMeasureSchema.safeParse({ instrument: 'ons4', timepoint: 'review', on: '2025-04-01', items: [] }).success).toBe(false);
    expect(ReferralPersonSchema.safeParse({ ageBand: '85+' }).success).toBe(true);
    expect(ReferralPersonSchema.safeParse({ birthYear: 1960.5 }).success).toBe(false);
  });

  it('accepts every event type', () => {
    for (const type of REFERRAL_EVENT_TYPES) {
      expect(ReferralEventSchema.safeParse({ type, on: '2025-04-01', reason: 'other', note: 'Said to call back after the school holidays' }).success).toBe(true);
    }
  });

  it('accepts every need category', () => {
    expect(ReferralSchema.safeParse({ ...base, needs: [...NEED_CATEGORIES] }).success).toBe(true);
    expect(ReferralSchema.safeParse({ ...base, needs: ['loneliness'] }).success).toBe(false);
  });

  it('accepts every generated valid referral (the generator is sound)', () => {
    fc.assert(
      fc.property(arbitraryReferral, (referral) => {
        expect(ReferralSchema.safeParse(referral).success).toBe(true);
      }),
    );
  });
});

describe('ReferralSchema: what a flat export knows without dates', () => {
  const base = { id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice' };
  const issues = (value: unknown) => {
    const parsed = ReferralSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.message]);
  };

  it('accepts counts, undated scores and an undated close, and adds nothing when absent', () => {
    const undated = {
      status: 'closed',
      closeReason: 'goals-met',
      contactsAttended: 7,
      contactsMissed: 1,
      measures: [
        { instrument: 'swemwbs', timepoint: 'baseline', score: 19.25 },
        { instrument: 'swemwbs', timepoint: 'exit', score: 23.21 },
      ],
    };
    expect(ReferralSchema.parse({ ...base, undated }).undated).toEqual(undated);
    expect('undated' in ReferralSchema.parse(base)).toBe(false);
  });

  it('refuses to hold one thing twice, dated and undated, at the undated path', () => {
    expect(
      issues({ ...base, contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }], undated: { contactsAttended: 3 } }),
    ).toEqual([[['undated', 'contactsAttended'], 'must not be given with dated contacts']]);
    expect(issues({ ...base, events: [{ type: 'closed', on: '2025-05-01', reason: 'other' }], undated: { status: 'closed' } })).toEqual([
      [['undated', 'status'], 'must not be closed when events hold a dated close'],
    ]);
    expect(
      issues({
        ...base,
        measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', score: 20 }],
        undated: { measures: [{ instrument: 'swemwbs', timepoint: 'exit', score: 21 }] },
      }),
    ).toEqual([[['undated', 'measures', 0, 'instrument'], 'must not also have dated measures']]);
  });

  it('checks the undated fields themselves', () => {
    expect(issues({ ...base, undated: { status: 'accepted', closeReason: 'goals-met' } })).toEqual([
      [['undated', 'closeReason'], "must only be given with status 'closed'"],
    ]);
    expect(
      issues({
        ...base,
        undated: {
          measures: [
            { instrument: 'swemwbs', timepoint: 'exit', score: 20 },
            { instrument: 'swemwbs', timepoint: 'exit', score: 21 },
          ],
        },
      }),
    ).toEqual([[['undated', 'measures', 1, 'timepoint'], 'must not repeat an instrument and timepoint']]);
    expect(issues({ ...base, undated: { contactsAttended: 2.5 } }).map(([path]) => path)).toEqual([['undated', 'contactsAttended']]);
    expect(issues({ ...base, undated: { measures: [{ instrument: 'swemwbs', timepoint: 'exit' }] } }).map(([path]) => path)).toEqual([
      ['undated', 'measures', 0, 'score'],
    ]);
  });
});

describe('ReferralSchema: issue codes and the rules around them', () => {
  const base = { id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice' };
  const issues = (value: unknown) => {
    const parsed = ReferralSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.code, issue.path, issue.message]);
  };

  it('refuses any event after an entered-in-error event, whatever came before it', () => {
    expect(
      issues({
        ...base,
        events: [
          { type: 'entered-in-error', on: '2025-04-02', reason: 'duplicate' },
          { type: 'accepted', on: '2025-04-03' },
        ],
      }),
    ).toEqual([['custom', ['events', 1, 'type'], 'must not follow an entered-in-error event']]);
    expect(
      issues({
        ...base,
        events: [
          { type: 'closed', on: '2025-04-02', reason: 'goals-met' },
          { type: 'entered-in-error', on: '2025-04-03', reason: 'duplicate' },
        ],
      }),
    ).toEqual([]);
  });

  it('gives the undated rules the custom code', () => {
    expect(issues({ ...base, undated: { status: 'accepted', closeReason: 'goals-met' } })).toEqual([
      ['custom', ['undated', 'closeReason'], "must only be given with status 'closed'"],
    ]);
    const exit = { instrument: 'swemwbs', timepoint: 'exit', score: 20 };
    expect(issues({ ...base, undated: { measures: [exit, exit] } })).toEqual([
      ['custom', ['undated', 'measures', 1, 'timepoint'], 'must not repeat an instrument and timepoint'],
    ]);
    expect(issues({ ...base, contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }], undated: { contactsMissed: 3 } })).toEqual([
      ['custom', ['undated', 'contactsMissed'], 'must not be given with dated contacts'],
    ]);
    expect(issues({ ...base, events: [{ type: 'closed', on: '2025-05-01', reason: 'other' }], undated: { status: 'closed' } })).toEqual([
      ['custom', ['undated', 'status'], 'must not be closed when events hold a dated close'],
    ]);
    expect(
      issues({
        ...base,
        measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', score: 20 }],
        undated: { measures: [exit] },
      }),
    ).toEqual([['custom', ['undated', 'measures', 0, 'instrument'], 'must not also have dated measures']]);
  });

  it('accepts an undated close beside dated events that are not a close, and undated scores of another instrument', () => {
    expect(issues({ ...base, events: [{ type: 'accepted', on: '2025-04-02' }], undated: { status: 'closed' } })).toEqual([]);
    expect(
      issues({
        ...base,
        measures: [{ instrument: 'pam', timepoint: 'baseline', on: '2025-04-02', score: 50 }],
        undated: { measures: [{ instrument: 'swemwbs', timepoint: 'exit', score: 21 }] },
      }),
    ).toEqual([]);
  });

  it('accepts an undated measure given by its items alone', () => {
    expect(UndatedMeasureSchema.safeParse({ instrument: 'swemwbs', timepoint: 'exit', items: [3, 4, 3] }).success).toBe(true);
    expect(UndatedMeasureSchema.safeParse({ instrument: 'swemwbs', timepoint: 'exit', score: 21 }).success).toBe(true);
  });
});

describe('the bound on lifecycle events', () => {
  const withEvents = (count: number) => ({
    id: 'R-bound',
    referredOn: '2025-01-01',
    source: 'gp-practice',
    events: Array.from({ length: count }, (_, i) => (i % 2 === 0 ? { type: 'on-hold', on: '2025-01-02' } : { type: 'accepted', on: '2025-01-02' })),
  });

  it(`accepts ${MAX_REFERRAL_EVENTS} events and refuses one more, at the events path`, () => {
    expect(ReferralSchema.safeParse(withEvents(MAX_REFERRAL_EVENTS)).success).toBe(true);
    const refused = ReferralSchema.safeParse(withEvents(MAX_REFERRAL_EVENTS + 1));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([['events']]);
  });
});
