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

/** The validated, compiled form of `scheme`; throws the codes of {@link defineScheme}. */
export function prepareScheme(scheme: unknown): Prepared {
  if (typeof scheme === 'object' && scheme !== null) {
    const hit = cache.get(scheme);
    if (hit !== undefined) return hit;
  }
  const valid = defineScheme(scheme);
  const prepared: Prepared = { scheme: valid, criteria: compileCriterion(valid.criteria) };
  cache.set(scheme as object, prepared);
  cache.set(valid, prepared);
  return prepared;
}
