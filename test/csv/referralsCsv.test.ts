import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsNhsNumber, SocialPrescribingError } from '../../src/core/index.js';
import { csvRows, parseCsv, referralsFromCsv, referralsToCsv } from '../../src/csv/index.js';
import { ReferralSchema, type Referral } from '../../src/referrals/index.js';

const base: Referral = ReferralSchema.parse({
  id: 'R:1;%',
  referredOn: '2025-04-01',
  source: 'gp-practice',
  schemeId: 'nw-surrey-splw',
  practiceCode: 'H81001',
  pcn: 'north',
  workerId: 'lw-1',
  person: { birthYear: 1961, ageBand: '60-69', sex: 'female', ethnicity: 'A' },
  needs: ['housing', 'social-isolation'],
  events: [
    { type: 'accepted', on: '2025-04-02' },
    { type: 'closed', on: '2025-05-14', reason: 'goals-met' },
  ],
  contacts: [
    { on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true },
    { on: '2025-04-16', mode: 'face-to-face', attended: false },
  ],
  goals: [{ setOn: '2025-04-09', status: 'met', need: 'housing' }, { setOn: '2025-04-09', status: 'not-met' }],
  onward: [
    { kind: 'signpost', organisationId: 'org:12', on: '2025-04-16' },
    { kind: 'referral', organisationId: 'org-3', on: '2025-04-20', activityId: 'walk;group' },
  ],
  measures: [
    { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] },
    { instrument: 'swemwbs', timepoint: 'exit', on: '2025-05-14', score: 23.21 },
    { instrument: 'ucla3', timepoint: 'exit', on: '2025-05-14', items: [1, 2, 1], score: 4 },
  ],
});

describe('referralsToCsv and referralsFromCsv', () => {
  it('round-trip every field', () => {
    const minimal = ReferralSchema.parse({ id: 'R-2', referredOn: '2025-04-03', source: 'self' });
    const results = [...referralsFromCsv(parseCsv(referralsToCsv([base, minimal])))];
    expect(results.map((r) => (r.ok ? r.value : r.issues))).toEqual([base, minimal]);
    expect(results.map((r) => [r.index, r.line])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('round-trip random referrals', () => {
    const date = fc.integer({ min: 0, max: 60 }).map((d) => `2025-04-${String(1 + (d % 28)).padStart(2, '0')}`);
    const referral = fc.record({
      // Ids a spreadsheet would run as a formula are written neutralised and read back as they were.
      id: fc
        .oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('=1+1', '-R1', '+44', '-3', '@x', "'=x", "''-y"))
        .filter((s) => s.trim() === s && !containsNhsNumber(s)),
      needs: fc.uniqueArray(fc.constantFrom('housing', 'bereavement', 'employment'), { maxLength: 3 }),
      contacts: fc.array(
        fc.record({ on: date, mode: fc.constantFrom('telephone', 'group'), minutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }), attended: fc.boolean() }),
        { maxLength: 4 },
      ),
      onward: fc.array(fc.record({ kind: fc.constantFrom('signpost', 'referral'), organisationId: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s), on: date }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(referral, { maxLength: 5 }), (raw) => {
        const referrals = raw.map((r) =>
          ReferralSchema.parse({
            ...r,
            referredOn: '2025-04-01',
            source: 'gp-practice',
            contacts: r.contacts.map((c) => (c.minutes === undefined ? { on: c.on, mode: c.mode, attended: c.attended } : c)),
          }),
        );
        const back = [...referralsFromCsv(parseCsv(referralsToCsv(referrals)))];
        expect(back.map((r) => (r.ok ? r.value : r.issues))).toEqual(referrals);
      }),
    );
  });

  it('reports every bad row with its line and path, and loses none', () => {
    const csv = [
      'id,referredOn,source,birthYear,contacts,measures,name',
      'R-1,2025-04-01,gp-practice,1960,2025-04-02:telephone:30:yes,,Jane Doe',
      'R-2,2025-02-30,gp-practice,,,,',
      'R-3,2025-04-01,gp-practice,nineteen,2025-04-02:telephone:x:maybe,swemwbs:baseline:2025-04-02:a/3:,',
      'R-4,2025-04-01',
    ].join('\n');
    const results = [...referralsFromCsv(parseCsv(csv))];
    expect(results).toHaveLength(4);
    expect(results[0]!.ok).toBe(true);
    expect(results[0]!.ok && 'name' in results[0]!.value).toBe(false);
    expect(results[1]).toMatchObject({ index: 1, line: 3, ok: false, issues: [{ path: ['referredOn'] }] });
    const third = results[2]!;
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([['birthYear'], ['contacts', 0], ['contacts', 0, 'minutes'], ['measures', 0, 'items', 0]]),
      );
      expect(JSON.stringify(third.issues)).not.toMatch(/nineteen|maybe/);
    }
    expect(results[3]).toMatchObject({ ok: false, issues: expect.arrayContaining([{ path: [], message: 'has 2 cells where the header has 7' }]) });
  });

  it('reads renamed columns', () => {
    const results = [...referralsFromCsv([['Ref', 'Date', 'source'], ['R-1', '2025-04-01', 'self']], { columns: { id: 'Ref', referredOn: 'Date' } })];
    expect(results[0]).toMatchObject({ ok: true, value: { id: 'R-1', referredOn: '2025-04-01' } });
  });

  it('rejects a header without the required columns, and bad options', () => {
    expect(() => [...referralsFromCsv([['id', 'source']])]).toThrow(expect.objectContaining({ code: 'csv/missing-column' }));
    expect(() => referralsFromCsv([], { columns: { nhsNumber: 'NHS' } as never })).toThrow(SocialPrescribingError);
    expect([...referralsFromCsv([])]).toEqual([]);
  });

  it('reads a streamed file', async () => {
    const rows = csvRows([referralsToCsv([base]).slice(0, 50), referralsToCsv([base]).slice(50)]);
    const results = [];
    for await (const result of referralsFromCsv(rows)) results.push(result);
    expect(results).toEqual([{ index: 0, line: 2, ok: true, value: base }]);
  });

  it('flags events written without a date', () => {
    const results = [...referralsFromCsv([['id', 'referredOn', 'source', 'events'], ['R-1', '2025-04-01', 'self', 'accepted']])];
    expect(results[0]).toMatchObject({ ok: false, issues: expect.arrayContaining([{ path: ['events', 0], message: expect.any(String) }]) });
  });
});
