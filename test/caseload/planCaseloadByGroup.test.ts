import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GroupedCaseloadPlanSchema,
  PlanCaseloadByGroupOptionsSchema,
  planCaseload,
  planCaseloadByGroup,
  REFERRAL_RATES,
  type PlanCaseloadByGroupOptions,
} from '../../src/caseload/index.js';
import { errorOf } from '../support/errorOf.js';

const rates = [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023];
const BOROUGHS: PlanCaseloadByGroupOptions = {
  pcns: [
    { id: 'north', name: 'North', listSize: 42_000, linkWorkerWte: 2, borough: 'Riverside', boroughName: 'Riverside Borough' },
    { id: 'south', listSize: 31_000, borough: 'Riverside', boroughName: 'ignored: the first PCN names the group' },
    { id: 'hill', name: 'Hill', listSize: 38_000, linkWorkerWte: 1, borough: 'Hillside' },
  ],
  groupBy: 'borough',
  groupNameBy: 'boroughName',
  rates,
};
const figures = (rate: string, expectedReferrals: [number, number], wteNeeded: [number, number], gap: [number, number] | null, gapOfKnown: [number, number] | null) => ({
  rate,
  expectedReferrals: { min: expectedReferrals[0], max: expectedReferrals[1] },
  wteNeeded: { min: wteNeeded[0], max: wteNeeded[1] },
  gap: gap === null ? null : { min: gap[0], max: gap[1] },
  gapOfKnown: gapOfKnown === null ? null : { min: gapOfKnown[0], max: gapOfKnown[1] },
});

