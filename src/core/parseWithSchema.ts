import type * as z from 'zod';
import type { ErrorCode } from './errorCodes.js';
import { isCodeName, keyPlaceholder, unknownOptionIssues } from './keyLabel.js';
import { SocialPrescribingError, type ValidationIssue } from './SocialPrescribingError.js';

/**
 * What {@link issuesFromZod} and {@link parseWithSchema} know about the value that failed: the schema
 * and input let a path say `<key N>` for a key the caller supplied (a record's key, or an unknown
 * key) instead of echoing it; `options` marks an options object, whose unknown keys are named when
 * written like names in code (a typo such as `wteInpost` is the caller's code, not personal data).
 *
 * @category Errors
 */
export interface ZodIssueContext {
  /** The schema that failed. */
  readonly schema?: z.ZodType;
  /** The value it failed on. */
  readonly input?: unknown;
  /** The value is an options object: name each unknown option (default `false`: count unknown keys). */
  readonly options?: boolean;
}

/**
 * Turns zod issues into {@link ValidationIssue}s in the library's own words ("is required",
 * "must be a whole number", "must be at most 128 characters"), never echoing the received value
 * or a key the caller supplied: with `context`, a record's key in a path becomes `<key N>`, its
 * position; without it, any key not written like a name in code does.
 *
 * @param issues - `error.issues` from a failed `safeParse`.
 * @param prefix - Path segments to put in front of each issue's path.
 * @param context - The schema and input that failed, and whether the input is an options object.
 * @returns One validation issue per zod issue (per unknown option, for options).
 * @throws {@link SocialPrescribingError} `core/invalid-argument` when `issues` or `prefix` is not an array, an
 * issue has no path array or string message, or a path segment is not a string, a symbol or a finite number.
 * @category Errors
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { issuesFromZod } from 'social-prescribing/core';
 *
 * const result = z.object({ age: z.number() }).safeParse({ age: 'old' });
 * result.success ? [] : issuesFromZod(result.error.issues, [3]);
 * //=> [{ path: [3, 'age'], message: 'must be a number' }]
 * const flags = z.record(z.string(), z.boolean());
 * const input = { smoker: true, 'Jane Smith': 'yes' };
 * const failed = flags.safeParse(input);
 * failed.success ? [] : issuesFromZod(failed.error.issues, ['flags'], { schema: flags, input });
 * //=> [{ path: ['flags', '<key 1>'], message: 'must be true or false' }]
 * issuesFromZod(null as never);
 * //=> throws 'core/invalid-argument'
 * ```
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
  context: ZodIssueContext = {},
): ValidationIssue[] {
  if (!Array.isArray(issues) || !Array.isArray(prefix)) throw invalidArgument();
  return (issues as unknown[]).flatMap((issue) => {
    const raw = (issue ?? {}) as RawIssue;
    if (!Array.isArray(raw.path) || typeof raw.message !== 'string') throw invalidArgument();
    const segments = (raw.path as unknown[]).map(pathSegment);
    const path = [...(prefix as unknown[]).map(pathSegment), ...safePath(context, segments)];
    // zod names unknown keys in its message; a key can be personal data (a name, an NHS number).
    if (raw.code === 'unrecognized_keys' && Array.isArray(raw.keys)) {
      if (context.options === true) {
        const holder = valueAt(context.input, segments);
        const known = keysOf(holder).filter((key) => !(raw.keys as unknown[]).includes(key));
        return unknownOptionIssues(isObject(holder) ? holder : {}, known, path, segments.length === 0 ? 'is not a known option' : 'is not a known field');
      }
      return [{ path, message: `has ${raw.keys.length} unrecognised ${raw.keys.length === 1 ? 'key' : 'keys'}` }];
    }
    return [{ path, message: libraryMessage(raw, valueAt(context.input, segments), 'input' in context) }];
  });
}

/** A checked path segment: a symbol as its description, -0 as 0; anything but a string or finite number is an error. */
function pathSegment(segment: unknown): string | number {
  if (typeof segment === 'symbol') return String(segment.description);
  if (typeof segment !== 'string' && !Number.isFinite(segment)) throw invalidArgument();
  return segment === 0 ? 0 : (segment as string | number);
}

