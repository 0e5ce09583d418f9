import type { Range } from '../core/index.js';
import { SocialPrescribingError } from '../core/index.js';

/** What a caseload number stands for: it picks the error code and the rule. */
type Quantity =
  | 'list-size'
  | 'rate'
  | 'people-per-worker'
  | 'wte'
  | 'weeks'
  | 'contacts'
  | 'working-days'
  | 'leave-days'
  | 'referrals';

/** The rule for each quantity; its error code is `caseload/invalid-<quantity>`. */
const rules: Record<Quantity, [message: string, ok: (value: number) => boolean]> = {
  'list-size': ['must be a whole number, 0 or more', (v) => Number.isSafeInteger(v) && v >= 0],
  rate: ['must be a proportion from 0 to 1', (v) => v >= 0],
  'people-per-worker': ['must be above 0', (v) => v > 0],
  wte: ['must be 0 or more', (v) => v >= 0],
  weeks: ['must be 0 or more', (v) => v >= 0],
  contacts: ['must be 0 or more', (v) => v >= 0],
  'working-days': ['must be from 1 to 366', (v) => v >= 1 && v <= 366],
  'leave-days': ['must be 0 or more', (v) => v >= 0],
  referrals: ['must be 0 or more', (v) => v >= 0],
};

function checkNumber(value: unknown, path: readonly (string | number)[], quantity: Quantity): number {
  const [message, ok] = rules[quantity];
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new SocialPrescribingError(`caseload/invalid-${quantity}`, [{ path, message }]);
  }
  // Beyond 2^53 - 1 no quantity here is meaningful, and products of such values overflow to Infinity.
  if (value > Number.MAX_SAFE_INTEGER) {
    throw new SocialPrescribingError(`caseload/invalid-${quantity}`, [{ path, message: 'must be at most 9007199254740991' }]);
  }
  // A rate above 1 is a distinct mistake (a percentage typed as 1.6 instead of 0.016).
  if (quantity === 'rate' && value > 1) {
    throw new SocialPrescribingError('caseload/rate-above-one', [
      { path, message: 'must be at most 1 (write 1.6% as 0.016)' },
    ]);
  }
  return value === 0 ? 0 : value; // normalise -0
}

/**
 * Reads a number or a `{ min, max }` range as a validated range.
 *
 * Every caseload input may be one estimate or a range of estimates, so the functions read both
 * the same way: a single number becomes `{ min: n, max: n }`. The quantity picks the rule and the
 * error code `caseload/invalid-<quantity>`; a rate above 1 (a percentage typed as 1.6 instead of
 * 0.016) has its own code.
 *
 * @throws SocialPrescribingError `caseload/invalid-<quantity>` for a value that breaks the quantity's rule,
 * `caseload/rate-above-one`, `caseload/inverted-range` when `min` is greater than `max`.
 * @example
 * ```ts
 * import { readRange } from './validate.js';
 *
 * readRange(0.016, ['rate'], 'rate');
 * //=> { min: 0.016, max: 0.016 }
 * readRange({ min: 0.009, max: 0.016 }, ['rate'], 'rate');
 * //=> { min: 0.009, max: 0.016 }
 * readRange(1.6, ['rate'], 'rate');
 * //=> throws 'caseload/rate-above-one'
 * readRange({ min: 0.016, max: 0.009 }, ['rate'], 'rate');
 * //=> throws 'caseload/inverted-range'
 * readRange(12.5, ['listSize'], 'list-size');
 * //=> throws 'caseload/invalid-list-size'
 * ```
 */
export function readRange(value: unknown, path: readonly (string | number)[], quantity: Quantity): Range {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const candidate = value as { min?: unknown; max?: unknown };
    const min = checkNumber(candidate.min, [...path, 'min'], quantity);
    const max = checkNumber(candidate.max, [...path, 'max'], quantity);
    if (min > max) {
      throw new SocialPrescribingError('caseload/inverted-range', [{ path, message: 'min must not be greater than max' }]);
    }
    return { min, max };
  }
  const single = checkNumber(value, path, quantity);
  return { min: single, max: single };
}

/**
 * Reads an options argument, which must be a plain object.
 *
 * Checked first, so that a call such as `expectedReferrals(null)` fails with a coded library
 * error naming the function rather than a `TypeError` from reading a field of `null`.
 *
 * @throws SocialPrescribingError `caseload/invalid-options` for `null`, an array or any other non-object.
 * @example
 * ```ts
 * import { readOptions } from './validate.js';
 *
 * readOptions({ listSize: 40_000 }, 'expectedReferrals');
 * //=> { listSize: 40_000 }
 * readOptions(null, 'expectedReferrals');
 * //=> throws 'caseload/invalid-options'
 * readOptions([40_000], 'expectedReferrals');
 * //=> throws 'caseload/invalid-options'
 * ```
 */
export function readOptions(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SocialPrescribingError('caseload/invalid-options', [{ path: [], message: `${name} must be an object` }]);
  }
  return value as Record<string, unknown>;
}

/**
 * Rounds to `places` decimal places, clearing floating-point noise such as 0.30000000000000004.
 *
 * The caseload results are rounded with it (whole referrals, WTE to 2 places), and it never
 * returns -0, so a gap that rounds to nothing is plain 0.
 *
 * @example
 * ```ts
 * import { roundTo } from './validate.js';
 *
 * roundTo(0.1 + 0.2, 2);
 * //=> 0.3
 * roundTo(639.6, 0);
 * //=> 640
 * Object.is(roundTo(-0.001, 2), 0);
 * //=> true
 * ```
 */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}
