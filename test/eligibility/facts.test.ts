/**
 * Pins the reading of dates, ages, areas and referrals, the scheme schema rules, withArea's
 * errors and formatEligibility's checks of its input: exact codes, paths and messages and
 * the boundaries the TSDoc and docs/eligibility.md promise.
 */
import { describe, expect, it } from 'vitest';
import { isoToYmd } from '../../src/core/index.js';
import { emptyFacts, readFacts } from '../../src/eligibility/facts.js';
import {
  AvailabilitySchema,
  CriterionSchema,
  checkEligibility,
  defineScheme,
  formatEligibility,
  SchemeSchema,
  withArea,
  type Criterion,
  type EligibilityResult,
  type Scheme,
} from '../../src/eligibility/index.js';
import { criterionDepth, ReferralSourceCriterionSchema } from '../../src/eligibility/schemas.js';
import { errorOf } from '../support/errorOf.js';

const REFERRAL_DATE = 'must be a real calendar date written YYYY-MM-DD';

describe('readFacts: the referral', () => {
  // First in the file on purpose: before any date has been parsed, an empty referredOn
  // used to hit the one-date cache (which started as '' -> -1) and was accepted.
  it('rejects an empty referredOn even before any date has been read', () => {
    expect(errorOf(() => readFacts({}, { referredOn: '' }))).toEqual({
      code: 'eligibility/invalid-referral',
      issues: [{ path: ['referredOn'], message: REFERRAL_DATE }],
    });
  });

  it('pins the errors of a referral that is not an object or has a bad source', () => {
    expect(errorOf(() => readFacts({}, null))).toEqual({
      code: 'eligibility/invalid-referral',
      issues: [{ path: [], message: 'must be an object with referredOn' }],
    });
    for (const source of [5, '', null]) {
      expect(errorOf(() => readFacts({}, { referredOn: '2025-06-01', source }))).toEqual({
        code: 'eligibility/invalid-referral',
        issues: [{ path: ['source'], message: 'must be a non-empty string' }],
      });
    }
  });

  it('reads the same referral date again from the cache and still rejects a bad one after it', () => {
    expect(readFacts({}, { referredOn: '2025-06-01' }).referredOn).toBe(20250601);
    expect(readFacts({}, { referredOn: '2025-06-01' }).referredOn).toBe(20250601);
    expect(errorOf(() => readFacts({}, { referredOn: '2025-06-31' })).issues).toEqual([{ path: ['referredOn'], message: REFERRAL_DATE }]);
  });
});

describe('isoToYmd', () => {
  it('needs a hyphen at positions 4 and 7', () => {
    expect(isoToYmd('2025-06-01')).toBe(20250601);
    expect(isoToYmd('2019-09-19')).toBe(20190919);
    expect(isoToYmd('2025x06-01')).toBe(-1);
    expect(isoToYmd('2025-06x01')).toBe(-1);
  });

  it('rejects a character just below or above the digits in every position', () => {
    // '/' is the character before '0', ':' the one after '9'.
    expect(isoToYmd('202/-06-01')).toBe(-1);
    expect(isoToYmd('202:-06-01')).toBe(-1);
    expect(isoToYmd('2025-1/-01')).toBe(-1);
    expect(isoToYmd('2025-0:-01')).toBe(-1);
    expect(isoToYmd('2025-/6-01')).toBe(-1);
    expect(isoToYmd('2025-:1-01')).toBe(-1);
    expect(isoToYmd('2025-06-1/')).toBe(-1);
    expect(isoToYmd('2025-06-0:')).toBe(-1);
    expect(isoToYmd('2025-06-/1')).toBe(-1);
    expect(isoToYmd('2025-06-:1')).toBe(-1);
  });

  it('takes years 1000 to 9999', () => {
    expect(isoToYmd('1000-01-01')).toBe(10000101);
    expect(isoToYmd('0999-12-31')).toBe(-1);
    expect(isoToYmd('9999-12-31')).toBe(99991231);
  });

  it('knows which months have 30 days', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(isoToYmd(`2025-${month}-30`)).toBe(Number(`2025${month}30`));
      expect(isoToYmd(`2025-${month}-31`)).toBe(-1);
    }
    for (const month of ['01', '03', '05', '07', '08', '10', '12']) expect(isoToYmd(`2025-${month}-31`)).toBe(Number(`2025${month}31`));
  });
});

