import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  planCaseloadByGroup,
  planToCsv,
  planToMarkdown,
  planToRows,
  planToVegaLite,
  REFERRAL_RATES,
  type GroupedCaseloadPlan,
} from '../../src/caseload/index.js';
import { parseCsv } from '../../src/csv/index.js';
import { errorOf } from '../support/errorOf.js';

// Built inside each test (never at collection time), so that mutation testing sees every call.
const makePlan = () => planCaseloadByGroup({
  pcns: [
    { id: 'n', name: 'North', listSize: 42_000, linkWorkerWte: 2, icb: 'Q1', icbName: 'First ICB' },
    { id: 's', name: 'South | Docks', listSize: 31_000, icb: 'Q1', icbName: 'First ICB' },
    { id: 'h', name: 'Hill', listSize: 38_000, linkWorkerWte: 3, icb: 'Q2' },
    { id: 'v', listSize: 1_234_567, linkWorkerWte: 0.5, icb: 'Q2' },
  ],
  groupBy: 'icb',
  groupNameBy: 'icbName',
  rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
});

const COLUMNS = [
  'row', 'group', 'id', 'name', 'pcns', 'listSize.min', 'listSize.max', 'wteInPost', 'wteInPostKnown', 'pcnsWithoutWteInPost',
  'des.expectedReferrals.min', 'des.expectedReferrals.max', 'des.wteNeeded.min', 'des.wteNeeded.max', 'des.gap.min', 'des.gap.max',
  'des.gapOfKnown.min', 'des.gapOfKnown.max',
  'observed-england-2023.expectedReferrals.min', 'observed-england-2023.expectedReferrals.max', 'observed-england-2023.wteNeeded.min',
  'observed-england-2023.wteNeeded.max', 'observed-england-2023.gap.min', 'observed-england-2023.gap.max',
  'observed-england-2023.gapOfKnown.min', 'observed-england-2023.gapOfKnown.max',
];

describe('planToRows', () => {
  const rows = () => planToRows(makePlan());

  it('flattens every row into the same columns, the total last', () => {
    expect(rows().map((row) => Object.keys(row))).toEqual(rows().map(() => COLUMNS));
    expect(rows().map((row) => [row.row, row.group, row.id])).toEqual([
      ['pcn', 'Q1', 'n'], ['pcn', 'Q1', 's'], ['group', 'Q1', 'Q1'], ['pcn', 'Q2', 'h'], ['pcn', 'Q2', 'v'], ['group', 'Q2', 'Q2'], ['total', null, 'total'],
    ]);
  });

  it('gives a row’s figures at every rate, and null where a figure is not known', () => {
    expect(rows()[2]).toEqual({
      row: 'group', group: 'Q1', id: 'Q1', name: 'First ICB', pcns: 2, 'listSize.min': 73_000, 'listSize.max': 73_000,
      wteInPost: null, wteInPostKnown: 2, pcnsWithoutWteInPost: 1,
      'des.expectedReferrals.min': 876, 'des.expectedReferrals.max': 1168, 'des.wteNeeded.min': 3.5, 'des.wteNeeded.max': 4.67,
      'des.gap.min': null, 'des.gap.max': null, 'des.gapOfKnown.min': 0.02, 'des.gapOfKnown.max': 0.69,
      'observed-england-2023.expectedReferrals.min': 1460, 'observed-england-2023.expectedReferrals.max': 1460,
      'observed-england-2023.wteNeeded.min': 5.84, 'observed-england-2023.wteNeeded.max': 5.84,
      'observed-england-2023.gap.min': null, 'observed-england-2023.gap.max': null,
      'observed-england-2023.gapOfKnown.min': 1.36, 'observed-england-2023.gapOfKnown.max': 1.36,
    });
    expect(rows()[5]!['des.gap.min']).toBe(makePlan().rows[5]!.rates[0]!.gap!.min);
    expect(rows()[5]!['des.gap.max']).toBe(makePlan().rows[5]!.rates[0]!.gap!.max);
    expect(rows()[5]!['observed-england-2023.gap.max']).toBe(makePlan().rows[5]!.rates[1]!.gap!.max);
  });

  it('leaves out the total, or keeps one group', () => {
    expect(planToRows(makePlan(), { includeTotal: false }).map((row) => row.id)).toEqual(['n', 's', 'Q1', 'h', 'v', 'Q2']);
    expect(planToRows(makePlan(), { includeTotal: true })).toEqual(rows());
    expect(planToRows(makePlan(), { group: 'Q2' }).map((row) => row.id)).toEqual(['h', 'v', 'Q2']);
    expect(planToRows(makePlan(), { group: 'Q2', includeTotal: true }).map((row) => row.id)).toEqual(['h', 'v', 'Q2']);
  });

  it('rejects options it does not know and groups the plan does not have', () => {
    expect(errorOf(() => planToRows(makePlan(), { group: 'Q9' }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'group'], message: 'is not a group of the plan' }],
    });
    expect(errorOf(() => planToRows(makePlan(), { group: '' }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'group'], message: 'must be the key of a group of the plan' }],
    });
    expect(errorOf(() => planToRows(makePlan(), { digits: 2 } as never))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options'], message: 'has 1 unrecognised key' }],
    });
    expect(errorOf(() => planToRows(makePlan(), null as never)).code).toBe('caseload/invalid-options');
    const plain = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1 }] });
    expect(errorOf(() => planToRows(plain, { group: 'a' })).issues[0]!.message).toBe('is not a group of the plan');
  });
});

