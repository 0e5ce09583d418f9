/**
 * The exact errors of the caseload module: code, paths and messages, pinned so
 * that a change to any of them is a visible decision.
 */
import { describe, expect, it } from 'vitest';
import { activeCaseload, contactCapacity, expectedReferrals, linkWorkersNeeded, planCaseload } from '../../src/caseload/index.js';
import { errorOf } from '../support/errorOf.js';

describe('caseload errors', () => {
  it('pins every code, path and message', () => {
    expect([
      errorOf(() => expectedReferrals({ listSize: -1 })),
      errorOf(() => expectedReferrals({ listSize: 40_000, rate: 1.6 })),
      errorOf(() => expectedReferrals({ listSize: 40_000, rate: -1 })),
      errorOf(() => expectedReferrals({ listSize: { min: 2, max: 1 } })),
      errorOf(() => expectedReferrals({ listSize: { min: 1, max: -2 } })),
      errorOf(() => expectedReferrals({ listSize: [1, 2] as never })),
      errorOf(() => expectedReferrals(null as never)),
      errorOf(() => linkWorkersNeeded({ referralsPerYear: 1, peoplePerWorkerPerYear: 0 })),
      errorOf(() => linkWorkersNeeded({ referralsPerYear: -1 })),
      errorOf(() => linkWorkersNeeded('x' as never)),
      errorOf(() => activeCaseload({ referralsPerYear: -1, weeksSupported: 6 })),
      errorOf(() => activeCaseload({ referralsPerYear: 1, weeksSupported: -1 })),
      errorOf(() => activeCaseload([] as never)),
      errorOf(() => contactCapacity({ wte: -1 })),
      errorOf(() => contactCapacity({ wte: 1, contactsPerPerson: -1 })),
      errorOf(() => contactCapacity({ wte: 1, peoplePerWorkerPerYear: 0 })),
      errorOf(() => contactCapacity({ wte: 1, workingDaysPerYear: 0 })),
      errorOf(() => contactCapacity({ wte: 1, leaveDaysPerYear: -1 })),
      errorOf(() => contactCapacity({ wte: 1, leaveDaysPerYear: 300 })),
      errorOf(() => contactCapacity(undefined as never)),
      errorOf(() => planCaseload({ pcns: [] })),
      errorOf(() => planCaseload({ pcns: [{ id: 'a', listSize: 1 }, { id: 'a', listSize: 1 }] })),
      errorOf(() => planCaseload({ pcns: [{ id: 'a', name: 1 as never, listSize: 1 }] })),
      errorOf(() => planCaseload({ pcns: [{ id: 'a', listSize: 1, linkWorkerWte: -1 }] })),
      errorOf(() => planCaseload({ pcns: [{ id: 'a', listSize: 1 }], wteInPost: -1 })),
      errorOf(() => planCaseload({ pcns: [7 as never] })),
      errorOf(() => planCaseload(0 as never)),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "caseload/invalid-list-size",
          "issues": [
            {
              "message": "must be a whole number, 0 or more",
              "path": [
                "listSize",
              ],
            },
          ],
        },
        {
          "code": "caseload/rate-above-one",
          "issues": [
            {
              "message": "must be at most 1 (write 1.6% as 0.016)",
              "path": [
                "rate",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-rate",
          "issues": [
            {
              "message": "must be a proportion from 0 to 1",
              "path": [
                "rate",
              ],
            },
          ],
        },
        {
          "code": "caseload/inverted-range",
          "issues": [
            {
              "message": "min must not be greater than max",
              "path": [
                "listSize",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-list-size",
          "issues": [
            {
              "message": "must be a whole number, 0 or more",
              "path": [
                "listSize",
                "max",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-list-size",
          "issues": [
            {
              "message": "must be a whole number, 0 or more",
              "path": [
                "listSize",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "expectedReferrals must be an object",
              "path": [],
            },
          ],
        },
        {
          "code": "caseload/invalid-people-per-worker",
          "issues": [
            {
              "message": "must be above 0",
              "path": [
                "peoplePerWorkerPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-referrals",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "referralsPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "linkWorkersNeeded must be an object",
              "path": [],
            },
          ],
        },
        {
          "code": "caseload/invalid-referrals",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "referralsPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-weeks",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "weeksSupported",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "activeCaseload must be an object",
              "path": [],
            },
          ],
        },
        {
          "code": "caseload/invalid-wte",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "wte",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-contacts",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "contactsPerPerson",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-people-per-worker",
          "issues": [
            {
              "message": "must be above 0",
              "path": [
                "peoplePerWorkerPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-working-days",
          "issues": [
            {
              "message": "must be from 1 to 366",
              "path": [
                "workingDaysPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-leave-days",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "leaveDaysPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-leave-days",
          "issues": [
            {
              "message": "must be fewer than the working days a year (252)",
              "path": [
                "leaveDaysPerYear",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "contactCapacity must be an object",
              "path": [],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "must be a non-empty array of PCNs",
              "path": [
                "pcns",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-pcn-id",
          "issues": [
            {
              "message": "must be a non-empty string, unique within the plan",
              "path": [
                "pcns",
                1,
                "id",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "must be a string",
              "path": [
                "pcns",
                0,
                "name",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-wte",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "pcns",
                0,
                "linkWorkerWte",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-wte",
          "issues": [
            {
              "message": "must be 0 or more",
              "path": [
                "wteInPost",
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "must be a PCN object",
              "path": [
                "pcns",
                0,
              ],
            },
          ],
        },
        {
          "code": "caseload/invalid-options",
          "issues": [
            {
              "message": "planCaseload must be an object",
              "path": [],
            },
          ],
        },
      ]
    `);
  });

  it('messages are built from codes and paths', () => {
    expect(() => expectedReferrals({ listSize: -1 })).toThrow('caseload/invalid-list-size: listSize must be a whole number, 0 or more');
  });
});

describe('caseload boundaries', () => {
  it('accepts zero where zero is meaningful', () => {
    expect(activeCaseload({ referralsPerYear: 0, weeksSupported: 0 })).toEqual({ min: 0, max: 0 });
    expect(contactCapacity({ wte: 0, contactsPerPerson: 0 }).contactsPerYear).toEqual({ min: 0, max: 0 });
    expect(linkWorkersNeeded({ referralsPerYear: 0 })).toEqual({ min: 0, max: 0 });
    expect(expectedReferrals({ listSize: 1000, rate: 0 })).toEqual({ min: 0, max: 0 });
    expect(expectedReferrals({ listSize: 1000, rate: 1 })).toEqual({ min: 1000, max: 1000 });
  });

  it('takes 1 and 366 working days but not 0.5 or 367', () => {
    expect(contactCapacity({ wte: 1, workingDaysPerYear: 1 }).workingDaysPerYear).toBe(1);
    expect(contactCapacity({ wte: 1, workingDaysPerYear: 366 }).workingDaysPerYear).toBe(366);
    expect(() => contactCapacity({ wte: 1, workingDaysPerYear: 0.5 })).toThrow(expect.objectContaining({ code: 'caseload/invalid-working-days' }));
    expect(() => contactCapacity({ wte: 1, workingDaysPerYear: 367 })).toThrow(expect.objectContaining({ code: 'caseload/invalid-working-days' }));
    expect(contactCapacity({ wte: 1, workingDaysPerYear: 253, leaveDaysPerYear: 252 }).workingDaysPerYear).toBe(1);
  });

  it('takes numbers up to the largest safe integer and no further', () => {
    expect(linkWorkersNeeded({ referralsPerYear: Number.MAX_SAFE_INTEGER, peoplePerWorkerPerYear: Number.MAX_SAFE_INTEGER })).toEqual({ min: 1, max: 1 });
    expect(() => linkWorkersNeeded({ referralsPerYear: Number.MAX_SAFE_INTEGER + 2 })).toThrow(
      expect.objectContaining({ code: 'caseload/invalid-referrals' }),
    );
  });

  it('never returns -0', () => {
    const result = contactCapacity({ wte: -0, contactsPerPerson: -0, leaveDaysPerYear: -0 });
    for (const value of [result.peoplePerYear.min, result.contactsPerYear.max, result.contactsPerWorkerPerDay.min]) {
      expect(Object.is(value, -0)).toBe(false);
    }
    expect(Object.is(activeCaseload({ referralsPerYear: -0, weeksSupported: 6 }).min, -0)).toBe(false);
  });

  it('plans with a rate and a caseload range given at plan level', () => {
    const plan = planCaseload({
      pcns: [{ id: 'a', listSize: 10_000, linkWorkerWte: 0.5 }, { id: 'b', listSize: 20_000, linkWorkerWte: 1 }],
      rate: 0.02,
      peoplePerWorkerPerYear: { min: 200, max: 250 },
    });
    expect(plan.rows.map((row) => [row.expectedReferrals, row.wteNeeded, row.wteInPost, row.gap])).toEqual([
      [{ min: 200, max: 200 }, { min: 0.8, max: 1 }, 0.5, { min: 0.3, max: 0.5 }],
      [{ min: 400, max: 400 }, { min: 1.6, max: 2 }, 1, { min: 0.6, max: 1 }],
    ]);
    expect(plan.total).toEqual({
      id: 'total',
      name: null,
      listSize: { min: 30_000, max: 30_000 },
      expectedReferrals: { min: 600, max: 600 },
      wteNeeded: { min: 2.4, max: 3 },
      wteInPost: 1.5,
      gap: { min: 0.9, max: 1.5 },
    });
  });
});
