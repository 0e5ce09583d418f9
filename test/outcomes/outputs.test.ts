import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import {
  OUTCOME_CHART_RATES,
  summarizeOutcomes,
  summaryToCsv,
  summaryToMarkdown,
  summaryToRows,
  summaryToVegaLite,
  type OutcomeSummary,
} from '../../src/outcomes/index.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { attended, referral } from './helpers.js';

const referrals = generateReferrals({ count: 400, seed: 'outputs', from: '2025-04-01', to: '2026-03-31', pcns: ['North', 'South, East'] });
const byPcn = summarizeOutcomes(referrals, { groupBy: 'pcn' });
const nested = summarizeOutcomes(referrals, { groupBy: ['pcn', 'month'] });
const ungrouped = summarizeOutcomes(referrals);
const empty = summarizeOutcomes([], { groupBy: 'pcn' });
const withGaps = summarizeOutcomes(
  [referral({ pcn: 'A', contacts: attended(7) }), referral({ pcn: 'B' }), referral({ pcn: 'C|D' })],
  { groupBy: 'pcn' },
);

function error(run: () => unknown): SocialPrescribingError {
  try {
    run();
  } catch (e) {
    if (e instanceof SocialPrescribingError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('summaryToRows', () => {
  it('gives every row the same columns, groups then total', () => {
    const rows = summaryToRows(nested);
    const columns = Object.keys(rows[0]!);
    for (const row of rows) expect(Object.keys(row)).toEqual(columns);
    expect(rows.at(-1)).toMatchObject({ row: 'total', pcn: null, month: null, referrals: 400 });
    expect(rows[0]).toMatchObject({ row: 'group', pcn: 'North', month: '2025-04' });
    expect(columns).toContain('wellbeing.swemwbs.meanChange');
    expect(columns).toContain('needs.housing.share');
    expect(columns).toContain('closed.goals-met');
    expect(summaryToRows(byPcn, { includeTotal: false })).toHaveLength(2);
  });

  it('writes a rate over nobody as nulls and rounds on request', () => {
    const rows = summaryToRows(withGaps, { digits: 2 });
    expect(rows[1]).toMatchObject({ pcn: 'B', positiveOutcomeRate: null, 'positiveOutcomeRate.low': null, 'positiveOutcomeRate.high': null });
    expect(rows[0]!['engagementRate.low']).toBe(0.21);
    expect(error(() => summaryToRows(withGaps, { digits: 1.5 })).code).toBe('outcomes/invalid-options');
    expect(error(() => summaryToRows(withGaps, { digits: 16 })).code).toBe('outcomes/invalid-options');
  });
});

describe('summaryToCsv', () => {
  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    const csv = summaryToCsv(byPcn, { digits: 4 });
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(2 + 2 + 1);
    expect(lines[2]!.startsWith('group,"South, East",')).toBe(true);
    expect(lines[3]!.startsWith('total,,400,')).toBe(true);
    const header = lines[0]!.split(',');
    expect(header.length).toBe(summaryToRows(byPcn)[0] && Object.keys(summaryToRows(byPcn)[0]!).length);
  });

  it('doubles quotes and quotes line breaks', () => {
    const odd = summarizeOutcomes([referral({ pcn: 'say "hi"\nthere' })], { groupBy: 'pcn' });
    expect(summaryToCsv(odd).split('\r\n')[1]!.startsWith('group,"say ""hi""\nthere",1,')).toBe(true);
  });

  it('writes the header even without rows', () => {
    const csv = summaryToCsv(empty, { includeTotal: false });
    expect(csv.split('\r\n')).toHaveLength(2);
    expect(csv.startsWith('row,pcn,referrals,')).toBe(true);
  });
});

describe('summaryToMarkdown', () => {
  it('writes the headline table', () => {
    const md = summaryToMarkdown(withGaps, { digits: 1 });
    expect(md).toMatchInlineSnapshot(`
      "| pcn | referrals | engaged | goals met | positive outcome | median contacts | 6–12 contacts | referred on: 3+ |
      | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
      | A | 1 | 100.0% (20.7–100.0) | – | 0.0% (0.0–79.3) | 7 | 100.0% (20.7–100.0) | – |
      | B | 1 | 0.0% (0.0–79.3) | – | – | – | – | – |
      | C\\|D | 1 | 0.0% (0.0–79.3) | – | – | – | – | – |
      | **total** | 3 | 33.3% (6.1–79.2) | – | 0.0% (0.0–79.3) | 7 | 100.0% (20.7–100.0) | – |
      "
    `);
    expect(summaryToMarkdown(ungrouped).split('\n')[0]).toMatch(/^\| group \|/);
    expect(summaryToMarkdown(nested).split('\n')[2]).toMatch(/^\| North \/ 2025-04 \|/);
    expect(summaryToMarkdown(summarizeOutcomes([referral()], { groupBy: 'pcn' })).split('\n')[2]).toMatch(/^\| \(not recorded\) \|/);
  });
});

describe('summaryToVegaLite', () => {
  const summaries: [string, OutcomeSummary][] = [
    ['by PCN', byPcn],
    ['nested', nested],
    ['ungrouped', ungrouped],
    ['empty', empty],
    ['with gaps', withGaps],
  ];
  const variants = summaries.flatMap(([name, summary]) =>
    OUTCOME_CHART_RATES.flatMap((rate) => [true, false].map((includeTotal) => [`${name}, ${rate}, total ${includeTotal}`, summary, rate, includeTotal] as const)),
  );

  it.each(variants)('%s compiles with vega-lite', (_name, summary, rate, includeTotal) => {
    const spec = summaryToVegaLite(summary, { rate, includeTotal, title: 'T' });
    const compiled = compile(spec as unknown as TopLevelSpec);
    expect(compiled.spec.marks?.length).toBeGreaterThan(0);
    const values = (spec.data as { values: { value: number; low: number; high: number; n: number }[] }).values;
    for (const v of values) {
      expect(v.low).toBeLessThanOrEqual(v.value);
      expect(v.value).toBeLessThanOrEqual(v.high);
      expect(Number.isInteger(v.n) && v.n > 0).toBe(true);
    }
  });

  it('names groups without a rate', () => {
    const spec = summaryToVegaLite(withGaps, { rate: 'positive-outcome' });
    expect(spec.description).toBe(
      'Engaged people with a positive outcome by pcn; error bars are 95% Wilson intervals. No engaged people in: B, C|D.',
    );
    expect(spec.title).toBe('Engaged people with a positive outcome, with 95% intervals');
    expect(error(() => summaryToVegaLite(withGaps, { title: 3 as never })).code).toBe('outcomes/invalid-options');
  });
});
