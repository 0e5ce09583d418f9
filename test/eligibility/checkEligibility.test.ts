import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { checkEligibility, defineScheme, type Criterion, type Person, type Scheme } from '../../src/eligibility/index.js';

const on = { referredOn: '2025-06-01' };
const scheme = (criteria: Criterion): Scheme => ({ id: 's', name: 'S', criteria });
const decide = (criteria: Criterion, person: Person, referral: { referredOn: string; source?: string } = on) =>
  checkEligibility(scheme(criteria), person, referral);

function thrown(run: () => unknown): SocialPrescribingError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SocialPrescribingError);
    return error as SocialPrescribingError;
  }
  throw new Error('expected a throw');
}

const T: Criterion = { kind: 'flag', name: 't' };
const F: Criterion = { kind: 'flag', name: 'f' };
const U: Criterion = { kind: 'flag', name: 'u' };
const facts: Person = { flags: { t: true, f: false } };
const v = (criteria: Criterion) => decide(criteria, facts).decision;

describe('checkEligibility: three-valued logic', () => {
  it('follows the Kleene tables for all, any and not', () => {
    const values = { T, F, U } as const;
    const expectedAll: Record<string, string> = { TT: 'T', TF: 'F', TU: 'U', FT: 'F', FF: 'F', FU: 'F', UT: 'U', UF: 'F', UU: 'U' };
    const expectedAny: Record<string, string> = { TT: 'T', TF: 'T', TU: 'T', FT: 'T', FF: 'F', FU: 'U', UT: 'T', UF: 'U', UU: 'U' };
    const letter = { eligible: 'T', ineligible: 'F', 'needs-information': 'U' } as const;
    for (const [a, ca] of Object.entries(values)) {
      for (const [b, cb] of Object.entries(values)) {
        expect(letter[v({ kind: 'all', of: [ca, cb] })], `all ${a}${b}`).toBe(expectedAll[a + b]);
        expect(letter[v({ kind: 'any', of: [ca, cb] })], `any ${a}${b}`).toBe(expectedAny[a + b]);
      }
      expect(letter[v({ kind: 'not', criterion: ca })]).toBe({ T: 'F', F: 'T', U: 'U' }[a]);
    }
    expect(v({ kind: 'all', of: [] })).toBe('eligible');
    expect(v({ kind: 'any', of: [] })).toBe('ineligible');
  });

  it('explains each combinator and collects only the facts that matter', () => {
    const result = decide({ kind: 'all', of: [{ kind: 'any', of: [T, U] }, { kind: 'not', criterion: U }, U] }, facts);
    expect(result.decision).toBe('needs-information');
    expect(result.missing).toEqual(['flags.u']);
    expect(result.checks.reason).toBe('2 of 3 required criteria unknown, none failed');
    expect(result.checks.checks[0]?.reason).toBe('1 of 2 alternatives met');
    expect(result.checks.checks[0]?.missing).toEqual([]);
    expect(result.checks.checks[1]?.reason).toBe('the excluded criterion is unknown');
    expect(decide({ kind: 'all', of: [T, T] }, facts).checks.reason).toBe('all 2 required criteria met');
    expect(decide({ kind: 'all', of: [T, F, F] }, facts).checks.reason).toBe('2 of 3 required criteria not met');
    expect(decide({ kind: 'all', of: [] }, facts).checks.reason).toBe('no conditions to meet');
    expect(decide({ kind: 'any', of: [F, U] }, facts).checks.reason).toBe('no alternative met yet; 1 of 2 unknown');
    expect(decide({ kind: 'any', of: [F, F] }, facts).checks.reason).toBe('none of 2 alternatives met');
    expect(decide({ kind: 'any', of: [] }, facts).checks.reason).toBe('no alternatives to meet');
    expect(decide({ kind: 'not', criterion: F }, facts).checks.reason).toBe('the excluded criterion is not met');
    expect(decide({ kind: 'not', criterion: T }, facts).checks.reason).toBe('the excluded criterion is met');
    const labelled = decide({ kind: 'flag', name: 't', id: 'carer', label: 'a carer' }, facts).checks;
    expect(labelled).toEqual({
      kind: 'flag',
      id: 'carer',
      label: 'a carer',
      status: 'met',
      reason: 't is yes; the scheme needs yes',
      missing: [],
      checks: [],
    });
  });
});

