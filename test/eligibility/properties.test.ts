import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, compileScheme, defineScheme, type Scheme } from '../../src/eligibility/index.js';
import { caseArb, forget, schemeArb } from './arbitraries.js';

const runs = { numRuns: 400 };

describe('eligibility laws', () => {
  it('compileScheme decides exactly as checkEligibility', () => {
    fc.assert(
      fc.property(schemeArb, fc.array(caseArb, { minLength: 1, maxLength: 5 }), (scheme, cases) => {
        const decide = compileScheme(scheme);
        for (const { person, referral } of cases) {
          expect(decide(person, referral)).toBe(checkEligibility(scheme, person, referral).decision);
        }
      }),
      runs,
    );
  });

  it('not(not(c)) decides as c', () => {
    fc.assert(
      fc.property(schemeArb, caseArb, (scheme, { person, referral }) => {
        const twice: Scheme = { ...scheme, criteria: { kind: 'not', criterion: { kind: 'not', criterion: scheme.criteria } } };
        expect(checkEligibility(twice, person, referral).decision).toBe(checkEligibility(scheme, person, referral).decision);
      }),
      runs,
    );
  });

  it('adding facts never changes a decided result (an eligible person never becomes needs-information)', () => {
    fc.assert(
      fc.property(schemeArb, caseArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (scheme, full, drop) => {
        const fewer = forget(full.person, full.referral, drop);
        const before = checkEligibility(scheme, fewer.person, fewer.referral).decision;
        const after = checkEligibility(scheme, full.person, full.referral).decision;
        if (before !== 'needs-information') expect(after).toBe(before);
      }),
      runs,
    );
  });

  it('missing is empty exactly when the decision is made, and names only facts the check tree reports', () => {
    fc.assert(
      fc.property(schemeArb, caseArb, (scheme, { person, referral }) => {
        const result = checkEligibility(scheme, person, referral);
        expect(result.missing.length === 0).toBe(result.decision !== 'needs-information');
        expect(new Set(result.missing).size).toBe(result.missing.length);
      }),
      runs,
    );
  });

  it('valid random schemes survive defineScheme and a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(schemeArb, (scheme) => {
        const defined = defineScheme(scheme);
        expect(defined).toEqual(scheme);
        expect(defineScheme(JSON.parse(JSON.stringify(defined)))).toEqual(defined);
      }),
      runs,
    );
  });

  it('De Morgan: not(all(a, b)) decides as any(not a, not b)', () => {
    fc.assert(
      fc.property(schemeArb, schemeArb, caseArb, (a, b, { person, referral }) => {
        const left: Scheme = { id: 'l', name: 'L', criteria: { kind: 'not', criterion: { kind: 'all', of: [a.criteria, b.criteria] } } };
        const right: Scheme = {
          id: 'r',
          name: 'R',
          criteria: { kind: 'any', of: [{ kind: 'not', criterion: a.criteria }, { kind: 'not', criterion: b.criteria }] },
        };
        expect(checkEligibility(left, person, referral).decision).toBe(checkEligibility(right, person, referral).decision);
      }),
      { numRuns: 200 },
    );
  });
});
