import { isRecord, keyPlaceholder, normaliseArea, SocialPrescribingError, type IsoDate, type ValidationIssue } from '../core/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../referrals/index.js';
import type { AssurancePolicy } from './assurancePolicies.js';
import type { AssuranceItemAssessment } from './assessProvider.js';
import { CAPACITY_PERIODS, type CapacityPeriod } from './constants.js';
import { toIndex, type DirectoryIndex } from './createDirectoryIndex.js';
import { availabilityIn } from './places.js';
import type { Service } from './schemas.js';
import { readOptions } from './validate.js';

/**
 * People presenting with each need, in any of these shapes:
 *
 * - counts per need category: `{ housing: 130, 'money-and-debt': 130 }`;
 * - a list: `[{ need: 'housing', people: 130 }]`;
 * - an outcome summary row of the `outcomes` module (any object whose `needs`
 *   maps need categories to `{ count }`), such as `summary.total` or one of `summary.groups`;
 * - a whole outcome summary (an object with a `total` row): its total row is used.
 *
 * Counts are people in the period named by the `per` option (default a year).
 *
 * @category Gaps
 */
export type NeedsDemand =
  | Readonly<Partial<Record<NeedCategory, number>>>
  | readonly { readonly need: NeedCategory; readonly people: number }[]
  | { readonly needs: Readonly<Partial<Record<NeedCategory, { readonly count: number }>>> }
  | { readonly total: { readonly needs: Readonly<Partial<Record<NeedCategory, { readonly count: number }>>> } };

/**
 * Options of {@link provisionGaps}.
 *
 * @category Gaps
 */
export interface ProvisionGapsOptions {
  /** The date providers are assessed on; required with an array, taken from the index otherwise. */
  readonly asOf?: IsoDate;
  /** The assurance policy (with an array only). Default {@link assurancePolicies}`.sefton`. */
  readonly policy?: AssurancePolicy;
  /** Count only services whose `service_areas` name this area (compared ignoring case and surrounding spaces). */
  readonly area?: string;
  /** The period the demand counts cover; capacities are converted to it. Default `'year'`. */
  readonly per?: CapacityPeriod;
  /**
   * The unit of `availability` counted as places (compared ignoring case and
   * spaces around and between words). Default `'place'`.
   */
  readonly unit?: string;
}

/**
 * One need category in a gap table.
 *
 * @category Gaps
 */
export interface ProvisionGapRow {
  /** The need category. */
  readonly need: NeedCategory;
  /** People presenting with it in the period. */
  readonly demand: number;
  /** Assured, active services addressing it (in the area, when one is given). */
  readonly services: number;
  /** Their ids, in directory order. */
  readonly serviceIds: readonly string[];
  /** Their stated capacity in the period, summed, to 2 decimal places (0 when none states one). */
  readonly capacity: number;
  /** How many of them state no capacity: when above 0 the gap is an upper bound. */
  readonly servicesWithoutCapacity: number;
  /** `demand - capacity`, to 2 decimal places: positive is people without a place, negative spare places. */
  readonly gap: number;
  /** People presenting per counted service, to 2 decimal places; `null` when no service counts. */
  readonly peoplePerService: number | null;
  /** Places free now: the `available` figures in the `unit` of the counted services that state one, summed. */
  readonly placesAvailable: number;
  /** Counted services whose figure in the `unit` is 0: full (people wait or go elsewhere). */
  readonly servicesFull: number;
  /** Counted services that state no figure in the `unit`: when above 0, `placesAvailable` is a lower bound. */
  readonly servicesWithoutAvailability: number;
  /** The earliest `updatedOn` of the figures summed (how old the snapshot may be); `null` when none is. */
  readonly availabilityUpdatedFrom: IsoDate | null;
}

/**
 * Why a service was left out of a gap table.
 *
 * @category Gaps
 */
export type GapExclusionReason = 'unassured' | 'inactive' | 'outside-area' | 'no-area-recorded';

/**
 * A service left out of a gap table, with the reasons.
 *
 * @category Gaps
 */