describe('checkEligibility: age', () => {
  const adults: Criterion = { kind: 'age', min: 40, max: 74 };
  it('counts whole years on the referral date, from birthDate or age', () => {
    expect(decide(adults, { birthDate: '1985-06-01' }).decision).toBe('eligible');
    expect(decide(adults, { birthDate: '1985-06-02' }).decision).toBe('ineligible');
    expect(decide(adults, { birthDate: '1985-06-02' }).checks.reason).toBe('aged 39 on 2025-06-01; the scheme takes 40 to 74');
    expect(decide(adults, { age: 74 }).decision).toBe('eligible');
    expect(decide(adults, { age: 75 }).decision).toBe('ineligible');
    expect(decide(adults, { age: 40, birthDate: '1985-05-01' }).decision).toBe('eligible');
    expect(decide(adults, {}).checks).toMatchObject({
      status: 'unknown',
      reason: 'age not known (give birthDate or age); the scheme takes 40 to 74',
      missing: ['birthDate'],
    });
  });

  it('reaches a 29 February birthday on 1 March in common years', () => {
    const eighteen: Criterion = { kind: 'age', min: 18 };
    const leapling = { birthDate: '2008-02-29' };
    expect(decide(eighteen, leapling, { referredOn: '2026-02-28' }).decision).toBe('ineligible');
    expect(decide(eighteen, leapling, { referredOn: '2026-03-01' }).decision).toBe('eligible');
    expect(decide({ kind: 'age', min: 16 }, leapling, { referredOn: '2024-02-29' }).decision).toBe('eligible');
    expect(decide({ kind: 'age', min: 16 }, leapling, { referredOn: '2024-02-28' }).decision).toBe('ineligible');
    expect(decide({ kind: 'age', min: 0, max: 0 }, { birthDate: '2025-06-01' }).decision).toBe('eligible');
  });

  it('words each kind of age range', () => {
    expect(decide({ kind: 'age', min: 18 }, { age: 30 }).checks.reason).toBe('aged 30 on 2025-06-01; the scheme takes 18 or over');
    expect(decide({ kind: 'age', max: 17 }, { age: 30 }).checks.reason).toBe('aged 30 on 2025-06-01; the scheme takes up to 17');
    expect(decide({ kind: 'age', min: 30, max: 30 }, { age: 30 }).checks.reason).toBe('aged 30 on 2025-06-01; the scheme takes 30 only');
  });
});

