/**
 * Regression tests for the defects a new user's hostile inputs found (issue 14: keys echoed,
 * typos ignored, zod's wording, duplicated areas), each written as the user met it.
 */
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/index.js';
import { contactCapacity, expectedReferrals, planCaseload, planCaseloadByGroup } from '../../src/caseload/index.js';
import { contactSummary, type Referral } from '../../src/referrals/index.js';
import { assessProvider, provisionGaps } from '../../src/directory/index.js';
import { checkEligibility, defineScheme, schemes, withArea } from '../../src/eligibility/index.js';
import { summarizeOutcomes } from '../../src/outcomes/index.js';
import { supervisionSchedule } from '../../src/supervision/index.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { SocialPrescribingError } from '../../src/core/index.js';
import { fullAssurance, service } from '../directory/fixtures.js';

function errorOf(run: () => unknown): SocialPrescribingError {
  try {
    run();
  } catch (error) {
    if (error instanceof SocialPrescribingError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const referral: Referral = { id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice' } as Referral;

const personalKeys = { '9434765919': 'yes', 'Jane Smith': 'yes' };

describe('a key supplied in data is never echoed (defect 3)', () => {
  it('points at a bad flag by position', () => {
    const error = errorOf(() => checkEligibility(schemes.waysToWellness, { age: 40, flags: personalKeys } as never, { referredOn: '2025-06-01' }));
    // Every bad flag is reported (PersonSchema's parse), each by position.
    expect(error.issues).toEqual([
      { path: ['flags', '<key 0>'], message: 'must be true or false' },
      { path: ['flags', '<key 1>'], message: 'must be true or false' },
    ]);
    expect(error.message).not.toMatch(/Jane|9434765919/);
  });

  it('points at a bad demand count by position', () => {
    const error = errorOf(() => provisionGaps([], { '9434765919': 3 } as never, { asOf: '2025-06-01' }));
    expect(error.issues).toEqual([{ path: ['needs', '<key 0>'], message: 'is not a need category' }]);
  });

  it('names a misspelt option written like code, and gives a position for a key that may be data', () => {
    for (const run of [
      () => isWorkingDay('2025-06-02', { regoin: 'scotland', 'Jane Smith': 1 } as never),
      () => supervisionSchedule({ from: '2025-04-01', to: '2025-06-30', regoin: 1, 'Jane Smith': 1 } as never),
      () => summarizeOutcomes([], { regoin: 1, 'Jane Smith': 1 } as never),
      () => generateReferrals({ count: 1, seed: 1, from: '2025-01-01', to: '2025-02-01', regoin: 1, 'Jane Smith': 1 } as never),
      () => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1 }], regoin: 1, 'Jane Smith': 1 } as never),
    ]) {
      const error = errorOf(run);
      const unknown = error.issues.filter((issue) => issue.message === 'is not a known option').map((issue) => issue.path.at(-1));
      expect(unknown).toEqual(['regoin', expect.stringMatching(/^<key \d+>$/)]);
      expect(JSON.stringify(error.issues)).not.toContain('Jane');
    }
  });

  it('gives an unknown assurance item in data a position', () => {
    const error = errorOf(() => provisionGaps([service({ assurance: { policies: { 'Jane Smith': '2025-01-01' } } } as never)], { housing: 1 }, { asOf: '2025-06-01' }));
    expect(error.code).toBe('directory/unknown-assurance-item');
    expect(JSON.stringify(error.issues)).not.toContain('Jane');
  });
});

describe('one voice (defect 8)', () => {
  it('says a required value is required, and limits in plain words, never zod default wording', () => {
    const error = errorOf(() => defineScheme({ id: 's', criteria: { kind: 'flag', name: '' } }));
    for (const issue of error.issues) expect(issue.message).not.toMatch(/^(Invalid input|Too (big|small)|Unrecognized)/);
    expect(error.issues).toContainEqual({ path: ['name'], message: 'is required' });
    expect(error.issues).toContainEqual({ path: ['criteria', 'name'], message: 'must not be empty' });
  });
});

