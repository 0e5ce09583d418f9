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
  // The path is the record's index, then the field and list index when the writer knows them.
  const cases: [string, unknown, (string | number)[]][] = [
    ['null', null, [1]],
    ['needs not a list', { ...valid(), needs: 'housing' }, [1, 'needs']],
    ['no events', { ...valid(), events: undefined }, [1, 'events']],
    ['a NaN birth year', { ...valid(), person: { birthYear: Number.NaN } }, [1]],
    ['an infinite contact length', { ...valid(), contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: Infinity, attended: true }] }, [1, 'contacts', 0]],
    ['an object as pcn', { ...valid(), pcn: { name: 'North' } }, [1]],
    ['a numeric id', { ...valid(), id: 1 }, [1]],
    ['measure items not a list', { ...valid(), measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: 7 }] }, [1, 'measures', 0, 'items']],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in needs', { ...valid(), needs: ['housing', , 'bereavement'] }, [1, 'needs', 1]],
    ['a null event', { ...valid(), events: [null] }, [1, 'events', 0]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in measure items', { ...valid(), measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, , 3] }] }, [1, 'measures', 0, 'items', 1]],
    ['an id that could be an NHS number', { ...valid(), id: 'NHS 943-476-5919' }, [1, 'id']],
    ['a null goal', { ...valid(), goals: [{ setOn: '2025-04-09', status: 'met' }, null] }, [1, 'goals', 1]],
    ['an onward link with a NaN part', { ...valid(), onward: [{ kind: 'signpost', organisationId: Number.NaN, on: '2025-04-16' }] }, [1, 'onward', 0]],
    ['a measure with an infinite score', { ...valid(), measures: [{ instrument: 'x', timepoint: 'exit', on: '2025-04-09', score: Infinity }] }, [1, 'measures', 0]],
    ['a contact that is undefined', { ...valid(), contacts: [undefined] }, [1, 'contacts', 0]],
  ];
  it.each(cases)('rejects %s with csv/invalid-referral at its index and field', (_, record, path) => {
    const error = errorOf(() => referralsToCsv([valid(), record as Referral]));
    expect(error).toBeInstanceOf(SocialPrescribingError);
    expect((error as SocialPrescribingError).code).toBe('csv/invalid-referral');
    expect((error as SocialPrescribingError).issues).toEqual([
      { path, message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' },
    ]);
  });

  it.each([null, 42, 'R-1,2025-04-01'])('rejects a non-iterable or text argument (%s) with csv/invalid-input', (value) => {
    expect((errorOf(() => referralsToCsv(value as never)) as SocialPrescribingError).code).toBe('csv/invalid-input');
  });

  it('still round-trips a valid referral', () => {
    const text = referralsToCsv([valid()]);
    expect([...referralsFromCsv(parseCsv(text))].map((r) => (r.ok ? r.value : r.issues))).toEqual([valid()]);
  });
});
