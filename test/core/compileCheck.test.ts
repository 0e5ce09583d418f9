/**
 * compileCheck, the library's one hand-written validation kernel: for every schema it is used
 * with, and a few more of the parts it supports, it accepts and rejects exactly what zod does.
 */
import { fc, test } from '@fast-check/vitest';
import * as z from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileCheck, IsoDateSchema, SocialPrescribingError } from '../../src/core/index.js';
import { EligibilityReferralSchema, PersonSchema } from '../../src/eligibility/index.js';
import { errorOf } from '../support/errorOf.js';

const hostile = fc.oneof(
  fc.constantFrom(undefined, null, true, '', 'x', NaN, Infinity, -Infinity, -0, 0.5, -1, 151, 2 ** 53, [], {}, () => 1, new Date(0), Object.create(null)),
  fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }),
);
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 10 }, { arbitrary: hostile, weight: 1 });
const date = fc.oneof(
  fc.constantFrom('1986-02-10', '2024-02-29', '2025-02-29', '2025-6-1', '0999-12-31', '9999-12-31', '2025-06-31'),
  fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const text = fc.oneof(fc.constantFrom('', 'copd', 'A86001'), fc.string({ maxLength: 3 }));
const sparse = <T>(items: fc.Arbitrary<T[]>) =>
  fc.oneof({ arbitrary: items, weight: 5 }, { arbitrary: items.map((list) => Object.assign([...list], { length: list.length + 1 })), weight: 1 });
const person = fc.record(
  {
    birthDate: mostly(date),
    age: mostly(fc.oneof(fc.integer({ min: -2, max: 152 }), fc.double())),
    conditions: mostly(sparse(fc.array(mostly(text), { maxLength: 3 }))),
    registeredPractice: mostly(text),
    pcn: mostly(text),
    residence: mostly(fc.record({ lsoa: mostly(text), ward: mostly(text), borough: mostly(text), postcodeDistrict: mostly(text), other: hostile }, { requiredKeys: [] })),
    flags: mostly(fc.dictionary(fc.string({ maxLength: 3 }), mostly(fc.boolean()), { maxKeys: 3 })),
    nhsNumber: hostile,
  },
  { requiredKeys: [] },
);
const referral = fc.record({ referredOn: mostly(date), source: mostly(text), other: hostile }, { requiredKeys: [] });

const agrees = (schema: z.ZodType) => (value: unknown) => {
  expect(compileCheck(schema)(value)).toBe(schema.safeParse(value).success);
};

describe('compileCheck', () => {
  test.prop([mostly(person)], { numRuns: 3000 })('accepts and rejects exactly what PersonSchema does', agrees(PersonSchema));
  test.prop([mostly(referral)], { numRuns: 1000 })('accepts and rejects exactly what EligibilityReferralSchema does', agrees(EligibilityReferralSchema));

  const strict = z.strictObject({ on: IsoDateSchema, minutes: z.number().positive().max(1440), tags: z.array(z.string().max(2)).min(1).readonly().optional() });
  test.prop([mostly(fc.record({ on: mostly(date), minutes: mostly(fc.double({ min: -1, max: 1500 })), tags: mostly(fc.array(text, { maxLength: 2 })), extra: hostile }, { requiredKeys: [] }))], {
    numRuns: 1000,
  })('and what a strict object with exclusive bounds and array lengths does', agrees(strict));

  it('rejects a key that is a symbol in a record, as zod does', () => {
    const flags = z.record(z.string(), z.boolean());
    const value = { [Symbol('s')]: true };
    expect(compileCheck(flags)(value)).toBe(flags.safeParse(value).success);
    expect(compileCheck(flags)({ a: true })).toBe(true);
  });

  it('refuses a schema with parts it does not support, and anything but a schema', () => {
    for (const schema of [z.union([z.string(), z.number()]), z.string().transform(Number), z.looseObject({}), z.record(z.enum(['a']), z.string()), z.string().regex(/a/)]) {
      expect(errorOf(() => compileCheck(schema)).code).toBe('core/invalid-argument');
    }
    expect(errorOf(() => compileCheck(null as never))).toEqual({ code: 'core/invalid-argument', issues: [{ path: [], message: 'needs a zod schema' }] });
    expect(() => compileCheck({} as never)).toThrow(SocialPrescribingError);
  });
});

describe('compileCheck where code may not be generated (a Content-Security-Policy without unsafe-eval)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const withoutEval = (schema: z.ZodType) => {
    vi.stubGlobal('Function', () => {
      throw new EvalError('code generation from strings disallowed');
    });
    const check = compileCheck(schema);
    vi.unstubAllGlobals();
    return check;
  };
  const strict = z.strictObject({ on: IsoDateSchema, minutes: z.number().positive().max(1440), flags: z.record(z.string(), z.boolean()).optional() });

  test.prop([mostly(person)], { numRuns: 2000 })('walks the plan and still agrees with PersonSchema', (value) => {
    expect(withoutEval(PersonSchema)(value)).toBe(PersonSchema.safeParse(value).success);
  });
  test.prop([mostly(fc.record({ on: mostly(date), minutes: mostly(fc.double({ min: -1, max: 1500 })), flags: mostly(fc.dictionary(fc.string({ maxLength: 2 }), mostly(fc.boolean()))), extra: hostile }, { requiredKeys: [] }))], {
    numRuns: 1000,
  })('and with a strict object and a record', (value) => {
    expect(withoutEval(strict)(value)).toBe(strict.safeParse(value).success);
  });
});