describe('readFacts: the person', () => {
  it('reaches a 29 February birthday on 1 March in a common year', () => {
    const born = { birthDate: '2000-02-29' };
    expect(readFacts(born, { referredOn: '2025-02-28' }).age).toBe(24);
    expect(readFacts(born, { referredOn: '2025-03-01' }).age).toBe(25);
    expect(readFacts(born, { referredOn: '2024-02-29' }).age).toBe(24);
    expect(readFacts(born, { referredOn: '2024-02-28' }).age).toBe(23);
  });

  it('takes a given age from 0 to 150', () => {
    const on = { referredOn: '2025-06-01' };
    expect(readFacts({ age: 150 }, on).age).toBe(150);
    expect(readFacts({ age: 0 }, on).age).toBe(0);
    for (const age of [151, -1, 30.5, '30']) {
      expect(errorOf(() => readFacts({ age }, on))).toEqual({
        code: 'eligibility/invalid-person',
        issues: [{ path: ['age'], message: 'must be a whole number of years from 0 to 150' }],
      });
    }
  });

  it('starts from empty facts and never writes a person into the shared empty record', () => {
    expect(emptyFacts()).toStrictEqual({ person: {}, referredOn: 0, referredOnText: '', source: null, age: null });
    const facts = readFacts({ conditions: ['copd'], pcn: 'U1' }, { referredOn: '2025-06-01' });
    expect(facts.person).toStrictEqual({ conditions: ['copd'], registeredPractice: undefined, pcn: 'U1', residence: undefined, flags: undefined });
    expect(emptyFacts().person).toStrictEqual({});
    expect(readFacts({}, { referredOn: '2025-06-01' }).person.conditions).toBeUndefined();
  });

  it('refills the person record of a reused facts object in place', () => {
    const into = emptyFacts();
    const first = readFacts({ conditions: ['copd'] }, { referredOn: '2025-06-01' }, into).person;
    const second = readFacts({ pcn: 'U1' }, { referredOn: '2025-06-01' }, into);
    expect(second).toBe(into);
    expect(second.person).toBe(first);
    expect(second.person).toStrictEqual({ conditions: undefined, registeredPractice: undefined, pcn: 'U1', residence: undefined, flags: undefined });
  });
});


describe('criterionDepth and CriterionSchema depth', () => {
  it('counts only all/any with an of list and not with a criterion as combinators', () => {
    expect(criterionDepth({ kind: 'not' }, 100)).toBe(1);
    expect(criterionDepth({ kind: 'age', criterion: { kind: 'all', of: [] } }, 100)).toBe(1);
    expect(criterionDepth({ kind: 'age', of: [{ kind: 'age' }] }, 100)).toBe(1);
    expect(criterionDepth({ kind: 'any', of: [{ kind: 'any', of: [] }] }, 100)).toBe(2);
    expect(criterionDepth({ kind: 'all', of: [{ kind: 'all', of: [] }] }, 100)).toBe(2);
    expect(criterionDepth({ kind: 'not', criterion: { kind: 'age' } }, 100)).toBe(2);
    expect(criterionDepth({ kind: 'all', of: [null, 5] }, 100)).toBe(2);
  });

  it('keeps the deepest branch, whichever order the branches are visited in', () => {
    expect(criterionDepth({ kind: 'all', of: [{ kind: 'age' }, { kind: 'not', criterion: { kind: 'age' } }] }, 100)).toBe(3);
    expect(criterionDepth({ kind: 'all', of: [{ kind: 'not', criterion: { kind: 'age' } }, { kind: 'age' }] }, 100)).toBe(3);
  });

  it('rejects criteria nested past 100 levels with one custom issue', () => {
    let deep: unknown = { kind: 'age', min: 18 };
    for (let i = 1; i < 100; i++) deep = { kind: 'not', criterion: deep };
    expect(CriterionSchema.safeParse(deep).success).toBe(true);
    const tooDeep = { kind: 'not', criterion: deep };
    const parsed = CriterionSchema.safeParse(tooDeep);
    expect(parsed.error?.issues).toEqual([
      { code: 'custom', path: [], message: 'nests criteria deeper than the limit of 100 levels', params: { tooDeep: true } },
    ]);
    expect(errorOf(() => defineScheme({ id: 's', name: 'S', criteria: tooDeep as Criterion }))).toEqual({
      code: 'eligibility/too-deep',
      issues: [{ path: ['criteria'], message: 'nests criteria deeper than the limit of 100 levels' }],
    });
  });
});

