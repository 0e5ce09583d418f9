/** validateReferral: one record in, the parsed referral or the library's issues out (the check validateReferrals runs on each record). */
import { describe, expect, it } from 'vitest';
import { validateReferral, validateReferrals, ReferralSchema } from '../../src/referrals/index.js';

const good = { id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice' };
const NHS_MESSAGE = 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit';

describe('validateReferral', () => {
  it('returns the parsed referral, lists defaulted and unknown keys dropped', () => {
    expect(validateReferral({ ...good, nhsNumber: '943 476 5919', name: 'Ada' })).toEqual({
      ok: true,
      value: { ...good, needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] },
    });
  });

  it('returns every issue with its path and a message that never echoes the value', () => {
    const result = validateReferral({ id: 'NHS 943-476-5919', referredOn: '1961-02-30', source: 'GP practice' });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ['id'], message: NHS_MESSAGE },
        { path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' },
        { path: ['source'], message: 'must be a kebab-case id (a-z, 0-9 and single hyphens)' },
      ],
    });
    expect(JSON.stringify(result)).not.toMatch(/943|1961|GP practice/);
  });

  it('never throws: anything gives a result', () => {
    for (const value of [undefined, null, 42, 'R-1', [], () => 1, Symbol('s')]) {
      const result = validateReferral(value);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([[]]);
    }
  });

  it('agrees with ReferralSchema and gives validateReferrals its results, index aside', () => {
    const records: unknown[] = [good, { ...good, id: '943 476 5919' }, null, { ...good, events: [{ type: 'closed', on: '2025-03-01', reason: 'goals-met' }] }];
    const bulk = [...validateReferrals(records)];
    records.forEach((record, index) => {
      expect(bulk[index]).toEqual({ index, ...validateReferral(record) });
      expect(validateReferral(record).ok).toBe(ReferralSchema.safeParse(record).success);
    });
  });

  it('reports a hole in a list at its index (issue 14, defect 4)', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = validateReferral({ ...good, needs: ['housing', , 'bereavement'] });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([['needs', 1]]);
  });
});

describe('ReferralSchema refuses an id that could be an NHS number (issue 14, defect 2)', () => {
  it.each(['943-476-5919', '943.476.5919', 'NHS 9434765919', '９４３４７６５９１９', '943\u200b4765919', '943/476/5919', 'R-9434765919', 'CHI 150665 1232'])(
    'refuses %j',
    (id) => {
      expect(validateReferral({ ...good, id })).toEqual({ ok: false, issues: [{ path: ['id'], message: NHS_MESSAGE }] });
    },
  );

  it.each(['R-0001', '1234567890', '943-476-5910', 'R-2025-0001', 'R-20250401-A0001'])('accepts %j (no ten digits passing the check)', (id) => {
    expect(validateReferral({ ...good, id }).ok).toBe(true);
  });
});
