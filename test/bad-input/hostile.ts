/**
 * Hostile values, fake personal data and the checks every catalogue case makes.
 */
import { SocialPrescribingError, deepFreeze } from '../../src/core/index.js';

/** A fake NHS number written two ways, and a fake birth date: seeded into every case, never allowed in an error. */
export const NHS_SPACED = '943 476 5919';
export const NHS_COMPACT = '9434765919';
export const BIRTH_DATE = '1961-02-14';
export const PERSON_NAME = 'Jane Smith';
export const PERSONAL_DATA = [NHS_SPACED, NHS_COMPACT, BIRTH_DATE, PERSON_NAME] as const;

/** Object text with `__proto__` and `constructor` keys, as a JSON file could hold them. */
export const PROTO_JSON = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

const DEPTH = 1000;

/** A criterion nested `depth` levels deep through alternating `all`, `any` and `not` combinators. */
export function deepCriterion(depth: number = DEPTH): unknown {
  let node: unknown = { kind: 'age', min: 18 };
  for (let level = 0; level < depth; level++) {
    const turn = level % 3;
    node = turn === 0 ? { kind: 'not', criterion: node } : turn === 1 ? { kind: 'all', of: [node] } : { kind: 'any', of: [node] };
  }
  return node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function withProtoKeys(current: unknown): unknown {
  const parsed = JSON.parse(PROTO_JSON) as Record<string, unknown>;
  if (!isPlainObject(current)) return parsed;
  const merged: Record<string, unknown> = { ...current };
  for (const key of Object.keys(parsed)) Object.defineProperty(merged, key, { value: parsed[key], enumerable: true, writable: true, configurable: true });
  return merged;
}

/**
 * The big hostile values, built once and shared by every case. The criterion is deeply frozen, so
 * no call can change it (an attempt throws, and the case reports the error), and the mutation
 * check compares it by identity instead of copying and walking its 3,000 objects on every call.
 */
const DEEP_CRITERION = deepFreeze(deepCriterion());
const LONG_STRING = `${NHS_SPACED} `.repeat(8_000);

/** A hostile value: built from the valid value it replaces, so arrays can be multiplied and objects extended. */
export interface Hostile {
  readonly name: string;
  readonly make: (current: unknown) => unknown;
  /** Set when `make` returns one deeply frozen value shared by every case: compared by identity, never copied. */
  readonly frozen?: true;
}

/** Marks a field to delete (or a trailing argument to leave out) rather than set. */
export const ABSENT: unique symbol = Symbol('absent');

export const HOSTILE_VALUES: readonly Hostile[] = [
  { name: 'absent', make: () => ABSENT },
  { name: 'undefined', make: () => undefined },
  { name: 'null', make: () => null },
  { name: 'NaN', make: () => Number.NaN },
  { name: 'Infinity', make: () => Number.POSITIVE_INFINITY },
  { name: '-Infinity', make: () => Number.NEGATIVE_INFINITY },
  { name: '-0', make: () => -0 },
  { name: 'huge number', make: () => 1e308 },
  { name: 'unsafe integer', make: () => 2 ** 53 + 2 },
  { name: 'empty array', make: () => [] },
  {
    name: '10,000-element array',
    make: (current) => {
      const item: unknown = Array.isArray(current) && current.length > 0 ? current[0] : current ?? 1;
      return new Array<unknown>(10_000).fill(item);
    },
  },
  { name: 'number as string (NHS number)', make: () => NHS_COMPACT },
  { name: 'NHS number with spaces', make: () => NHS_SPACED },
  { name: 'birth date', make: () => BIRTH_DATE },
  { name: 'date 2025-02-30', make: () => '2025-02-30' },
  { name: 'date 2025-13-01', make: () => '2025-13-01' },
  { name: 'empty string', make: () => '' },
  { name: '__proto__ and constructor keys', make: withProtoKeys },
  // A key supplied in data is never echoed (issue 14): records keyed by an NHS number, a birth date and a name, wherever an object or value goes.
  { name: 'object keyed by NHS number and a name', make: () => ({ [NHS_COMPACT]: BIRTH_DATE, [NHS_SPACED]: 1, [PERSON_NAME]: true }) },
  { name: 'combinators 1,000 deep', make: () => DEEP_CRITERION, frozen: true },
  { name: 'bigint', make: () => 10n },
  { name: 'symbol', make: () => Symbol('hostile') },
  { name: 'function', make: () => () => 1 },
  // eslint-disable-next-line no-sparse-arrays
  { name: 'sparse array', make: () => [, 1, , 2] as unknown[] },
  { name: '100,000-character string', make: () => LONG_STRING },
  { name: 'duplicated ids', make: (current) => (Array.isArray(current) ? [...current, ...current] : [current, current]) },
];

export const CODE_PATTERN = /^[a-z-]+\/[a-z0-9-]+$/;

/** Problems with a thrown value: not a {@link SocialPrescribingError}, an unstable code, malformed issues or personal data. */
export function errorProblems(error: unknown): string[] {
  if (!(error instanceof SocialPrescribingError)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [`threw something other than SocialPrescribingError: ${shown.slice(0, 200)}`];
  }
  const problems: string[] = [];
  if (!CODE_PATTERN.test(error.code)) problems.push(`unstable code ${error.code}`);
  if (!Array.isArray(error.issues)) problems.push('issues is not an array');
  else if (!error.issues.every((issue) => Array.isArray(issue.path) && typeof issue.message === 'string')) problems.push('malformed issue');
  const text = `${error.message}\n${JSON.stringify(error.issues)}`;
  for (const secret of PERSONAL_DATA) if (text.includes(secret)) problems.push(`error echoes personal data (${error.code})`);
  return problems;
}

const MAX_NODES = 2_000_000;

/** Walks a result deeply: no NaN, no ±Infinity, no -0, no `undefined` property value. Returns the first problem path. */
export function findBadValue(value: unknown): string | null {
  // Most results are clean: a walk that keeps no paths says so, and only a result with a problem is walked again to name it.
  return isCleanData(value) ? null : pathOfBadValue(value);
}

/** A bad number: NaN, ±Infinity or -0. */
function isBadNumber(value: number): boolean {
  return !Number.isFinite(value) || Object.is(value, -0);
}

/**
 * Whether {@link findBadValue} finds nothing in `value`, walked without keeping paths: its stack
 * holds only the objects still to visit (a path-keeping walk holds every object it met, half a
 * million on a 10,000-element result). Gives up, as clean, after as many objects as it does.
 */
function isCleanData(value: unknown): boolean {
  if (typeof value === 'number') return !isBadNumber(value);
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    if (++visited > MAX_NODES) return true;
    seen.add(node);
    if (ArrayBuffer.isView(node)) {
      const view = node as unknown as ArrayLike<unknown>;
      for (let i = 0; i < view.length; i++) if (typeof view[i] === 'number' && isBadNumber(view[i] as number)) return false;
      continue;
    }
    if (node instanceof Map || node instanceof Set) {
      for (const item of node.values()) {
        if (typeof item === 'number' ? isBadNumber(item) : false) return false;
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'number') {
          if (isBadNumber(item)) return false;
        } else if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (item === undefined) return false;
      if (typeof item === 'number') {
        if (isBadNumber(item)) return false;
      } else if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return true;
}

/** The path of the first problem {@link findBadValue} finds, or `null`. */
function pathOfBadValue(value: unknown): string | null {
  const seen = new Set<object>();
  // Paths are built only for a problem: each stack entry points at its parent's entry and keeps its
  // raw key, written as `.key`, `[i]`, `.get(key)` or `.has()` from the parent's kind only then
  // (a string per node cost more than the walk on the catalogue's 10,000-element results).
  const nodes: unknown[] = [value];
  const parents: number[] = [-1];
  const keys: unknown[] = ['$'];
  const stack: number[] = [0];
  const push = (item: unknown, parent: number, key: unknown): void => {
    stack.push(nodes.length);
    nodes.push(item);
    parents.push(parent);
    keys.push(key);
  };
  const pathOf = (at: number): string => {
    const parts: string[] = [];
    for (let i = at; i !== -1; i = parents[i]!) {
      const parent = i === 0 ? undefined : nodes[parents[i]!];
      const key = keys[i];
      parts.push(
        parent === undefined
          ? String(key)
          : ArrayBuffer.isView(parent)
            ? `[${String(key)}]`
            : parent instanceof Map
              ? `.get(${String(key)})`
              : parent instanceof Set
                ? '.has()'
                : `.${String(key)}`,
      );
    }
    return parts.reverse().join('');
  };
  const badNumber = (at: number, node: number): string | null => {
    if (Number.isNaN(node)) return `${pathOf(at)} is NaN`;
    if (!Number.isFinite(node)) return `${pathOf(at)} is ${node}`;
    if (Object.is(node, -0)) return `${pathOf(at)} is -0`;
    return null;
  };
  let visited = 0;
  while (stack.length > 0) {
    const at = stack.pop()!;
    const node = nodes[at];
    if (++visited > MAX_NODES) return null;
    if (typeof node === 'number') {
      const bad = badNumber(at, node);
      if (bad !== null) return bad;
      continue;
    }
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (ArrayBuffer.isView(node)) {
      const view = node as unknown as ArrayLike<number>;
      for (let i = 0; i < view.length; i++) push(view[i], at, i);
      continue;
    }
    if (node instanceof Map) {
      for (const [key, item] of node) push(item, at, key);
      continue;
    }
    if (node instanceof Set) {
      for (const item of node) push(item, at, undefined);
      continue;
    }
    // Finite numbers other than -0 and primitives other than numbers cannot hold a bad value: they
    // are checked here without a stack entry. Array items may be undefined (holes are checked elsewhere).
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'number' ? !Number.isFinite(item) || Object.is(item, -0) : typeof item === 'object' && item !== null) push(item, at, i);
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (item === undefined) return `${pathOf(at)}.${key} is undefined`;
      if (typeof item === 'number' ? !Number.isFinite(item) || Object.is(item, -0) : typeof item === 'object' && item !== null) push(item, at, key);
    }
  }
  return null;
}