describe('plans that are not plans', () => {
  const broken: [string, unknown, (string | number)[]][] = [
    ['null', null, ['plan']],
    ['a NaN', { ...makePlan(), total: { ...makePlan().total, wteInPostKnown: Number.NaN } }, ['plan', 'total', 'wteInPostKnown']],
    ['an Infinity', { ...makePlan(), rows: [{ ...makePlan().rows[0]!, listSize: { min: 1, max: Infinity } }] }, ['plan', 'rows', 0, 'listSize', 'max']],
    ['an unknown kind', { ...makePlan(), total: { ...makePlan().total, kind: 'sum' } }, ['plan', 'total', 'kind']],
    ['a row with no rates', { ...makePlan(), total: { ...makePlan().total, rates: [] } }, ['plan', 'total', 'rates']],
    ['no rates', { ...makePlan(), rates: [] }, ['plan', 'rates']],
    ['an extra field', { ...makePlan(), note: 'x' }, ['plan']],
  ];

  it.each(broken)('rejects %s in every output', (_name, value, path) => {
    for (const output of [planToRows, planToCsv, planToMarkdown, planToVegaLite]) {
      const error = errorOf(() => output(value as GroupedCaseloadPlan));
      expect(error.code).toBe('caseload/invalid-plan');
      expect(error.issues[0]!.path).toEqual(path);
    }
  });

  it('rejects rows whose rates are not the plan’s, in its order', () => {
    const swapped = { ...makePlan(), rows: makePlan().rows.map((row, i) => (i === 3 ? { ...row, rates: [...row.rates].reverse() } : row)) };
    expect(errorOf(() => planToRows(swapped))).toEqual({
      code: 'caseload/invalid-plan',
      issues: [{ path: ['plan', 'rows', 3, 'rates'], message: "must give the plan's rates, in its order" }],
    });
    const total = { ...makePlan(), total: { ...makePlan().total, rates: makePlan().total.rates.slice(0, 1) } };
    expect(errorOf(() => planToMarkdown(total))).toEqual({
      code: 'caseload/invalid-plan',
      issues: [{ path: ['plan', 'total', 'rates'], message: "must give the plan's rates, in its order" }],
    });
  });
});

describe('-0 in a plan given to an output', () => {
  it('is written as 0', () => {
    const plan = makePlan();
    const zeroed = { ...plan, rows: plan.rows.map((row, i) => (i === 0 ? { ...row, wteInPost: -0, wteInPostKnown: -0, pcnsWithoutWteInPost: -0 } : row)) };
    const row = planToRows(zeroed)[0]!;
    expect([row.wteInPost, row.wteInPostKnown, row.pcnsWithoutWteInPost].every((value) => Object.is(value, 0))).toBe(true);
    const bars = (planToVegaLite(zeroed).data as { values: { id: string; inPost: number | null }[] }).values;
    expect(Object.is(bars.find((bar) => bar.id === 'n')!.inPost, 0)).toBe(true);
  });
});