export interface GapExclusion {
  /** The service. */
  readonly serviceId: string;
  /** Its name. */
  readonly name: string;
  /** Every reason it does not count. */
  readonly reasons: readonly GapExclusionReason[];
  /** The assurance items that are not current (empty when assured). */
  readonly assuranceProblems: readonly AssuranceItemAssessment[];
}

/**
 * Demand against assured provision for every need category: the table a commissioner takes to a meeting.
 *
 * @category Gaps
 */
export interface ProvisionGaps {
  /** The date providers were assessed on. */
  readonly asOf: IsoDate;
  /** The assurance policy used. */
  readonly policyId: string;
  /** The area filtered on, or `null` for the whole directory. */
  readonly area: string | null;
  /** The period demand and capacity are per. */
  readonly per: CapacityPeriod;
  /** The unit of `availability` counted as places. */
  readonly unit: string;
  /** One row per need category, largest gap first (then largest demand, then the order of `NEED_CATEGORIES`). */
  readonly rows: readonly ProvisionGapRow[];
  /** Every service that did not count, in directory order. */
  readonly excluded: readonly GapExclusion[];
}

const PER_YEAR: Readonly<Record<CapacityPeriod, number>> = { week: 365.25 / 7, month: 12, year: 1 };
const NEED_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(NEED_CATEGORIES);

function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}


function demandError(issues: ValidationIssue[]): never {
  throw new SocialPrescribingError('directory/invalid-demand', issues);
}

/** A count of people, or null after recording its issue (so every bad count is reported together). */
function checkCount(value: unknown, path: (string | number)[], issues: ValidationIssue[]): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) issues.push({ path, message: 'must be a number of people, 0 or more' });
  // Larger counts are not meaningful and overflow to Infinity when rounded.
  else if (value > Number.MAX_SAFE_INTEGER) issues.push({ path, message: 'must be at most 9007199254740991 people' });
  else return value === 0 ? 0 : value;
  return null;
}

/** A need category names itself (it is one of the library's own); any other key is the caller's, shown by position, never echoed. */
function needLabel(key: string, position: number): string {
  return NEED_SET.has(key) ? key : keyPlaceholder(position);
}

/** Reads any accepted demand shape into counts per need category; every bad entry is reported at once. */
export function readDemand(value: unknown): Map<NeedCategory, number> {
  const demand = new Map<NeedCategory, number>();
  const issues: ValidationIssue[] = [];
  const put = (need: unknown, count: number | null, path: (string | number)[]): void => {
    if (typeof need !== 'string' || !NEED_SET.has(need)) issues.push({ path, message: 'is not a need category' });
    else if (demand.has(need as NeedCategory)) issues.push({ path, message: 'repeats a need category' });
    else if (count !== null) demand.set(need as NeedCategory, count);
    // A bad count still claims its need, so a later repeat is reported as one.
    else demand.set(need as NeedCategory, 0);
  };
  if (Array.isArray(value)) {
    // An index loop: a hole is a missing entry, which forEach would skip.
    for (let index = 0; index < value.length; index++) {
      const entry: unknown = (value as unknown[])[index];
      if (!isRecord(entry)) issues.push({ path: ['needs', index], message: 'must be { need, people }' });
      else put(entry.need, checkCount(entry.people, ['needs', index, 'people'], issues), ['needs', index, 'need']);
    }
  } else if (!isRecord(value)) {
    issues.push({ path: ['needs'], message: 'must be counts per need, a list or an outcome summary' });
  } else {
    let row: Record<string, unknown> = value;
    let prefix: (string | number)[] = ['needs'];
    if (isRecord(value.total) && isRecord(value.total.needs)) {
      row = value.total;
      prefix = ['needs', 'total'];
    }
    if (isRecord(row.needs)) {
      for (const [position, [need, entry]] of Object.entries(row.needs).entries()) {
        const path = [...prefix, 'needs', needLabel(need, position)];
        if (!isRecord(entry)) issues.push({ path, message: 'must be { count }' });
        else put(need, checkCount(entry.count, [...path, 'count'], issues), path);
      }
    } else {
      for (const [position, [need, count]] of Object.entries(value).entries()) {
        const path = ['needs', needLabel(need, position)];
        put(need, checkCount(count, path, issues), path);
      }
    }
  }
  if (issues.length > 0) demandError(issues);
  return demand;
}

