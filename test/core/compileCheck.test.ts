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

/** compileCheck as it is where code may not be generated (a Content-Security-Policy without unsafe-eval): the plan is walked. */
const withoutEval = (schema: z.ZodType) => {
  vi.stubGlobal('Function', () => {
    throw new EvalError('code generation from strings disallowed');
  });
  const check = compileCheck(schema);
  vi.unstubAllGlobals();
  return check;
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

describe('the code compileCheck generates', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The bodies compileCheck hands to `Function`, outermost last; the checks still work. */
  const generated = (schema: z.ZodType): string[] => {
    const bodies: string[] = [];
    const RealFunction = Function;
    // A function expression, not an arrow: compileCheck calls it with `new`.
    vi.stubGlobal('Function', function recordBody(...args: string[]) {
      bodies.push(args.at(-1)!);
      return RealFunction(...args);
    });
    compileCheck(schema);
    vi.unstubAllGlobals();
    return bodies;
  };

  it('reads each field once and tests it as a hand-written check would, with bounds and refinements passed in, not written in', () => {
    const schema = z.strictObject({
      s: z.string().min(1).max(3),
      n: z.number().int().gt(0).lt(10),
      m: z.number().min(0).max(5),
      b: z.boolean(),
      a: z.array(z.string()).min(1),
      r: z.record(z.string(), z.boolean()).optional(),
      c: z.string().refine((value) => value !== 'x'),
      o: z.object({ x: z.number() }),
    });
    expect(generated(schema)).toEqual([
      'return (value) => (typeof value === "string");',
      'return (value) => (typeof value === "boolean");',
      'return (value) => {\n  if (!h.isObject(value)) return false;\n  const v0 = value["x"];\n  if (!(typeof v0 === "number" && Number.isFinite(v0))) return false;\n  return true;\n};',
      [
        'return (value) => {',
        '  if (!h.isObject(value)) return false;',
        '  const v0 = value["s"];',
        '  if (!(typeof v0 === "string" && v0.length >= p[0] && v0.length <= p[1])) return false;',
        '  const v1 = value["n"];',
        '  if (!(typeof v1 === "number" && Number.isFinite(v1) && Number.isSafeInteger(v1) && v1 > p[2] && v1 < p[3])) return false;',
        '  const v2 = value["m"];',
        '  if (!(typeof v2 === "number" && Number.isFinite(v2) && v2 >= p[4] && v2 <= p[5])) return false;',
        '  const v3 = value["b"];',
        '  if (!(typeof v3 === "boolean")) return false;',
        '  const v4 = value["a"];',
        '  if (!(h.array(p[7], v4) && v4.length >= p[6])) return false;',
        '  const v5 = value["r"];',
        '  if (!(v5 === undefined || (h.record(p[8], v5)))) return false;',
        '  const v6 = value["c"];',
        '  if (!(typeof v6 === "string" && p[9](v6) === true)) return false;',
        '  const v7 = value["o"];',
        '  if (!p[10](v7)) return false;',
        '  if (!h.strict(p[11], value)) return false;',
        '  return true;',
        '};',
      ].join('\n'),
    ]);
    expect(generated(z.array(z.number()).max(2))).toEqual(['return (value) => (typeof value === "number" && Number.isFinite(value));', 'return (value) => (h.array(p[1], value) && value.length <= p[0]);']);
  });

  it('names the part it does not support', () => {
    const messages = [z.union([z.string(), z.number()]), z.looseObject({}), z.record(z.enum(['a']), z.string()), z.string().regex(/a/), z.object({ a: z.number() }).catchall(z.string()), z.record(z.string().min(1), z.boolean())].map(
      (schema) => errorOf(() => compileCheck(schema)).issues,
    );
    expect(messages).toEqual([
      [{ path: [], message: 'compileCheck does not support a zod union schema' }],
      [{ path: [], message: 'compileCheck does not support a zod object with a catchall schema' }],
      [{ path: [], message: 'compileCheck does not support a zod record not keyed by plain strings schema' }],
      [{ path: [], message: 'compileCheck does not support a zod string_format check schema' }],
      [{ path: [], message: 'compileCheck does not support a zod object with a catchall schema' }],
      [{ path: [], message: 'compileCheck does not support a zod record not keyed by plain strings schema' }],
    ]);
  });
});

describe('compileCheck at the edges, generated and walked, against zod', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  class Flags {
    readonly on = true;
  }
  const withProtoKey = JSON.parse('{"__proto__": "x", "a": true}') as unknown;
  const hidden = Object.defineProperty({ a: true }, 'b', { value: 'x', enumerable: false });
  const cases: [string, z.ZodType, unknown[]][] = [
    ['at least', z.number().min(0), [0, -0.1, 0.1]],
    ['above', z.number().positive(), [0, 1e-9, -1]],
    ['at most', z.number().max(5), [5, 5.1, 4]],
    ['below', z.number().lt(5), [5, 4.9, 6]],
    ['whole', z.number().int(), [1.5, 2, 2 ** 53]],
    ['finite', z.number(), [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1', 0]],
    ['lengths', z.string().min(2).max(3), ['a', 'ab', 'abc', 'abcd']],
    ['list lengths', z.array(z.number()).min(1).max(2), [[], [1], [1, 2], [1, 2, 3], [1, 'x']]],
    ['refined', z.string().refine((value) => value.startsWith('a')), ['ab', 'b']],
    ['a record', z.record(z.string(), z.boolean()), [{ a: true }, { a: 'x' }, withProtoKey, hidden, new Flags(), Object.assign(Object.create(null) as object, { a: true }), { [Symbol('s')]: true }, [], null]],
    ['a record of text', z.record(z.string(), z.string()), [{ constructor: 'x' }, { constructor: 1 }]],
    ['an optional field, unknown keys dropped', z.object({ o: z.number().optional() }), [{}, { o: undefined }, { o: 1 }, { o: 1, extra: 'x' }, { o: 'x' }, [], 'x']],
    ['a strict object', z.strictObject({ a: z.boolean() }), [{ a: true }, { a: true, b: 1 }, { a: 1 }]],
    ['a refined object', z.object({ a: z.number() }).refine((value) => value.a > 0), [{ a: 1 }, { a: 0 }]],
  ];
  for (const [name, schema, values] of cases) {
    it(`${name}: the generated and the walked check both give zod's answer for each edge value`, () => {
      const expected = values.map((value) => schema.safeParse(value).success);
      expect(values.map(compileCheck(schema))).toEqual(expected);
      expect(values.map(withoutEval(schema))).toEqual(expected);
      // Each case has a value on either side of its edge.
      expect(new Set(expected).size).toBe(2);
    });
  }
});
