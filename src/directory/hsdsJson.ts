/**
 * JSON values carried through from HSDS untouched: the check, the copy and the
 * comparison the HSDS mapping needs.
 *
 * @module
 */

/**
 * A JSON value: what an HSDS field the library does not model can hold.
 *
 * @category HSDS
 */
export type HsdsJson = string | number | boolean | null | readonly HsdsJson[] | { readonly [key: string]: HsdsJson };

/** How deep a carried value may nest: the official HSDS 3.0 examples nest about ten levels. */
export const MAX_HSDS_DEPTH = 64;

function isPlainRecord(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether a value is JSON data nested at most {@link MAX_HSDS_DEPTH} deep: strings,
 * finite numbers other than `-0`, booleans, `null`, arrays and plain objects.
 *
 * @example
 * ```ts
 * import { isHsdsJson } from './hsdsJson.js';
 *
 * isHsdsJson({ phones: [{ id: 'p1', number: '0161 000 0000', extension: 100 }] });
 * //=> true
 * isHsdsJson({ extension: Number.NaN });
 * //=> false
 * isHsdsJson({ when: undefined });
 * //=> false
 * ```
 */
export function isHsdsJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth >= MAX_HSDS_DEPTH) return false;
  if (Array.isArray(value)) return (value as readonly unknown[]).every((item) => isHsdsJson(item, depth + 1));
  if (!isPlainRecord(value)) return false;
  return Object.values(value).every((item) => isHsdsJson(item, depth + 1));
}

/**
 * A deep copy of JSON data, with `-0` written `0` (JSON has one zero) and
 * properties set to `undefined` left out (as `JSON.stringify` does), or
 * `undefined` when the value is not JSON data nested at most {@link MAX_HSDS_DEPTH} deep.
 * Keys such as `__proto__` are copied as plain own keys.
 *
 * @example
 * ```ts
 * import { copyHsdsJson } from './hsdsJson.js';
 *
 * copyHsdsJson({ amount: -0, tags: ['a'], note: undefined });
 * //=> { amount: 0, tags: ['a'] }
 * copyHsdsJson({ amount: Number.POSITIVE_INFINITY });
 * //=> undefined
 * ```
 */
export function copyHsdsJson(value: unknown, depth = 0): HsdsJson | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : undefined;
  if (typeof value !== 'object' || depth >= MAX_HSDS_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const out: HsdsJson[] = [];
    for (const item of value as readonly unknown[]) {
      const copy = copyHsdsJson(item, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return out;
  }
  if (!isPlainRecord(value)) return undefined;
  const entries: [string, HsdsJson][] = [];
  for (const [key, item] of Object.entries(value)) {
    // As JSON.stringify does, a property set to undefined is left out.
    if (item === undefined) continue;
    const copy = copyHsdsJson(item, depth + 1);
    if (copy === undefined) return undefined;
    entries.push([key, copy]);
  }
  return Object.fromEntries(entries);
}

/**
 * Whether two JSON values are equal, ignoring the order of object keys.
 *
 * @example
 * ```ts
 * import { sameJson } from './hsdsJson.js';
 *
 * sameJson({ a: 1, b: [true, null] }, { b: [true, null], a: 1 });
 * //=> true
 * sameJson({ a: 1 }, { a: 1, b: 2 });
 * //=> false
 * ```
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as readonly unknown[];
    return a.length === other.length && (a as readonly unknown[]).every((item, i) => sameJson(item, other[i]));
  }
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return keys.length === Object.keys(other).length && keys.every((key) => Object.hasOwn(other, key) && sameJson((a as Record<string, unknown>)[key], other[key]));
}