describe('withArea (defect 10)', () => {
  it('rejects values that are the same area ignoring case and spaces', () => {
    const error = errorOf(() => withArea(schemes.waysToWellness, ['A1', 'a1 ']));
    expect(error).toMatchObject({ code: 'eligibility/invalid-area', issues: [{ path: [1], message: expect.stringMatching(/^repeats an earlier value/) }] });
  });
});

describe('one normaliseArea (issue 14)', () => {
  it('matches a directory service area with doubled inner spaces, as eligibility does', () => {
    const directory = [service({ id: 'walk', needs: ['social-isolation'], service_areas: [{ name: 'Surrey Heath' }] })];
    const gaps = provisionGaps(directory, { 'social-isolation': 1 }, { asOf: '2025-06-01', area: 'surrey  heath' });
    expect(gaps.excluded).toEqual([]);
  });
});

describe('every bad value, not only the first (defect 7)', () => {
  it('reports both bad PCNs of a plan', () => {
    const error = errorOf(() => planCaseload({ pcns: [{ id: 'a', listSize: -1 }, { id: 'b', listSize: 1.5 }] }));
    expect(error.code).toBe('caseload/invalid-list-size');
    expect(error.issues.map((issue) => issue.path)).toEqual([['pcns', 0, 'listSize'], ['pcns', 1, 'listSize']]);
  });

  it('reports all four bad demand counts', () => {
    const error = errorOf(() => provisionGaps([], { housing: -1, 'money-and-debt': Number.NaN, employment: '3', bereavement: -2 } as never, { asOf: '2025-06-01' }));
    expect(error.issues).toHaveLength(4);
  });
});

describe('messages that say what is wrong (defect 8)', () => {
  it('gives the limit for a list size too large to use', () => {
    expect(errorOf(() => expectedReferrals({ listSize: 1e308 })).issues).toEqual([{ path: ['listSize'], message: 'must be at most 9007199254740991' }]);
  });

  it('says a missing team size is required', () => {
    expect(errorOf(() => contactCapacity({} as never)).issues).toEqual([{ path: ['wte'], message: 'is required' }]);
  });

  it('blames leave that leaves no working day, with the limit', () => {
    const error = errorOf(() => contactCapacity({ wte: 2, workingDaysPerYear: 10, leaveDaysPerYear: 20 }));
    expect(error).toMatchObject({ code: 'caseload/invalid-leave-days', issues: [{ path: ['leaveDaysPerYear'], message: 'must be fewer than the working days a year (10)' }] });
  });
});

describe('a misspelt option is an error that names it (defect 9)', () => {
  it.each([
    ['planCaseload', () => planCaseload({ pcns: [{ id: 'a', listSize: 1000 }], wteInpost: 3 } as never), 'caseload/invalid-options', 'wteInpost'],
    ['expectedReferrals', () => expectedReferrals({ listSize: 1000, rates: 0.01 } as never), 'caseload/invalid-options', 'rates'],
    ['contactSummary', () => contactSummary(referral, { bnad: 1 } as never), 'referrals/invalid-options', 'bnad'],
    ['defineScheme', () => defineScheme({ id: 's', name: 'S', criteria: { kind: 'anyone' }, nmae: 'x' }), 'eligibility/invalid-scheme', 'nmae'],
  ])('%s', (_, run, code, option) => {
    expect(errorOf(run)).toMatchObject({ code, issues: [{ path: [option], message: 'is not a known option' }] });
  });
});

describe('callers get their own module code and their own path (defect 6)', () => {
  it('assesses a review due after 9999-12-31 as current, with no made-up due date', () => {
    const assessment = assessProvider(service({ id: 'x', assurance: fullAssurance('9999-06-01') }), { asOf: '9999-12-31' });
    expect(assessment.items.filter((item) => item.status === 'current' && item.dueBy === null).length).toBeGreaterThan(0);
  });

  it('rejects synthetic dates too late for follow-up as synthetic options', () => {
    const error = errorOf(() => generateReferrals({ count: 5, seed: 1, from: '9999-12-01', to: '9999-12-31' }));
    expect(error.code).toBe('synthetic/invalid-options');
    expect(error.issues.map((issue) => issue.path)).toEqual([['from'], ['to']]);
  });
});
