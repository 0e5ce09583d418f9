import { isIsoDate, issuesFromZod, SocialPrescribingError, type ValidationIssue } from '../core/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../referrals/index.js';
import { CONTACT_ROUTES, SERVICE_STATUSES, type ContactRoute } from './constants.js';
import { copyHsdsJson, sameJson, type HsdsJson } from './hsdsJson.js';
import { HSDS_ID_TAXONOMY, HSDS_NEED_TAXONOMY, HsdsServiceSchema, type HsdsService } from './hsdsSchema.js';
import { APPLICATION_PROCESS, childUuid, hsdsAttributes, hsdsUpdated, hsdsUuid, isHsdsEmail, isHsdsUri, termOf, unitUuid, type IdKind } from './hsdsMapping.js';
import { ServiceOrganizationSchema, ServiceScheduleSchema, type ServiceAvailability, type ServiceSchedule, type Service } from './schemas.js';
import { readOptions, readService } from './validate.js';

/**
 * Options of {@link fromHsds}.
 *
 * @category HSDS
 */
export interface FromHsdsOptions {
  /** Need categories to add to those read from the HSDS `attributes` (for directories that do not tag them). */
  readonly needs?: readonly NeedCategory[];
  /**
   * The organisation that provides the service, used only when the service names
   * none (a service listed inside an HSDS `organization` has no `organization_id`
   * of its own). {@link toHsds} then writes no organisation fields for it.
   */
  readonly organization?: { readonly id: string; readonly name?: string };
}

type Fields = Record<string, HsdsJson>;

// Typed `unknown` so a code of any type can be looked up: only the need category ids are in it.
const NEEDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(NEED_CATEGORIES);
const STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set(SERVICE_STATUSES);
const SCHEDULE_KEYS = /* @__PURE__ */ Object.keys(ServiceScheduleSchema.shape).filter((key) => key !== 'hsds') as (keyof ServiceSchedule)[];
const TEXT_FIELDS = ['description', 'email', 'url', 'eligibility_description'] as const;

