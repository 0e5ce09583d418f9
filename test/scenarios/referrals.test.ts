/**
 * Worked referrals from the seed documents:
 * - NW Surrey social prescribing link worker: referral by GP practice staff, "6 weeks although this can be
 *   longer where beneficial" (NWS Community of Practice – Role Mapping, draft, 1 December 2022);
 * - Luton community navigators: GP referral, a 12-week prescription, and "the patient returns to community
 *   navigator after 12 weeks to have an assessment" (Social prescribing models in the UK, an untitled table);
 * - Rotherham: a home visit for a guided conversation, then a prescription of "anything between 8-16 weeks"
 *   (Social prescribing models in the UK, an untitled table).
 * - NW Surrey: people "can get back in contact if further support needed" (wellbeing coordinators), which is a
 *   reopened episode here (NWS Community of Practice – Role Mapping, draft, 1 December 2022).
 * Contacts are banded against Sefton's 6–12 (Sefton CVS, Expression of Interest, 2019).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/index.js';
import {
  codeEvents,
  contactSummary,
  planContacts,
  ReferralSchema,
  referralStatus,
  referralTimeline,
  snomed,
  toTaskStatus,
  type Referral,
} from '../../src/referrals/index.js';

describe('NW Surrey: a six-week link worker episode', () => {
  const contactDays = planContacts({ start: '2025-04-03', count: 6 });
  const referral: Referral = ReferralSchema.parse({
    id: 'nws-0001',
    referredOn: '2025-03-31',
    source: 'gp-practice',
    pcn: 'nw-surrey-pcn-1',
    needs: ['social-isolation', 'low-level-mental-health'],
    events: [
      { type: 'accepted', on: '2025-04-01' },
      { type: 'closed', on: '2025-05-12', reason: 'goals-met' },
    ],
    contacts: contactDays.map((on, i) => ({ on, mode: i === 0 ? 'face-to-face' : 'telephone', minutes: 45, attended: true })),
    goals: [{ setOn: '2025-04-03', status: 'met', need: 'social-isolation' }],
  });

  it('plans six weekly Thursdays across Easter', () => {
    expect(contactDays).toEqual(['2025-04-03', '2025-04-10', '2025-04-17', '2025-04-24', '2025-05-01', '2025-05-08']);
  });

  it('is within the 6–12 band and lasts six weeks', () => {
    expect(contactSummary(referral)).toEqual({ attended: 6, missed: 0, band: 'within', daysToFirstContact: 3, weeksSupported: 6 });
  });

  it('moves referred → accepted → engaged → closed', () => {
    expect(['2025-03-31', '2025-04-01', '2025-04-03', '2025-05-12'].map((d) => referralStatus(referral, d))).toEqual([
      'referred',
      'accepted',
      'engaged',
      'closed',
    ]);
    expect(referralTimeline(referral).map((e) => toTaskStatus(e.status, { onHold: e.onHold }))).toEqual([
      'requested',
      'accepted',
      'in-progress',
      'completed',
    ]);
    expect(codeEvents(referral)).toEqual([{ ...pick(snomed.referral), on: '2025-04-01', episode: 0 }]);
  });
});

describe('Luton: a 12-week prescription with its review', () => {
  const referral = ReferralSchema.parse({
    id: 'luton-0001',
    referredOn: '2025-01-06',
    source: 'gp-practice',
    needs: ['physical-activity', 'social-isolation'],
    events: [
      { type: 'accepted', on: '2025-01-08' },
      { type: 'closed', on: '2025-04-07', reason: 'goals-met' },
    ],
    contacts: [
      { on: '2025-01-13', mode: 'face-to-face', minutes: 60, attended: true },
      { on: '2025-04-07', mode: 'face-to-face', minutes: 60, attended: true },
    ],
    onward: [
      { kind: 'referral', organisationId: 'luton-leisure', activityId: 'exercise-on-referral', on: '2025-01-13' },
      { kind: 'referral', organisationId: 'luton-volunteering', on: '2025-01-13' },
    ],
    measures: [
      { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-01-13', items: [2, 3, 2, 2, 3, 2, 2] },
      { instrument: 'swemwbs', timepoint: 'review', on: '2025-04-07', items: [3, 3, 3, 3, 4, 3, 3] },
    ],
  });

  it('has two navigator contacts, below the link worker band but right for the model', () => {
    expect(contactSummary(referral)).toEqual({ attended: 2, missed: 0, band: 'below', daysToFirstContact: 7, weeksSupported: 13 });
    expect(contactSummary(referral, { expected: { min: 2, max: 2 } }).band).toBe('within');
  });

  it('is engaged through the prescription and closed at the review', () => {
    expect(referralStatus(referral, '2025-01-10')).toBe('accepted');
    expect(referralStatus(referral, '2025-03-01')).toBe('engaged');
    expect(referralStatus(referral, '2025-04-07')).toBe('closed');
    const review = addDays('2025-01-13', 12 * 7);
    expect(review).toBe('2025-04-07');
  });
});

describe('Rotherham: a home visit, then 8 to 16 weeks', () => {
  function rotherham(weeks: number, id: string) {
    const visit = '2025-09-01';
    const contacts = planContacts({ start: visit, count: weeks / 2 + 1, everyDays: 14 });
    return ReferralSchema.parse({
      id,
      referredOn: '2025-08-26',
      source: 'gp-practice',
      needs: ['long-term-condition', 'social-isolation'],
      events: [
        { type: 'accepted', on: visit },
        { type: 'closed', on: addDays(visit, weeks * 7), reason: 'goals-met' },
      ],
      contacts: contacts.map((on, i) => ({ on, mode: i === 0 ? 'home-visit' : 'telephone', attended: true })),
    });
  }

  it('at 8 weeks: five fortnightly contacts, below the band', () => {
    const referral = rotherham(8, 'roth-8');
    expect(contactSummary(referral)).toEqual({ attended: 5, missed: 0, band: 'below', daysToFirstContact: 6, weeksSupported: 8.9 });
    expect(referralStatus(referral, '2025-10-01')).toBe('engaged');
  });

  it('at 16 weeks: nine fortnightly contacts, within the band', () => {
    const referral = rotherham(16, 'roth-16');
    expect(contactSummary(referral)).toEqual({ attended: 9, missed: 0, band: 'within', daysToFirstContact: 6, weeksSupported: 16.9 });
    expect(referralStatus(referral, '2025-12-15')).toBe('engaged');
    expect(referralStatus(referral, '2025-12-22')).toBe('closed');
  });
});

describe('NW Surrey: getting back in contact after a close', () => {
  const referral = ReferralSchema.parse({
    id: 'nws-0002',
    referredOn: '2025-02-03',
    source: 'hospital-discharge',
    needs: ['social-isolation'],
    events: [
      { type: 'accepted', on: '2025-02-04' },
      { type: 'on-hold', on: '2025-02-17', reason: 'in-hospital' },
      { type: 'accepted', on: '2025-03-03' },
      { type: 'closed', on: '2025-03-24', reason: 'goals-met' },
      { type: 'reopened', on: '2025-06-16' },
      { type: 'closed', on: '2025-07-14', reason: 'goals-met' },
    ],
    contacts: [
      ...planContacts({ start: '2025-02-06', count: 2 }),
      ...planContacts({ start: '2025-03-06', count: 3 }),
      ...planContacts({ start: '2025-06-19', count: 4 }),
    ].map((on) => ({ on, mode: 'telephone', attended: true })),
  });

  it('is closed between episodes and engaged again once reopened', () => {
    expect(referralStatus(referral, '2025-02-20')).toBe('engaged');
    expect(referralStatus(referral, '2025-04-30')).toBe('closed');
    expect(referralStatus(referral, '2025-06-16')).toBe('engaged');
    expect(referralStatus(referral, '2025-07-14')).toBe('closed');
    expect(referralTimeline(referral).map((e) => [e.on, toTaskStatus(e.status, { onHold: e.onHold })])).toEqual([
      ['2025-02-03', 'requested'],
      ['2025-02-04', 'accepted'],
      ['2025-02-06', 'in-progress'],
      ['2025-02-17', 'on-hold'],
      ['2025-03-03', 'in-progress'],
      ['2025-03-24', 'completed'],
      ['2025-06-16', 'in-progress'],
      ['2025-07-14', 'completed'],
    ]);
  });

  it('codes the referral once per episode and counts contacts over both', () => {
    expect(codeEvents(referral).map((e) => [e.code, e.on, e.episode])).toEqual([
      [snomed.referral.code, '2025-02-04', 0],
      [snomed.referral.code, '2025-06-19', 1],
    ]);
    expect(contactSummary(referral)).toEqual({ attended: 9, missed: 0, band: 'within', daysToFirstContact: 3, weeksSupported: 23 });
  });
});

function pick(code: { code: string; term: string }) {
  return { code: code.code, term: code.term };
}
