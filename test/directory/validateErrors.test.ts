/**
 * Exact errors and boundaries of the directory's validation and assurance check
 * (validate.ts, assessProvider.ts, validateDirectory.ts, assurancePolicies.ts).
 *
 * Assurance follows Sefton's expression of interest (shared/seeds/sefton-splw-expression-of-interest.txt,
 * sections 9 and 10): six policies and three insurances, each with a date last reviewed; the
 * 12-month interval is the library's default (docs/directory.md, "The 12-month rule, exactly").
 * Every input is built inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import {
  assessProvider,
  assurancePolicies,
  createDirectoryIndex,
  validateDirectory,
  type AssurancePolicy,
  type Service,
} from '../../src/directory/index.js';
import { fullAssurance, service } from './fixtures.js';
import { errorOf } from '../support/errorOf.js';

function onePolicy(overrides: Partial<AssurancePolicy> = {}): AssurancePolicy {
  return { id: 'sg', name: 'Safeguarding', policies: ['safeguarding'], insurances: [], reviewWithinMonths: 12, ...overrides };
}

const POLICY_ENUM_MESSAGE =
  'must be one of: equality-and-diversity, health-and-safety, safeguarding, complaints, information-governance, bullying-and-harassment';

describe('assessProvider: options and policy errors', () => {
  it('rejects options that are not an object, naming the function', () => {
    const s = service({ id: 'a' });
    expect(errorOf(() => assessProvider(s, null as never))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: [], message: 'assessProvider takes an options object' }],
    });
  });

  it('reports an unknown policy item at its place in the policy', () => {
    const s = service({ id: 'a' });
    const policy = { ...onePolicy(), policies: ['safeguarding', 'fire-safety'] } as unknown as AssurancePolicy;
    expect(errorOf(() => assessProvider(s, { asOf: '2025-06-01', policy }))).toEqual({
      code: 'directory/unknown-assurance-item',
      issues: [{ path: ['policy', 'policies', 1], message: 'is not a known policy item' }],
    });
  });

  it('reports an unknown insurance item at its place in the policy, after the policy items', () => {
    const s = service({ id: 'a' });
    const policy = { ...onePolicy(), policies: ['fire-safety'], insurances: ['public-liability', 'motor'] } as unknown as AssurancePolicy;
    expect(errorOf(() => assessProvider(s, { asOf: '2025-06-01', policy }))).toEqual({
      code: 'directory/unknown-assurance-item',
      issues: [
        { path: ['policy', 'policies', 0], message: 'is not a known policy item' },
        { path: ['policy', 'insurances', 1], message: 'is not a known insurance item' },
      ],
    });
  });

  it('treats a non-text item as a malformed policy, not a misspelt item', () => {
    const s = service({ id: 'a' });
    const policy = { ...onePolicy(), policies: [42] } as unknown as AssurancePolicy;
    expect(errorOf(() => assessProvider(s, { asOf: '2025-06-01', policy }))).toEqual({
      code: 'directory/invalid-policy',
      issues: [{ path: ['policy', 'policies', 0], message: POLICY_ENUM_MESSAGE }],
    });
  });

  it('rejects a null policy as malformed (only undefined means the Sefton default)', () => {
    const s = service({ id: 'a' });
    expect(errorOf(() => assessProvider(s, { asOf: '2025-06-01', policy: null as never }))).toEqual({
      code: 'directory/invalid-policy',
      issues: [{ path: ['policy'], message: 'must be an object' }],
    });
  });

  it('rejects a repeated insurance as well as a repeated policy', () => {
    const s = service({ id: 'a' });
    const twice = onePolicy({ insurances: ['public-liability', 'public-liability'] });
    expect(errorOf(() => assessProvider(s, { asOf: '2025-06-01', policy: twice }))).toEqual({
      code: 'directory/invalid-policy',
      issues: [{ path: ['policy', 'insurances'], message: 'must not repeat an item' }],
    });
    const policyTwice = onePolicy({ policies: ['safeguarding', 'safeguarding'] });
    expect(errorOf(() => assessProvider(s, { asOf: '2025-06-01', policy: policyTwice }))).toEqual({
      code: 'directory/invalid-policy',
      issues: [{ path: ['policy', 'policies'], message: 'must not repeat an item' }],
    });
  });
});

describe('assessProvider: each item state, exactly', () => {
  it('gives every state its item, kind, Sefton wording, dates and reason', () => {
    const policy = onePolicy({
      policies: ['equality-and-diversity', 'health-and-safety', 'safeguarding', 'complaints'],
      insurances: ['public-liability', 'employers-liability'],
    });
    const mixed = service({
      id: 'm',
      assurance: {
        policies: {
          'health-and-safety': { held: false, lastReviewed: '2025-01-01' },
          safeguarding: { held: true, lastReviewed: '2025-07-01' },
          complaints: { held: true },
        },
        insurances: {
          'public-liability': { held: true, lastReviewed: '2025-03-10' },
          'employers-liability': { held: true, lastReviewed: '2024-05-31' },
        },
      },
    });
    const result = assessProvider(mixed, { asOf: '2025-06-01', policy });
    expect(result.items).toEqual([
      {
        item: 'equality-and-diversity',
        kind: 'policy',
        label: 'Equality and diversity policy',
        status: 'not-recorded',
        lastReviewed: null,
        dueBy: null,
        reason: 'no record of this item',
      },
      {
        item: 'health-and-safety',
        kind: 'policy',
        label: 'Health and Safety policy',
        status: 'not-held',
        lastReviewed: '2025-01-01',
        dueBy: null,
        reason: 'the provider does not hold it',
      },
      {
        item: 'safeguarding',
        kind: 'policy',
        label: 'Safeguarding policy',
        status: 'reviewed-after-as-of',
        lastReviewed: '2025-07-01',
        dueBy: null,
        reason: 'the recorded review is dated after the assessment date',
      },
      {
        item: 'complaints',
        kind: 'policy',
        label: 'Complaints policy',
        status: 'no-review-date',
        lastReviewed: null,
        dueBy: null,
        reason: 'held, but no review date is recorded',
      },
      {
        item: 'public-liability',
        kind: 'insurance',
        label: 'Public liability insurance',
        status: 'current',
        lastReviewed: '2025-03-10',
        dueBy: '2026-03-10',
        reason: 'held and reviewed; next review due by 2026-03-10',
      },
      {
        item: 'employers-liability',
        kind: 'insurance',
        label: "Employer's liability insurance",
        status: 'overdue',
        lastReviewed: '2024-05-31',
        dueBy: '2025-05-31',
        reason: 'held, but the review was due by 2025-05-31 (every 12 months)',
      },
    ]);
    expect(result.problems.map((p) => p.item)).toEqual(['equality-and-diversity', 'health-and-safety', 'safeguarding', 'complaints', 'employers-liability']);
    expect(result.assured).toBe(false);
    expect(result.nextReviewDue).toBe('2026-03-10');
  });

  it('with no review interval, a held item is current with its own reason', () => {
    const held = service({ id: 'h', assurance: { policies: { safeguarding: { held: true, lastReviewed: '2010-01-01' } } } });
    const result = assessProvider(held, { asOf: '2025-06-01', policy: onePolicy({ reviewWithinMonths: null }) });
    expect(result.items).toEqual([
      {
        item: 'safeguarding',
        kind: 'policy',
        label: 'Safeguarding policy',
        status: 'current',
        lastReviewed: '2010-01-01',
        dueBy: null,
        reason: 'held (the policy sets no review interval)',
      },
    ]);
    expect(result.assured).toBe(true);
    expect(result.nextReviewDue).toBeNull();
  });

  it('a record with insurances but no policies leaves every policy not recorded', () => {
    const insuredOnly = service({ id: 'i', assurance: { insurances: fullAssurance('2025-01-15').insurances ?? {} } });
    const result = assessProvider(insuredOnly, { asOf: '2025-06-01' });
    expect(result.items.map((i) => [i.item, i.status])).toEqual([
      ['equality-and-diversity', 'not-recorded'],
      ['health-and-safety', 'not-recorded'],
      ['safeguarding', 'not-recorded'],
      ['complaints', 'not-recorded'],
      ['information-governance', 'not-recorded'],
      ['bullying-and-harassment', 'not-recorded'],
      ['public-liability', 'current'],
      ['employers-liability', 'current'],
      ['professional-indemnity', 'current'],
    ]);
    expect(result.assured).toBe(false);
  });
});

describe('assessProvider: review-interval boundaries (Sefton, 12 months)', () => {
  it('a review dated on the assessment day itself is current; a day later it is after the assessment', () => {
    const onTheDay = service({ id: 'd', assurance: { policies: { safeguarding: { held: true, lastReviewed: '2025-06-01' } } } });
    expect(assessProvider(onTheDay, { asOf: '2025-06-01', policy: onePolicy() }).items[0]).toMatchObject({
      status: 'current',
      dueBy: '2026-06-01',
    });
    expect(assessProvider(onTheDay, { asOf: '2025-05-31', policy: onePolicy() }).items[0]).toMatchObject({
      status: 'reviewed-after-as-of',
      dueBy: null,
    });
  });

  it('every Sefton item reviewed exactly 12 months before is current; a day more and all nine are overdue', () => {
    const s = service({ id: 's', assurance: fullAssurance('2024-09-30') });
    const exactly = assessProvider(s, { asOf: '2025-09-30' });
    expect(exactly.policyId).toBe('sefton-expression-of-interest');
    expect(exactly.assured).toBe(true);
    expect(exactly.problems).toEqual([]);
    expect(exactly.nextReviewDue).toBe('2025-09-30');
    const dayMore = assessProvider(s, { asOf: '2025-10-01' });
    expect(dayMore.assured).toBe(false);
    expect(dayMore.problems.map((p) => [p.item, p.status, p.dueBy])).toEqual(
      [...assurancePolicies.sefton.policies, ...assurancePolicies.sefton.insurances].map((item) => [item, 'overdue', '2025-09-30']),
    );
    expect(dayMore.nextReviewDue).toBeNull();
  });

  it('a review on the 31st with a one-month interval runs to the end of a shorter month', () => {
    const s = service({ id: 'e', assurance: { policies: { safeguarding: { held: true, lastReviewed: '2025-01-31' } } } });
    const monthly = onePolicy({ reviewWithinMonths: 1 });
    expect(assessProvider(s, { asOf: '2025-02-28', policy: monthly }).items[0]).toMatchObject({ status: 'current', dueBy: '2025-02-28' });
    expect(assessProvider(s, { asOf: '2025-03-01', policy: monthly }).items[0]).toMatchObject({ status: 'overdue', dueBy: '2025-02-28' });
  });
});

describe('assessProvider: nextReviewDue is the earliest due date among current items', () => {
  it('takes the earliest, wherever it falls in the policy order', () => {
    const s = service({
      id: 'n',
      assurance: {
        policies: {
          'equality-and-diversity': { held: true, lastReviewed: '2025-03-01' },
          'health-and-safety': { held: true, lastReviewed: '2025-01-10' },
          safeguarding: { held: true, lastReviewed: '2025-05-01' },
        },
      },
    });
    const policy = onePolicy({ policies: ['equality-and-diversity', 'health-and-safety', 'safeguarding'] });
    const result = assessProvider(s, { asOf: '2025-06-01', policy });
    expect(result.items.map((i) => i.dueBy)).toEqual(['2026-03-01', '2026-01-10', '2026-05-01']);
    expect(result.nextReviewDue).toBe('2026-01-10');
  });

  it('ignores the due dates of items that are not current', () => {
    const s = service({
      id: 'o',
      assurance: {
        policies: {
          'equality-and-diversity': { held: true, lastReviewed: '2024-01-10' },
          'health-and-safety': { held: true, lastReviewed: '2025-04-20' },
        },
      },
    });
    const policy = onePolicy({ policies: ['equality-and-diversity', 'health-and-safety'] });
    const result = assessProvider(s, { asOf: '2025-06-01', policy });
    expect(result.items.map((i) => [i.status, i.dueBy])).toEqual([
      ['overdue', '2025-01-10'],
      ['current', '2026-04-20'],
    ]);
    expect(result.nextReviewDue).toBe('2026-04-20');
  });
});

describe('createDirectoryIndex: directory errors', () => {
  it('rejects a directory that is not an array', () => {
    expect(errorOf(() => createDirectoryIndex('services' as never, { asOf: '2025-06-01' }))).toEqual({
      code: 'directory/invalid-directory',
      issues: [{ path: ['directory'], message: 'must be an array of services' }],
    });
    expect(errorOf(() => createDirectoryIndex({ services: [] } as never, { asOf: '2025-06-01' }))).toEqual({
      code: 'directory/invalid-directory',
      issues: [{ path: ['directory'], message: 'must be an array of services' }],
    });
  });

  it('points a bad service at its index in the directory', () => {
    const bad = { ...service({ id: 'b' }), assurance: { policies: { 'fire-safety': { held: true } } } } as unknown as Service;
    expect(errorOf(() => createDirectoryIndex([service({ id: 'a' }), bad], { asOf: '2025-06-01' }))).toEqual({
      code: 'directory/unknown-assurance-item',
      issues: [{ path: ['directory', 1, 'assurance', 'policies', '<key 0>'], message: 'is not a known policy item' }],
    });
  });

  it('points a repeated id at the later service', () => {
    const directory = [service({ id: 'a' }), service({ id: 'b' }), service({ id: 'a', name: 'Again' })];
    expect(errorOf(() => createDirectoryIndex(directory, { asOf: '2025-06-01' }))).toEqual({
      code: 'directory/duplicate-service-id',
      issues: [{ path: ['directory', 2, 'id'], message: 'repeats the id of an earlier service' }],
    });
  });
});

describe('validateDirectory: exact records', () => {
  it('rejects a directory that is not an array', () => {
    expect(errorOf(() => validateDirectory({ services: [] } as never))).toEqual({
      code: 'directory/invalid-directory',
      issues: [{ path: [], message: 'must be an array of services' }],
    });
  });

  it('records a repeated id with its path and message', () => {
    const result = validateDirectory([service({ id: 'a' }), service({ id: 'a', name: 'Again' })]);
    expect(result.services.map((s) => s.name)).toEqual(['Service a']);
    expect(result.invalid).toEqual([
      { index: 1, id: 'a', code: 'directory/duplicate-service-id', issues: [{ path: ['id'], message: 'repeats the id of an earlier service' }] },
    ]);
    expect(result.excluded).toBe(1);
  });

  it('gives a missing record and an empty id the id null', () => {
    const result = validateDirectory([undefined, { ...service({ id: 'x' }), id: '' }, 'walk']);
    expect(result.services).toEqual([]);
    expect(result.invalid).toEqual([
      { index: 0, id: null, code: 'directory/invalid-service', issues: [{ path: [], message: 'is required' }] },
      { index: 1, id: null, code: 'directory/invalid-service', issues: [{ path: ['id'], message: 'must not be empty' }] },
      { index: 2, id: null, code: 'directory/invalid-service', issues: [{ path: [], message: 'must be an object' }] },
    ]);
    expect(result.excluded).toBe(3);
  });

  it('passes on an error that is not a validation error instead of recording it without a code', () => {
    const hostile = {
      ...service({ id: 'h' }),
      get assurance(): never {
        throw new RangeError('from the caller');
      },
    };
    expect(() => validateDirectory([hostile])).toThrow(new RangeError('from the caller'));
  });
});