describe('checkEligibility: the other criteria', () => {
  it('registeredWith matches practices or PCNs, ignoring case and spaces', () => {
    const c: Criterion = { kind: 'registeredWith', practices: ['H81001'], pcns: ['U12345'] };
    expect(decide(c, { registeredPractice: 'h81001 ' }).decision).toBe('eligible');
    expect(decide(c, { pcn: 'U12345' }).decision).toBe('eligible');
    expect(decide(c, { registeredPractice: 'H81002', pcn: 'U99999' }).checks.reason).toBe(
      "registered with practice H81002, not one of the scheme's 1 practice; in PCN U99999, not one of the scheme's 1 PCN",
    );
    const unknown = decide(c, { registeredPractice: 'H81002' });
    expect(unknown.decision).toBe('needs-information');
    expect(unknown.missing).toEqual(['pcn']);
    expect(decide(c, {}).missing).toEqual(['registeredPractice', 'pcn']);
    expect(decide({ kind: 'registeredWith', pcns: ['A', 'B'] }, { pcn: 'B' }).checks.reason).toBe("in PCN B, one of the scheme's 2 PCNs");
  });

  it('an unset area is unknown and names scheme.area', () => {
    const result = decide({ kind: 'registeredWith', practices: [] }, { registeredPractice: 'A1' });
    expect(result.decision).toBe('needs-information');
    expect(result.missing).toEqual(['scheme.area']);
    expect(result.checks.reason).toBe("the scheme's practices are not set: supply them with withArea");
    expect(decide({ kind: 'registeredWith', pcns: [] }, {}).checks.reason).toBe("the scheme's PCNs are not set: supply them with withArea");
    expect(decide({ kind: 'residentIn', areaType: 'ward', anyOf: [] }, {}).checks.reason).toBe("the scheme's wards are not set: supply them with withArea");
  });

  it('residentIn reads the residence field of its area type', () => {
    const c: Criterion = { kind: 'residentIn', areaType: 'postcode-district', anyOf: ['GU21', 'GU22'] };
    expect(decide(c, { residence: { postcodeDistrict: 'gu21' } }).checks).toMatchObject({
      status: 'met',
      reason: 'lives in postcode district gu21; the scheme covers GU21 or GU22',
    });
    expect(decide(c, { residence: { ward: 'Canalside' } }).missing).toEqual(['residence.postcodeDistrict']);
    expect(decide(c, {}).checks.reason).toBe('postcode district of residence not known; the scheme covers GU21 or GU22');
    expect(decide({ kind: 'residentIn', areaType: 'borough', anyOf: ['Surrey Heath'] }, { residence: { borough: ' surrey   heath' } }).decision).toBe(
      'eligible',
    );
    const many = Array.from({ length: 9 }, (_, i) => `E0100000${i}`);
    expect(decide({ kind: 'residentIn', areaType: 'lsoa', anyOf: many }, { residence: { lsoa: 'E01999999' } }).checks.reason).toBe(
      "lives in LSOA E01999999; the scheme covers 9 LSOAs",
    );
  });

  it('hasCondition treats [] as known none and absent as unknown', () => {
    const c: Criterion = { kind: 'hasCondition', anyOf: ['copd', 'asthma'] };
    expect(decide(c, { conditions: ['depression', 'copd'] }).checks.reason).toBe('has copd; the scheme takes copd or asthma');
    expect(decide(c, { conditions: [] }).checks).toMatchObject({ status: 'not-met', reason: 'no conditions recorded; the scheme takes copd or asthma' });
    expect(decide(c, { conditions: ['depression'] }).checks.reason).toBe('has depression, none of which the scheme takes (copd or asthma)');
    expect(decide(c, { conditions: ['copd', 'asthma', 'copd'] }).checks.reason).toBe('has copd and asthma; the scheme takes copd or asthma');
    expect(decide(c, { conditions: ['anxiety', 'anxiety'] }).checks.reason).toBe('has anxiety, none of which the scheme takes (copd or asthma)');
    expect(decide(c, {}).checks).toMatchObject({ status: 'unknown', missing: ['conditions'] });
    const long = Array.from({ length: 10 }, (_, i) => `c${i}`);
    expect(decide({ kind: 'hasCondition', anyOf: long }, { conditions: [] }).checks.reason).toBe(
      'no conditions recorded; the scheme takes c0, c1, c2, c3, c4, c5, c6, c7 and 2 more',
    );
  });

  it('referralSource honours from and to', () => {
    const yearOne: Criterion = { kind: 'referralSource', anyOf: ['gp-practice'], from: '2019-07-01', to: '2020-03-31' };
    expect(decide(yearOne, {}, { referredOn: '2019-10-01', source: 'gp-practice' }).decision).toBe('eligible');
    expect(decide(yearOne, {}, { referredOn: '2020-04-01', source: 'gp-practice' }).checks.reason).toBe(
      "referred on 2020-04-01, outside this rule's dates (2019-07-01 to 2020-03-31)",
    );
    expect(decide(yearOne, {}, { referredOn: '2019-10-01' }).missing).toEqual(['referral.source']);
    expect(decide(yearOne, {}, { referredOn: '2019-06-30' }).decision).toBe('ineligible');
    expect(decide({ kind: 'referralSource', anyOf: ['self'], from: '2020-04-01' }, {}, { referredOn: '2019-01-01' }).checks.reason).toBe(
      "referred on 2019-01-01, outside this rule's dates (from 2020-04-01)",
    );
    expect(decide({ kind: 'referralSource', anyOf: ['self'], to: '2020-04-01' }, {}, { referredOn: '2021-01-01', source: 'self' }).checks.reason).toBe(
      "referred on 2021-01-01, outside this rule's dates (up to 2020-04-01)",
    );
    expect(decide({ kind: 'referralSource', anyOf: ['self', 'vcse'] }, {}, { referredOn: '2021-01-01', source: 'police' }).checks).toMatchObject({
      status: 'not-met',
      reason: 'referred by police; the scheme takes referrals from self or vcse',
    });
  });

  it('flag compares to equals, default true', () => {
    expect(decide({ kind: 'flag', name: 'inHospital', equals: false }, { flags: { inHospital: false } }).decision).toBe('eligible');
    expect(decide({ kind: 'flag', name: 'inHospital' }, { flags: { inHospital: false } }).checks.reason).toBe('inHospital is no; the scheme needs yes');
    expect(decide({ kind: 'flag', name: 'inHospital' }, { flags: {} }).missing).toEqual(['flags.inHospital']);
    expect(decide({ kind: 'flag', name: 'inHospital', equals: false }, {}).checks.reason).toBe('inHospital not known; the scheme needs no');
  });
});