describe('planToCsv', () => {
  it('writes the rows as RFC 4180 CSV that reads back to the same cells', () => {
    const csv = planToCsv(makePlan());
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(7);
    expect(rows[1]!.slice(0, 10)).toEqual(['pcn', 'Q1', 's', 'South | Docks', '1', '31000', '31000', '', '0', '1']);
    expect(rows[6]!.slice(0, 4)).toEqual(['total', '', 'total', '']);
  });

  it('takes the same options as planToRows', () => {
    const [header, ...rows] = parseCsv(planToCsv(makePlan(), { group: 'Q1' }));
    expect(header).toEqual(COLUMNS);
    expect(rows.map((row) => row[2])).toEqual(['n', 's', 'Q1']);
    expect(parseCsv(planToCsv(makePlan(), { includeTotal: false }))).toHaveLength(7);
    expect(errorOf(() => planToCsv(makePlan(), { group: 'Q9' })).code).toBe('caseload/invalid-options');
  });

  it('quotes names with commas and quotes', () => {
    const quoted = planCaseloadByGroup({ pcns: [{ id: 'a', name: 'Smith, Jones "North"', listSize: 1000 }] });
    expect(planToCsv(quoted).split('\r\n')[1]!.startsWith('pcn,,a,"Smith, Jones ""North""",1,1000,1000,,0,1,')).toBe(true);
  });
});