function fail(issues: ValidationIssue[]): never {
  throw new SocialPrescribingError('directory/invalid-hsds', issues);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Copies the fields of `record` other than `modelled`, failing at `path` when one is not JSON data. */
function carry(record: Readonly<Record<string, unknown>>, modelled: ReadonlySet<string>, path: readonly (string | number)[]): Fields {
  const entries: [string, HsdsJson][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (modelled.has(key) || value === undefined) continue;
    // A field sits one level below its record, as HsdsFieldsSchema counts it.
    const copy = copyHsdsJson(value, 1);
    // The path stops at the record: a field name the library does not know could be anything.
    if (copy === undefined) fail([{ path, message: 'has a field that is not JSON data (finite numbers, nested at most 64 deep)' }]);
    entries.push([key, copy]);
  }
  return Object.fromEntries(entries);
}

/**
 * Reads an Open Referral HSDS 3.0 `service` object into a {@link Service}: the
 * inverse of {@link toHsds}, keeping every HSDS field it does not model so that
 * `toHsds(fromHsds(x))` equals `x`.
 *
 * Modelled: `id`, `name`, `description`, `status`, `organization.id` (or
 * `organization_id`) and `organization.name`, `email`, `url`,
 * `eligibility_description`, `minimum_age` / `maximum_age` (as an eligibility
 * scheme with one `age` criterion, id `<id>-age`), `service_areas` (`name`,
 * `description`), `schedules` (the RFC 5545 fields {@link ServiceScheduleSchema}
 * keeps), the need categories from `attributes` in the {@link HSDS_NEED_TAXONOMY}
 * taxonomy, `application_process` when it is one of the sentences {@link toHsds}
 * writes, HSDS 3.1 `capacities` as `availability` (each `service_capacity`'s
 * `unit.name`, `available`, `maximum` and the date of `updated`), and a non-UUID id {@link toHsds} kept in an attribute in the
 * {@link HSDS_ID_TAXONOMY} taxonomy.
 *
 * Carried untouched in `hsds` (on the service, its organisation, each schedule and
 * each area): every other field (phones, locations, languages, contacts, cost
 * options, funding, programme, required documents, metadata, accreditations,
 * `assured_date`, other attributes, a free-text `application_process`, ids, an
 * `email` or `url` that HSDS's formats would reject, and any modelled field given
 * as `null`). What {@link toHsds} would write anyway (the
 * ids it derives) is not carried. The result has no `assurance`, so it is not
 * assured until you record the provider's policies and insurances, and no `capacity`.
 *
 * @param hsds - An HSDS `service` object (parsed JSON).
 * @param options - Need categories to add; the organisation, for a service that names none.
 * @returns A new validated service.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-hsds` when the object lacks `id`, `name` or an
 * organisation id (and none is given in options), has `organization_id` and `organization.id` that differ, has a
 * field of the wrong type or a field that is not JSON data, an unknown `status`, an age limit that is not a whole
 * number from 0 to 150 (or a minimum above the maximum), a schedule this library cannot hold, a capacity without a
 * unit name, with an `available` or `maximum` that is not a whole number from 0 (or `available` above `maximum`) or
 * an `updated` that does not begin with a real date, a need code in the
 * {@link HSDS_NEED_TAXONOMY} taxonomy that is not a need category, or an id attribute that does not match the
 * UUID; `directory/invalid-options` for bad options.
 * @see Open Referral HSDS 3.0 (openreferral/specification, tag v3.0, schema/service.json)
 * @see Open Referral HSDS 3.1 (openreferral/specification, branch 3.1-dev, commit abc731c, 10 October 2024, schema/service_capacity.json and schema/unit.json)
 * @category HSDS
 * @example
 * ```ts
 * import { fromHsds, toHsds } from 'social-prescribing/directory';
 *
 * const hsds = {
 *   id: 'ac148810-d857-441c-9679-408f346de14b',
 *   name: 'Money Matters',
 *   status: 'active',
 *   organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
 *   minimum_age: 18,
 *   phones: [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e', number: '0161 000 0000' }],
 * };
 * const service = fromHsds(hsds, { needs: ['money-and-debt'] });
 * [service.needs, service.eligibility?.criteria, service.hsds?.fields];
 * //=> [['money-and-debt'], { kind: 'age', min: 18 }, { phones: [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e', number: '0161 000 0000' }] }]
 * toHsds(fromHsds(hsds)).phones;
 * //=> [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e', number: '0161 000 0000' }]
 * fromHsds({ id: 's1', name: 'Money Matters' });
 * //=> throws 'directory/invalid-hsds'
 * ```
 */
export function fromHsds(hsds: unknown, options: FromHsdsOptions = {}): Service {
  const opts = readOptions(options, 'fromHsds');
  const parsed = HsdsServiceSchema.safeParse(hsds);
  if (!parsed.success) fail(issuesFromZod(parsed.error.issues));
  const h = parsed.data;
  const sourceAttributes = h.attributes ?? [];
  const modelled = new Set<string>(['id', 'name']);

  // Ids: the service's own, or the one toHsds kept in an id attribute.
  const id = readIdAttribute(sourceAttributes, 'service', h.id) ?? h.id;
  const nested = h.organization;
  const nestedId = nested?.id;
  const topId = h.organization_id;
  if (nonEmpty(nestedId) && nonEmpty(topId) && nestedId !== topId) fail([{ path: ['organization_id'], message: 'must match organization.id' }]);
  const sourceOrganizationId = nonEmpty(nestedId) ? nestedId : nonEmpty(topId) ? topId : null;
  const given = readGivenOrganization(opts.organization);
  if (sourceOrganizationId === null && given === undefined) fail([{ path: ['organization_id'], message: 'needs organization_id or organization.id' }]);
  const organizationId =
    sourceOrganizationId === null ? (given?.id as string) : (readIdAttribute(sourceAttributes, 'organization', sourceOrganizationId) ?? sourceOrganizationId);
  const organization: Record<string, unknown> = { id: organizationId };
  if (nonEmpty(topId)) modelled.add('organization_id');
  if (isRecord(nested)) {
    modelled.add('organization');
    const kept = new Set<string>();
    if (nonEmpty(nestedId)) kept.add('id');
    if (nonEmpty(nested.name)) {
      kept.add('name');
      organization.name = nested.name;
    }
    organization.hsds = carry(nested, kept, ['organization']);
  } else if (sourceOrganizationId === null && given?.name !== undefined) {
    organization.name = given.name;
  }

  const out: Record<string, unknown> = { id, name: h.name, organization };
  for (const field of TEXT_FIELDS) {
    const value = h[field];
    // An email or URL that HSDS's own format would reject is carried as read rather than modelled,
    // so that toHsds writes it back instead of refusing the service.
    const readable = field === 'email' ? isHsdsEmail : field === 'url' ? isHsdsUri : () => true;
    if (value != null && readable(value)) {
      out[field] = value;
      modelled.add(field);
    }
  }
  if (h.status != null) {
    if (!STATUSES.has(h.status)) fail([{ path: ['status'], message: `must be one of ${SERVICE_STATUSES.join(', ')}` }]);
    out.status = h.status;
    modelled.add('status');
  }
  // An absent or null application_process matches no sentence, so it needs no guard of its own.
  const route = CONTACT_ROUTES.find((r: ContactRoute) => APPLICATION_PROCESS[r] === h.application_process);
  if (route !== undefined) {
    out.contactRoute = route;
    modelled.add('application_process');
  }
  const min = readAge(h.minimum_age, 'minimum_age');
  const max = readAge(h.maximum_age, 'maximum_age');
  if (min !== null && max !== null && min > max) fail([{ path: ['minimum_age'], message: 'must not be greater than maximum_age' }]);
  if (min !== null) modelled.add('minimum_age');
  if (max !== null) modelled.add('maximum_age');
  if (min !== null || max !== null) {
    out.eligibility = {
      id: `${id}-age`,
      name: `${h.name}: age limits`,
      criteria: { kind: 'age', ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) },
    };
  }
  const serviceUuid = hsdsUuid(id, 'service');
  if (h.service_areas != null) {
    modelled.add('service_areas');
    out.service_areas = h.service_areas.map((area, i) => {
      const kept = new Set<string>();
      const read: Record<string, unknown> = {};
      for (const field of ['name', 'description'] as const) {
        if (typeof area[field] === 'string' && (field === 'description' || area[field] !== '')) {
          kept.add(field);
          read[field] = area[field];
        }
      }
      return withCarried(read, carry(area, kept, ['service_areas', i]), serviceUuid, 'service_areas', i);
    });
  }
  if (h.schedules != null) {
    modelled.add('schedules');
    out.schedules = h.schedules.map((schedule, i) => readSchedule(schedule, i, serviceUuid));
  }
  if (h.capacities != null) {
    modelled.add('capacities');
    out.availability = h.capacities.map((capacity, i) => readCapacity(capacity, i, serviceUuid));
  }
  const needs = readNeeds(sourceAttributes, opts.needs ?? []);
  out.needs = needs;

  // What toHsds needs besides the modelled fields to write the record back as it was.
  const carried: Record<string, unknown> = {};
  if (h.attributes != null) {
    modelled.add('attributes');
    const attributes = sourceAttributes.map((attribute, i) => carry(attribute, new Set(), ['attributes', i]));
    const derived = hsdsAttributes({ serviceUuid, needs, serviceId: id, organizationId });
    if (derived.length === 0 || !sameJson(attributes, derived)) carried.attributes = attributes;
  }
  const fields = carry(h, modelled, []);
  if (Object.keys(fields).length > 0) carried.fields = fields;
  const absent: string[] = [];
  if (!nonEmpty(topId)) absent.push('organization_id');
  if (!isRecord(nested) && (organization.name !== undefined || organization.hsds !== undefined)) absent.push('organization');
  if (absent.length > 0) carried.absent = absent;
  if (organization.name !== undefined && sameJson(organization.hsds, { description: '' })) delete organization.hsds;
  if (Object.keys(carried).length > 0) out.hsds = carried;
  return readService(out, []);
}

