import type * as z from 'zod';
import { SocialPrescribingError } from './SocialPrescribingError.js';

interface CheckDef {
  readonly check?: string;
  readonly format?: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly fn?: (value: never) => unknown;
}

interface SchemaDef {
  readonly type?: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly catchall?: unknown;
  readonly keyType?: unknown;
  readonly valueType?: unknown;
}

const defOf = (schema: unknown): SchemaDef => (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def ?? {};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's plain-object rule for records: no constructor, or one whose prototype is an object with its own `isPrototypeOf`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor: unknown = value.constructor;
  if (typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

function unsupported(type: string): SocialPrescribingError {
  return new SocialPrescribingError('core/invalid-argument', [{ path: [], message: `compileCheck does not support a zod ${type} schema` }]);
}

// Kinds of nodes and of refinements. Every node and refinement has the same shape, and one function
// walks them (a switch, not a closure per part): the walk stays monomorphic, so the engine keeps it fast.
const OPTIONAL = 0;
const STRING = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const ARRAY = 4;
const OBJECT = 5;
const STRICT_OBJECT = 6;
const RECORD = 7;

const CUSTOM = 0;
const SAFE_INT = 1;
const AT_LEAST = 2;
const ABOVE = 3;
const AT_MOST = 4;
const BELOW = 5;
const MIN_LENGTH = 6;
const MAX_LENGTH = 7;

interface Refinement {
  readonly kind: number;
  readonly bound: number;
  readonly fn: ((value: unknown) => unknown) | null;
}

interface Node {
  readonly kind: number;
  readonly refinements: readonly Refinement[];
  readonly inner: Node | null;
  readonly keys: readonly string[];
  readonly fields: readonly Node[];
  readonly known: ReadonlySet<string> | null;
}

function node(kind: number, def: SchemaDef, inner: Node | null = null, keys: readonly string[] = [], fields: readonly Node[] = []): Node {
  const refinements = (def.checks ?? []).map((check) => refinement(check._zod.def));
  return { kind, refinements, inner, keys, fields, known: kind === STRICT_OBJECT ? new Set(keys) : null };
}

function refinement(def: CheckDef): Refinement {
  const { check } = def;
  const bound = (kind: number, value: unknown): Refinement => ({ kind, bound: value as number, fn: null });
  if (check === 'custom' && typeof def.fn === 'function') return { kind: CUSTOM, bound: 0, fn: def.fn as (value: unknown) => unknown };
  if (check === 'number_format' && def.format === 'safeint') return bound(SAFE_INT, 0);
  if (check === 'greater_than') return bound(def.inclusive === true ? AT_LEAST : ABOVE, def.value);
  if (check === 'less_than') return bound(def.inclusive === true ? AT_MOST : BELOW, def.value);
  if (check === 'min_length' && def.minimum !== undefined) return bound(MIN_LENGTH, def.minimum);
  if (check === 'max_length' && def.maximum !== undefined) return bound(MAX_LENGTH, def.maximum);
  throw unsupported(`${String(check)} check`);
}

function compile(schema: unknown): Node {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return node(OPTIONAL, def, compile(def.innerType));
    case 'readonly':
      return compile(def.innerType);
    case 'string':
      return node(STRING, def);
    case 'number':
      return node(NUMBER, def);
    case 'boolean':
      return node(BOOLEAN, def);
    case 'array':
      return node(ARRAY, def, compile(def.element));
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      if (def.catchall !== undefined && !strict) throw unsupported('object with a catchall');
      const entries = Object.entries(def.shape ?? {});
      return node(strict ? STRICT_OBJECT : OBJECT, def, null, entries.map(([key]) => key), entries.map(([, field]) => compile(field)));
    }
    case 'record': {
      const keyDef = defOf(def.keyType);
      if (keyDef.type !== 'string' || (keyDef.checks ?? []).length > 0) throw unsupported('record not keyed by plain strings');
      return node(RECORD, def, compile(def.valueType));
    }
    default:
      throw unsupported(String(def.type));
  }
}