describe('planCaseloadByGroup', () => {
  const plan = () => planCaseloadByGroup(BOROUGHS);

  it('gives PCN rows with each group subtotal after them, groups in order of first appearance', () => {
    expect(plan().rows.map((row) => [row.kind, row.id, row.group, row.name])).toEqual([
      ['pcn', 'north', 'Riverside', 'North'],
      ['pcn', 'south', 'Riverside', null],
      ['group', 'Riverside', 'Riverside', 'Riverside Borough'],
      ['pcn', 'hill', 'Hillside', 'Hill'],
      ['group', 'Hillside', 'Hillside', null],
    ]);
  });

  it('gives each PCN planCaseload’s figures at every rate, side by side', () => {
    expect(plan().rows[0]).toEqual({
      kind: 'pcn', id: 'north', name: 'North', group: 'Riverside', pcns: 1, listSize: { min: 42_000, max: 42_000 },
      wteInPost: 2, wteInPostKnown: 2, pcnsWithoutWteInPost: 0,
      rates: [figures('des', [504, 672], [2.02, 2.69], [0.02, 0.69], [0.02, 0.69]), figures('observed-england-2023', [840, 840], [3.36, 3.36], [1.36, 1.36], [1.36, 1.36])],
    });
    expect(plan().rows[1]).toEqual({
      kind: 'pcn', id: 'south', name: null, group: 'Riverside', pcns: 1, listSize: { min: 31_000, max: 31_000 },
      wteInPost: null, wteInPostKnown: 0, pcnsWithoutWteInPost: 1,
      rates: [figures('des', [372, 496], [1.49, 1.98], null, null), figures('observed-england-2023', [620, 620], [2.48, 2.48], null, null)],
    });
  });

  it('gives a subtotal with the known WTE in post, how many PCNs lack it and the gap over those that gave it', () => {
    expect(plan().rows[2]).toEqual({
      kind: 'group', id: 'Riverside', name: 'Riverside Borough', group: 'Riverside', pcns: 2, listSize: { min: 73_000, max: 73_000 },
      wteInPost: null, wteInPostKnown: 2, pcnsWithoutWteInPost: 1,
      rates: [figures('des', [876, 1168], [3.5, 4.67], null, [0.02, 0.69]), figures('observed-england-2023', [1460, 1460], [5.84, 5.84], null, [1.36, 1.36])],
    });
    expect(plan().rows[4]).toEqual({
      kind: 'group', id: 'Hillside', name: null, group: 'Hillside', pcns: 1, listSize: { min: 38_000, max: 38_000 },
      wteInPost: 1, wteInPostKnown: 1, pcnsWithoutWteInPost: 0,
      rates: [figures('des', [456, 608], [1.82, 2.43], [0.82, 1.43], [0.82, 1.43]), figures('observed-england-2023', [760, 760], [3.04, 3.04], [2.04, 2.04], [2.04, 2.04])],
    });
  });

  it('gives the total over every PCN, from unrounded sums', () => {
    expect(plan().total).toEqual({
      kind: 'total', id: 'total', name: null, group: null, pcns: 3, listSize: { min: 111_000, max: 111_000 },
      wteInPost: null, wteInPostKnown: 3, pcnsWithoutWteInPost: 1,
      rates: [figures('des', [1332, 1776], [5.33, 7.1], null, [0.84, 2.12]), figures('observed-england-2023', [2220, 2220], [8.88, 8.88], null, [3.4, 3.4])],
    });
  });

  it('records the grouping, the rates and the caseload per worker it used', () => {
    expect(plan().groupBy).toBe('borough');
    expect(plan().rates).toEqual([
      { id: 'des', label: 'DES 1.2–1.6%', rate: { min: 0.012, max: 0.016 }, source: REFERRAL_RATES.des.source },
      { id: 'observed-england-2023', label: 'observed 2023, 2%', rate: { min: 0.02, max: 0.02 }, source: REFERRAL_RATES.observedEngland2023.source },
    ]);
    expect(plan().rates[0]!.rate).not.toBe(REFERRAL_RATES.des.rate);
    expect(plan().peoplePerWorkerPerYear).toEqual({ min: 250, max: 250 });
    expect(GroupedCaseloadPlanSchema.safeParse(plan()).success).toBe(true);
    expect(JSON.parse(JSON.stringify(plan()))).toEqual(plan());
  });

  it('plans at the DES rate alone by default, with no groups when none is asked for', () => {
    const plain = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 40_000 }, { id: 'b', listSize: 30_000, linkWorkerWte: 1 }] });
    expect(plain.groupBy).toBeNull();
    expect(plain.rates.map((rate) => rate.id)).toEqual(['des']);
    expect(plain.rows.map((row) => [row.kind, row.group])).toEqual([['pcn', null], ['pcn', null]]);
    expect(plain.total.rates).toEqual([figures('des', [840, 1120], [3.36, 4.48], null, [0.44, 0.92])]);
    expect([plain.total.wteInPostKnown, plain.total.pcnsWithoutWteInPost]).toEqual([1, 1]);
  });

  it('takes a rate of its own, a caseload range and WTE in post given as null (not known)', () => {
    const own = planCaseloadByGroup({
      pcns: [{ id: 'a', listSize: 10_000, linkWorkerWte: null }, { id: 'b', listSize: 10_000, linkWorkerWte: 0 }],
      rates: [{ id: 'local', label: 'our rate', rate: { min: 0.01, max: 0.02 } }],
      peoplePerWorkerPerYear: { min: 200, max: 250 },
    });
    expect(own.rates).toEqual([{ id: 'local', label: 'our rate', rate: { min: 0.01, max: 0.02 }, source: null }]);
    expect(own.peoplePerWorkerPerYear).toEqual({ min: 200, max: 250 });
    expect(own.rows[0]!.wteInPost).toBeNull();
    expect(own.rows[1]!.wteInPost).toBe(0);
    expect(own.total.rates[0]).toEqual(figures('local', [200, 400], [0.8, 2], null, [0.4, 1]));
    expect([own.total.wteInPostKnown, own.total.pcnsWithoutWteInPost]).toEqual([0, 1]);
  });

  it('gives the total WTE in post and gap when every PCN gave it, and 0 known when none did', () => {
    const all = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 25_000, linkWorkerWte: 1 }, { id: 'b', listSize: 25_000, linkWorkerWte: 0.5 }] });
    expect(all.total.wteInPost).toBe(1.5);
    expect(all.total.wteInPostKnown).toBe(1.5);
    expect(all.total.rates[0]!.gap).toEqual({ min: 0.9, max: 1.7 });
    expect(all.total.rates[0]!.gapOfKnown).toEqual({ min: 0.9, max: 1.7 });
    const none = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 25_000 }] });
    expect([none.total.wteInPost, none.total.wteInPostKnown, none.total.pcnsWithoutWteInPost, none.total.rates[0]!.gapOfKnown]).toEqual([null, 0, 1, null]);
  });

  it('turns -0 into 0', () => {
    const zero = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1000 }], rates: [{ id: 'z', label: 'Z', rate: -0 }], peoplePerWorkerPerYear: { min: 250, max: 250 } });
    expect(Object.is(zero.rates[0]!.rate.min, 0)).toBe(true);
    expect(Object.is(zero.rates[0]!.rate.max, 0)).toBe(true);
    const range = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1000 }], rates: [{ id: 'z', label: 'Z', rate: { min: -0, max: -0 } }] });
    expect(Object.is(range.rates[0]!.rate.min, 0) && Object.is(range.rates[0]!.rate.max, 0)).toBe(true);
  });

  it('takes PCN list sizes as ranges', () => {
    const banded = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: { min: 30_000, max: 50_000 }, icb: 'X' }], groupBy: 'icb' });
    expect(banded.rows[1]!.listSize).toEqual({ min: 30_000, max: 50_000 });
    expect(banded.total.rates[0]!.expectedReferrals).toEqual({ min: 360, max: 800 });
  });

  it('does not change its input', () => {
    const input = structuredClone(BOROUGHS);
    planCaseloadByGroup(input);
    expect(input).toEqual(BOROUGHS);
  });

  it('gives each subtotal and the total the figures planCaseload gives for their PCNs (property)', () => {
    const pcn = fc.record({
      listSize: fc.integer({ min: 0, max: 200_000 }),
      wte: fc.option(fc.integer({ min: 0, max: 800 }).map((n) => n / 100), { nil: undefined }),
      group: fc.constantFrom('A', 'B', 'C'),
    });
    fc.assert(
      fc.property(fc.array(pcn, { minLength: 1, maxLength: 12 }), (list) => {
        const pcns = list.map((p, i) => ({ id: `p${i}`, listSize: p.listSize, group: p.group, ...(p.wte === undefined ? {} : { linkWorkerWte: p.wte }) }));
        const grouped = planCaseloadByGroup({ pcns, groupBy: 'group', rates });
        for (const row of [...grouped.rows.filter((r) => r.kind === 'group'), grouped.total]) {
          const members = row.kind === 'total' ? pcns : pcns.filter((p) => p.group === row.id);
          const known = members.filter((p) => p.linkWorkerWte !== undefined);
          expect(row.pcns).toBe(members.length);
          expect(row.pcnsWithoutWteInPost).toBe(members.length - known.length);
          rates.forEach((rate, i) => {
            const whole = planCaseload({ pcns: members, rate: rate.rate }).total;
            expect(row.rates[i]!.expectedReferrals).toEqual(whole.expectedReferrals);
            expect(row.rates[i]!.wteNeeded).toEqual(whole.wteNeeded);
            expect(row.rates[i]!.gap).toEqual(whole.gap);
            expect(row.wteInPost).toEqual(whole.wteInPost);
            const ofKnown = known.length === 0 ? null : planCaseload({ pcns: known, rate: rate.rate }).total;
            expect(row.rates[i]!.gapOfKnown).toEqual(ofKnown?.gap ?? null);
            expect(row.wteInPostKnown).toBe(ofKnown?.wteInPost ?? 0);
          });
        }
        expect(grouped.rows.filter((r) => r.kind === 'pcn').map((r) => r.id).sort()).toEqual(pcns.map((p) => p.id).sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('planCaseloadByGroup errors', () => {
  const pcns = [{ id: 'a', listSize: 1000, icb: 'X' }];

  it('checks the options object and rejects unknown options, naming each', () => {
    expect(errorOf(() => planCaseloadByGroup(null as never))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: [], message: 'planCaseloadByGroup must be an object' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns, rate: 0.02, wteInPost: 3 } as never))).toEqual({
      code: 'caseload/invalid-options',
      issues: [
        { path: ['rate'], message: 'is not a known option' },
        { path: ['wteInPost'], message: 'is not a known option' },
      ],
    });
  });

  it('takes every option its schema has', () => {
    const options = {
      pcns: [{ id: 'a', listSize: 1000, icb: 'X', icbName: 'Ex' }],
      groupBy: 'icb',
      groupNameBy: 'icbName',
      rates: [REFERRAL_RATES.des],
      peoplePerWorkerPerYear: 250,
    };
    expect(Object.keys(options).sort()).toEqual(Object.keys(PlanCaseloadByGroupOptionsSchema.shape).sort());
    expect(planCaseloadByGroup(options).rows.map((row) => row.id)).toEqual(['a', 'X']);
  });

  it('checks the PCNs as planCaseload does, with its codes and paths', () => {
    expect(errorOf(() => planCaseloadByGroup({ pcns: [] }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['pcns'], message: 'must be a non-empty array of PCNs' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns: 'all' } as never)).code).toBe('caseload/invalid-options');
    expect(errorOf(() => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1 }, { id: 'b', listSize: -5 }] }))).toEqual({
      code: 'caseload/invalid-list-size',
      issues: [{ path: ['pcns', 1, 'listSize'], message: 'must be a whole number, 0 or more' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1 }, { id: 'a', listSize: 1 }] })).code).toBe('caseload/invalid-pcn-id');
    expect(errorOf(() => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1, linkWorkerWte: -1 }] }))).toEqual({
      code: 'caseload/invalid-wte',
      issues: [{ path: ['pcns', 0, 'linkWorkerWte'], message: 'must be 0 or more' }],
    });
    for (const pcn of [null, 7, [{ id: 'a', listSize: 1 }]]) {
      expect(errorOf(() => planCaseloadByGroup({ pcns: [pcn] } as never)), JSON.stringify(pcn)).toEqual({
        code: 'caseload/invalid-options',
        issues: [{ path: ['pcns', 0], message: 'must be a PCN object' }],
      });
    }
    expect(errorOf(() => planCaseloadByGroup({ pcns, peoplePerWorkerPerYear: 0 }))).toEqual({
      code: 'caseload/invalid-people-per-worker',
      issues: [{ path: ['peoplePerWorkerPerYear'], message: 'must be above 0' }],
    });
  });

  it('checks the group field names', () => {
    expect(errorOf(() => planCaseloadByGroup({ pcns, groupBy: '' }))).toEqual({
      code: 'caseload/invalid-group',
      issues: [{ path: ['groupBy'], message: 'must name a field of the PCNs' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns, groupBy: 'icb', groupNameBy: 'x'.repeat(101) }))).toEqual({
      code: 'caseload/invalid-group',
      issues: [{ path: ['groupNameBy'], message: 'must be at most 100 characters' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns, groupBy: 7 } as never))).toEqual({
      code: 'caseload/invalid-group',
      issues: [{ path: ['groupBy'], message: 'must be text' }],
    });
    const long = 'g'.repeat(100);
    expect(planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1, [long]: 'X' }], groupBy: long }).groupBy).toBe(long);
  });

  it('needs every PCN to have its own group as a non-empty string', () => {
    const issue = (index: number) => ({
      code: 'caseload/invalid-group',
      issues: [{ path: ['pcns', index], message: "must have the groupBy field as a non-empty string: the PCN's group" }],
    });
    for (const icb of [undefined, null, '', 7, ['X']]) {
      expect(errorOf(() => planCaseloadByGroup({ pcns: [...pcns, { id: 'b', listSize: 1, icb }], groupBy: 'icb' })), String(icb)).toEqual(issue(1));
    }
    expect(errorOf(() => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1 }], groupBy: 'toString' }))).toEqual(issue(0));
    // The field is the caller's text, so the path stops at the PCN: an error never carries it.
    expect(JSON.stringify(errorOf(() => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1 }], groupBy: '943 476 5919' })))).not.toContain('943');
    const inherited = Object.create({ icb: 'X' }) as Record<string, unknown>;
    Object.assign(inherited, { id: 'a', listSize: 1 });
    expect(errorOf(() => planCaseloadByGroup({ pcns: [inherited as never], groupBy: 'icb' }))).toEqual(issue(0));
  });

  it('reads no group name without groupNameBy, even from a field named "null"', () => {
    const plan = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1, icb: 'X', null: 'not a name' }], groupBy: 'icb' });
    expect(plan.rows[1]!.name).toBeNull();
  });

  it('reports a repeated rate id as a custom zod issue of the options schema', () => {
    const result = PlanCaseloadByGroupOptionsSchema.safeParse({ pcns: [{ id: 'a', listSize: 1 }], rates: [REFERRAL_RATES.des, REFERRAL_RATES.des] });
    expect(result.error?.issues).toEqual([{ code: 'custom', path: ['rates', 1, 'id'], message: 'repeats the id of an earlier rate' }]);
  });

  it("takes a missing or null group name as none, and rejects any other value that is not a non-empty string", () => {
    const named = (icbName: unknown) => planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1, icb: 'X', icbName }], groupBy: 'icb', groupNameBy: 'icbName' });
    expect(named(undefined).rows[1]!.name).toBeNull();
    expect(named(null).rows[1]!.name).toBeNull();
    expect(named('Ex').rows[1]!.name).toBe('Ex');
    for (const bad of ['', 5, false]) {
      expect(errorOf(() => named(bad))).toEqual({
        code: 'caseload/invalid-group',
        issues: [{ path: ['pcns', 0], message: "must have the groupNameBy field as a non-empty string, or none: the group's name" }],
      });
    }
  });

  it('checks the rates: at least one, at most 8, each valid, ids unique', () => {
    expect(errorOf(() => planCaseloadByGroup({ pcns, rates: [] }))).toEqual({
      code: 'caseload/invalid-rates',
      issues: [{ path: ['rates'], message: 'must list at least one rate' }],
    });
    const nine = Array.from({ length: 9 }, (_, i) => ({ id: `r${i}`, label: 'R', rate: 0.01 }));
    expect(errorOf(() => planCaseloadByGroup({ pcns, rates: nine }))).toEqual({
      code: 'caseload/invalid-rates',
      issues: [{ path: ['rates'], message: 'must list at most 8 rates' }],
    });
    expect(planCaseloadByGroup({ pcns, rates: nine.slice(0, 8) }).rates).toHaveLength(8);
    expect(errorOf(() => planCaseloadByGroup({ pcns, rates: [REFERRAL_RATES.des, { ...REFERRAL_RATES.observedEngland2023, id: 'des' }] }))).toEqual({
      code: 'caseload/invalid-rates',
      issues: [{ path: ['rates', 1, 'id'], message: 'repeats the id of an earlier rate' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns, rates: [{ id: 'a', label: 'A', rate: 1.6 }] }))).toEqual({
      code: 'caseload/invalid-rates',
      issues: [{ path: ['rates', 0, 'rate'], message: 'must be a proportion from 0 to 1 (write 1.6% as 0.016)' }],
    });
    expect(errorOf(() => planCaseloadByGroup({ pcns, rates: null } as never))).toEqual({
      code: 'caseload/invalid-rates',
      issues: [{ path: ['rates'], message: 'must be a list' }],
    });
  });
});
