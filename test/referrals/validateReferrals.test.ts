import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReferrals, validateReferralsAsync, type ReferralValidationResult } from '../../src/referrals/index.js';

const good = { id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice' };

describe('validateReferrals', () => {
  it('yields every record, good and bad, with its index', () => {
    const rows: unknown[] = [good, { ...good, referredOn: '2025-02-30' }, null, 'R-3', { ...good, id: 'R-0004', name: 'Ada' }];
    const results = [...validateReferrals(rows)];
    expect(results.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(results[1]).toEqual({
      index: 1,
      ok: false,
      issues: [{ path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' }],
    });
    expect(results[4]).toMatchObject({ ok: true, value: { id: 'R-0004' } });
    expect(JSON.stringify(results[4])).not.toContain('Ada');
  });

  it('is lazy: it reads a record only when its result is asked for', () => {
    let read = 0;
    function* rows() {
      for (;;) {
        read++;
        yield good;
      }
    }
    const iterator = validateReferrals(rows());
    iterator.next();
    iterator.next();
    expect(read).toBe(2);
  });

  it('rejects something that is not iterable', () => {
    expect(() => [...validateReferrals(42 as never)]).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-input: records must be an array or other collection of records, not a string]`,
    );
    expect(() => [...validateReferrals(null as never)]).toThrow('referrals/invalid-input');
  });

  it('refuses a string: iterable, but as characters, not records (100,000 characters were read as 100,000 bad records)', () => {
    expect(() => [...validateReferrals('R-1,2025-04-01' as never)]).toThrow('referrals/invalid-input');
  });

  it('yields exactly one result per input, in order, and never echoes a value', () => {
    const record = fc.oneof(
      fc.constant(good),
      fc.record({ id: fc.string(), referredOn: fc.string(), source: fc.string() }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (rows) => {
        const results = [...validateReferrals(rows)];
        expect(results.map((r) => r.index)).toEqual(rows.map((_, i) => i));
        for (const result of results) if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
    const secret = 'Ada Lovelace';
    const [result] = [...validateReferrals([{ id: secret, referredOn: secret, source: secret, needs: [secret] }])];
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe('validateReferralsAsync', () => {
  async function collect(source: AsyncIterable<unknown> | Iterable<unknown>) {
    const results: ReferralValidationResult[] = [];
    for await (const result of validateReferralsAsync(source)) results.push(result);
    return results;
  }

  it('validates an async or a sync iterable', async () => {
    async function* rows() {
      await Promise.resolve();
      yield good;
      yield { ...good, source: 'GP' };
    }
    expect((await collect(rows())).map((r) => r.ok)).toEqual([true, false]);
    expect((await collect([good])).map((r) => r.index)).toEqual([0]);
  });

  it('rejects something that is not iterable', async () => {
    await expect(collect(undefined as never)).rejects.toThrow('referrals/invalid-input');
    await expect(collect('R-1,2025-04-01' as never)).rejects.toThrow('referrals/invalid-input');
  });
});