/**
 * For each need category, the people presenting with it against the assured,
 * active services that address it and their capacity, sorted by the largest gap.
 *
 * A service counts when its provider is assured on `asOf` (see {@link assessProvider}),
 * its `status` is active and, when `area` is given, one of its `service_areas` has that name.
 * Every other service is listed in `excluded` with its reasons, never dropped silently.
 * A service's capacity counts towards each need it addresses (a service that takes
 * 100 people a year for housing and debt is 100 places for each); a service with no
 * stated capacity adds to `services` but not to `capacity`, and is counted in
 * `servicesWithoutCapacity`, so its row's gap is an upper bound. Adding a service
 * never widens a gap.
 *
 * Places free now, where known: each row also sums the `available` figures of the
 * counted services' {@link ServiceAvailability} in the `unit` (default `'place'`)
 * as `placesAvailable`, counts the services at 0 (`servicesFull`) and the services
 * stating no figure in that unit (`servicesWithoutAvailability`, so `placesAvailable`
 * is then a lower bound), and gives the earliest `updatedOn` summed. These are counts
 * on a date, beside the period's demand and rate: they do not change `capacity`, `gap`
 * or the order of the rows. A full service still counts in `services`: it has a rate
 * of places, and is where a waiting list forms.
 *
 * @param directory - The services, or an index from {@link createDirectoryIndex}.
 * @param needs - People presenting with each need (see {@link NeedsDemand}); categories left out count 0.
 * @param options - `asOf` (required with an array), `policy`, `area`, `per` and `unit`.
 * @returns The gap table and the excluded services.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-demand` for an unknown or repeated need category or
 * a count that is negative or not a number; `directory/invalid-options` for a bad `area`, `per` or `unit`, or `policy`
 * given with an index; and the codes of {@link createDirectoryIndex}.
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022): communities and prevention coordinators "produce a database of
 * community services in each area and work with the local community to address gaps identified in each area"
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber): link workers "identify gaps in provision"
 * @category Gaps
 * @example
 * ```ts
 * import { provisionGaps } from 'social-prescribing/directory';
 *
 * const held = { held: true, lastReviewed: '2025-01-10' };
 * const policy = { id: 'p', name: 'Safeguarding', policies: ['safeguarding'], insurances: [], reviewWithinMonths: 12 };
 * const directory = [
 *   { id: 'debt', name: 'Debt advice', organization: { id: 'o1' }, needs: ['money-and-debt'],
 *     capacity: { people: 5, per: 'month' }, assurance: { policies: { safeguarding: held } },
 *     availability: [{ unit: 'place', available: 2, maximum: 5, updatedOn: '2025-05-30' }] },
 *   { id: 'walk', name: 'Walk and Talk', organization: { id: 'o2' }, needs: ['social-isolation'] },
 * ];
 * const gaps = provisionGaps(directory, { 'money-and-debt': 130, 'social-isolation': 160 }, { asOf: '2025-06-01', policy });
 * gaps.rows.slice(0, 2).map((row) => [row.need, row.demand, row.capacity, row.gap]);
 * //=> [['social-isolation', 160, 0, 160], ['money-and-debt', 130, 60, 70]]
 * gaps.rows.slice(0, 2).map((row) => [row.need, row.placesAvailable, row.servicesFull, row.servicesWithoutAvailability]);
 * //=> [['social-isolation', 0, 0, 0], ['money-and-debt', 2, 0, 0]]
 * gaps.excluded.map((e) => [e.serviceId, e.reasons]);
 * //=> [['walk', ['unassured']]]
 * ```
 */