function refined(refinements: readonly Refinement[], value: unknown): boolean {
  for (let i = 0; i < refinements.length; i++) {
    const { kind, bound, fn } = refinements[i] as Refinement;
    const ok =
      kind === CUSTOM ? (fn as (value: unknown) => unknown)(value) === true
      : kind === SAFE_INT ? Number.isSafeInteger(value)
      : kind === AT_LEAST ? (value as number) >= bound
      : kind === ABOVE ? (value as number) > bound
      : kind === AT_MOST ? (value as number) <= bound
      : kind === BELOW ? (value as number) < bound
      : kind === MIN_LENGTH ? (value as { length: number }).length >= bound
      : (value as { length: number }).length <= bound;
    if (!ok) return false;
  }
  return true;
}

/** Whether `value` passes `plan`: the type first, then every refinement. */
function passes(plan: Node, value: unknown): boolean {
  switch (plan.kind) {
    case OPTIONAL:
      return value === undefined || passes(plan.inner as Node, value);
    case STRING:
      if (typeof value !== 'string') return false;
      break;
    case NUMBER:
      // zod 4 numbers are finite: NaN and the infinities are rejected.
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      break;
    case BOOLEAN:
      if (typeof value !== 'boolean') return false;
      break;
    case ARRAY: {
      if (!Array.isArray(value)) return false;
      // An index loop: a hole in a sparse array is read as undefined, as zod reads it.
      for (let i = 0; i < value.length; i++) if (!passes(plan.inner as Node, value[i])) return false;
      break;
    }
    case RECORD: {
      if (!isPlainObject(value)) return false;
      for (const key of Reflect.ownKeys(value)) {
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        if (typeof key === 'symbol' || !passes(plan.inner as Node, value[key])) return false;
      }
      break;
    }
    default: {
      if (!isObject(value)) return false;
      const { keys, fields, known } = plan;
      for (let i = 0; i < keys.length; i++) if (!passes(fields[i] as Node, value[keys[i] as string])) return false;
      if (known !== null) for (const key in value) if (!known.has(key)) return false;
    }
  }
  return plan.refinements.length === 0 || refined(plan.refinements, value);
}

/** Helpers the generated code calls: container checks with their element's compiled check. */
const HELPERS = {
  isObject,
  array: (check: (value: unknown) => boolean, value: unknown): boolean => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
    return true;
  },
  record: (check: (value: unknown) => boolean, value: unknown): boolean => {
    if (!isPlainObject(value)) return false;
    for (const key of Reflect.ownKeys(value)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
      if (typeof key === 'symbol' || !check(value[key])) return false;
    }
    return true;
  },
  strict: (known: ReadonlySet<string>, value: object): boolean => {
    for (const key in value) if (!known.has(key)) return false;
    return true;
  },
};

/**
 * The plan as the source of one function, as a hand-written check would be: each part an
 * expression on `value` (a field read is `value["key"]`, the key written by JSON.stringify).
 * Refinements, bounds, key sets and element checks are passed in `parts`, never written into the code.
 */