describe('checkEligibility: bad input', () => {
  const any: Criterion = { kind: 'all', of: [] };
  const secret = '1961-13-45';
  it.each([
    [{ birthDate: secret }, 'eligibility/invalid-person', ['birthDate'], 'must be a real calendar date written YYYY-MM-DD'],
    [{ birthDate: '2025-06-02' }, 'eligibility/invalid-person', ['birthDate'], 'must not be after the referral date'],
    [{ birthDate: 19610101 }, 'eligibility/invalid-person', ['birthDate'], 'must be a real calendar date written YYYY-MM-DD'],
    ...['abcd-01-01', '2025-1a-01', '2025-01-0x', '0999-01-01', '2025-00-01', '2025-13-01', '2025-01-00', '2025/01/01', '2025-04-31', '2023-02-29', '1900-02-29', '2025-01-011'].map(
      (birthDate) => [{ birthDate }, 'eligibility/invalid-person', ['birthDate'], 'must be a real calendar date written YYYY-MM-DD'],
    ),
    [{ age: -1 }, 'eligibility/invalid-person', ['age'], 'must be a whole number of years from 0 to 150'],
    [{ age: 40.5 }, 'eligibility/invalid-person', ['age'], 'must be a whole number of years from 0 to 150'],
    [{ age: Number.NaN }, 'eligibility/invalid-person', ['age'], 'must be a whole number of years from 0 to 150'],
    [{ age: 41, birthDate: '1985-06-01' }, 'eligibility/inconsistent-age', ['age'], 'disagrees with the age birthDate gives on the referral date'],
    [{ conditions: 'copd' }, 'eligibility/invalid-person', ['conditions'], 'must be an array of condition ids'],
    [{ conditions: ['copd', ''] }, 'eligibility/invalid-person', ['conditions', 1], 'must be a non-empty string'],
    [{ registeredPractice: 7 }, 'eligibility/invalid-person', ['registeredPractice'], 'must be a non-empty string'],
    [{ pcn: '' }, 'eligibility/invalid-person', ['pcn'], 'must be a non-empty string'],
    [{ residence: 'Woking' }, 'eligibility/invalid-person', ['residence'], 'must be an object'],
    [{ residence: { ward: 3 } }, 'eligibility/invalid-person', ['residence', 'ward'], 'must be a non-empty string'],
    [{ flags: [] }, 'eligibility/invalid-person', ['flags'], 'must be an object of true/false values'],
    [{ flags: { carer: 'yes' } }, 'eligibility/invalid-person', ['flags', '<key 0>'], 'must be true or false'],
    [null, 'eligibility/invalid-person', [], 'must be an object'],
  ] as [unknown, string, (string | number)[], string][])('rejects %j with its path and no value', (person, code, path, message) => {
    const error = thrown(() => checkEligibility(scheme(any), person as Person, on));
    expect(error.code).toBe(code);
    expect(error.issues).toEqual([{ path, message }]);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain('1985');
  });

  it('rejects a bad referral', () => {
    expect(thrown(() => checkEligibility(scheme(any), {}, { referredOn: '2025-02-29' })).issues).toEqual([
      { path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
    expect(thrown(() => checkEligibility(scheme(any), {}, { referredOn: '2025-02-01', source: '' })).code).toBe('eligibility/invalid-referral');
    expect(thrown(() => checkEligibility(scheme(any), {}, null as never)).code).toBe('eligibility/invalid-referral');
  });

  it('accepts real leap days', () => {
    expect(checkEligibility(scheme(any), { birthDate: '2000-02-29' }, on).decision).toBe('eligible');
    expect(checkEligibility(scheme(any), { birthDate: '2024-02-29' }, on).decision).toBe('eligible');
  });

  it('validates an unchecked scheme on first use', () => {
    expect(thrown(() => checkEligibility('scheme' as never, {}, on)).code).toBe('eligibility/invalid-scheme');
    expect(thrown(() => checkEligibility({ id: 's', name: 'S', criteria: { kind: 'nope' } } as never, {}, on)).code).toBe(
      'eligibility/invalid-scheme',
    );
    const defined = defineScheme({ id: 's', name: 'S', criteria: T });
    expect(checkEligibility(defined, facts, on).decision).toBe('eligible');
    expect(checkEligibility(defined, facts, on).schemeName).toBe('S');
  });

  it('does not change its inputs', () => {
    const person: Person = { birthDate: '1960-01-01', conditions: ['copd'], flags: { t: true } };
    const s = scheme({ kind: 'all', of: [T, { kind: 'age', min: 18 }] });
    const copies = JSON.stringify([person, s]);
    checkEligibility(s, person, on);
    expect(JSON.stringify([person, s])).toBe(copies);
  });
});

describe('long combinator lists', () => {
  it('decides all and any over five or more parts', () => {
    const five = (x: Criterion): Criterion[] => [T, T, T, T, x];
    expect(v({ kind: 'all', of: five(T) })).toBe('eligible');
    expect(v({ kind: 'all', of: five(U) })).toBe('needs-information');
    expect(v({ kind: 'all', of: five(F) })).toBe('ineligible');
    expect(v({ kind: 'all', of: [T, T, T, U, T, F] })).toBe('ineligible');
    expect(v({ kind: 'any', of: [F, F, F, F, U] })).toBe('needs-information');
    expect(v({ kind: 'all', of: [T, T, T, F] })).toBe('ineligible');
    expect(v({ kind: 'all', of: [T, U, T, T] })).toBe('needs-information');
    expect(v({ kind: 'all', of: [U] })).toBe('needs-information');
  });
});