export function provisionGaps(directory: readonly Service[] | DirectoryIndex, needs: NeedsDemand, options: ProvisionGapsOptions = {}): ProvisionGaps {
  const input = readOptions(options, 'provisionGaps');
  if (!Array.isArray(directory) && (input.asOf !== undefined || input.policy !== undefined)) {
    throw new SocialPrescribingError('directory/invalid-options', [
      { path: [input.asOf !== undefined ? 'asOf' : 'policy'], message: 'is set by the index; leave it out when passing an index' },
    ]);
  }
  const area = input.area;
  if (area !== undefined && (typeof area !== 'string' || area.trim() === '')) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['area'], message: 'must be a non-empty string' }]);
  }
  const per = input.per ?? 'year';
  if (typeof per !== 'string' || !(CAPACITY_PERIODS as readonly string[]).includes(per)) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['per'], message: `must be one of ${CAPACITY_PERIODS.join(', ')}` }]);
  }
  const period = per as CapacityPeriod;
  const unit = input.unit ?? 'place';
  if (typeof unit !== 'string' || unit.trim() === '') {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['unit'], message: 'must be a non-empty string' }]);
  }
  const demand = readDemand(needs);
  const index = toIndex(directory, input.asOf, input.policy);
  const wanted = area === undefined ? null : normaliseArea(area);

  const counted = new Array<boolean>(index.services.length).fill(false);
  const excluded: GapExclusion[] = [];
  index.services.forEach((service, i) => {
    const assessment = index.assessments[i] as (typeof index.assessments)[number];
    const reasons: GapExclusionReason[] = [];
    if (!assessment.assured) reasons.push('unassured');
    if ((service.status ?? 'active') !== 'active') reasons.push('inactive');
    if (wanted !== null) {
      const areas = service.service_areas ?? [];
      if (areas.length === 0) reasons.push('no-area-recorded');
      else if (!areas.some((a) => a.name !== undefined && normaliseArea(a.name) === wanted)) reasons.push('outside-area');
    }
    if (reasons.length === 0) counted[i] = true;
    else excluded.push({ serviceId: service.id, name: service.name, reasons, assuranceProblems: assessment.problems });
  });

  const rows = NEED_CATEGORIES.map((need, order) => {
    let services = 0;
    let capacity = 0;
    let withoutCapacity = 0;
    let placesAvailable = 0;
    let full = 0;
    let withoutAvailability = 0;
    let updatedFrom: IsoDate | null = null;
    const serviceIds: string[] = [];
    index.services.forEach((service, i) => {
      if (!counted[i] || !service.needs.includes(need)) return;
      services++;
      serviceIds.push(service.id);
      if (service.capacity === undefined) withoutCapacity++;
      else capacity += (service.capacity.people * PER_YEAR[service.capacity.per]) / PER_YEAR[period];
      const figure = availabilityIn(service, unit);
      if (figure === null) withoutAvailability++;
      else {
        placesAvailable += figure.available;
        if (figure.available === 0) full++;
        // ISO dates order as text.
        if (updatedFrom === null || figure.updatedOn < updatedFrom) updatedFrom = figure.updatedOn;
      }
    });
    const people = demand.get(need) ?? 0;
    const row: ProvisionGapRow = {
      need,
      demand: people,
      services,
      serviceIds,
      capacity: round2(capacity),
      servicesWithoutCapacity: withoutCapacity,
      gap: round2(people - capacity),
      peoplePerService: services === 0 ? null : round2(people / services),
      placesAvailable,
      servicesFull: full,
      servicesWithoutAvailability: withoutAvailability,
      availabilityUpdatedFrom: updatedFrom,
    };
    return { row, order, exactGap: people - capacity };
  });
  rows.sort((a, b) => b.exactGap - a.exactGap || b.row.demand - a.row.demand || a.order - b.order);
  return {
    asOf: index.asOf,
    policyId: index.policy.id,
    area: area === undefined ? null : area,
    per: period,
    unit,
    rows: rows.map((r) => r.row),
    excluded,
  };
}