const BUILT_IN_PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;

/**
 * Snapshot of the built-in prototypes' own keys, in the engine's own order (stable until a key is
 * added or deleted; not sorting it halved the cost of a check made after every catalogue call).
 */
export function prototypeKeys(): string {
  return BUILT_IN_PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String).join(',')).join('|');
}

/**
 * How many own keys each built-in prototype has, as one number (each count is under 1,000): the
 * cheap check made after every catalogue call. A key added (or removed) changes it; the full
 * {@link prototypeKeys} snapshot, taken once per case, is what {@link restorePrototypes} restores.
 */
export function prototypeKeyCounts(): number {
  let counts = 0;
  for (const proto of BUILT_IN_PROTOTYPES) counts = counts * 1000 + Reflect.ownKeys(proto).length;
  return counts;
}

/** Deletes any own key added to the built-in prototypes since `before` was taken, so one polluting case cannot spoil the rest. */
export function restorePrototypes(before: string): void {
  const keep = before.split('|').map((keys) => new Set(keys.split(',')));
  BUILT_IN_PROTOTYPES.forEach((proto, i) => {
    for (const key of Reflect.ownKeys(proto)) if (typeof key === 'string' && !keep[i]!.has(key)) Reflect.deleteProperty(proto, key);
  });
}

/** True when `({}).polluted` or `[].polluted` shows pollution. */
export function polluted(): boolean {
  return ({} as Record<string, unknown>)['polluted'] !== undefined || ([] as unknown as Record<string, unknown>)['polluted'] !== undefined;
}

