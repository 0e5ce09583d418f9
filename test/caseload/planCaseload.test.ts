import { describe, expect, it } from 'vitest';
import { planCaseload } from '../../src/caseload/index.js';
import { SocialPrescribingError } from '../../src/core/index.js';

describe('planCaseload', () => {
  const plan = planCaseload({
    pcns: [
      { id: 'north', name: 'North', listSize: 42_000, linkWorkerWte: 2 },
      { id: 'south', listSize: 31_000, linkWorkerWte: 1 },
    ],
  });

  it('gives a row per PCN in input order', () => {
    expect(plan.rows.map((row) => row.id)).toEqual(['north', 'south']);
    expect(plan.rows[0]).toEqual({
      id: 'north',
      name: 'North',
      listSize: { min: 42_000, max: 42_000 },
      expectedReferrals: { min: 504, max: 672 },
      wteNeeded: { min: 2.02, max: 2.69 },
      wteInPost: 2,
      gap: { min: 0.02, max: 0.69 },
    });
    expect(plan.rows[1]!.name).toBeNull();
  });

  it('totals from unrounded figures', () => {
    expect(plan.total).toEqual({
      id: 'total',
      name: null,
      listSize: { min: 73_000, max: 73_000 },
      expectedReferrals: { min: 876, max: 1168 },
      wteNeeded: { min: 3.5, max: 4.67 },
      wteInPost: 3,
      gap: { min: 0.5, max: 1.67 },
    });
  });

  it('has no gap where the WTE in post is unknown', () => {
    const partial = planCaseload({ pcns: [{ id: 'a', listSize: 40_000 }, { id: 'b', listSize: 40_000, linkWorkerWte: 1 }] });
    expect(partial.rows[0]!.gap).toBeNull();
    expect(partial.rows[0]!.wteInPost).toBeNull();
    expect(partial.total.gap).toBeNull();
    expect(JSON.stringify(partial)).not.toContain('undefined');
  });

  it('uses the overall WTE in post when given', () => {
    const central = planCaseload({ pcns: [{ id: 'a', listSize: 40_000 }], wteInPost: 1, rate: 0.0125, peoplePerWorkerPerYear: 250 });
    expect(central.total.gap).toEqual({ min: 1, max: 1 });
  });

  it('prefixes errors with the PCN’s place', () => {
    try {
      planCaseload({ pcns: [{ id: 'a', listSize: 40_000 }, { id: 'b', listSize: -5 }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SocialPrescribingError);
      expect((error as SocialPrescribingError).code).toBe('caseload/invalid-list-size');
      expect((error as SocialPrescribingError).issues[0]!.path).toEqual(['pcns', 1, 'listSize']);
    }
  });

  it.each([
    [{ pcns: [] }, 'caseload/invalid-options'],
    [{ pcns: 'all' }, 'caseload/invalid-options'],
    [{ pcns: [null] }, 'caseload/invalid-options'],
    [{ pcns: [{ id: 'a', listSize: 1 }, { id: 'a', listSize: 1 }] }, 'caseload/invalid-pcn-id'],
    [{ pcns: [{ id: '', listSize: 1 }] }, 'caseload/invalid-pcn-id'],
    [{ pcns: [{ listSize: 1 }] }, 'caseload/invalid-pcn-id'],
    [{ pcns: [{ id: 'a', name: 7, listSize: 1 }] }, 'caseload/invalid-options'],
    [{ pcns: [{ id: 'a', listSize: 1, linkWorkerWte: -1 }] }, 'caseload/invalid-wte'],
    [{ pcns: [{ id: 'a', listSize: 1 }], wteInPost: Number.NaN }, 'caseload/invalid-wte'],
    [{ pcns: [{ id: 'a', listSize: 1 }], rate: 2 }, 'caseload/rate-above-one'],
    [{ pcns: [{ id: 'a', listSize: 1 }], peoplePerWorkerPerYear: 0 }, 'caseload/invalid-people-per-worker'],
  ])('rejects %j with %s', (options, code) => {
    expect(() => planCaseload(options as never)).toThrow(expect.objectContaining({ code }));
  });

  it('does not mutate its input', () => {
    const input = { pcns: [{ id: 'a', listSize: { min: 1, max: 2 } }] };
    const copy = structuredClone(input);
    planCaseload(input);
    expect(input).toEqual(copy);
  });

  it('passes through unexpected errors unchanged', () => {
    const listSize = {
      get min(): number {
        throw new RangeError('boom');
      },
      max: 1,
    };
    expect(() => planCaseload({ pcns: [{ id: 'a', listSize }] })).toThrow(RangeError);
  });
});

describe('planCaseload error paths', () => {
  it('names a plan-level rate without a PCN prefix', () => {
    try {
      planCaseload({ pcns: [{ id: 'a', listSize: 1000 }], rate: 2 });
      expect.unreachable();
    } catch (error) {
      expect((error as SocialPrescribingError).issues[0]!.path).toEqual(['rate']);
    }
  });
});
