import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { assessProvider, assurancePolicies, type AssurancePolicy } from '../../src/directory/index.js';
import { addCalendarMonths } from '../../src/directory/months.js';
import { fullAssurance, service } from './fixtures.js';
import { codeOf } from '../support/errorOf.js';

const safeguardingOnly: AssurancePolicy = { id: 'sg', name: 'Safeguarding', policies: ['safeguarding'], insurances: [], reviewWithinMonths: 12 };

describe('addCalendarMonths', () => {
  it('keeps the day of the month, or clamps to the month end', () => {
    expect(addCalendarMonths('2024-06-15', 12)).toBe('2025-06-15');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addCalendarMonths('2024-12-31', 1)).toBe('2025-01-31');
    expect(addCalendarMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-01-15', -13)).toBe('2023-12-15');
  });
});

describe('assessProvider', () => {
  const s = service({ id: 'a', assurance: { policies: { safeguarding: { held: true, lastReviewed: '2024-06-15' } } } });

  it('counts a review as current to the same day 12 months on, overdue the day after', () => {
    expect(assessProvider(s, { asOf: '2025-06-15', policy: safeguardingOnly }).assured).toBe(true);
    const late = assessProvider(s, { asOf: '2025-06-16', policy: safeguardingOnly });
    expect(late.assured).toBe(false);
    expect(late.problems).toEqual([
      {
        item: 'safeguarding',
        kind: 'policy',
        label: 'Safeguarding policy',
        status: 'overdue',
        lastReviewed: '2024-06-15',
        dueBy: '2025-06-15',
        reason: 'held, but the review was due by 2025-06-15 (every 12 months)',
      },
    ]);
  });

  it('clamps 29 February reviews to 28 February', () => {
    const leap = service({ id: 'b', assurance: { policies: { safeguarding: { held: true, lastReviewed: '2024-02-29' } } } });
    expect(assessProvider(leap, { asOf: '2025-02-28', policy: safeguardingOnly }).assured).toBe(true);
    expect(assessProvider(leap, { asOf: '2025-03-01', policy: safeguardingOnly }).assured).toBe(false);
  });

  it('defaults to the Sefton policy: nine items, policies first', () => {
    const result = assessProvider(service({ id: 'c', assurance: fullAssurance('2025-01-15') }), { asOf: '2025-06-01' });
    expect(result.policyId).toBe(assurancePolicies.sefton.id);
    expect(result.assured).toBe(true);
    expect(result.items.map((i) => i.kind)).toEqual([...Array(6).fill('policy'), ...Array(3).fill('insurance')]);
    expect(result.nextReviewDue).toBe('2026-01-15');
    expect(result.organisationId).toBe('org-c');
  });

  it('reports each status', () => {
    const mixed = service({
      id: 'd',
      assurance: {
        policies: {
          safeguarding: { held: false, lastReviewed: '2025-01-01' },
          complaints: { held: true },
          'health-and-safety': { held: true, lastReviewed: null },
          'equality-and-diversity': { held: true, lastReviewed: '2025-07-01' },
          'information-governance': { held: true, lastReviewed: '2025-05-01' },
        },
        insurances: { 'public-liability': { held: true, lastReviewed: '2023-01-01' } },
      },
    });
    const result = assessProvider(mixed, { asOf: '2025-06-01' });
    const status = Object.fromEntries(result.items.map((i) => [i.item, i.status]));
    expect(status).toEqual({
      'equality-and-diversity': 'reviewed-after-as-of',
      'health-and-safety': 'no-review-date',
      safeguarding: 'not-held',
      complaints: 'no-review-date',
      'information-governance': 'current',
      'bullying-and-harassment': 'not-recorded',
      'public-liability': 'overdue',
      'employers-liability': 'not-recorded',
      'professional-indemnity': 'not-recorded',
    });
    expect(result.problems).toHaveLength(8);
    expect(result.nextReviewDue).toBe('2026-05-01');
  });

  it('treats a service with no assurance as unassured', () => {
    const bare = service({ id: 'e' });
    delete (bare as { assurance?: unknown }).assurance;
    const result = assessProvider(bare, { asOf: '2025-06-01' });
    expect(result.assured).toBe(false);
    expect(result.problems.every((p) => p.status === 'not-recorded')).toBe(true);
    expect(result.nextReviewDue).toBeNull();
  });

  it('with no review interval, holding is enough', () => {
    const policy = { ...safeguardingOnly, reviewWithinMonths: null };
    const held = service({ id: 'f', assurance: { policies: { safeguarding: { held: true } } } });
    const result = assessProvider(held, { asOf: '2030-01-01', policy });
    expect(result.assured).toBe(true);
    expect(result.items[0]).toMatchObject({ status: 'current', dueBy: null });
  });

  it('rejects bad dates, unknown items and bad policies without echoing values', () => {
    expect(codeOf(() => assessProvider(s, { asOf: '2025-02-30' }))).toBe('directory/invalid-date');
    expect(codeOf(() => assessProvider(s, { asOf: 20250601 as unknown as string }))).toBe('directory/invalid-date');
    const badDate = service({ id: 'g', assurance: { policies: { safeguarding: { held: true, lastReviewed: '2025-13-01' } } } });
    expect(codeOf(() => assessProvider(badDate, { asOf: '2025-06-01' }))).toBe('directory/invalid-service');
    const unknown = { ...s, assurance: { policies: { 'fire-safety': { held: true } } } } as unknown as typeof s;
    let error: SocialPrescribingError | undefined;
    try {
      assessProvider(unknown, { asOf: '2025-06-01' });
    } catch (e) {
      error = e as SocialPrescribingError;
    }
    expect(error?.code).toBe('directory/unknown-assurance-item');
    expect(error?.issues).toEqual([{ path: ['service', 'assurance', 'policies', '<key 0>'], message: 'is not a known policy item' }]);
    const swapped = { ...s, assurance: { insurances: { safeguarding: { held: true } } } } as unknown as typeof s;
    expect(codeOf(() => assessProvider(swapped, { asOf: '2025-06-01' }))).toBe('directory/unknown-assurance-item');
    const badPolicy = { ...safeguardingOnly, policies: ['fire-safety'] } as unknown as AssurancePolicy;
    expect(codeOf(() => assessProvider(s, { asOf: '2025-06-01', policy: badPolicy }))).toBe('directory/unknown-assurance-item');
    const badInsurance = { ...safeguardingOnly, insurances: ['safeguarding'] } as unknown as AssurancePolicy;
    expect(codeOf(() => assessProvider(s, { asOf: '2025-06-01', policy: badInsurance }))).toBe('directory/unknown-assurance-item');
    expect(codeOf(() => assessProvider(s, { asOf: '2025-06-01', policy: { ...safeguardingOnly, reviewWithinMonths: 0 } }))).toBe(
      'directory/invalid-policy',
    );
    expect(codeOf(() => assessProvider(s, { asOf: '2025-06-01', policy: { ...safeguardingOnly, policies: ['safeguarding', 'safeguarding'] } }))).toBe(
      'directory/invalid-policy',
    );
    expect(codeOf(() => assessProvider(s, null as unknown as { asOf: string }))).toBe('directory/invalid-options');
  });

  it('never echoes personal or free-text values in error messages', () => {
    const secret = 'Jane Doe 943 476 5919';
    const bad = { ...s, name: 42, description: secret, organization: { id: secret, name: 7 } } as unknown as typeof s;
    try {
      assessProvider(bad, { asOf: '2025-06-01' });
      throw new Error('did not throw');
    } catch (error) {
      expect((error as SocialPrescribingError).code).toBe('directory/invalid-service');
      expect((error as Error).message).not.toContain('Jane');
      expect((error as SocialPrescribingError).issues.map((i) => i.path)).toEqual([
        ['service', 'name'],
        ['service', 'organization', 'name'],
      ]);
    }
  });

  it('does not mutate its inputs', () => {
    const input = structuredClone(s);
    assessProvider(input, { asOf: '2025-06-16' });
    expect(input).toEqual(s);
  });
});

describe('error messages', () => {
  it('name paths and rules, never values', () => {
    const messages = [
      () => assessProvider(service({ id: 'x' }), { asOf: '2025-02-30' }),
      () =>
        assessProvider({ ...service({ id: 'x' }), assurance: { policies: { 'fire-safety': { held: true } } } } as never, { asOf: '2025-06-01' }),
      () => assessProvider(service({ id: 'x', needs: ['gardening' as never] }), { asOf: '2025-06-01' }),
    ].map((run) => {
      try {
        run();
        return 'did not throw';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "directory/invalid-date: asOf must be a real calendar date written YYYY-MM-DD",
        "directory/unknown-assurance-item: service.assurance.policies.<key 0> is not a known policy item",
        "directory/invalid-service: service.needs.0 must be one of: weight-management, low-level-mental-health, social-isolation, housing, money-and-debt, welfare-benefits, employment, physical-activity, long-term-condition, carer-support, bereavement, relationships, substance-use, domestic-abuse, other",
      ]
    `);
  });
});
