/**
 * issuesFromZod words every kind of zod issue in the library's one voice ("must be at most 10",
 * "must have at most 1 item", "is required"), keeps a message the library wrote itself, and
 * puts in a path the names the schema gives but never a key the caller chose. One row per kind
 * of issue and bound, with and without the schema and input as context.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { issuesFromZod, parseWithSchema, type ValidationIssue } from '../../src/core/index.js';
import { errorOf } from '../support/errorOf.js';

/** The issues of a failed parse, worded with the schema and input as context (`options` as given) and without any. */
function worded(schema: z.ZodType, input: unknown, options = false): { withContext: ValidationIssue[]; bare: ValidationIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the parse to fail');
  return { withContext: issuesFromZod(result.error.issues, [], { schema, input, options }), bare: issuesFromZod(result.error.issues) };
}

/** The one message of a failed parse, which must not depend on the context. */
function messageOf(schema: z.ZodType, input: unknown): string {
  const { withContext, bare } = worded(schema, input);
  expect(withContext).toEqual(bare);
  expect(bare).toHaveLength(1);
  return bare[0]!.message;
}

const LONG_ENUM = Array.from({ length: 21 }, (_, i) => `v${i}`) as [string, ...string[]];

describe("issuesFromZod's wording", () => {
  it.each([
    ['a number at most', z.number().max(10), 11, 'must be at most 10'],
    ['a number below', z.number().lt(10), 10, 'must be below 10'],
    ['a number at least', z.number().min(1), 0, 'must be at least 1'],
    ['a number above', z.number().gt(0), 0, 'must be above 0'],
    ['text of at most one character', z.string().max(1), 'ab', 'must have at most 1 character'],
    ['text of at most five characters', z.string().max(5), 'abcdefg', 'must have at most 5 characters'],
    ['text of at least one character', z.string().min(1), '', 'must not be empty'],
    ['text of at least two characters', z.string().min(2), 'a', 'must have at least 2 characters'],
    ['text of more than two characters', z.string().min(3), 'ab', 'must have at least 3 characters'],
    ['a list of at least one item', z.array(z.number()).min(1), [], 'must not be empty'],
    ['a list of at most one item', z.array(z.number()).max(1), [1, 2], 'must have at most 1 item'],
    ['a list of at most three items', z.array(z.number()).max(3), [1, 2, 3, 4], 'must have at most 3 items'],
    ['a set of at least one item', z.set(z.number()).min(1), new Set(), 'must not be empty'],
  ])('bounds: %s', (_, schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });

  it.each([
    ['text', z.string(), 1, 'must be text'],
    ['a number', z.number(), 'x', 'must be a number'],
    ['a whole number', z.int(), 1.5, 'must be a whole number'],
    ['true or false', z.boolean(), 'x', 'must be true or false'],
    ['a list', z.array(z.number()), 'x', 'must be a list'],
    ['an object', z.object({}), 'x', 'must be an object'],
    ['a bigint', z.bigint(), 'x', 'must be a number'],
    ['a date', z.date(), 'x', 'must be a date'],
  ])('types: %s', (_, schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });

  it.each([
    ['a short list of names', z.enum(['a', 'b']), 'c', 'must be one of: a, b'],
    ['twenty names, still spelt out', z.enum(LONG_ENUM.slice(0, 20) as [string, ...string[]]), 'x', `must be one of: ${LONG_ENUM.slice(0, 20).join(', ')}`],
    ['twenty-one names, not spelt out', z.enum(LONG_ENUM), 'x', 'is not an allowed value'],
    ['a value that is not a name', z.literal(3), 4, 'is not an allowed value'],
    ['a web address', z.url(), 'x', 'must be a web address'],
    ['a UUID', z.uuid(), 'x', 'must be a UUID'],
    ['an email address', z.email(), 'x', 'must be an email address'],
    ['a date and time', z.iso.datetime(), 'x', 'must be a date and time written YYYY-MM-DDTHH:MM:SSZ'],
    ['another format', z.string().regex(/^a$/), 'b', 'is not in the expected format'],
    ['a union', z.union([z.number(), z.string()]), true, 'does not match any allowed form'],
    ['a step', z.number().multipleOf(5), 3, 'is not an allowed step'],
    ['a refinement in zod words', z.number().refine(() => false), 1, 'is not valid'],
    ['a refinement in the library words', z.number().refine(() => false, { message: 'must be even' }), 1, 'must be even'],
  ])('values and formats: %s', (_, schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });

  it("names a discriminated union's kinds at its tag", () => {
    const kinds = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]);
    expect(worded(kinds, { kind: 'c' }).bare).toEqual([{ path: ['kind'], message: 'must be one of: a, b' }]);
  });

  it('says a missing field is required, and a field of the wrong type what it must be', () => {
    const schema = z.object({ a: z.number() });
    expect(worded(schema, {})).toEqual({ withContext: [{ path: ['a'], message: 'is required' }], bare: [{ path: ['a'], message: 'is required' }] });
    expect(worded(schema, { a: undefined }).withContext).toEqual([{ path: ['a'], message: 'is required' }]);
    expect(worded(schema, { a: null })).toEqual({ withContext: [{ path: ['a'], message: 'must be a number' }], bare: [{ path: ['a'], message: 'must be a number' }] });
  });

  it('counts unknown keys of data, and names unknown options (by position when not written like a name in code)', () => {
    const strict = z.strictObject({ a: z.number() });
    expect(worded(strict, { a: 1, 'Jane Smith': 1 }).withContext).toEqual([{ path: [], message: 'has 1 unrecognised key' }]);
    expect(worded(strict, { a: 1, x: 1, y: 2 }).bare).toEqual([{ path: [], message: 'has 2 unrecognised keys' }]);
    expect(worded(strict, { a: 1, lisSize: 1, 'Jane Smith': 2 }, true).withContext).toEqual([
      { path: ['lisSize'], message: 'is not a known option' },
      { path: ['<key 2>'], message: 'is not a known option' },
    ]);
    const nested = z.strictObject({ o: z.strictObject({ a: z.number() }) });
    expect(worded(nested, { o: { a: 1, b: 2 } }, true).withContext).toEqual([{ path: ['o', 'b'], message: 'is not a known field' }]);
  });

  it("hides a record's keys the caller chose, and keeps keys that are the library's own names", () => {
    expect(worded(z.record(z.string(), z.boolean()), { smoker: true, 'Jane Smith': 'yes' })).toEqual({
      withContext: [{ path: ['<key 1>'], message: 'must be true or false' }],
      bare: [{ path: ['<key>'], message: 'must be true or false' }],
    });
    expect(worded(z.record(z.string(), z.number()), { 'Jane Smith': 'x', validName: 'y' })).toEqual({
      withContext: [
        { path: ['<key 0>'], message: 'must be a number' },
        { path: ['<key 1>'], message: 'must be a number' },
      ],
      bare: [
        { path: ['<key>'], message: 'must be a number' },
        { path: ['validName'], message: 'must be a number' },
      ],
    });
    expect(worded(z.record(z.enum(['a', 'b']), z.boolean()), { a: 'x' }).withContext).toEqual([
      { path: ['a'], message: 'must be true or false' },
      { path: ['b'], message: 'is required' },
    ]);
    expect(worded(z.object({ a: z.number() }).catchall(z.number()), { a: 1, 'Jane Smith': 'x' }).withContext).toEqual([{ path: ['<key 1>'], message: 'must be a number' }]);
  });

  it('follows the schema through tuples, intersections, unions, lazy schemas, pipes and defaults', () => {
    expect(worded(z.tuple([z.number(), z.string()]), [1, 2]).withContext).toEqual([{ path: [1], message: 'must be text' }]);
    expect(worded(z.tuple([z.number()]).rest(z.string()), [1, 'a', 3]).withContext).toEqual([{ path: [2], message: 'must be text' }]);
    expect(worded(z.intersection(z.object({ a: z.number() }), z.object({ b: z.number() })), { a: 1, b: 'x' }).withContext).toEqual([{ path: ['b'], message: 'must be a number' }]);
    const nested = z.array(z.union([z.object({ kind: z.literal('a'), flags: z.record(z.string(), z.boolean()) }), z.object({ kind: z.literal('b') })]));
    expect(worded(z.lazy(() => z.object({ a: z.number() })), { a: 'x' }).withContext).toEqual([{ path: ['a'], message: 'must be a number' }]);
    expect(worded(z.unknown().pipe(z.object({ a: z.number() })), { a: 'x' }).withContext).toEqual([{ path: ['a'], message: 'must be a number' }]);
    expect(worded(z.object({ a: z.number() }).default({ a: 1 }), { a: 'x' }).withContext).toEqual([{ path: ['a'], message: 'must be a number' }]);
    const flags = z.object({ items: nested });
    const result = flags.safeParse({ items: [{ kind: 'a', flags: { 'Jane Smith': 'yes' } }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = issuesFromZod(result.error.issues, ['options'], { schema: flags, input: { items: [{ kind: 'a', flags: { 'Jane Smith': 'yes' } }] } }).map((issue) => issue.path);
      for (const path of paths) expect(path).not.toContain('Jane Smith');
    }
  });

  it('throws the caller\'s code with every issue from parseWithSchema, under its prefix', () => {
    expect(errorOf(() => parseWithSchema(z.object({ a: z.number(), b: z.string() }), { a: 'x' }, 'caseload/invalid-options', { prefix: ['options'] }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [
        { path: ['options', 'a'], message: 'must be a number' },
        { path: ['options', 'b'], message: 'is required' },
      ],
    });
  });

  describe("a key the caller chose, written like a name in code, is hidden wherever the schema says it is the caller's", () => {
    const flags = z.record(z.string(), z.boolean());
    const chosen = { validName: 'yes' };
    it.each([
      ['a record at the root', flags, chosen, ['<key 0>']],
      ['a record in an object field', z.object({ flags }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record in a list', z.array(flags), [chosen], [0, '<key 0>']],
      ['a record in a tuple item', z.tuple([z.number(), flags]), [1, chosen], [1, '<key 0>']],
      ["a record in a tuple's rest", z.tuple([z.number()]).rest(flags), [1, { a: true }, chosen], [2, '<key 0>']],
      ['a record in an optional field', z.object({ flags: flags.optional() }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record under a default', z.object({ flags: flags.default({}) }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record under a nullable optional', z.object({ flags: flags.nullable().optional() }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record in a lazy schema', z.object({ flags: z.lazy(() => flags) }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record behind a pre-check pipe', z.object({ flags: z.unknown().pipe(flags) }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record before a transform', z.object({ flags: flags.transform((value) => Object.keys(value)) }), { flags: chosen }, ['flags', '<key 0>']],
      ['a record in an intersection', z.intersection(z.object({ a: z.number() }), z.object({ flags })), { a: 1, flags: chosen }, ['flags', '<key 0>']],
      ['a record intersected with an object', z.intersection(z.object({ a: z.number() }), z.record(z.string(), z.number())), { a: 1, validName: 'yes' }, ['<key 1>']],
      ['an object catchall', z.object({ a: z.number() }).catchall(z.boolean()), { a: 1, validName: 'yes' }, ['<key 1>']],
      [
        'a record in one option of a discriminated union',
        z.array(z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), flags }), z.object({ kind: z.literal('b'), count: z.number() })])),
        [{ kind: 'a', flags: chosen }],
        [0, 'flags', '<key 0>'],
      ],
    ])('%s', (_, schema, input, path) => {
      const { withContext, bare } = worded(schema as z.ZodType, input);
      expect(withContext.map((issue) => issue.path)).toEqual([path]);
      // Without the schema no key can be known to be the caller's: one written like a name in code is shown.
      expect(bare.map((issue) => issue.path)).toEqual([[...path.slice(0, -1), 'validName']]);
    });

    it('shows the names the schema gives, inside unions and records keyed by its own names', () => {
      const union = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), count: z.number() }), z.object({ kind: z.literal('b'), flags })]);
      expect(worded(z.object({ items: z.array(union) }), { items: [{ kind: 'b', flags: { 'Jane Smith': 'x' } }] }).withContext.map((issue) => issue.path)).toEqual([
        ['items', 0, 'flags', '<key 0>'],
      ]);
      expect(worded(z.object({ byNeed: z.record(z.enum(['housing', 'debt']), flags) }), { byNeed: { housing: chosen, debt: {} } }).withContext.map((issue) => issue.path)).toEqual([
        ['byNeed', 'housing', '<key 0>'],
      ]);
    });

    it('reports only the bad field of an object that drops unknown keys, naming none of them', () => {
      const loose = z.object({ a: z.number() });
      const input = { a: 'x', validName: 1, 'Jane Smith': 2 };
      expect(worded(loose, input).withContext).toEqual([{ path: ['a'], message: 'must be a number' }]);
    });
  });
});
