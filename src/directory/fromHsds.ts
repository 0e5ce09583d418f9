import { issuesFromZod, SocialPrescribingError, type ValidationIssue } from '../core/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../referrals/index.js';
import { CONTACT_ROUTES, SERVICE_STATUSES, type ContactRoute } from './constants.js';
import { HSDS_NEED_TAXONOMY, HsdsServiceSchema, type HsdsService } from './hsdsSchema.js';
import { APPLICATION_PROCESS } from './hsdsMapping.js';
import { ServiceScheduleSchema, type ServiceSchedule, type Service } from './schemas.js';
import { readService } from './validate.js';

/**
 * Options of {@link fromHsds}.
 *
 * @category HSDS
 */
export interface FromHsdsOptions {
  /** Need categories to add to those read from the HSDS `attributes` (for directories that do not tag them). */
  readonly needs?: readonly NeedCategory[];
}

// Typed `unknown` so a code of any type can be looked up: only the need category ids are in it.
const NEEDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(NEED_CATEGORIES);
const STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set(SERVICE_STATUSES);
const SCHEDULE_KEYS = /* @__PURE__ */ Object.keys(ServiceScheduleSchema.shape) as (keyof ServiceSchedule)[];

function fail(issues: ValidationIssue[]): never {
  throw new SocialPrescribingError('directory/invalid-hsds', issues);
}

/**
 * Reads an Open Referral HSDS 3.0 `service` object into a {@link Service}: the
 * inverse of {@link toHsds} for every field HSDS can hold.
 *
 * Read: `id`, `name`, `description`, `status`, `organization.id` (or
 * `organization_id`) and `organization.name`, `email`, `url`,
 * `eligibility_description`, `minimum_age` / `maximum_age` (as an eligibility
 * scheme with one `age` criterion, id `<id>-age`), `service_areas` with a `name`,
 * `schedules` (the RFC 5545 fields {@link ServiceScheduleSchema} keeps), the need
 * categories from `attributes` in the {@link HSDS_NEED_TAXONOMY} taxonomy, and
 * `application_process` when it is one of the sentences {@link toHsds} writes.
 * Nulls count as absent.
 *
 * Lost: every other HSDS field (phones, locations, languages, funding, fees,
 * accreditations, other attributes, service areas without a `name`, a free-text
 * `application_process`). The result has no `assurance`, so it is not assured
 * until you record the provider's policies and insurances, and no `capacity`.
 *
 * @param hsds - An HSDS `service` object (parsed JSON).
 * @param options - Need categories to add.
 * @returns A new validated service.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-hsds` when the object lacks `id`, `name` or an
 * organisation id, has a field of the wrong type, an unknown `status`, an age limit that is not a whole number
 * from 0 to 150 (or a minimum above the maximum), a schedule this library cannot hold, or a need code in the
 * {@link HSDS_NEED_TAXONOMY} taxonomy that is not a need category; `directory/invalid-options` for bad options.
 * @see Open Referral HSDS 3.0 (openreferral/specification, schema/service.json)
 * @category HSDS
 * @example
 * ```ts
 * import { fromHsds } from 'social-prescribing/directory';
 *
 * const service = fromHsds(
 *   { id: 's1', name: 'Money Matters', status: 'active', organization: { id: 'o1', name: 'Advice Centre' }, minimum_age: 18 },
 *   { needs: ['money-and-debt'] },
 * );
 * [service.organization.name, service.needs, service.eligibility?.criteria];
 * //=> ['Advice Centre', ['money-and-debt'], { kind: 'age', min: 18 }]
 * fromHsds({ id: 's1', name: 'Money Matters' });
 * //=> throws 'directory/invalid-hsds'
 * ```
 */
