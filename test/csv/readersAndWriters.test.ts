/** Tests that pin behaviour the mutation run found unchecked: chunk-start BOMs, parser state after end(), exact errors, short list items. */
import { describe, expect, it } from 'vitest';
import { createCsvParser, referralsFromCsv, referralsToCsv } from '../../src/csv/index.js';
import type { Referral } from '../../src/referrals/index.js';
import { errorOf } from '../support/errorOf.js';
import { makeReferral } from '../referrals/arbitraries.js';

const header = ['id', 'referredOn', 'source'];

function onlyResult(rows: readonly (readonly string[])[]) {
  const results = [...referralsFromCsv(rows)];
  expect(results).toHaveLength(1);
  return results[0]!;
}

// A minimal valid referral (empty lists), with the id the expected CSV lines name.
const valid = (): Referral => makeReferral({ id: 'R-1' });

describe('createCsvParser', () => {
  it('drops a byte order mark only from the first chunk, not from a later chunk that starts with one', () => {
    const parser = createCsvParser();
    expect(parser.push('\uFEFFa,')).toEqual([]);
    expect(parser.push('\uFEFFb\n')).toEqual([['a', '\uFEFFb']]);
    expect(parser.end()).toEqual([]);

    const split = createCsvParser();
    expect(split.push('x')).toEqual([]);
    expect(split.push('\uFEFFy')).toEqual([]);
    expect(split.end()).toEqual([['x\uFEFFy']]);
  });

  it('leaves no quote open after end(): a later quoted field is read as quoted', () => {
    const parser = createCsvParser();
    expect(parser.push('"a"')).toEqual([]);
    expect(parser.end()).toEqual([['a']]);
    expect(parser.push('"b,c"\n')).toEqual([['b,c']]);
    expect(parser.end()).toEqual([]);
  });

  it('a second end() gives nothing and does not throw', () => {
    const parser = createCsvParser();
    parser.push('"a"');
    expect(parser.end()).toEqual([['a']]);
    expect(parser.end()).toEqual([]);
  });
});

describe('referralsFromCsv', () => {
  it('pins the error for a header that is not an array of strings', () => {
    expect(errorOf(() => [...referralsFromCsv(['id,referredOn,source'] as never)])).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: ['header'], message: 'must be an array of strings' }],
    });
    expect(errorOf(() => [...referralsFromCsv([['id', 'referredOn', 7]] as never)])).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: ['header', 2], message: 'must be a string' }],
    });
  });

  it('reports a row whose cell count differs from the header, and nothing else when the row is otherwise valid', () => {
    expect(onlyResult([header, ['R-1', '2025-04-01', 'self', 'extra']])).toEqual({
      index: 0,
      line: 2,
      ok: false,
      issues: [{ path: [], message: 'has 4 cells where the header has 3' }],
    });
  });

  it('reports a birth year that is not a number once, as not a number (not also as not whole)', () => {
    const result = onlyResult([[...header, 'birthYear'], ['R-1', '2025-04-01', 'self', 'abc']]);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.filter((issue) => issue.path.join('.') === 'birthYear')).toEqual([{ path: ['birthYear'], message: 'must be a number' }]);
  });

  it('decodes no undefined fields when optional trailing parts are left out', () => {
    const result = onlyResult([
      [...header, 'events', 'goals', 'onward'],
      ['R-1', '2025-04-01', 'self', 'accepted:2025-04-02', '2025-04-03:met', 'signpost:org-1:2025-04-04'],
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.events).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
      expect(result.value.goals).toStrictEqual([{ setOn: '2025-04-03', status: 'met' }]);
      expect(result.value.onward).toStrictEqual([{ kind: 'signpost', organisationId: 'org-1', on: '2025-04-04' }]);
    }
  });

  it('reads a measure written without its score part as a measure with items only', () => {
    const result = onlyResult([[...header, 'measures'], ['R-1', '2025-04-01', 'self', 'ucla3:baseline:2025-04-03:1/2/1']]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.measures).toStrictEqual([{ instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-03', items: [1, 2, 1] }]);
  });

  it('reads a measure written without items and score as one that lacks both (a validation issue, not a decoding one)', () => {
    expect(onlyResult([[...header, 'measures'], ['R-1', '2025-04-01', 'self', 'swemwbs:baseline:2025-04-03']])).toEqual({
      index: 0,
      line: 2,
      ok: false,
      issues: [{ path: ['measures', 0, 'score'], message: 'must have items or a score' }],
    });
  });

  it('reports a contact written without minutes and attendance as a badly written contact', () => {
    const result = onlyResult([[...header, 'contacts'], ['R-1', '2025-04-01', 'self', '2025-04-03:telephone']]);
    expect(result).toEqual({
      index: 0,
      line: 2,
      ok: false,
      issues: [{ path: ['contacts', 0], message: 'must be written date:mode:minutes:yes|no' }],
    });
  });
});

describe('referralsToCsv', () => {
  it('pins the error for an argument that is not iterable', () => {
    expect(errorOf(() => referralsToCsv(42 as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'must be an iterable of referrals' }],
    });
  });

  it('pins the error for a malformed record, naming its index and field', () => {
    expect(errorOf(() => referralsToCsv([valid(), valid(), { ...valid(), needs: 'housing' } as never]))).toEqual({
      code: 'csv/invalid-referral',
      issues: [{ path: [2, 'needs'], message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' }],
    });
  });

  it('rejects a referral date that is not a string', () => {
    expect(errorOf(() => referralsToCsv([{ ...valid(), referredOn: 20250401 } as never]))).toMatchObject({
      code: 'csv/invalid-referral',
      issues: [{ path: [0] }],
    });
  });

  it('rejects measure items held in a typed array (a list that is not an array)', () => {
    const measure = { instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-09', items: new Uint8Array([1, 2, 1]) };
    expect(errorOf(() => referralsToCsv([{ ...valid(), measures: [measure] } as never]))).toMatchObject({
      code: 'csv/invalid-referral',
      issues: [{ path: [0, 'measures', 0, 'items'] }],
    });
  });

  it('writes -0 minutes as 0', () => {
    const referral: Referral = { ...valid(), contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: -0, attended: true }] };
    expect(referralsToCsv([referral]).split('\r\n')[1]).toBe('R-1,2025-04-01,gp-practice,,,,,,,,,,,2025-04-09:telephone:0:yes,,,');
  });

  it('writes an optional field given as null (as JSON records often have it) as an empty cell, like an absent one', () => {
    const withNull = referralsToCsv([{ ...valid(), pcn: null, schemeId: null } as never]);
    expect(withNull).toBe(referralsToCsv([valid()]));
    expect(withNull.split('\r\n')[1]!.split(',').slice(0, 4)).toEqual(['R-1', '2025-04-01', 'gp-practice', '']);
  });
});
