/** referralsToCsv throws csv/invalid-referral (with the record's index) for a malformed referral, never a TypeError or "NaN" text. */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { referralsFromCsv, parseCsv, referralsToCsv } from '../../src/csv/index.js';
import type { Referral } from '../../src/referrals/index.js';

const valid = (): Referral => ({
  id: 'R-1',
  referredOn: '2025-04-01',
  source: 'gp-practice',
  person: { birthYear: 1961 },
  needs: ['housing'],
  events: [{ type: 'accepted', on: '2025-04-02' }],
  contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true }],
  goals: [],
  onward: [],
  measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] }],
});

function errorOf(run: () => unknown): SocialPrescribingError | string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof SocialPrescribingError ? error : `not a SocialPrescribingError: ${String(error)}`;
  }
}

describe('referralsToCsv with malformed input', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['needs not a list', { ...valid(), needs: 'housing' }],
    ['no events', { ...valid(), events: undefined }],
    ['a NaN birth year', { ...valid(), person: { birthYear: Number.NaN } }],
    ['an infinite contact length', { ...valid(), contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: Infinity, attended: true }] }],
    ['an object as pcn', { ...valid(), pcn: { name: 'North' } }],
    ['a numeric id', { ...valid(), id: 1 }],
    ['measure items not a list', { ...valid(), measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: 7 }] }],
  ];
  it.each(cases)('rejects %s with csv/invalid-referral at its index', (_, record) => {
    const error = errorOf(() => referralsToCsv([valid(), record as Referral]));
    expect(error).toBeInstanceOf(SocialPrescribingError);
    expect((error as SocialPrescribingError).code).toBe('csv/invalid-referral');
    expect((error as SocialPrescribingError).issues[0]?.path).toEqual([1]);
  });

  it.each([null, 42, 'R-1,2025-04-01'])('rejects a non-iterable or text argument (%s) with csv/invalid-input', (value) => {
    expect((errorOf(() => referralsToCsv(value as never)) as SocialPrescribingError).code).toBe('csv/invalid-input');
  });

  it('still round-trips a valid referral', () => {
    const text = referralsToCsv([valid()]);
    expect([...referralsFromCsv(parseCsv(text))].map((r) => (r.ok ? r.value : r.issues))).toEqual([valid()]);
  });
});
