import type { Scheme } from '../eligibility/index.js';
import type { ContactRoute } from './constants.js';

/** The `application_process` sentence {@link toHsds} writes for each contact route, read back by {@link fromHsds}. */
export const APPLICATION_PROCESS: Readonly<Record<ContactRoute, string>> = {
  'self-referral': 'Self-referral: contact the service directly.',
  referral: 'By referral only, for example from a social prescribing link worker.',
  either: 'Self-referral, or referral for example from a social prescribing link worker.',
};

type Criterion = Scheme['criteria'];

/**
 * The age limits every eligible person must meet: from an `age` criterion at the
 * root, or from `age` criteria under `all` combinators (the tightest bounds).
 * Limits inside `any` or `not` are not limits on everyone, so they are not read.
 *
 * {@link toHsds} writes them as HSDS `minimum_age` and `maximum_age`, which state limits
 * that apply to every user of the service.
 *
 * @example
 * ```ts
 * import { ageLimits } from './hsdsMapping.js';
 *
 * ageLimits({ kind: 'age', min: 18 });
 * //=> { min: 18, max: null }
 * ageLimits({ kind: 'all', of: [{ kind: 'age', min: 18 }, { kind: 'age', min: 40, max: 74 }, { kind: 'age', max: 65 }] });
 * //=> { min: 40, max: 65 }
 * ageLimits({ kind: 'any', of: [{ kind: 'age', min: 65 }, { kind: 'flag', name: 'carer' }] });
 * //=> { min: null, max: null }
 * ```
 */
export function ageLimits(criterion: Criterion): { min: number | null; max: number | null } {
  if (criterion.kind === 'age') return { min: criterion.min ?? null, max: criterion.max ?? null };
  if (criterion.kind !== 'all') return { min: null, max: null };
  let min: number | null = null;
  let max: number | null = null;
  for (const child of criterion.of) {
    const limits = ageLimits(child);
    if (limits.min !== null && (min === null || limits.min > min)) min = limits.min;
    if (limits.max !== null && (max === null || limits.max < max)) max = limits.max;
  }
  return { min, max };
}
