import * as z from 'zod';
import type { Range } from '../core/index.js';
import { SocialPrescribingError, unknownOptionIssues, type ErrorCode, type ValidationIssue } from '../core/index.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** What a caseload number stands for: it picks the error code and the rule. */
export type Quantity =
  | 'list-size'
  | 'rate'
  | 'people-per-worker'
  | 'wte'
  | 'weeks'
  | 'contacts'
  | 'working-days'
  | 'leave-days'
  | 'referrals';

/**
 * The zod rule of each quantity: a number, or a `{ min, max }` range of them with `min <= max`. It is
 * the source of the rule {@link startChecks} follows by hand (zod would not fit in planCaseload's
 * no-zod size budget), and a property test proves the two accept and reject the same values.
 *
 * @example
 * ```ts
 * import { QUANTITY_SCHEMAS } from './validate.js';
 *
 * [QUANTITY_SCHEMAS.rate.safeParse(0.016).success, QUANTITY_SCHEMAS.rate.safeParse({ min: 0.009, max: 0.016 }).success];
 * //=> [true, true]
 * [QUANTITY_SCHEMAS.rate.safeParse(1.6).success, QUANTITY_SCHEMAS['list-size'].safeParse(1.5).success];
 * //=> [false, false]
 * ```
 */
export const QUANTITY_SCHEMAS = /* @__PURE__ */ (() => {
  const finite = () => z.number().max(MAX);
  const numbers: Record<Quantity, z.ZodNumber> = {
    'list-size': finite().int().min(0),
    rate: finite().min(0).max(1),
    'people-per-worker': finite().positive(),
    wte: finite().min(0),
    weeks: finite().min(0),
    contacts: finite().min(0),
    'working-days': finite().min(1).max(366),
    'leave-days': finite().min(0),
    referrals: finite().min(0),
  };
  const quantity = (number: z.ZodNumber) =>
    z.union([number, z.looseObject({ min: number, max: number }).refine((range) => range.min <= range.max, { message: 'min must not be greater than max' })]);
  return Object.fromEntries(Object.entries(numbers).map(([name, number]) => [name, quantity(number)])) as Record<Quantity, ReturnType<typeof quantity>>;
})();

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


/** What {@link startChecks} returns. */
export interface Checks {
  /** Reads a number or a `{ min, max }` range with the quantity's rule (a single number `n` as `{ min: n, max: n }`). */
  range(value: unknown, path: readonly (string | number)[], quantity: Quantity): Range;
  /** Records an issue with its code. */
  fail(code: ErrorCode, path: readonly (string | number)[], message: string): void;
  /** Throws every recorded issue, with the first one's code; does nothing when there is none. */
  done(): void;
}

/**
 * Collects every bad value of one call, so an error lists them all (not only the first): each
 * check records its issue and reads a bad value as 0 so checking can go on; `done` throws them
 * together, with the code of the first.
 *
 * @example
 * ```ts
 * import { startChecks } from './validate.js';
 *
 * const checks = startChecks();
 * checks.range(40_000, ['listSize'], 'list-size');
 * //=> { min: 40_000, max: 40_000 }
 * checks.range(-1, ['pcns', 0, 'listSize'], 'list-size');
 * //=> { min: 0, max: 0 }
 * checks.range(undefined, ['pcns', 1, 'listSize'], 'list-size');
 * //=> { min: 0, max: 0 }
 * checks.done();
 * //=> throws 'caseload/invalid-list-size'
 * const rates = startChecks();
 * rates.range({ min: 0.009, max: 0.016 }, ['rate'], 'rate');
 * //=> { min: 0.009, max: 0.016 }
 * rates.range(1.6, ['rate'], 'rate');
 * //=> { min: 0, max: 0 }
 * rates.done();
 * //=> throws 'caseload/rate-above-one'
 * const inverted = startChecks();
 * inverted.range({ min: 0.016, max: 0.009 }, ['rate'], 'rate');
 * //=> { min: 0.016, max: 0.009 }
 * inverted.done();
 * //=> throws 'caseload/inverted-range'
 * ```
 */
export function startChecks(): Checks {
  let code: ErrorCode | null = null;
  const issues: ValidationIssue[] = [];
  const fail = (problem: ErrorCode, path: readonly (string | number)[], message: string): void => {
    code ??= problem;
    issues.push({ path: [...path], message });
  };
  const number = (value: unknown, path: readonly (string | number)[], quantity: Quantity): number | null => {
    const [message, ok] = rules[quantity];
    const problem: ErrorCode = `caseload/invalid-${quantity}`;
    if (value === undefined) fail(problem, path, 'is required');
    else if (typeof value !== 'number' || !Number.isFinite(value)) fail(problem, path, message);
    // Beyond 2^53 - 1 no quantity here is meaningful, and products of such values overflow to Infinity.
    else if (value > MAX) fail(problem, path, `must be at most ${MAX}`);
    // A rate above 1 is a distinct mistake (a percentage typed as 1.6 instead of 0.016).
    else if (quantity === 'rate' && value > 1) fail('caseload/rate-above-one', path, 'must be at most 1 (write 1.6% as 0.016)');
    else if (!ok(value)) fail(problem, path, message);
    else return value === 0 ? 0 : value; // normalise -0
    return null;
  };
  return {
    range(value, path, quantity) {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const candidate = value as { min?: unknown; max?: unknown };
        const min = number(candidate.min, [...path, 'min'], quantity);
        const max = number(candidate.max, [...path, 'max'], quantity);
        if (min !== null && max !== null && min > max) fail('caseload/inverted-range', path, 'min must not be greater than max');
        return { min: min ?? 0, max: max ?? 0 };
      }
      const single = number(value, path, quantity) ?? 0;
      return { min: single, max: single };
    },
    fail,
    done() {
      if (code !== null) throw new SocialPrescribingError(code, issues);
    },
  };
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
export function readOptions(value: unknown, name: string, known?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SocialPrescribingError('caseload/invalid-options', [{ path: [], message: `${name} must be an object` }]);
  }
  // A misspelt option (wteInpost) is an error, never silently ignored.
  const unknown = known === undefined ? [] : unknownOptionIssues(value, known);
  if (unknown.length > 0) throw new SocialPrescribingError('caseload/invalid-options', unknown);
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