export { isPlainObject };

/**
 * Whether `after` holds the same data as `before` (in the catalogue, the arguments as they were
 * built, from {@link withValueAt}): the catalogue's check that a function left its input alone.
 * Compares values with `Object.is`, arrays by length, holes and items (not by named properties),
 * objects by own enumerable string keys, Dates, Maps and Sets by content; prototypes are not
 * compared. A pair of objects already seen is assumed equal, so a 10,000-element array of one
 * shared object, or a 1,000-deep tree, costs one visit per distinct object rather than one per
 * path (vitest's `toEqual` took 49 s of the catalogue's 67 s on those two values).
 */
export function sameData(after: unknown, before: unknown): boolean {
  // Each object's partner, or its partners once it has met a second one (a Set per object cost more than the compare).
  const seen = new Map<object, object | Set<object>>();
  const lefts: unknown[] = [after];
  const rights: unknown[] = [before];
  while (lefts.length > 0) {
    const a = lefts.pop();
    const b = rights.pop();
    if (Object.is(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    const partner = seen.get(a);
    if (partner === b || (partner instanceof Set && partner.has(b))) continue;
    if (partner === undefined) seen.set(a, b);
    else if (partner instanceof Set) partner.add(b);
    else seen.set(a, new Set([partner, b]));
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (a instanceof Date || b instanceof Date) {
      if (!(a instanceof Date && b instanceof Date) || !Object.is(a.getTime(), b.getTime())) return false;
      continue;
    }
    if (a instanceof Map || b instanceof Map || a instanceof Set || b instanceof Set) {
      if (a.constructor !== b.constructor) return false;
      const left = [...(a as Map<unknown, unknown>)];
      const right = [...(b as Map<unknown, unknown>)];
      if (left.length !== right.length) return false;
      left.forEach((entry, i) => {
        lefts.push(entry);
        rights.push(right[i]);
      });
      continue;
    }
    if (Array.isArray(a)) {
      // By index: keys as strings cost most of the check on 10,000-element arrays. Named
      // properties of an array (never data here) are not compared.
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = 0; i < a.length; i++) {
        const present = i in a;
        if (present !== i in other) return false;
        if (!present) continue;
        const left = a[i];
        const right = other[i];
        // The pair just queued again (a 10,000-element array of one value): one comparison is enough.
        if (i > 0 && left === a[i - 1] && right === other[i - 1] && i - 1 in a) continue;
        lefts.push(left);
        rights.push(right);
      }
      continue;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
      lefts.push((a as Record<string, unknown>)[key]);
      rights.push((b as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/** Thrown inside {@link copyData} for a value it does not copy. */
const NOT_DATA = new Error('not data');

/**
 * A deep copy of catalogue arguments, or `null` for a value that is not data (a class instance
 * other than Date, Map and Set, such as a zod schema). Keeps what {@link sameData} compares:
 * holes and lengths of arrays (not their named properties), `-0`, objects' own enumerable string
 * keys (a `__proto__` key as an own key, never as a prototype), null prototypes, and which
 * objects are shared. Functions and
 * symbols are kept as they are (structuredClone refuses them, which left such calls unchecked).
 * It replaced structuredClone in the catalogue, where copying arguments cost more than the calls.
 */
export function copyData<T>(value: T): T | null {
  const copies = new Map<object, unknown>();
  const copy = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    if (Array.isArray(item)) {
      const out = remember(item, new Array<unknown>(item.length));
      for (let i = 0; i < item.length; i++) {
        if (!(i in item)) continue;
        const element: unknown = item[i];
        // The same value as the item before (a 10,000-element array of one value): the same copy.
        out[i] = i > 0 && element === item[i - 1] && i - 1 in item ? out[i - 1] : copy(element);
      }
      // Named properties of an array are not data (JSON drops them, sameData does not compare them):
      // not copied, since listing an array's keys cost more than copying its 10,000 items.
      return out;
    }
    if (item instanceof Date) return remember(item, new Date(item.getTime()));
    if (item instanceof Map) {
      const out = remember(item, new Map());
      for (const [key, entry] of item) out.set(copy(key), copy(entry));
      return out;
    }
    if (item instanceof Set) {
      const out = remember(item, new Set());
      for (const entry of item) out.add(copy(entry));
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(item);
    if (proto !== Object.prototype && proto !== null) throw NOT_DATA;
    const out = remember(item, Object.create(proto) as Record<string, unknown>);
    for (const key of Object.keys(item)) define(out, key, copy((item as Record<string, unknown>)[key]));
    return out;
  };
  const remember = <C>(item: object, out: C): C => {
    copies.set(item, out);
    return out;
  };
  try {
    return copy(value) as T;
  } catch (error) {
    if (error === NOT_DATA) return null;
    throw error;
  }
}

/** Where a hostile value goes: argument index, then keys and array indexes. */
export type Path = readonly (string | number)[];

/**
 * Puts `value` at `key` of `parent`, or removes the key when it is {@link ABSENT}: a trailing
 * argument is left out (the argument list is shortened), an array element is spliced out and an
 * object key deleted.
 */
export function placeValue(parent: unknown, key: string | number, value: unknown, isArgumentList: boolean): void {
  const target = parent as Record<string | number, unknown>;
  if (value !== ABSENT) define(target, String(key), value);
  else if (isArgumentList) (parent as unknown[]).length = Math.min((parent as unknown[]).length, key as number);
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else Reflect.deleteProperty(target, key);
}

/**
 * `root` with `value` placed at `path` (see {@link placeValue}), sharing every subtree of `root`
 * off the path: only the arrays and objects along the path are copied (shallowly, keeping holes,
 * null prototypes and own `__proto__` keys). The catalogue compares a call's arguments with it
 * afterwards, so a snapshot costs the path, not a deep copy of every argument.
 */
export function withValueAt(root: readonly unknown[], path: Path, value: unknown): unknown[] {
  const top = shallowCopy(root) as unknown[];
  let node: Record<string | number, unknown> = top as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const child = shallowCopy(node[key] as object);
    define(node, String(key), child);
    node = child as Record<string | number, unknown>;
  }
  placeValue(node, path.at(-1)!, value, path.length === 1);
  return top;
}

function shallowCopy(item: object): object {
  const out: object = Array.isArray(item) ? new Array<unknown>(item.length) : (Object.create(Object.getPrototypeOf(item) as object | null) as object);
  for (const key of Object.keys(item)) define(out, key, (item as Record<string, unknown>)[key]);
  return out;
}

function define(target: object, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}
