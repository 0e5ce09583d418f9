/**
 * Edges of caseload's number checks: what each non-number, non-finite or
 * over-large value is rejected with, -0 in results, and PCN names.
 */
import { describe, expect, it } from 'vitest';
import { contactCapacity, expectedReferrals, linkWorkersNeeded, planCaseload } from '../../src/caseload/index.js';
import { errorOf } from '../support/errorOf.js';

describe('caseload number checks', () => {
  it('rejects a value above 2^53 - 1 with the limit in the message', () => {
    expect(errorOf(() => linkWorkersNeeded({ referralsPerYear: 2 ** 53 }))).toEqual({
      code: 'caseload/invalid-referrals',
      issues: [{ path: ['referralsPerYear'], message: 'must be at most 9007199254740991' }],
    });
  });

  it('rejects numbers written as text, null and booleans, which comparisons would coerce', () => {
    const badRate = { code: 'caseload/invalid-rate', issues: [{ path: ['rate'], message: 'must be a proportion from 0 to 1' }] };
    expect(errorOf(() => expectedReferrals({ listSize: 1000, rate: '0.5' as never }))).toEqual(badRate);
    expect(errorOf(() => expectedReferrals({ listSize: 1000, rate: true as never }))).toEqual(badRate);
    expect(errorOf(() => contactCapacity({ wte: null as never }))).toEqual({
      code: 'caseload/invalid-wte',
      issues: [{ path: ['wte'], message: 'must be 0 or more' }],
    });
    expect(errorOf(() => linkWorkersNeeded({ referralsPerYear: { min: '1', max: 2 } as never }))).toEqual({
      code: 'caseload/invalid-referrals',
      issues: [{ path: ['referralsPerYear', 'min'], message: 'must be 0 or more' }],
    });
  });

  it('rejects null as a number, not as a range', () => {
    expect(errorOf(() => expectedReferrals({ listSize: null as never }))).toEqual({
      code: 'caseload/invalid-list-size',
      issues: [{ path: ['listSize'], message: 'must be a whole number, 0 or more' }],
    });
  });

  it('rejects an infinite rate as not a proportion from 0 to 1', () => {
    // Infinity is not a finite proportion: the rate's own rule, not the safe-integer limit, explains it.
    const badRate = { code: 'caseload/invalid-rate', issues: [{ path: ['rate'], message: 'must be a proportion from 0 to 1' }] };
    expect(errorOf(() => expectedReferrals({ listSize: 1000, rate: Infinity }))).toEqual(badRate);
    expect(errorOf(() => expectedReferrals({ listSize: 1000, rate: { min: 0.01, max: Infinity } }))).toEqual({
      code: 'caseload/invalid-rate',
      issues: [{ path: ['rate', 'max'], message: 'must be a proportion from 0 to 1' }],
    });
    expect(errorOf(() => linkWorkersNeeded({ referralsPerYear: Infinity }))).toEqual({
      code: 'caseload/invalid-referrals',
      issues: [{ path: ['referralsPerYear'], message: 'must be 0 or more' }],
    });
  });
});

describe('planCaseload results', () => {
  it('keeps a PCN name', () => {
    const plan = planCaseload({ pcns: [{ id: 'n', name: 'North', listSize: 10_000 }, { id: 's', name: '', listSize: 10_000 }] });
    expect(plan.rows.map((row) => row.name)).toEqual(['North', '']);
    expect(plan.total.name).toBeNull();
  });

  it('gives a list size of -0 as 0', () => {
    const plan = planCaseload({ pcns: [{ id: 'a', listSize: -0 }, { id: 'b', listSize: { min: -0, max: 10 } }] });
    expect(Object.is(plan.rows[0]!.listSize.min, 0)).toBe(true);
    expect(Object.is(plan.rows[0]!.listSize.max, 0)).toBe(true);
    expect(Object.is(plan.rows[1]!.listSize.min, 0)).toBe(true);
  });

  it('rounds a surplus smaller than half a hundredth to 0, not -0', () => {
    // 25,000 patients at 1% is 250 people: exactly 1 WTE at 250 a worker; 1.004 in post leaves a 0.004 surplus.
    const plan = planCaseload({ pcns: [{ id: 'a', listSize: 25_000, linkWorkerWte: 1.004 }], rate: 0.01, peoplePerWorkerPerYear: 250 });
    const row = plan.rows[0]!;
    expect(row.wteNeeded).toEqual({ min: 1, max: 1 });
    expect(row.wteInPost).toBe(1);
    expect(Object.is(row.gap?.min, 0)).toBe(true);
    expect(Object.is(row.gap?.max, 0)).toBe(true);
    expect(Object.is(plan.total.gap?.min, 0)).toBe(true);
  });

  it('uses the defaults when the plan gives no rate or caseload', () => {
    // 1.2–1.6% of 25,000 is 300–400 people; at 250 a worker that is 1.2–1.6 WTE.
    const plan = planCaseload({ pcns: [{ id: 'a', listSize: 25_000 }] });
    expect(plan.rows[0]!.expectedReferrals).toEqual({ min: 300, max: 400 });
    expect(plan.rows[0]!.wteNeeded).toEqual({ min: 1.2, max: 1.6 });
  });
});
