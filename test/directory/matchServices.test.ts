import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assessProvider,
  createDirectoryIndex,
  matchServices,
  type AssurancePolicy,
  type Service,
} from '../../src/directory/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../../src/referrals/index.js';
import { fullAssurance, service } from './fixtures.js';
import { codeOf } from '../support/errorOf.js';

const referral = { referredOn: '2025-06-01' };
const over65 = { id: 'over-65', name: 'Over 65', criteria: { kind: 'age' as const, min: 65 } };

const directory: Service[] = [
  service({ id: 'walk', name: 'Walk and Talk', needs: ['social-isolation', 'physical-activity'] }),
  service({ id: 'lunch', name: 'Lunch Club', needs: ['social-isolation'], eligibility: over65 }),
  service({ id: 'choir', name: 'Choir', needs: ['social-isolation'], assurance: fullAssurance('2023-01-01') }),
  service({ id: 'closed', name: 'Book Club', needs: ['social-isolation'], status: 'inactive' }),
  service({ id: 'debt', name: 'Debt Advice', needs: ['money-and-debt'] }),
  service({ id: 'gym', name: 'Active Lives', needs: ['physical-activity'] }),
  service({ id: 'alpha', name: 'Active Lives', needs: ['physical-activity'] }),
];

describe('matchServices', () => {
  it('ranks by needs addressed, then name, then id, and explains each match', () => {
    const found = matchServices(directory, { person: { age: 70 }, referral, needs: ['physical-activity', 'social-isolation'] });
    expect(found.matches.map((m) => m.service.id)).toEqual(['walk', 'alpha', 'gym', 'lunch']);
    expect(found.matches[0]?.needs).toEqual(['physical-activity', 'social-isolation']);
    expect(found.matches[0]?.eligibility).toBeNull();
    expect(found.matches[3]?.eligibility?.decision).toBe('eligible');
    expect(found.matches[3]?.assurance.assured).toBe(true);
    expect(found.excluded.map((e) => [e.service.id, e.reasons])).toEqual([
      ['closed', ['inactive']],
      ['choir', ['unassured']],
    ]);
    expect(found.excluded[1]?.assurance.problems).toHaveLength(9);
    expect(found.needsInformation).toEqual([]);
    expect(found.unmetNeeds).toEqual([]);
  });

  it('puts unknown eligibility in needsInformation and ineligible services in excluded', () => {
    const unknownAge = matchServices(directory, { person: {}, referral, needs: ['social-isolation'] });
    expect(unknownAge.needsInformation.map((m) => [m.service.id, m.eligibility?.missing])).toEqual([['lunch', ['birthDate']]]);
    const young = matchServices(directory, { person: { age: 30 }, referral, needs: ['social-isolation'], detail: 'decision' });
    expect(young.excluded.map((e) => [e.service.id, e.reasons, e.eligibility])).toEqual([
      ['closed', ['inactive'], null],
      ['choir', ['unassured'], null],
      ['lunch', ['ineligible'], null],
    ]);
  });

  it('reports needs nothing matches', () => {
    const found = matchServices(directory, { person: { age: 30 }, referral, needs: ['housing', 'money-and-debt'] });
    expect(found.matches.map((m) => m.service.id)).toEqual(['debt']);
    expect(found.unmetNeeds).toEqual(['housing']);
  });

  it('assesses providers on the referral date by default, or on asOf', () => {
    const late = matchServices(directory, { person: { age: 70 }, referral: { referredOn: '2026-02-01' }, needs: ['money-and-debt'] });
    expect(late.excluded.map((e) => e.reasons)).toEqual([['unassured']]);
    const early = matchServices(directory, {
      person: { age: 70 },
      referral: { referredOn: '2026-02-01' },
      needs: ['money-and-debt'],
      asOf: '2025-06-01',
    });
    expect(early.matches.map((m) => m.service.id)).toEqual(['debt']);
    const lax: AssurancePolicy = { id: 'lax', name: 'None', policies: [], insurances: [], reviewWithinMonths: null };
    const withPolicy = matchServices(directory, { person: {}, referral, needs: ['social-isolation'], policy: lax });
    expect(withPolicy.matches.map((m) => m.service.id)).toEqual(['choir', 'walk']);
  });

  it('gives the same answer from an index as from the array', () => {
    const index = createDirectoryIndex(directory, { asOf: '2025-06-01' });
    for (const needs of [['social-isolation'], ['physical-activity', 'money-and-debt']] as NeedCategory[][]) {
      for (const detail of ['full', 'decision'] as const) {
        expect(matchServices(index, { person: { age: 70 }, referral, needs, detail })).toEqual(
          matchServices(directory, { person: { age: 70 }, referral, needs, detail }),
        );
      }
    }
  });

  it('validates its request without echoing values', () => {
    const ok = { person: { age: 70 }, referral, needs: ['housing'] as NeedCategory[] };
    expect(codeOf(() => matchServices(directory, { ...ok, needs: [] }))).toBe('directory/invalid-needs');
    expect(codeOf(() => matchServices(directory, { ...ok, needs: 'housing' as never }))).toBe('directory/invalid-needs');
    expect(codeOf(() => matchServices(directory, { ...ok, needs: ['gardening'] as never }))).toBe('directory/invalid-needs');
    expect(codeOf(() => matchServices(directory, { ...ok, needs: ['housing', 'housing'] }))).toBe('directory/invalid-needs');
    expect(codeOf(() => matchServices(directory, { ...ok, referral: { referredOn: '2025-02-30' } }))).toBe('directory/invalid-referral');
    expect(codeOf(() => matchServices(directory, { ...ok, person: { birthDate: 'Jane' } }))).toBe('directory/invalid-person');
    expect(codeOf(() => matchServices(directory, { ...ok, detail: 'some' as never }))).toBe('directory/invalid-options');
    expect(codeOf(() => matchServices(directory, null as never))).toBe('directory/invalid-options');
    const index = createDirectoryIndex(directory, { asOf: '2025-06-01' });
    expect(codeOf(() => matchServices(index, { ...ok, asOf: '2025-06-01' }))).toBe('directory/invalid-options');
    expect(codeOf(() => matchServices(index, { ...ok, policy: {} as never }))).toBe('directory/invalid-options');
    expect(codeOf(() => matchServices({ ...index }, ok))).toBe('directory/invalid-directory');
    expect(codeOf(() => matchServices('x' as never, ok))).toBe('directory/invalid-directory');
    expect(codeOf(() => matchServices([directory[0]!, directory[0]!], ok))).toBe('directory/duplicate-service-id');
    try {
      matchServices(directory, { ...ok, person: { birthDate: '1950-02-30' } });
    } catch (error) {
      expect((error as Error).message).not.toContain('1950');
    }
  });

  it('does not mutate the directory', () => {
    const copy = structuredClone(directory);
    matchServices(directory, { person: { age: 70 }, referral, needs: ['social-isolation'] });
    expect(directory).toEqual(copy);
  });

  const reviewDate = fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10));
  const serviceArb = fc.record({
    needs: fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES.slice(0, 5)), { minLength: 1, maxLength: 3 }),
    reviewed: reviewDate,
    dropItem: fc.boolean(),
    minAge: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    status: fc.constantFrom('active' as const, 'active' as const, 'inactive' as const),
  });

  test.prop([
    fc.array(serviceArb, { minLength: 1, maxLength: 25 }),
    fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES.slice(0, 5)), { minLength: 1, maxLength: 3 }),
    fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  ])('never returns an unassured provider among matches, and never drops one silently', (specs, needs, age) => {
    const services = specs.map((spec, i) => {
      const assurance = fullAssurance(spec.reviewed);
      if (spec.dropItem) delete assurance.policies!.safeguarding;
      return service({
        id: `s${i}`,
        needs: spec.needs,
        assurance,
        status: spec.status,
        ...(spec.minAge === undefined ? {} : { eligibility: { id: 'e', name: 'E', criteria: { kind: 'age' as const, min: spec.minAge } } }),
      });
    });
    const asOf = '2025-01-01';
    const found = matchServices(services, { person: age === undefined ? {} : { age }, referral: { referredOn: asOf }, needs, detail: 'decision' });
    for (const m of [...found.matches, ...found.needsInformation]) {
      expect(assessProvider(m.service, { asOf }).assured).toBe(true);
    }
    const relevant = services.filter((s) => s.needs.some((n) => needs.includes(n)));
    const unassured = relevant.filter((s) => !assessProvider(s, { asOf }).assured).map((s) => s.id);
    expect(found.excluded.filter((e) => e.reasons.includes('unassured')).map((e) => e.service.id).sort()).toEqual(unassured.sort());
    expect(found.matches.length + found.needsInformation.length + found.excluded.length).toBe(relevant.length);
  });
});
