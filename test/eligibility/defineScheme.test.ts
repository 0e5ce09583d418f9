import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import {
  checkEligibility,
  compileScheme,
  CriterionSchema,
  findEligibleSchemes,
  defineScheme,
  MAX_CRITERION_DEPTH,
  PersonSchema,
  SchemeSchema,
  schemes,
  type Criterion,
} from '../../src/eligibility/index.js';

function thrown(run: () => unknown): SocialPrescribingError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SocialPrescribingError);
    return error as SocialPrescribingError;
  }
  throw new Error('expected a throw');
}

const base = { id: 'test', name: 'Test scheme' };

function nest(depth: number): Criterion {
  let criterion: Criterion = { kind: 'age', min: 18 };
  for (let i = 1; i < depth; i++) criterion = i % 2 === 0 ? { kind: 'not', criterion } : { kind: 'all', of: [criterion] };
  return criterion;
}

describe('defineScheme', () => {
  it('accepts every criterion kind nested in combinators and returns plain JSON', () => {
    const input = {
      ...base,
      host: 'Host',
      description: 'Description',
      area: 'Area',
      access: 'Access',
      criteria: {
        kind: 'all',
        id: 'root',
        label: 'everything',
        of: [
          { kind: 'age', min: 18, max: 64 },
          { kind: 'registeredWith', practices: ['A1'], pcns: ['N1'] },
          { kind: 'residentIn', areaType: 'postcode-district', anyOf: ['GU21'] },
          { kind: 'hasCondition', anyOf: ['copd', 'service-specific-code'] },
          { kind: 'referralSource', anyOf: ['self'], from: '2020-04-01', to: '2021-03-31' },
          { kind: 'flag', name: 'carer', equals: false },
          { kind: 'any', of: [{ kind: 'not', criterion: { kind: 'flag', name: 'inHospital' } }] },
          { kind: 'anyone', label: 'anyone in the practice area' },
        ],
      },
      support: { weeks: { min: 6, max: 12 }, contacts: { min: 6, max: 12 }, note: 'note' },
      availability: [{ label: 'phone', days: [1, 7], opens: '09:00', closes: '17:30' }],
      caseload: { peoplePerWorkerPerYear: { min: 200, max: 250 }, note: 'note' },
      workforce: { posts: 10, wte: 9, note: 'note' },
      source: [
        { title: 'Role map', publisher: 'A community of practice', date: '1 December 2022 (draft)', section: 'Care Coordinator row' },
        { title: 'FAQs', publisher: 'NHS England', date: 'undated', url: 'https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/' },
      ],
    };
    const scheme = defineScheme(input);
    expect(scheme).toEqual(input);
    expect(JSON.parse(JSON.stringify(scheme))).toEqual(scheme);
    expect(scheme).not.toBe(input);
  });

  it('stores unknown condition ids verbatim, without warning', () => {
    const scheme = defineScheme({ ...base, criteria: { kind: 'hasCondition', anyOf: ['Local Code 17'] } });
    expect(scheme.criteria).toEqual({ kind: 'hasCondition', anyOf: ['Local Code 17'] });
  });

  it('every preset is a valid scheme that survives a JSON round trip', () => {
    for (const preset of Object.values(schemes)) {
      const defined = defineScheme(JSON.parse(JSON.stringify(preset)));
      expect(defined).toEqual(preset);
      expect(preset.source?.length).toBeGreaterThan(0);
    }
  });

  it('rejects unknown kinds, unknown fields and bad shapes with paths', () => {
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'all', of: [{ kind: 'postcode', anyOf: ['GU21'] }] } })).issues).toEqual([
      {
        path: ['criteria', 'of', 0, 'kind'],
        message: "must be one of: age, registeredWith, residentIn, hasCondition, referralSource, flag, anyone, all, any, not",
      },
    ]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'age', min: 18, maxx: 64 } })).issues).toEqual([{ path: ['criteria', 'maxx'], message: 'is not a known field' }]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'age' } })).issues).toEqual([
      { path: ['criteria'], message: 'needs min, max or both' },
    ]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'age', min: 70, max: 40 } })).issues).toEqual([
      { path: ['criteria', 'min'], message: 'min must not be greater than max' },
    ]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'registeredWith' } })).issues).toEqual([
      { path: ['criteria'], message: 'needs practices, pcns or both' },
    ]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'hasCondition', anyOf: [] } })).code).toBe('eligibility/invalid-scheme');
    expect(
      thrown(() => defineScheme({ ...base, criteria: { kind: 'referralSource', anyOf: ['self'], from: '2021-01-01', to: '2020-01-01' } })).issues,
    ).toEqual([{ path: ['criteria', 'from'], message: 'from must not be after to' }]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'flag', name: 'x' }, availability: [{ days: [1], opens: '17:00', closes: '09:00' }] })).issues).toEqual([
      { path: ['availability', 0, 'opens'], message: 'opens must be before closes' },
    ]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'flag', name: 'x' }, availability: [{ days: [1, 1] }] })).issues).toEqual([
      { path: ['availability', 0, 'days'], message: 'must not list the same value twice' },
    ]);
    expect(thrown(() => defineScheme('scheme')).code).toBe('eligibility/invalid-scheme');
    expect(thrown(() => defineScheme(null)).code).toBe('eligibility/invalid-scheme');
  });

  it('rejects a repeated value in a list and a repeated criterion id', () => {
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'hasCondition', anyOf: ['copd', 'copd'] } })).issues).toEqual([
      { path: ['criteria', 'anyOf'], message: 'must not list the same value twice' },
    ]);
    expect(thrown(() => defineScheme({ ...base, criteria: { kind: 'registeredWith', practices: ['A1', 'A1'] } })).issues).toEqual([
      { path: ['criteria', 'practices'], message: 'must not list the same value twice' },
    ]);
    const repeated = {
      ...base,
      criteria: { kind: 'any', of: [{ kind: 'flag', name: 'a', id: 'x' }, { kind: 'all', of: [{ kind: 'flag', name: 'b', id: 'x' }] }] },
    };
    expect(thrown(() => defineScheme(repeated)).issues).toEqual([
      { path: ['criteria', 'of', 1, 'of', 0, 'id'], message: 'repeats a criterion id used earlier in the scheme' },
    ]);
  });

  it('never echoes input values in messages', () => {
    const secret = 'Jane Doe 943 476 5919';
    const error = thrown(() => defineScheme({ ...base, name: 42, criteria: { kind: 'age', min: secret } }));
    expect(error.message).not.toContain('Jane');
    expect(JSON.stringify(error.issues)).not.toContain('Jane');
  });

  it(`accepts ${MAX_CRITERION_DEPTH} levels and rejects deeper trees without a RangeError, even 1,000 or 100,000 deep`, () => {
    expect(defineScheme({ ...base, criteria: nest(MAX_CRITERION_DEPTH) }).id).toBe('test');
    for (const depth of [MAX_CRITERION_DEPTH + 1, 1_000, 100_000]) {
      const error = thrown(() => defineScheme({ ...base, criteria: nest(depth) }));
      expect(error.code).toBe('eligibility/too-deep');
      expect(error.issues).toEqual([{ path: ['criteria'], message: 'nests criteria deeper than the limit of 100 levels' }]);
    }
    const deep = nest(1_000);
    expect(SchemeSchema.safeParse({ ...base, criteria: deep }).success).toBe(false);
    expect(thrown(() => checkEligibility({ ...base, criteria: deep }, {}, { referredOn: '2025-06-01' })).code).toBe('eligibility/too-deep');
    expect(thrown(() => compileScheme({ ...base, criteria: deep })).code).toBe('eligibility/too-deep');
    expect(thrown(() => findEligibleSchemes([{ ...base, criteria: deep }], {}, { referredOn: '2025-06-01' })).issues[0]?.path).toEqual([0, 'criteria']);
    expect(CriterionSchema.safeParse(deep).success).toBe(false);
  });

  it('rejects a cyclic criterion by its depth', () => {
    const cyclic: { kind: 'not'; criterion?: unknown } = { kind: 'not' };
    cyclic.criterion = cyclic;
    expect(thrown(() => defineScheme({ ...base, criteria: cyclic })).code).toBe('eligibility/too-deep');
  });
});

describe('PersonSchema', () => {
  it('accepts a partial person and rejects malformed fields', () => {
    expect(PersonSchema.safeParse({}).success).toBe(true);
    expect(PersonSchema.safeParse({ flags: { inHospital: true }, residence: { ward: 'Canalside' } }).success).toBe(true);
    expect(PersonSchema.safeParse({ birthDate: '1980-13-01' }).success).toBe(false);
    expect(PersonSchema.safeParse({ age: 40.5 }).success).toBe(false);
    expect(PersonSchema.safeParse({ flags: { inHospital: 'yes' } }).success).toBe(false);
  });
});