function generate(plan: Node): (value: unknown) => boolean {
  const parts: unknown[] = [];
  const part = (value: unknown): string => `p[${parts.push(value) - 1}]`;
  const refinements = (list: readonly Refinement[], e: string): string =>
    list
      .map(({ kind, bound, fn }) => {
        if (kind === CUSTOM) return ` && ${part(fn)}(${e}) === true`;
        if (kind === SAFE_INT) return ` && Number.isSafeInteger(${e})`;
        const operator = kind === AT_LEAST || kind === MIN_LENGTH ? '>=' : kind === ABOVE ? '>' : kind === AT_MOST || kind === MAX_LENGTH ? '<=' : '<';
        return ` && ${kind >= MIN_LENGTH ? `${e}.length` : e} ${operator} ${part(bound)}`;
      })
      .join('');
  // `e` is always a plain name (the argument or a local), so reading it again costs nothing.
  const expression = (node: Node, e: string): string => {
    const rest = refinements(node.refinements, e);
    switch (node.kind) {
      case OPTIONAL:
        return `(${e} === undefined || ${expression(node.inner as Node, e)})`;
      case STRING:
        return `(typeof ${e} === "string"${rest})`;
      case NUMBER:
        return `(typeof ${e} === "number" && Number.isFinite(${e})${rest})`;
      case BOOLEAN:
        return `(typeof ${e} === "boolean"${rest})`;
      case ARRAY:
        return `(h.array(${part(generate(node.inner as Node))}, ${e})${rest})`;
      case RECORD:
        return `(h.record(${part(generate(node.inner as Node))}, ${e})${rest})`;
      default:
        return `${part(generate(node))}(${e})`;
    }
  };
  let body: string;
  if (plan.kind === OBJECT || plan.kind === STRICT_OBJECT) {
    // An object: each field read once into a local, then tested, as a hand-written check would.
    const fields = plan.keys.map((key, i) => `const v${i} = value[${JSON.stringify(key)}];\n  if (!${expression(plan.fields[i] as Node, `v${i}`)}) return false;`);
    const strict = plan.known === null ? '' : `\n  if (!h.strict(${part(plan.known)}, value)) return false;`;
    body = `return (value) => {\n  if (!h.isObject(value)) return false;\n  ${fields.join('\n  ')}${strict}\n  return true${refinements(plan.refinements, 'value')};\n};`;
  } else body = `return (value) => ${expression(plan, 'value')};`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is built from the schema's structure only: keys go through JSON.stringify, values through `p`.
  const make = new Function('p', 'h', body) as (p: unknown[], h: typeof HELPERS) => (value: unknown) => boolean;
  return make(parts, HELPERS);
}

/**
 * Compiles a zod schema into a fast yes/no check that accepts exactly what the schema accepts:
 * the one hand-written kernel of the library, for hot paths that read one record per call (bulk
 * eligibility screening), where a zod parse would cost several times the work it guards. The
 * schema stays the single source: the check is read from it, and a property test proves the two
 * agree. When the check says no, parse with the schema ({@link parseWithSchema}) to report every
 * issue in the library's words.
 *
 * Supports strings, finite numbers, booleans, arrays, objects (stripped or strict), records keyed
 * by strings, `optional` and `readonly`, with lengths, bounds, `int()` and refinements.
 *
 * @param schema - A zod schema made of the supported parts.
 * @returns A function that returns `true` exactly when `schema.safeParse(value).success`.
 * @throws {@link SocialPrescribingError} `core/invalid-argument` for a schema with any other part (a
 * union, a transform, a default...).
 * @category Errors
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { compileCheck, IsoDateSchema } from 'social-prescribing/core';
 *
 * const check = compileCheck(z.object({ born: IsoDateSchema.optional(), age: z.number().int().min(0).max(150).optional() }));
 * [check({ born: '1986-02-10' }), check({ age: 39 }), check({ age: -1 }), check({ born: '1986-02-30' }), check(null)];
 * //=> [true, true, false, false, false]
 * compileCheck(z.union([z.string(), z.number()]));
 * //=> throws 'core/invalid-argument'
 * ```
 */
export function compileCheck(schema: z.ZodType): (value: unknown) => boolean {
  const given: unknown = schema;
  if (!isObject((given as { _zod?: unknown } | null)?._zod)) {
    throw new SocialPrescribingError('core/invalid-argument', [{ path: [], message: 'needs a zod schema' }]);
  }
  const plan = compile(schema);
  try {
    return generate(plan);
  } catch {
    // Where code may not be generated (a Content-Security-Policy without 'unsafe-eval'), the plan is walked instead.
    return (value) => passes(plan, value);
  }
}