/** The id kept in an id attribute of this kind, checked against the UUID it stands for; `null` when there is none. */
function readIdAttribute(attributes: readonly Readonly<Record<string, unknown>>[], kind: IdKind, uuid: string): string | null {
  const index = attributes.findIndex((attribute) => {
    const t = termOf(attribute);
    return t?.taxonomy === HSDS_ID_TAXONOMY && t.code === kind;
  });
  if (index === -1) return null;
  const value = (attributes[index] as Readonly<Record<string, unknown>>).value;
  if (!nonEmpty(value) || hsdsUuid(value, kind) !== uuid) {
    fail([{ path: ['attributes', index, 'value'], message: `must be the ${kind} id whose UUID v5 is the ${kind === 'service' ? 'service id' : 'organisation id'}` }]);
  }
  return value;
}

// Built once: zod compiles a schema on first use, so deriving it per call cost about 0.4 ms a service.
const GivenOrganizationSchema = /* @__PURE__ */ (() => ServiceOrganizationSchema.omit({ hsds: true }).strict())();

function readGivenOrganization(value: unknown): { id: string; name?: string | undefined } | undefined {
  if (value === undefined) return undefined;
  const result = GivenOrganizationSchema.safeParse(value);
  if (!result.success) throw new SocialPrescribingError('directory/invalid-options', issuesFromZod(result.error.issues, ['organization']));
  return result.data;
}