interface RawIssue {
  path?: unknown;
  message?: unknown;
  code?: unknown;
  keys?: unknown;
  expected?: unknown;
  origin?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  inclusive?: unknown;
  values?: unknown;
  options?: unknown;
  format?: unknown;
}

// zod's own wording starts with one of these; a message the library wrote (`{ message }`) is kept as it is.
const ZOD_WORDING = /^(Invalid|Too (big|small)|Unrecognized|Expected)/;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  bigint: 'a number',
  date: 'a date',
  nonoptional: 'given',
};

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  url: 'must be a web address',
  uuid: 'must be a UUID',
  email: 'must be an email address',
  datetime: 'must be a date and time written YYYY-MM-DDTHH:MM:SSZ',
};

const UNITS: Readonly<Record<string, string>> = { string: 'characters', array: 'items', set: 'items', file: 'bytes' };

/** An issue's message in the library's words; `absent` is whether the value is missing (known only with an input). */
function libraryMessage(issue: RawIssue, value: unknown, inputKnown: boolean): string {
  const message = issue.message as string;
  if (!ZOD_WORDING.test(message)) return message;
  const bound = (limit: unknown, word: string): string => {
    const unit = UNITS[String(issue.origin)];
    const inclusive = issue.inclusive !== false;
    const relation = word === 'most' ? (inclusive ? 'at most' : 'below') : inclusive ? 'at least' : 'above';
    if (unit === undefined) return `must be ${relation} ${String(limit)}`;
    if (word === 'least' && limit === 1 && inclusive) return 'must not be empty';
    return `must have ${relation} ${String(limit)} ${limit === 1 ? unit.slice(0, -1) : unit}`;
  };
  switch (issue.code) {
    case 'invalid_type': {
      const missing = inputKnown ? value === undefined : message.endsWith('received undefined');
      const expected = TYPE_WORDS[String(issue.expected)] ?? String(issue.expected);
      return missing ? 'is required' : `must be ${expected}`;
    }
    case 'too_big':
      return bound(issue.maximum, 'most');
    case 'too_small':
      return bound(issue.minimum, 'least');
    case 'invalid_value':
      return Array.isArray(issue.values) ? listOrNot(issue.values) : 'is not an allowed value';
    case 'invalid_format':
      return FORMAT_WORDS[String(issue.format)] ?? 'is not in the expected format';
    case 'invalid_union':
      // A discriminated union's tag names the allowed kinds, which are the library's own constants.
      return Array.isArray(issue.options) ? listOrNot(issue.options) : 'does not match any allowed form';
    case 'not_multiple_of':
      return 'is not an allowed step';
    default:
      return 'is not valid';
  }
}

