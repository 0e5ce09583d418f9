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

/** Reads a number or a `{ min, max }` range as a validated range. */
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

/** Reads an options argument, which must be a plain object. */
export function readOptions(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SocialPrescribingError('caseload/invalid-options', [{ path: [], message: `${name} must be an object` }]);
  }
  return value as Record<string, unknown>;
}

/** Rounds to `places` decimal places, clearing floating-point noise such as 0.30000000000000004. */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}