/** Adds the carried fields of a schedule or area, unless they are just the ids toHsds would derive. */
function withCarried(read: Record<string, unknown>, fields: Fields, serviceUuid: string, collection: string, index: number): Record<string, unknown> {
  return sameJson(fields, { id: childUuid(serviceUuid, collection, index), service_id: serviceUuid }) ? read : { ...read, hsds: fields };
}

function readAge(value: number | null | undefined, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > 150) fail([{ path: [field], message: 'must be a whole number of years from 0 to 150' }]);
  // JSON has one zero: -0 is read as 0.
  return value + 0;
}

function readSchedule(raw: Readonly<Record<string, unknown>>, index: number, serviceUuid: string): ServiceSchedule {
  const picked: Record<string, unknown> = {};
  const kept = new Set<string>();
  for (const key of SCHEDULE_KEYS) {
    if (raw[key] !== undefined && raw[key] !== null) {
      picked[key] = raw[key];
      kept.add(key);
    }
  }
  const result = ServiceScheduleSchema.safeParse(picked);
  if (!result.success) fail(issuesFromZod(result.error.issues, ['schedules', index]));
  return withCarried(result.data, carry(raw, kept, ['schedules', index]), serviceUuid, 'schedules', index);
}

const WHOLE = 'must be a whole number, 0 or more';
const UPDATED = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/s;

/** One HSDS 3.1 `service_capacity` as a figure of `availability`, its other fields carried. */
function readCapacity(raw: Readonly<Record<string, unknown>>, index: number, serviceUuid: string): ServiceAvailability {
  const path = ['capacities', index];
  const issues: ValidationIssue[] = [];
  const unit = raw.unit;
  const name = isRecord(unit) ? unit.name : undefined;
  if (typeof name !== 'string' || !/\S/.test(name)) issues.push({ path: [...path, 'unit', 'name'], message: 'must name the unit' });
  const count = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
  const { available, maximum, updated } = raw;
  if (!count(available)) issues.push({ path: [...path, 'available'], message: WHOLE });
  if (maximum != null && !count(maximum)) issues.push({ path: [...path, 'maximum'], message: WHOLE });
  else if (maximum != null && count(available) && available > maximum) issues.push({ path: [...path, 'available'], message: 'must not be above maximum' });
  const date = typeof updated === 'string' ? UPDATED.exec(updated)?.[1] : undefined;
  if (date === undefined || !isIsoDate(date)) issues.push({ path: [...path, 'updated'], message: 'must be a date-time (or a date) beginning with a real YYYY-MM-DD date' });
  if (issues.length > 0) fail(issues);
  const kept = new Set(['unit', 'available', 'updated', ...(maximum == null ? [] : ['maximum'])]);
  const fields = carry(raw, kept, path);
  if (updated !== hsdsUpdated(date as string)) fields.updated = updated as string;
  const unitFields = carry(unit as Record<string, unknown>, new Set(['name']), [...path, 'unit']);
  if (Object.keys(unitFields).length > 0 && !sameJson(unitFields, { id: unitUuid(name as string) })) fields.unit = unitFields;
  if (sameJson(fields, { id: childUuid(serviceUuid, 'capacities', index) })) delete fields.id;
  return {
    unit: name as string,
    available: (available as number) + 0,
    ...(maximum == null ? {} : { maximum: (maximum as number) + 0 }),
    updatedOn: date as string,
    ...(Object.keys(fields).length > 0 ? { hsds: fields } : {}),
  };
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
