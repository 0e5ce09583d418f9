import type { Scheme } from './schemas.js';
import { schemes } from './presets.js';

// Built once: results carry a scheme's kebab-case id, while `schemes` is keyed in camelCase for code.
let byId: ReadonlyMap<string, Scheme> | undefined;

/**
 * The preset scheme with this id (`'ways-to-wellness'`), as results carry it, or `null` when no
 * preset has it: the way back from a result's `schemeId` to the scheme, since {@link schemes} is
 * keyed in camelCase for code (`schemes.waysToWellness`).
 *
 * @param id - A scheme id, such as a result's `schemeId`.
 * @returns The frozen preset, or `null`.
 * @category Schemes
 * @example
 * ```ts
 * import { schemeById, schemes } from 'social-prescribing/eligibility';
 *
 * schemeById('ways-to-wellness') === schemes.waysToWellness;
 * //=> true
 * schemeById('no-such-scheme');
 * //=> null
 * ```
 */
export function schemeById(id: string): Scheme | null {
  byId ??= new Map(Object.values(schemes).map((scheme: Scheme) => [scheme.id, scheme]));
  // A non-string id finds nothing: Map lookups never coerce.
  return byId.get(id) ?? null;
}
