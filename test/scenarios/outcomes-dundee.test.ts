/**
 * Dundee community link workers (What is a Community Link Worker? Paper 2, August 2018):
 * "70% of those referred engage with the CLW, there is a fairly even split between
 * males and females, 76% are aged between 20 and 59 years ... 65% of patient goals
 * were met and 84% had some positive outcomes".
 *
 * A cohort of 250 referrals built to those figures must be reported back exactly.
 */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import { summarizeOutcomes, summaryToMarkdown } from '../../src/outcomes/index.js';
import type { Referral } from '../../src/referrals/index.js';

const start = toDayNumber('2024-04-01');

function cohort(): Referral[] {
  const records: Referral[] = [];
  for (let i = 0; i < 250; i++) {
    const referredOn = fromDayNumber(start + (i % 300));
    const engaged = i < 175; // 70%
    const goals: Referral['goals'] = [];
    if (engaged) {
      // 200 goals: 130 met, 17 partly met, 53 not met; 147 of 175 engaged people (84%) met or partly met one.
      if (i < 130) goals.push({ setOn: referredOn, status: 'met' });
      else if (i < 147) goals.push({ setOn: referredOn, status: 'partly-met' });
      else goals.push({ setOn: referredOn, status: 'not-met' });
      if (i < 25) goals.push({ setOn: referredOn, status: 'not-met' });
    }
    const age = i < 190 ? 20 + (i % 40) : 60 + (i % 30); // 190 of 250 = 76% aged 20–59
    records.push({
      id: `DND-${i}`,
      referredOn,
      source: 'gp-practice',
      pcn: 'dundee',
      person: { birthYear: Number(referredOn.slice(0, 4)) - age, sex: i % 2 === 0 ? 'female' : 'male' },
      needs: ['low-level-mental-health'],
      events: engaged ? [{ type: 'accepted', on: referredOn }] : [{ type: 'declined', on: referredOn }],
      contacts: engaged ? Array.from({ length: 6 + (i % 7) }, (_, k) => ({ on: fromDayNumber(start + (i % 300) + 7 * (k + 1)), mode: 'face-to-face' as const, attended: true })) : [],
      goals,
      onward: [],
      measures: [],
    });
  }
  return records;
}

describe('Dundee evaluation, reported back', () => {
  const summary = summarizeOutcomes(cohort(), { groupBy: 'pcn' });
  const total = summary.total;

  it('70% engage', () => {
    expect(total.engagementRate?.value).toBe(0.7);
  });
  it('65% of goals met', () => {
    expect(total.goals.metRate?.value).toBe(0.65);
  });
  it('84% of those engaged had some positive outcome', () => {
    expect(total.positiveOutcomeRate?.value).toBe(0.84);
  });
  it('76% aged 20–59, a fairly even split of sexes', () => {
    expect(total.demographics.aged20To59Rate?.value).toBe(0.76);
    expect(total.demographics.sex).toEqual({ female: 125, male: 125, other: 0, unknown: 0 });
  });
  it('contacts within 6–12 for everyone engaged', () => {
    expect(total.contacts.withinExpectedRate?.value).toBe(1);
  });
  it('prints as a Markdown table', () => {
    expect(summaryToMarkdown(summary).split('\n')[2]).toBe(
      '| dundee | 250 | 70% (64–75) | 65% (58–71) | 84% (78–89) | 9 | 100% (98–100) | – |',
    );
  });
});