/** `must be one of: a, b` for a short list of the library's own names; a long list is not spelt out. */
function listOrNot(values: unknown[]): string {
  return values.length <= 20 && values.every((value) => typeof value === 'string')
    ? `must be one of: ${(values).join(', ')}`
    : 'is not an allowed value';
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) node = isObject(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

interface Def {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  getter?: () => unknown;
  shape?: Record<string, unknown>;
  catchall?: unknown;
  valueType?: unknown;
  keyType?: unknown;
  entries?: Record<string, unknown>;
  element?: unknown;
  items?: unknown[];
  rest?: unknown;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
}

const defOf = (schema: unknown): Def => ((schema as { _zod?: { def?: Def } } | undefined)?._zod?.def ?? {});

/** The schema under wrappers (optional, nullable, default, pipe, lazy...). */
function unwrap(schema: unknown): Def {
  let def = defOf(schema);
  for (let depth = 0; depth < 32; depth++) {
    if (def.innerType !== undefined) def = defOf(def.innerType);
    // A pipe from unknown (a pre-check such as a depth limit) has its shape in `out`.
    else if (def.type === 'pipe') def = defOf(['unknown', 'any'].includes(String(defOf(def.in).type)) ? def.out : def.in);
    else if (def.type === 'lazy' && def.getter !== undefined) def = defOf(def.getter());
    else break;
  }
  return def;
}

/** How a path segment relates to the schema: a field it names, a key the caller chose (a record's), or not known. */
type Segment = { next: unknown; kind: 'named' | 'chosen' | 'unknown' };

/** The child schema at `segment`, and whether `segment` is a field the schema names or a key the caller chose. */
function step(def: Def, segment: string | number): Segment {
  if (def.type === 'object') {
    const field = def.shape?.[String(segment)];
    if (field !== undefined) return { next: field, kind: 'named' };
    return def.catchall === undefined ? { next: undefined, kind: 'unknown' } : { next: def.catchall, kind: 'chosen' };
  }
  if (def.type === 'record') {
    // A record keyed by one of the library's own names (an enum) names its key; any other key is the caller's.
    const names = unwrap(def.keyType).entries;
    return { next: def.valueType, kind: names !== undefined && Object.hasOwn(names, segment) ? 'named' : 'chosen' };
  }
  if (def.type === 'array') return { next: def.element, kind: 'named' };
  if (def.type === 'tuple') return { next: def.items?.[Number(segment)] ?? def.rest, kind: 'named' };
  const options = def.type === 'union' ? (def.options ?? []) : def.type === 'intersection' ? [def.left, def.right] : [];
  let found: Segment = { next: undefined, kind: 'unknown' };
  for (const option of options) {
    const tried = step(unwrap(option), segment);
    if (tried.kind === 'named') return tried;
    if (tried.kind === 'chosen') found = tried;
  }
  return found;
}

/** `segments` with each key the caller supplied replaced by `<key N>` (its position among its object's keys). */
function safePath(context: ZodIssueContext, segments: readonly (string | number)[]): (string | number)[] {
  let def: Def | undefined = context.schema === undefined ? undefined : unwrap(context.schema);
  let value = context.input;
  return segments.map((segment) => {
    const holder = value;
    value = isObject(holder) ? (holder as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const next = def === undefined ? undefined : step(def, segment).next;
      def = next === undefined ? undefined : unwrap(next);
      return segment;
    }
    const found: Segment = def === undefined ? { next: undefined, kind: 'unknown' } : step(def, segment);
    def = found.next === undefined ? undefined : unwrap(found.next);
    // Where no schema says what the key is, a name as code writes it is shown; anything else might be data.
    if (found.kind === 'named' || (found.kind === 'unknown' && isCodeName(segment))) return segment;
    const position = keysOf(holder).indexOf(segment);
    return position === -1 ? '<key>' : keyPlaceholder(position);
  });
}

function invalidArgument(): SocialPrescribingError {
  return new SocialPrescribingError('core/invalid-argument', [
    { path: [], message: 'needs zod issues (each a path array and a message string) and a path array of strings and finite numbers' },
  ]);
}

/**
 * Parses `input` with a zod schema, throwing {@link SocialPrescribingError}
 * with `code` and every issue (path and message, never the value) when it fails.
 *
 * @param schema - Any zod schema.
 * @param input - The untrusted input.
 * @param code - The error code to throw with.
 * @param context - Path segments to put in front of each issue's path, and whether `input` is an
 * options object (its unknown keys are then named when written like names in code).
 * @returns The parsed, typed value.
 * @throws {@link SocialPrescribingError} with `code` when the input does not match.
 * @category Errors
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { IsoDateSchema, parseWithSchema, type SocialPrescribingError } from 'social-prescribing/core';
 *
 * parseWithSchema(IsoDateSchema, '2025-04-01', 'core/invalid-date');
 * //=> '2025-04-01'
 * parseWithSchema(IsoDateSchema, '2025-02-30', 'core/invalid-date');
 * //=> throws 'core/invalid-date'
 * try {
 *   parseWithSchema(z.strictObject({ listSize: z.number() }), { listSize: 1, lisSize: 2 }, 'caseload/invalid-options', { options: true });
 * } catch (error) {
 *   (error as SocialPrescribingError).issues;
 *   //=> [{ path: ['lisSize'], message: 'is not a known option' }]
 * }
 * ```
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ErrorCode,
  context: { readonly prefix?: readonly (string | number)[]; readonly options?: boolean } = {},
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new SocialPrescribingError(code, issuesFromZod(result.error.issues, context.prefix, { schema, input, options: context.options === true }));
  }
  return result.data;
}