describe('SchemeSchema rules', () => {
  it('finds a repeated criterion id inside a not', () => {
    const criteria: Criterion = {
      kind: 'all',
      of: [
        { kind: 'age', id: 'a', min: 18 },
        { kind: 'not', criterion: { kind: 'flag', id: 'a', name: 'inHospital' } },
      ],
    };
    const parsed = SchemeSchema.safeParse({ id: 's', name: 'S', criteria });
    expect(parsed.error?.issues).toEqual([
      { code: 'custom', path: ['criteria', 'of', 1, 'criterion', 'id'], message: 'repeats a criterion id used earlier in the scheme' },
    ]);
  });

  it('needs opening time before closing time only when both are given', () => {
    expect(AvailabilitySchema.safeParse({ days: [1], opens: '09:00' }).success).toBe(true);
    expect(AvailabilitySchema.safeParse({ days: [1], closes: '17:00' }).success).toBe(true);
    expect(AvailabilitySchema.safeParse({ days: [1], opens: '09:00', closes: '09:01' }).success).toBe(true);
    for (const closes of ['09:00', '08:59']) {
      const parsed = AvailabilitySchema.safeParse({ days: [1], opens: '09:00', closes });
      expect(parsed.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([{ path: ['opens'], message: 'opens must be before closes' }]);
    }
  });
});

describe('withArea errors and filling', () => {
  const unset = (id?: string): Criterion =>
    id === undefined ? { kind: 'residentIn', areaType: 'ward', anyOf: [] } : { kind: 'residentIn', id, areaType: 'ward', anyOf: [] };
  const schemeOf = (criteria: Criterion): Scheme => defineScheme({ id: 's', name: 'S', criteria });
  const invalidArea = (path: readonly (string | number)[], message: string) => ({ code: 'eligibility/invalid-area', issues: [{ path, message }] });

  it('pins every invalid-area error', () => {
    const scheme = schemeOf(unset('area'));
    expect(errorOf(() => withArea(scheme, []))).toEqual(invalidArea([], 'must be a non-empty list of values'));
    expect(errorOf(() => withArea(scheme, ['A', ''] as never))).toEqual(invalidArea([1], 'must be a non-empty string'));
    expect(errorOf(() => withArea(scheme, ['A', 5] as never))).toEqual(invalidArea([1], 'must be a non-empty string'));
    expect(errorOf(() => withArea(scheme, ['A', 'B', 'A']))).toEqual(invalidArea([2], 'repeats an earlier value (areas compare ignoring case and spaces)'));
    expect(errorOf(() => withArea(scheme, {}))).toEqual(invalidArea([], 'must be a list of values or an object of lists by criterion id'));
    expect(errorOf(() => withArea(scheme, 'GU21' as never))).toEqual(invalidArea([], 'must be a list of values or an object of lists by criterion id'));
    expect(errorOf(() => withArea(scheme, { area: [] }))).toEqual(invalidArea(['area'], 'must be a non-empty list of values'));
    expect(errorOf(() => withArea(scheme, { area: ['A', 7] } as never))).toEqual(invalidArea(['area', 1], 'must be a non-empty string'));
    expect(errorOf(() => withArea(scheme, { area: ['A', 'A'] }))).toEqual(invalidArea(['area', 1], 'repeats an earlier value (areas compare ignoring case and spaces)'));
  });

  it('pins both no-area-to-set errors', () => {
    const scheme = schemeOf(unset('area'));
    const filled = withArea(scheme, ['Byfleet']);
    expect(errorOf(() => withArea(filled, ['Canalside']))).toEqual({
      code: 'eligibility/no-area-to-set',
      issues: [{ path: [], message: 'the scheme has no unset area criterion' }],
    });
    expect(errorOf(() => withArea(scheme, { area: ['Byfleet'], ward: ['Canalside'], pcn: ['U1'] }))).toEqual({
      code: 'eligibility/no-area-to-set',
      issues: [
        { path: ['ward'], message: 'is not the id of an unset area criterion in this scheme' },
        { path: ['pcn'], message: 'is not the id of an unset area criterion in this scheme' },
      ],
    });
  });

  it('leaves a registeredWith criterion alone when it already lists practices or PCNs', () => {
    const scheme = schemeOf({
      kind: 'all',
      of: [
        { kind: 'registeredWith', practices: ['A81001'] },
        { kind: 'registeredWith', pcns: ['U00001'] },
        { kind: 'registeredWith', practices: [], pcns: ['U00002'] },
        { kind: 'registeredWith', practices: [] },
      ],
    });
    expect(withArea(scheme, ['X1']).criteria).toEqual({
      kind: 'all',
      of: [
        { kind: 'registeredWith', practices: ['A81001'] },
        { kind: 'registeredWith', pcns: ['U00001'] },
        { kind: 'registeredWith', practices: [], pcns: ['U00002'] },
        { kind: 'registeredWith', practices: ['X1'] },
      ],
    });
  });

  it('fills by id only the criteria named, even an id that is a name on every object', () => {
    const scheme = schemeOf({ kind: 'any', of: [unset('toString'), unset('area'), unset()] });
    expect(withArea(scheme, { area: ['Byfleet'] }).criteria).toEqual({
      kind: 'any',
      of: [unset('toString'), { ...unset('area'), anyOf: ['Byfleet'] }, unset()],
    });
    // The key 'undefined' names the criterion with that id, not a criterion without an id.
    const noId = schemeOf({ kind: 'any', of: [unset('undefined'), unset()] });
    expect(withArea(noId, { undefined: ['Byfleet'] }).criteria).toEqual({ kind: 'any', of: [{ ...unset('undefined'), anyOf: ['Byfleet'] }, unset()] });
  });
});

describe('formatEligibility input checks', () => {
  const result = (): EligibilityResult =>
    checkEligibility(
      defineScheme({ id: 's', name: 'S', criteria: { kind: 'age', label: 'adult', min: 18 } }),
      { age: 40 },
      { referredOn: '2025-06-01' },
    );
  const invalid = (path: readonly string[]) => ({
    code: 'eligibility/invalid-result',
    issues: [{ path: ['result', ...path], message: 'is not an eligibility result: pass a result of checkEligibility or findEligibleSchemes' }],
  });
  const check = (fields: Record<string, unknown>) => ({ label: 'adult', status: 'met', reason: 'r', checks: [], ...fields });

  it('needs a string scheme name and decision', () => {
    expect(errorOf(() => formatEligibility({ ...result(), decision: 3 } as never))).toEqual(invalid([]));
    expect(errorOf(() => formatEligibility({ ...result(), schemeName: undefined } as never))).toEqual(invalid([]));
  });

  it('rejects a check that is not an object, with a status that is not a string, or a non-string label', () => {
    for (const checks of [null, 5, 'met']) {
      expect(errorOf(() => formatEligibility({ ...result(), checks } as never))).toEqual(invalid(['checks']));
    }
    for (const bad of [{ status: ['met'] }, { status: 'maybe' }, { label: 5 }, { reason: null }, { checks: null }]) {
      expect(errorOf(() => formatEligibility({ ...result(), checks: check(bad) } as never))).toEqual(invalid(['checks']));
    }
    expect(errorOf(() => formatEligibility({ ...result(), checks: check({ checks: [null] }) } as never))).toEqual(invalid(['checks']));
  });

  it('turns a check tree too deep for the stack into invalid-result', () => {
    let checks: unknown = check({});
    for (let i = 0; i < 200_000; i++) checks = check({ checks: [checks] });
    expect(errorOf(() => formatEligibility({ ...result(), checks } as never))).toEqual(invalid(['checks']));
  });

  it('writes the Missing line only when facts are missing, joined by commas', () => {
    expect(formatEligibility(result()).split('\n')).toEqual(['S: eligible', '- met (adult): aged 40 on 2025-06-01; the scheme takes 18 or over']);
    expect(formatEligibility({ ...result(), checks: check({ label: null }), missing: ['person.age', 'scheme.area'] } as never).split('\n')).toEqual([
      'S: eligible',
      '- met: r',
      'Missing: person.age, scheme.area',
    ]);
  });
});

describe('referralSource window', () => {
  it('accepts a window of one day (from equal to to) and rejects one that ends before it starts', () => {
    const window = (from: string, to: string) => ({ kind: 'referralSource', anyOf: ['gp-practice'], from, to });
    expect(ReferralSourceCriterionSchema.safeParse(window('2025-04-01', '2025-04-01')).success).toBe(true);
    const reversed = ReferralSourceCriterionSchema.safeParse(window('2025-04-02', '2025-04-01'));
    expect(reversed.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([{ path: ['from'], message: 'from must not be after to' }]);
  });
});

describe('area matching', () => {
  it('matches a residence written with a trailing tab', () => {
    const scheme = withArea(
      defineScheme({ id: 's', name: 'S', criteria: { kind: 'residentIn', areaType: 'postcode-district', anyOf: [] } }),
      ['GU21'],
    );
    expect(checkEligibility(scheme, { residence: { postcodeDistrict: 'gu21\t' } }, { referredOn: '2025-06-01' }).decision).toBe('eligible');
  });
});
