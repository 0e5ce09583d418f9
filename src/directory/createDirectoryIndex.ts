import { SocialPrescribingError, type IsoDate } from '../core/index.js';
import { compileScheme, type EligibilityReferral, type Person } from '../eligibility/index.js';
import type { NeedCategory } from '../referrals/index.js';
import type { AssurancePolicy } from './assurancePolicies.js';
import { assessValidated, type ProviderAssessment } from './assessProvider.js';
import { placesOf, type PlacesStatus } from './places.js';
import type { Service } from './schemas.js';
import { readDate, readDirectory, readOptions, readPolicy } from './validate.js';

/**
 * Options of {@link createDirectoryIndex}.
 *
 * @category Matching
 */
export interface DirectoryIndexOptions {
  /** The date providers are assessed on. */
  readonly asOf: IsoDate;
  /** The assurance policy. Default {@link assurancePolicies}`.sefton`. */
  readonly policy?: AssurancePolicy;
}

/**
 * A directory prepared for many look-ups: every service validated once, its
 * provider assessed once, its eligibility scheme compiled once and the services
 * grouped by need. Pass it to {@link matchServices} and {@link provisionGaps} in
 * place of the array of services.
 *
 * The index is immutable; build a new one when the directory, the date or the
 * policy changes. Its compiled parts live outside the object, so the visible
 * fields are plain data, but a copy (such as a structured clone) is not an index.
 *
 * @category Matching
 */
export interface DirectoryIndex {
  /** Marks the object as an index. */
  readonly kind: 'directory-index';
  /** The date providers were assessed on. */
  readonly asOf: IsoDate;
  /** The assurance policy used. */
  readonly policy: AssurancePolicy;
  /** The validated services, in directory order. */
  readonly services: readonly Service[];
  /** Each service's provider assessment, in the same order. */
  readonly assessments: readonly ProviderAssessment[];
}

/** A compiled eligibility decision, or `null` when the service has no rules. */
export type Decider = ((person: Person, referral: EligibilityReferral) => 'eligible' | 'ineligible' | 'needs-information') | null;

/** The parts of an index that are not plain data. */
export interface IndexInternals {
  readonly deciders: readonly Decider[];
  readonly byNeed: ReadonlyMap<NeedCategory, readonly number[]>;
  /** Each service's place when sorted by name, then id (code-unit order, the same in every locale). */
  readonly rankOrder: Int32Array;
  /** The service at each place of that order. */
  readonly byRank: Int32Array;
  /** Scratch space for one match call: the call stamp and need count of each service. */
  readonly stamp: Int32Array;
  readonly counts: Int32Array;
  /** Each service's places, worked out once (see {@link placesOf}). */
  readonly places: readonly PlacesStatus[];
  /** The number of the last match call, for `stamp`. */
  call: number;
}

const internals = /* @__PURE__ */ new WeakMap<DirectoryIndex, IndexInternals>();

/**
 * Prepares a directory for many {@link matchServices} or {@link provisionGaps}
 * calls: validates each service once, assesses each provider once on `asOf`,
 * compiles each eligibility scheme once (with `compileScheme` of the eligibility
 * module) and groups the services by need.
 *
 * Matching 10,000 people against an index costs about as much as a hand-written
 * loop over compiled schemes; passing the array instead rebuilds the index on every call.
 *
 * @param directory - The services.
 * @param options - The assessment date and, optionally, the assurance policy.
 * @returns The index.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-directory` when `directory` is not an array;
 * `directory/invalid-service`, `directory/unknown-assurance-item` or `directory/duplicate-service-id` for a bad
 * service (path `['directory', index, ...]`); `directory/invalid-date`, `directory/invalid-policy`, `directory/invalid-options`.
 * @category Matching
 * @example
 * ```ts
 * import { createDirectoryIndex } from 'social-prescribing/directory';
 *
 * const index = createDirectoryIndex(
 *   [{ id: 'walk', name: 'Walk and Talk', organization: { id: 'o1' }, needs: ['social-isolation'] }],
 *   { asOf: '2025-06-01' },
 * );
 * [index.services.length, index.assessments[0]?.assured];
 * //=> [1, false]
 * createDirectoryIndex('services', { asOf: '2025-06-01' });
 * //=> throws 'directory/invalid-directory'
 * ```
 */
export function createDirectoryIndex(directory: readonly Service[], options: DirectoryIndexOptions): DirectoryIndex {
  const input = readOptions(options, 'createDirectoryIndex');
  const asOf = readDate(input.asOf, ['asOf']);
  const policy = readPolicy(input.policy);
  const services = readDirectory(directory);
  const assessments = services.map((service) => assessValidated(service, policy, asOf));
  const deciders: Decider[] = services.map((service) => (service.eligibility === undefined ? null : compileScheme(service.eligibility)));
  const byNeed = new Map<NeedCategory, number[]>();
  services.forEach((service, index) => {
    for (const need of service.needs) {
      const list = byNeed.get(need);
      if (list === undefined) byNeed.set(need, [index]);
      else list.push(index);
    }
  });
  const sorted = services.map((_, i) => i);
  sorted.sort((a, b) => compareText((services[a] as Service).name, (services[b] as Service).name) || compareText((services[a] as Service).id, (services[b] as Service).id));
  const rankOrder = new Int32Array(services.length);
  const byRank = new Int32Array(services.length);
  sorted.forEach((serviceIndex, place) => {
    rankOrder[serviceIndex] = place;
    byRank[place] = serviceIndex;
  });
  const index: DirectoryIndex = { kind: 'directory-index', asOf, policy, services, assessments };
  internals.set(index, {
    deciders,
    byNeed,
    rankOrder,
    byRank,
    stamp: new Int32Array(services.length),
    counts: new Int32Array(services.length),
    places: services.map(placesOf),
    call: 0,
  });
  return index;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The compiled parts of an index built by {@link createDirectoryIndex}. */
export function indexInternals(index: DirectoryIndex): IndexInternals {
  const found = internals.get(index);
  if (found === undefined) {
    throw new SocialPrescribingError('directory/invalid-directory', [
      { path: ['directory'], message: 'must be an array of services or an index from createDirectoryIndex' },
    ]);
  }
  return found;
}

/** An index for a directory argument: the index itself, or one built from an array. */
export function toIndex(directory: unknown, asOf: unknown, policy: unknown): DirectoryIndex {
  if (Array.isArray(directory)) {
    // An absent policy reaches readPolicy as undefined either way, which gives the default.
    return createDirectoryIndex(directory as readonly Service[], { asOf: asOf as IsoDate, policy: policy as AssurancePolicy });
  }
  indexInternals(directory as DirectoryIndex);
  return directory as DirectoryIndex;
}