export function fromHsds(hsds: unknown, options: FromHsdsOptions = {}): Service {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: [], message: 'fromHsds takes an options object' }]);
  }
  const parsed = HsdsServiceSchema.safeParse(hsds);
  if (!parsed.success) fail(issuesFromZod(parsed.error.issues));
  const h = parsed.data;
  const organizationId = h.organization?.id ?? h.organization_id;
  if (organizationId === undefined || organizationId === null || organizationId === '') {
    fail([{ path: ['organization_id'], message: 'needs organization_id or organization.id' }]);
  }
  const out: Record<string, unknown> = { id: h.id, name: h.name };
  const organizationName = h.organization?.name;
  out.organization = typeof organizationName === 'string' && organizationName !== '' ? { id: organizationId, name: organizationName } : { id: organizationId };
  if (h.description != null) out.description = h.description;
  if (h.status != null) {
    if (!STATUSES.has(h.status)) fail([{ path: ['status'], message: `must be one of ${SERVICE_STATUSES.join(', ')}` }]);
    out.status = h.status;
  }
  if (h.email != null) out.email = h.email;
  if (h.url != null) out.url = h.url;
  // An absent or null application_process matches no sentence, so it needs no guard of its own.
  const route = CONTACT_ROUTES.find((r: ContactRoute) => APPLICATION_PROCESS[r] === h.application_process);
  if (route !== undefined) out.contactRoute = route;
  if (h.eligibility_description != null) out.eligibility_description = h.eligibility_description;
  const min = readAge(h.minimum_age, 'minimum_age');
  const max = readAge(h.maximum_age, 'maximum_age');
  if (min !== null && max !== null && min > max) fail([{ path: ['minimum_age'], message: 'must not be greater than maximum_age' }]);
  if (min !== null || max !== null) {
    out.eligibility = {
      id: `${h.id}-age`,
      name: `${h.name}: age limits`,
      criteria: { kind: 'age', ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) },
    };
  }
  if (h.service_areas != null) {
    const areas = h.service_areas.flatMap((area) =>
      typeof area.name === 'string' && area.name !== ''
        ? [area.description != null ? { name: area.name, description: area.description } : { name: area.name }]
        : [],
    );
    out.service_areas = areas;
  }
  if (h.schedules != null) out.schedules = h.schedules.map((schedule, i) => readSchedule(schedule, i));
  out.needs = readNeeds(h.attributes ?? [], options.needs ?? []);
  return readService(out, []);
}

function readAge(value: number | null | undefined, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > 150) fail([{ path: [field], message: 'must be a whole number of years from 0 to 150' }]);
  return value;
}

function readSchedule(raw: Record<string, unknown>, index: number): ServiceSchedule {
  const picked: Record<string, unknown> = {};
  for (const key of SCHEDULE_KEYS) {
    if (raw[key] !== undefined && raw[key] !== null) picked[key] = raw[key];
  }
  const result = ServiceScheduleSchema.safeParse(picked);
  if (!result.success) fail(issuesFromZod(result.error.issues, ['schedules', index]));
  return result.data;
}

function readNeeds(attributes: NonNullable<HsdsService['attributes']>, extra: unknown): NeedCategory[] {
  const needs: NeedCategory[] = [];
  attributes.forEach((attribute, index) => {
    const term = attribute.taxonomy_term;
    if (term?.taxonomy !== HSDS_NEED_TAXONOMY) return;
    const code = term.code;
    if (!NEEDS.has(code)) {
      fail([{ path: ['attributes', index, 'taxonomy_term', 'code'], message: 'must be a need category id' }]);
    }
    if (!needs.includes(code as NeedCategory)) needs.push(code as NeedCategory);
  });
  if (!Array.isArray(extra)) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['needs'], message: 'must be an array of need categories' }]);
  }
  (extra as readonly unknown[]).forEach((need, index) => {
    if (!NEEDS.has(need)) {
      throw new SocialPrescribingError('directory/invalid-options', [{ path: ['needs', index], message: 'must be a need category id' }]);
    }
    if (!needs.includes(need as NeedCategory)) needs.push(need as NeedCategory);
  });
  return needs;
}
