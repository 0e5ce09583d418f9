/**
 * The evaluator's details, pinned from docs/eligibility.md and the TSDoc: the reasons of
 * each leaf, the boundaries of lists and referral windows, the fast decider of long `all`s,
 * the merging of missing facts, the scheme cache and the order of findEligibleSchemes.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  compileScheme,
  findEligibleSchemes,
  type Criterion,
  type EligibilityReferral,
  type Person,
  type Scheme,
} from '../../src/eligibility/index.js';
import { prepareScheme } from '../../src/eligibility/prepare.js';
import { errorOf } from '../support/errorOf.js';

const on = { referredOn: '2025-06-01' };
const scheme = (criteria: Criterion): Scheme => ({ id: 's', name: 'S', criteria });
const explain = (criteria: Criterion, person: Person, referral: EligibilityReferral = on) => checkEligibility(scheme(criteria), person, referral);
/** The same decision through the fast path (compileScheme decides without explaining). */
const fast = (criteria: Criterion, person: Person, referral: EligibilityReferral = on) => compileScheme(scheme(criteria))(person, referral);
const flag = (name: string): Criterion => ({ kind: 'flag', name });

describe('registeredWith', () => {
  it('with only PCNs, decides on the PCN alone: a listed PCN is met, another is not met, none is unknown', () => {
    const pcnOnly: Criterion = { kind: 'registeredWith', pcns: ['North PCN'] };
    const other = explain(pcnOnly, { pcn: 'South PCN' });
    expect([other.decision, other.checks.reason, other.missing]).toEqual(['ineligible', "in PCN South PCN, not one of the scheme's 1 PCN", []]);
    expect(fast(pcnOnly, { pcn: 'South PCN' })).toBe('ineligible');
    // the practice is not asked for, so its absence settles nothing
    expect(fast(pcnOnly, { registeredPractice: 'A86001', pcn: 'South PCN' })).toBe('ineligible');
    expect(fast(pcnOnly, { pcn: 'north  pcn' })).toBe('eligible');
    const unknown = explain(pcnOnly, {});
    expect([unknown.decision, unknown.checks.reason, unknown.missing]).toEqual([
      'needs-information',
      "PCN not known; the scheme takes the scheme's 1 PCN",
      ['pcn'],
    ]);
  });

  it('with only practices, explains the practice alone', () => {
    const practices: Criterion = { kind: 'registeredWith', practices: ['A86001', 'A86002'] };
    const member = explain(practices, { registeredPractice: 'a86001' });
    expect([member.decision, member.checks.reason, member.missing]).toEqual([
      'eligible',
      "registered with practice a86001, one of the scheme's 2 practices",
      [],
    ]);
    const unknown = explain(practices, {});
    expect([unknown.decision, unknown.checks.reason, unknown.missing]).toEqual([
      'needs-information',
      "registered practice not known; the scheme takes the scheme's 2 practices",
      ['registeredPractice'],
    ]);
  });
});

