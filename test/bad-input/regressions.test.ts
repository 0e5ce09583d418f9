/**
 * Bugs the bad-input catalogue found, pinned one by one (the catalogue covers
 * them too; these name the exact call).
 */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import type { Referral } from '../../src/referrals/index.js';
import * as f from './fixtures.js';
import { findBadValue } from './hostile.js';
import { activeCaseload, contactCapacity, planCaseload } from '../../src/caseload/index.js';
import { provisionGaps } from '../../src/directory/index.js';
import { createOutcomeAccumulator, scoreMycaw, summarizeOutcomes, summaryToCsv, summaryToMarkdown, summaryToRows, summaryToVegaLite, wilsonInterval } from '../../src/outcomes/index.js';
import { createCsvParser, csvRows, formatCsv, parseCsv, referralsFromCsv } from '../../src/csv/index.js';
import { codeOf } from '../support/errorOf.js';

async function asyncCodeOf(run: () => AsyncIterable<unknown>): Promise<string | null> {
  try {
    const items: unknown[] = [];
    for await (const item of run()) items.push(item);
    return null;
  } catch (error) {
    return error instanceof SocialPrescribingError ? error.code : `not a SocialPrescribingError: ${String(error)}`;
  }
}

describe('csv: non-text input is a csv/invalid-input error, not a TypeError', () => {
  it('parseCsv and createCsvParser().push reject a non-string', () => {
    expect(codeOf(() => parseCsv(null as never))).toBe('csv/invalid-input');
    expect(codeOf(() => parseCsv(42 as never))).toBe('csv/invalid-input');
    expect(codeOf(() => createCsvParser().push(['a,b'] as never))).toBe('csv/invalid-input');
  });

  it('formatCsv rejects a non-iterable and a row that is not an array', () => {
    expect(codeOf(() => formatCsv(null as never))).toBe('csv/invalid-input');
    expect(codeOf(() => formatCsv(7 as never))).toBe('csv/invalid-input');
    expect(codeOf(() => formatCsv([['a'], 'b,c'] as never))).toBe('csv/invalid-input');
  });

  it('csvRows rejects a non-iterable', async () => {
    expect(await asyncCodeOf(() => csvRows(undefined as never))).toBe('csv/invalid-input');
    expect(await asyncCodeOf(() => csvRows(3 as never))).toBe('csv/invalid-input');
  });

  it('referralsFromCsv rejects non-iterable rows, a bad header and bad options, and reports a bad data row', () => {
    expect(codeOf(() => referralsFromCsv(null as never))).toBe('csv/invalid-input');
    expect(codeOf(() => referralsFromCsv('id,referredOn' as never))).toBe('csv/invalid-input');
    expect(codeOf(() => [...referralsFromCsv([[1, 2, 3]] as never)])).toBe('csv/invalid-input');
    expect(codeOf(() => [...referralsFromCsv([['id', 'referredOn', 'source']], null as never)])).toBe('csv/invalid-options');
    expect(codeOf(() => [...referralsFromCsv([['id', 'referredOn', 'source']], { columns: [] as never })])).toBe('csv/invalid-options');
    const results = [...referralsFromCsv([['id', 'referredOn', 'source'], null, ['R-1', '2025-04-01', 'self']] as never)];
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [2, false],
      [3, true],
    ]);
  });
});

describe('huge numbers are rejected rather than overflowing to Infinity', () => {
  it('caseload quantities above 2^53 - 1 throw their invalid-<quantity> code', () => {
    expect(codeOf(() => activeCaseload({ referralsPerYear: 250, weeksSupported: 1e308 }))).toBe('caseload/invalid-weeks');
    expect(codeOf(() => contactCapacity({ wte: 1e308 }))).toBe('caseload/invalid-wte');
    expect(codeOf(() => contactCapacity({ wte: 1, contactsPerPerson: { min: 6, max: 1e308 } }))).toBe('caseload/invalid-contacts');
    expect(codeOf(() => planCaseload({ pcns: [{ id: 'a', listSize: 40_000, linkWorkerWte: 1e308 }] }))).toBe('caseload/invalid-wte');
    expect(activeCaseload({ referralsPerYear: Number.MAX_SAFE_INTEGER, weeksSupported: Number.MAX_SAFE_INTEGER }).max).toBeLessThan(Infinity);
  });

  it('provisionGaps rejects a demand above 2^53 - 1 people', () => {
    expect(codeOf(() => provisionGaps([], { housing: 1e308 }, { asOf: '2025-06-01' }))).toBe('directory/invalid-demand');
  });
});

describe('-0 is normalised to 0', () => {
  it('wilsonInterval(-0, n) and scoreMycaw with wellbeing -0', () => {
    expect(Object.is(wilsonInterval(-0, 10)?.value, 0)).toBe(true);
    expect(Object.is(scoreMycaw({ concerns: [3], wellbeing: -0 }).wellbeing, 0)).toBe(true);
  });
});

describe('outcome writers reject options that are not an object', () => {
  it('summaryToRows, summaryToCsv, summaryToMarkdown and summaryToVegaLite with null options', () => {
    const summary = summarizeOutcomes([]);
    for (const write of [summaryToRows, summaryToCsv, summaryToMarkdown, summaryToVegaLite]) {
      expect(codeOf(() => write(summary, null as never))).toBe('outcomes/invalid-options');
      expect(codeOf(() => write(summary, [] as never))).toBe('outcomes/invalid-options');
    }
  });
});

describe('accumulator.merge(state) checks the counts of a serialised state', () => {
  const stateText = (): string => {
    const accumulator = createOutcomeAccumulator();
    accumulator.add(f.referral() as Referral);
    return JSON.stringify(accumulator.state());
  };
  const mergeCode = (edit: (state: any) => void): string | null => {
    const state = JSON.parse(stateText());
    edit(state);
    const target = createOutcomeAccumulator();
    const code = codeOf(() => {
      target.merge(state);
    });
    expect(findBadValue(target.result())).toBeNull();
    return code;
  };

  it('accepts its own state', () => {
    expect(mergeCode(() => undefined)).toBeNull();
  });

  it('rejects NaN, Infinity, negative, fractional and missing counts', () => {
    expect(mergeCode((s) => (s.recordsRead = null))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.outsidePeriod.after = 1e308))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].referrals = -1))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].engaged = 0.5))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => delete s.groups[0].goalsSet)).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].needs = [1]))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].organisations = [1]))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.excluded.issues = {}))).toBe('outcomes/incompatible-state');
    // eslint-disable-next-line no-sparse-arrays
    expect(mergeCode((s) => (s.groups[0].sex = [, 1, , 0, 0]))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.settings.maxReportedIssues = 10n))).toBe('outcomes/incompatible-state');
  });

  it('rejects counts that exceed their whole (a rate above 1 would give NaN bounds)', () => {
    expect(mergeCode((s) => (s.groups[0].referrals = 0))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].goalsMet = (s.groups[0].goalsSet as number) + 1))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].wellbeing.swemwbs.improved = 5))).toBe('outcomes/incompatible-state');
    expect(mergeCode((s) => (s.groups[0].wellbeing.swemwbs.sumBaseline = Number.NaN))).toBe('outcomes/incompatible-state');
  });
});
