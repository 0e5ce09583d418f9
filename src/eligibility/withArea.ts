import { keyLabel, normaliseArea, SocialPrescribingError } from '../core/index.js';
import { defineScheme } from './defineScheme.js';
import { prepareScheme } from './prepare.js';
import type { Criterion, RegisteredWithCriterion, ResidentInCriterion, Scheme } from './schemas.js';

/**
 * Area values for {@link withArea}: one list for every unset area criterion, or a
 * list per criterion id.
 *
 * @category Schemes
 */
export type AreaValues = readonly string[] | Readonly<Record<string, readonly string[]>>;

/** Whether a criterion is an area criterion whose values have not been set. */
export function isUnsetArea(criterion: Criterion): criterion is ResidentInCriterion | RegisteredWithCriterion {
  if (criterion.kind === 'residentIn') return criterion.anyOf.length === 0;
  if (criterion.kind === 'registeredWith') return (criterion.practices ?? []).length === 0 && (criterion.pcns ?? []).length === 0;
  return false;
}

/**
 * Sets the area of a scheme whose source names an area without giving its codes: the
 * practices of "the former NHS Newcastle West CCG", the PCNs of "North West Surrey",
 * the wards of "Sheerwater and Maybury". Presets leave such areas unset (an empty
 * `practices`, `pcns` or `anyOf`), and an unset area makes every decision
 * `needs-information` with `scheme.area` in `missing`, so a preset never pretends to
 * know codes it does not.
 *
 * Pass one list to fill every unset area criterion, or an object keyed by criterion id
 * to fill them one by one. A `registeredWith` criterion is filled in the list it
 * declares (`practices` or `pcns`). Values are compared ignoring case and extra spaces.
 *
 * @param scheme - A scheme with at least one unset area criterion.
 * @param values - The practice codes, PCN ids or area names.
 * @returns A new, validated scheme; the input is not changed.
 * @throws {@link core!SocialPrescribingError} `eligibility/invalid-area` when a list is empty, holds a
 * non-string or an empty string, or repeats a value; `eligibility/no-area-to-set` when the scheme has no unset
 * area criterion, or no unset area criterion with a given id; the codes of {@link defineScheme}.
 * @category Schemes
 * @example
 * ```ts
 * import { schemes, withArea } from 'social-prescribing/eligibility';
 *
 * const lac = withArea(schemes.localAreaCoordinator, ['Canalside', 'Goldsworth Park']);
 * lac.criteria.kind === 'all' && lac.criteria.of[0];
 * //=> { kind: 'residentIn', id: 'area', label: 'Sheerwater and Maybury', areaType: 'ward', anyOf: ['Canalside', 'Goldsworth Park'] }
 * withArea(lac, ['Byfleet']);
 * //=> throws 'eligibility/no-area-to-set'
 * withArea(schemes.localAreaCoordinator, []);
 * //=> throws 'eligibility/invalid-area'
 * ```
 */
export function withArea(scheme: Scheme, values: AreaValues): Scheme {
  const valid = prepareScheme(scheme).scheme;
  const byId = Array.isArray(values) ? null : (values as Readonly<Record<string, readonly string[]>>);
  if (byId === null) checkValues(values, []);
  else if (typeof byId !== 'object' || Object.keys(byId).length === 0) {
    throw new SocialPrescribingError('eligibility/invalid-area', [{ path: [], message: 'must be a list of values or an object of lists by criterion id' }]);
  } else Object.entries(byId).forEach(([id, list], position) => { checkValues(list, [keyLabel(id, position)]); });
  const used = new Set<string>();
  let filled = 0;
  const fill = (criterion: Criterion): Criterion => {
    if (criterion.kind === 'all' || criterion.kind === 'any') return { ...criterion, of: criterion.of.map(fill) };
    if (criterion.kind === 'not') return { ...criterion, criterion: fill(criterion.criterion) };
    if (!isUnsetArea(criterion)) return criterion;
    let list: readonly string[] | undefined;
    if (byId === null) list = values as readonly string[];
    else if (criterion.id !== undefined && Object.hasOwn(byId, criterion.id)) {
      list = byId[criterion.id];
      used.add(criterion.id);
    }
    if (list === undefined) return criterion;
    filled++;
    return criterion.kind === 'residentIn'
      ? { ...criterion, anyOf: [...list] }
      : criterion.practices !== undefined
        ? { ...criterion, practices: [...list] }
        : { ...criterion, pcns: [...list] };
  };
  const criteria = fill(valid.criteria);
  const unmatched = byId === null ? [] : Object.keys(byId).flatMap((id, position) => (used.has(id) ? [] : [keyLabel(id, position)]));
  if (filled === 0 || unmatched.length > 0) {
    throw new SocialPrescribingError(
      'eligibility/no-area-to-set',
      unmatched.length > 0
        ? unmatched.map((id) => ({ path: [id], message: 'is not the id of an unset area criterion in this scheme' }))
        : [{ path: [], message: 'the scheme has no unset area criterion' }],
    );
  }
  return defineScheme({ ...valid, criteria });
}

function checkValues(list: unknown, path: readonly (string | number)[]): void {
  const fail = (at: readonly (string | number)[], message: string): never => {
    throw new SocialPrescribingError('eligibility/invalid-area', [{ path: at, message }]);
  };
  if (!Array.isArray(list) || list.length === 0) fail(path, 'must be a non-empty list of values');
  const seen = new Set<string>();
  (list as unknown[]).forEach((value, i) => {
    if (typeof value !== 'string' || value.trim().length === 0) fail([...path, i], 'must be a non-empty string');
    // Areas compare ignoring case and spaces, so 'A1' and 'a1 ' are one area.
    const area = normaliseArea(value as string);
    if (seen.has(area)) fail([...path, i], 'repeats an earlier value (areas compare ignoring case and spaces)');
    seen.add(area);
  });
}