describe('planToMarkdown', () => {
  it('writes PCN lines, subtotals in bold and the total, at each rate side by side', () => {
    expect(planToMarkdown(makePlan()).split('\n')).toEqual([
      '| PCN / icb | PCNs | list size | referrals a year (DES 1.2–1.6%) | WTE needed (DES 1.2–1.6%) | referrals a year (observed 2023, 2%) | WTE needed (observed 2023, 2%) | WTE in post | gap (DES 1.2–1.6%) | gap (observed 2023, 2%) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| North | 1 | 42,000 | 504–672 | 2.02–2.69 | 840 | 3.36 | 2.00 | 0.02–0.69 | 1.36 |',
      '| South \\| Docks | 1 | 31,000 | 372–496 | 1.49–1.98 | 620 | 2.48 | – | – | – |',
      '| **First ICB (subtotal)** | 2 | 73,000 | 876–1,168 | 3.50–4.67 | 1,460 | 5.84 | 2.00 (1 of 2 PCNs not known) | 0.02–0.69 (1 of 2 PCNs known) | 1.36 (1 of 2 PCNs known) |',
      '| Hill | 1 | 38,000 | 456–608 | 1.82–2.43 | 760 | 3.04 | 3.00 | -1.18 to -0.57 | 0.04 |',
      '| v | 1 | 1,234,567 | 14,815–19,753 | 59.26–79.01 | 24,691 | 98.77 | 0.50 | 58.76–78.51 | 98.27 |',
      '| **Q2 (subtotal)** | 2 | 1,272,567 | 15,271–20,361 | 61.08–81.44 | 25,451 | 101.81 | 3.50 | 57.58–77.94 | 98.31 |',
      '| **total** | 4 | 1,345,567 | 16,147–21,529 | 64.59–86.12 | 26,911 | 107.65 | 5.50 (1 of 4 PCNs not known) | 57.60–78.63 (3 of 4 PCNs known) | 99.67 (3 of 4 PCNs known) |',
      '',
    ]);
  });

  it('shows the subtotals alone, one group, or some rates in a chosen order', () => {
    expect(planToMarkdown(makePlan(), { includePcns: false }).split('\n').slice(2, -1).map((line) => line.split(' | ')[0])).toEqual([
      '| **First ICB (subtotal)**', '| **Q2 (subtotal)**', '| **total**',
    ]);
    expect(planToMarkdown(makePlan(), { includePcns: true })).toBe(planToMarkdown(makePlan()));
    expect(planToMarkdown(makePlan(), { group: 'Q2' }).split('\n').slice(2, -1).map((line) => line.split(' | ')[0])).toEqual(['| Hill', '| v', '| **Q2 (subtotal)**']);
    const observed = planToMarkdown(makePlan(), { rates: ['observed-england-2023'], group: 'Q1', includePcns: false }).split('\n');
    expect(observed).toEqual([
      '| PCN / icb | PCNs | list size | referrals a year (observed 2023, 2%) | WTE needed (observed 2023, 2%) | WTE in post | gap (observed 2023, 2%) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| **First ICB (subtotal)** | 2 | 73,000 | 1,460 | 5.84 | 2.00 (1 of 2 PCNs not known) | 1.36 (1 of 2 PCNs known) |',
      '',
    ]);
    const both = planToMarkdown(makePlan(), { rates: ['observed-england-2023', 'des'], includePcns: false }).split('\n')[0]!;
    expect(both.indexOf('referrals a year (observed')).toBeLessThan(both.indexOf('referrals a year (DES'));
  });

  it('titles a plan without groups "PCN", escapes names and shows a plan with no WTE in post known', () => {
    const plain = planCaseloadByGroup({ pcns: [{ id: 'a|b', listSize: 100 }, { id: 'c', name: 'back\\slash\r\nline', listSize: 100 }] });
    expect(planToMarkdown(plain).split('\n')).toEqual([
      '| PCN | PCNs | list size | referrals a year (DES 1.2–1.6%) | WTE needed (DES 1.2–1.6%) | WTE in post | gap (DES 1.2–1.6%) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| a\\|b | 1 | 100 | 1–2 | 0.00–0.01 | – | – |',
      '| back\\\\slash line | 1 | 100 | 1–2 | 0.00–0.01 | – | – |',
      '| **total** | 2 | 200 | 2–3 | 0.01 | 0.00 (2 of 2 PCNs not known) | – |',
      '',
    ]);
  });

  it('writes a range that crosses zero with a dash, and one below zero with "to"', () => {
    const crossing = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 20_000, linkWorkerWte: 1.2 }] });
    expect(planToMarkdown(crossing).split('\n')[2]).toBe('| a | 1 | 20,000 | 240–320 | 0.96–1.28 | 1.20 | -0.24 to 0.08 |');
    const surplus = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 20_000, linkWorkerWte: 0 }], rates: [{ id: 'r', label: 'R', rate: { min: 0.0125, max: 0.0125 } }] });
    expect(planToMarkdown(surplus).split('\n')[2]).toBe('| a | 1 | 20,000 | 250 | 1.00 | 0.00 | 1.00 |');
  });

  it('rejects rates the plan does not have, naming the position', () => {
    expect(errorOf(() => planToMarkdown(makePlan(), { rates: ['des', 'local'] }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'rates', 1], message: 'is not a rate of the plan' }],
    });
    expect(errorOf(() => planToMarkdown(makePlan(), { rates: [] }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'rates'], message: 'must list at least one rate id' }],
    });
    expect(errorOf(() => planToMarkdown(makePlan(), { includePcns: 'no' } as never)).issues[0]!.path).toEqual(['options', 'includePcns']);
    expect(errorOf(() => planToMarkdown(makePlan(), { group: 'Q9' })).issues[0]!.path).toEqual(['options', 'group']);
  });
});

