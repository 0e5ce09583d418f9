/**
 * Validates each scheme object once and keeps its compiled form, so repeated
 * checks against the same scheme pay for validation and compilation only once.
 * Schemes are treated as immutable values: a scheme object changed after its
 * first use keeps its first meaning.
 *
 * @module
 */
import { defineScheme } from './defineScheme.js';
import { compileCriterion, type Compiled } from './engine.js';
import type { Scheme } from './schemas.js';

/** A validated scheme and its compiled criteria. */
export interface Prepared {
  readonly scheme: Scheme;
  readonly criteria: Compiled;
}

const cache = new WeakMap<object, Prepared>();

/**
 * The validated, compiled form of `scheme`; throws the codes of {@link defineScheme}.
 *
 * @example
 * ```ts
 * import { prepareScheme } from './prepare.js';
 *
 * const scheme = { id: 'over-40s', name: 'Over 40s', criteria: { kind: 'age', min: 40 } };
 * const prepared = prepareScheme(scheme);
 * prepared.scheme;
 * //=> { id: 'over-40s', name: 'Over 40s', criteria: { kind: 'age', min: 40 } }
 *
 * // The second check of the same scheme (or of its validated copy) reuses the first preparation.
 * prepareScheme(scheme) === prepared && prepareScheme(prepared.scheme) === prepared;
 * //=> true
 * prepareScheme({ id: 'x', name: 'X', criteria: { kind: 'postcode', anyOf: ['GU21'] } });
 * //=> throws 'eligibility/invalid-scheme'
 * ```
 */
export function prepareScheme(scheme: unknown): Prepared {
  // A WeakMap answers `undefined` for a key that is not an object, so no type guard is needed.
  const hit = cache.get(scheme as object);
  if (hit !== undefined) return hit;
  const valid = defineScheme(scheme);
  const prepared: Prepared = { scheme: valid, criteria: compileCriterion(valid.criteria) };
  cache.set(scheme as object, prepared);
  cache.set(valid, prepared);
  return prepared;
}