describe('lists in reasons', () => {
  const wards = (n: number): string[] => Array.from({ length: n }, (_, i) => `W${String(i + 1)}`);

  it('names up to 8 areas, and counts more', () => {
    const eight = explain({ kind: 'residentIn', areaType: 'ward', anyOf: wards(8) }, { residence: { ward: 'W9' } });
    expect(eight.checks.reason).toBe('lives in ward W9; the scheme covers W1, W2, W3, W4, W5, W6, W7 or W8');
    const nine = explain({ kind: 'residentIn', areaType: 'ward', anyOf: wards(9) }, { residence: { ward: 'W10' } });
    expect(nine.checks.reason).toBe('lives in ward W10; the scheme covers 9 wards');
  });

  it('lists three or eight conditions in full, and shows eight of nine with a count', () => {
    const three: Criterion = { kind: 'hasCondition', anyOf: ['asthma', 'copd', 'epilepsy'] };
    expect(explain(three, {}).checks).toMatchObject({
      status: 'unknown',
      reason: 'conditions not known; the scheme takes asthma, copd or epilepsy',
      missing: ['conditions'],
    });
    expect(explain(three, { conditions: ['anxiety', 'depression', 'anxiety'] }).checks).toMatchObject({
      status: 'not-met',
      reason: 'has anxiety and depression, none of which the scheme takes (asthma, copd or epilepsy)',
      missing: [],
    });
    const c = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${String(i + 1)}`);
    expect(explain({ kind: 'hasCondition', anyOf: c(8) }, { conditions: [] }).checks.reason).toBe(
      'no conditions recorded; the scheme takes c1, c2, c3, c4, c5, c6, c7 or c8',
    );
    expect(explain({ kind: 'hasCondition', anyOf: c(9) }, { conditions: [] }).checks.reason).toBe(
      'no conditions recorded; the scheme takes c1, c2, c3, c4, c5, c6, c7, c8 and 1 more',
    );
  });
});

describe('referralSource windows', () => {
  const window: Criterion = { kind: 'referralSource', anyOf: ['gp-practice', 'self'], from: '2025-04-01', to: '2025-06-10' };
  const takes = 'referrals from gp-practice or self (2025-04-01 to 2025-06-10)';

  it('includes both ends of the window', () => {
    for (const referredOn of ['2025-04-01', '2025-06-10']) {
      const result = explain(window, {}, { referredOn, source: 'self' });
      expect([result.decision, result.checks.reason]).toEqual(['eligible', `referred by self; the scheme takes ${takes}`]);
      expect(fast(window, {}, { referredOn, source: 'self' })).toBe('eligible');
    }
  });

  it('is not met outside the window whatever the source, and says so with the date', () => {
    const after = explain(window, {}, { referredOn: '2025-06-11', source: 'self' });
    expect([after.decision, after.checks.reason]).toEqual(['ineligible', "referred on 2025-06-11, outside this rule's dates (2025-04-01 to 2025-06-10)"]);
    expect(fast(window, {}, { referredOn: '2025-06-11', source: 'self' })).toBe('ineligible');
    const before = explain(window, {}, { referredOn: '2025-03-31' });
    expect([before.decision, before.checks.reason, before.missing]).toEqual([
      'ineligible',
      "referred on 2025-03-31, outside this rule's dates (2025-04-01 to 2025-06-10)",
      [],
    ]);
    const tenth = explain({ kind: 'referralSource', anyOf: ['self'], to: '2025-06-09' }, {}, { referredOn: '2025-06-10', source: 'self' });
    expect(tenth.checks.reason).toBe("referred on 2025-06-10, outside this rule's dates (up to 2025-06-09)");
  });

  it('is unknown inside the window when the source is not given', () => {
    const result = explain(window, {}, { referredOn: '2025-05-01' });
    expect([result.decision, result.checks.reason, result.missing]).toEqual([
      'needs-information',
      `referral source not known; the scheme takes ${takes}`,
      ['referral.source'],
    ]);
  });
});

describe('all: the fast decider agrees with the Kleene table for long lists', () => {
  const person: Person = { flags: { t: true, f: false } };
  const T = flag('t');
  const F = flag('f');
  const U = flag('u');

  it('is unknown when any part of four or five is unknown and none failed, met when all are met', () => {
    const cases: [Criterion[], string][] = [
      [[T, U, T, T], 'needs-information'],
      [[T, T, U, T], 'needs-information'],
      [[U, T, T, T], 'needs-information'],
      [[T, T, T, U], 'needs-information'],
      [[T, T, T, T], 'eligible'],
      [[T, U, T, F], 'ineligible'],
      [[T, T, T, T, T], 'eligible'],
      [[T, T, T, T, U], 'needs-information'],
      [[T, U, T, T, F], 'ineligible'],
      [[T, U, T], 'needs-information'],
      [[T, T, U], 'needs-information'],
    ];
    for (const [of, decision] of cases) {
      const all: Criterion = { kind: 'all', of };
      expect(fast(all, person), JSON.stringify(of)).toBe(decision);
      expect(explain(all, person).decision, JSON.stringify(of)).toBe(decision);
    }
  });
});

describe('missing facts of combinators', () => {
  const person: Person = { flags: { t: true } };

  it('collects the distinct missing facts of all unknown parts, in order of first appearance', () => {
    const all = explain({ kind: 'all', of: [flag('u'), flag('v'), flag('u'), flag('t'), flag('w')] }, person);
    expect([all.decision, all.missing]).toEqual(['needs-information', ['flags.u', 'flags.v', 'flags.w']]);
    const any = explain(
      { kind: 'any', of: [{ kind: 'registeredWith', practices: ['A86001'], pcns: ['North PCN'] }, flag('u'), { kind: 'age', min: 40 }] },
      person,
    );
    expect(any.missing).toEqual(['registeredPractice', 'pcn', 'flags.u', 'birthDate']);
    expect(any.checks.checks[0]?.missing).toEqual(['registeredPractice', 'pcn']);
  });

  it('keeps the checked criterion under a not', () => {
    expect(explain({ kind: 'not', criterion: flag('u') }, person).checks).toEqual({
      kind: 'not',
      id: null,
      label: null,
      status: 'unknown',
      reason: 'the excluded criterion is unknown',
      missing: ['flags.u'],
      checks: [{ kind: 'flag', id: null, label: null, status: 'unknown', reason: 'u not known; the scheme needs yes', missing: ['flags.u'], checks: [] }],
    });
  });
});

describe('prepareScheme', () => {
  it('prepares a scheme object once: a scheme changed after its first use keeps its first meaning', () => {
    const over40: { id: string; name: string; criteria: Criterion } = { id: 'o', name: 'O', criteria: { kind: 'age', min: 40 } };
    const prepared = prepareScheme(over40);
    expect(prepareScheme(over40)).toBe(prepared);
    expect(prepareScheme(prepared.scheme)).toBe(prepared);
    over40.criteria = { kind: 'age', max: 30 };
    expect(checkEligibility(over40, { age: 50 }, on).decision).toBe('eligible');
  });
});

describe('findEligibleSchemes', () => {
  it('pins the error for schemes that are not an array', () => {
    expect(errorOf(() => findEligibleSchemes({} as never, {}, on))).toEqual({
      code: 'eligibility/invalid-scheme',
      issues: [{ path: [], message: 'must be an array of schemes' }],
    });
  });

  it('keeps the input order within each decision for many schemes', () => {
    const person: Person = { flags: { yes: true, no: false } };
    const names = ['no', 'maybe', 'yes'];
    const list: Scheme[] = Array.from({ length: 100 }, (_, i) => ({
      id: `s${String(i)}`,
      name: `S${String(i)}`,
      criteria: flag(names[(i * 7) % 3] as string),
    }));
    const ids = (name: string): string[] => list.filter((s) => s.criteria.kind === 'flag' && s.criteria.name === name).map((s) => s.id);
    expect(findEligibleSchemes(list, person, on).map((r) => r.schemeId)).toEqual([...ids('yes'), ...ids('maybe'), ...ids('no')]);
  });
});