describe('planToVegaLite', () => {
  const spec = () => planToVegaLite(makePlan());
  const values = () => (spec().data as { values: Record<string, unknown>[] }).values;

  it('charts each PCN, largest shortfall first and those with no WTE in post last', () => {
    expect(values()).toEqual([
      { pcn: 'v', id: 'v', group: 'Q2', neededMin: 59.26, neededMax: 79.01, inPost: 0.5, gapMin: 58.76, gapMax: 78.51 },
      { pcn: 'North', id: 'n', group: 'Q1', neededMin: 2.02, neededMax: 2.69, inPost: 2, gapMin: 0.02, gapMax: 0.69 },
      { pcn: 'Hill', id: 'h', group: 'Q2', neededMin: 1.82, neededMax: 2.43, inPost: 3, gapMin: -1.18, gapMax: -0.57 },
      { pcn: 'South | Docks', id: 's', group: 'Q1', neededMin: 1.49, neededMax: 1.98, inPost: null, gapMin: null, gapMax: null },
    ]);
  });

  it('says what the marks are and which PCNs have no WTE in post', () => {
    expect(spec().title).toBe('WTE needed (DES 1.2–1.6%) against WTE in post');
    expect(spec().description).toBe(
      'WTE link workers needed (DES 1.2–1.6%) against WTE in post, per PCN, sorted by gap (largest shortfall first). ' +
        'Dark bar: WTE needed, low end; light bar: high end; black tick: WTE in post. WTE in post not known for 1 PCN: South | Docks.',
    );
    expect(spec().$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
  });

  it('compiles with vega-lite, with a legend for the three marks', () => {
    const compiled = compile(spec() as unknown as TopLevelSpec).spec;
    expect(compiled.marks?.length).toBeGreaterThan(0);
    expect(compiled.legends).toHaveLength(1);
    const scales = JSON.stringify(compiled.scales);
    for (const text of ['WTE needed, high end', 'WTE needed, low end', 'WTE in post', '#9ecae9', '#4c78a8', '#222222']) expect(scales).toContain(text);
  });

  it('charts another rate, one group, under a title of its own', () => {
    const observed = planToVegaLite(makePlan(), { rate: 'observed-england-2023', group: 'Q1', title: 'Q1' });
    expect((observed.data as { values: { pcn: string; neededMax: number; gapMax: number | null }[] }).values.map((v) => [v.pcn, v.neededMax, v.gapMax])).toEqual([
      ['North', 3.36, 1.36],
      ['South | Docks', 2.48, null],
    ]);
    expect(observed.title).toBe('Q1');
    expect(String(observed.description).startsWith('WTE link workers needed (observed 2023, 2%)')).toBe(true);
  });

  it('sorts equal high ends by the low end, keeps input order on ties, and names every PCN with no WTE in post', () => {
    const tied = planCaseloadByGroup({
      pcns: [
        { id: 'a', listSize: 25_000, linkWorkerWte: 1 },
        { id: 'b', listSize: 25_000, linkWorkerWte: 1 },
        { id: 'c', listSize: 10_000 },
        { id: 'd', listSize: 20_000 },
      ],
      rates: [{ id: 'r', label: 'R', rate: { min: 0.01, max: 0.016 } }],
    });
    const bars = (planToVegaLite(tied).data as { values: { id: string }[] }).values.map((v) => v.id);
    expect(bars).toEqual(['a', 'b', 'c', 'd']);
    expect(planToVegaLite(tied).description).toContain('WTE in post not known for 2 PCNs: c, d.');
    const lowEnds = planCaseloadByGroup({
      pcns: [
        { id: 'narrow', listSize: 25_000, linkWorkerWte: 0.4 },
        { id: 'wide', listSize: { min: 10_000, max: 25_000 }, linkWorkerWte: 0.4 },
      ],
    });
    expect((planToVegaLite(lowEnds).data as { values: { id: string }[] }).values.map((v) => v.id)).toEqual(['narrow', 'wide']);
    const reversed = planCaseloadByGroup({
      pcns: [
        { id: 'wide', listSize: { min: 10_000, max: 25_000 }, linkWorkerWte: 0.4 },
        { id: 'narrow', listSize: 25_000, linkWorkerWte: 0.4 },
      ],
    });
    expect((planToVegaLite(reversed).data as { values: { id: string }[] }).values.map((v) => v.id)).toEqual(['narrow', 'wide']);
  });

  it('puts a PCN with no WTE in post after one with a surplus, and keeps PCNs with none in plan order', () => {
    const mixed = planCaseloadByGroup({
      pcns: [
        { id: 'unknown-1', listSize: 30_000 },
        { id: 'surplus', listSize: 10_000, linkWorkerWte: 2 },
        { id: 'unknown-2', listSize: 50_000 },
        { id: 'short', listSize: 40_000, linkWorkerWte: 1 },
      ],
    });
    expect((planToVegaLite(mixed).data as { values: { id: string }[] }).values.map((v) => v.id)).toEqual(['short', 'surplus', 'unknown-1', 'unknown-2']);
  });

  it('has no "not known" sentence when every PCN gave its WTE in post, and tells apart PCNs of the same name', () => {
    const same = planCaseloadByGroup({
      pcns: [
        { id: 'a', name: 'Central', listSize: 30_000, linkWorkerWte: 1 },
        { id: 'b', name: 'Central', listSize: 20_000, linkWorkerWte: 1 },
        { id: 'c', listSize: 10_000, linkWorkerWte: 1 },
      ],
    });
    const chart = planToVegaLite(same);
    expect((chart.data as { values: { pcn: string }[] }).values.map((v) => v.pcn)).toEqual(['Central', 'Central (b)', 'c']);
    expect(String(chart.description).endsWith('black tick: WTE in post.')).toBe(true);
  });

  it('gives the whole spec: bars of WTE needed, ticks of WTE in post, a legend and tooltips', () => {
    const one = planCaseloadByGroup({ pcns: [{ id: 'a', name: 'A', listSize: 25_000, linkWorkerWte: 1 }] });
    const axis = 'WTE link workers';
    expect(planToVegaLite(one)).toEqual({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'WTE needed (DES 1.2–1.6%) against WTE in post',
      description:
        'WTE link workers needed (DES 1.2–1.6%) against WTE in post, per PCN, sorted by gap (largest shortfall first). Dark bar: WTE needed, low end; light bar: high end; black tick: WTE in post.',
      data: { values: [{ pcn: 'A', id: 'a', group: null, neededMin: 1.2, neededMax: 1.6, inPost: 1, gapMin: 0.2, gapMax: 0.6 }] },
      width: 400,
      height: { step: 20 },
      encoding: { y: { field: 'pcn', type: 'nominal', sort: null, title: 'PCN', axis: { labelLimit: 320 } } },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'neededMax', type: 'quantitative', title: axis },
            color: {
              datum: 'WTE needed, high end',
              type: 'nominal',
              scale: { domain: ['WTE needed, high end', 'WTE needed, low end', 'WTE in post'], range: ['#9ecae9', '#4c78a8', '#222222'] },
              legend: { title: null, orient: 'bottom' },
            },
            tooltip: [
              { field: 'pcn', type: 'nominal', title: 'PCN' },
              { field: 'id', type: 'nominal', title: 'PCN code' },
              { field: 'neededMin', type: 'quantitative', title: 'WTE needed, low', format: '.2f' },
              { field: 'neededMax', type: 'quantitative', title: 'WTE needed, high', format: '.2f' },
              { field: 'inPost', type: 'quantitative', title: 'WTE in post', format: '.2f' },
              { field: 'gapMin', type: 'quantitative', title: 'gap, low', format: '.2f' },
              { field: 'gapMax', type: 'quantitative', title: 'gap, high', format: '.2f' },
            ],
          },
        },
        { mark: { type: 'bar' }, encoding: { x: { field: 'neededMin', type: 'quantitative', title: axis }, color: { datum: 'WTE needed, low end', type: 'nominal' } } },
        {
          transform: [{ filter: 'isValid(datum.inPost)' }],
          mark: { type: 'tick', thickness: 3 },
          encoding: { x: { field: 'inPost', type: 'quantitative', title: axis }, color: { datum: 'WTE in post', type: 'nominal' } },
        },
      ],
    });
  });

  it('rejects a rate or a group the plan does not have, and other options', () => {
    expect(errorOf(() => planToVegaLite(makePlan(), { rate: 'local' }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'rate'], message: 'is not a rate of the plan' }],
    });
    expect(errorOf(() => planToVegaLite(makePlan(), { group: 'Q9' })).issues[0]!.path).toEqual(['options', 'group']);
    expect(errorOf(() => planToVegaLite(makePlan(), { title: 7 } as never)).issues[0]!.path).toEqual(['options', 'title']);
  });
});
