/** The table and chart writers throw outcomes/invalid-summary for a malformed summary, never a TypeError or "NaN" text. */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { summarizeOutcomes, summaryToCsv, summaryToMarkdown, summaryToRows, summaryToVegaLite, type OutcomeSummary } from '../../src/outcomes/index.js';
import type { Referral } from '../../src/referrals/index.js';
import { codeOf } from '../support/errorOf.js';

const referral = (id: string, pcn: string): Referral => ({
  id,
  referredOn: '2025-04-01',
  source: 'gp-practice',
  pcn,
  needs: ['housing'],
  events: [{ type: 'accepted', on: '2025-04-02' }],
  contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }],
  goals: [],
  onward: [],
  measures: [],
});

const summary = (): OutcomeSummary => summarizeOutcomes([referral('R-1', 'north'), referral('R-2', 'south')], { groupBy: 'pcn' });

const writers = {
  summaryToRows: (s: unknown) => summaryToRows(s as OutcomeSummary),
  summaryToCsv: (s: unknown) => summaryToCsv(s as OutcomeSummary),
  summaryToMarkdown: (s: unknown) => summaryToMarkdown(s as OutcomeSummary),
  summaryToVegaLite: (s: unknown) => summaryToVegaLite(s as OutcomeSummary),
};

const nanRate = { value: Number.NaN, low: 0, high: 1 };
const MALFORMED: [string, () => unknown][] = [
  ['null', () => null],
  ['an array', () => []],
  ['no total', () => ({ ...summary(), total: undefined })],
  ['groups not an array', () => ({ ...summary(), groups: {} })],
  ['a numeric group name', () => ({ ...summary(), groupNames: [1] })],
  ['a null group row', () => ({ ...summary(), groups: [null] })],
  ['an empty total', () => ({ ...summary(), total: {} })],
  ['a NaN engagement rate', () => ({ ...summary(), total: { ...summary().total, engagementRate: nanRate } })],
  ['an infinite referral count', () => ({ ...summary(), total: { ...summary().total, referrals: Number.POSITIVE_INFINITY } })],
];

describe.each(Object.entries(writers))('%s', (_, write) => {
  it.each(MALFORMED)('rejects %s with outcomes/invalid-summary', (_, make) => {
    expect(codeOf(() => write(make()))).toBe('outcomes/invalid-summary');
  });

  it('still writes a valid summary', () => {
    expect(codeOf(() => write(summary()))).toBeNull();
  });
});

describe('numbers written', () => {
  it('options are checked before the summary', () => {
    expect(codeOf(() => summaryToRows(null as never, null as never))).toBe('outcomes/invalid-options');
    expect(codeOf(() => summaryToMarkdown(null as never, { digits: 99 }))).toBe('outcomes/invalid-options');
    expect(codeOf(() => summaryToVegaLite(null as never, { rate: 'nope' as never }))).toBe('outcomes/invalid-options');
  });

  it('summaryToRows writes -0 as 0', () => {
    const s = summary();
    const rows = summaryToRows({ ...s, total: { ...s.total, contacts: { ...s.total.contacts, mean: -0 } } });
    expect(Object.is(rows.at(-1)?.['contacts.mean'], 0)).toBe(true);
  });

  it('summaryToMarkdown never writes NaN for a malformed median', () => {
    const s = summary();
    const malformed = { ...s, total: { ...s.total, contacts: { ...s.total.contacts, median: Number.NaN } } };
    expect(codeOf(() => summaryToMarkdown(malformed))).toBe('outcomes/invalid-summary');
  });

  it('the error names the summary argument and no value', () => {
    try {
      summaryToCsv({ ...summary(), groupNames: ['943 476 5919', 2] } as never);
      expect.unreachable();
    } catch (error) {
      const e = error as SocialPrescribingError;
      expect(e.issues[0]?.path).toEqual(['summary', 'groupNames']);
      expect(e.message).not.toContain('943');
    }
  });
});
