import * as z from 'zod';
import { IsoDateSchema } from '../core/index.js';
import { SchemeSchema } from '../eligibility/index.js';
import { NEED_CATEGORIES } from '../referrals/index.js';
import {
  ASSURANCE_INSURANCE_ITEMS,
  ASSURANCE_POLICY_ITEMS,
  CAPACITY_PERIODS,
  CONTACT_ROUTES,
  SERVICE_STATUSES,
} from './constants.js';
import { isHsdsJson, MAX_HSDS_DEPTH, type HsdsJson } from './hsdsJson.js';
import { unitKey } from './places.js';

/**
 * The HSDS fields of one object (a service, its organisation, a schedule or a
 * service area) that this library does not model, by their HSDS names, as
 * {@link fromHsds} read them: {@link toHsds} writes them back unchanged, so an
 * HSDS record survives a round trip through a {@link Service}. Values are JSON
 * data (finite numbers, no `-0`) nested at most 64 deep.
 *
 * @see Open Referral HSDS 3.0 (openreferral/specification, tag v3.0), schema/service.json
 * @category HSDS
 * @example
 * ```ts
 * import { HsdsFieldsSchema } from 'social-prescribing/directory';
 *
 * HsdsFieldsSchema.safeParse({ alternate_name: 'Walk and Talk', phones: [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e', number: '0161 000 0000' }] }).success;
 * //=> true
 * HsdsFieldsSchema.safeParse({ extension: Number.NaN }).success;
 * //=> false
 * ```
 */
export const HsdsFieldsSchema = /* @__PURE__ */ z.custom<Readonly<Record<string, HsdsJson>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isHsdsJson(value),
  { error: `must be an object of JSON values nested at most ${String(MAX_HSDS_DEPTH)} deep` },
);

/**
 * HSDS fields of one object that this library does not model.
 *
 * @category HSDS
 */
export type HsdsFields = z.infer<typeof HsdsFieldsSchema>;

/**
 * What a service read from HSDS carries besides its modelled fields, so that
 * {@link toHsds} writes the record back as it was read:
 *
 * - `fields`: the service's HSDS fields this library does not model (phones,
 *   locations, languages, contacts, cost options, funding, programme, ...), and
 *   any modelled field the source held as `null`;
 * - `attributes`: the source's `attributes`, in order. {@link toHsds} writes each
 *   one back, except a need attribute whose need the service no longer lists (and
 *   an id attribute that no longer applies), then adds attributes for the needs
 *   not among them;
 * - `absent`: the organisation fields the source did not have (`organization_id`,
 *   the nested `organization`), which {@link toHsds} then leaves out.
 *
 * {@link fromHsds} leaves out what {@link toHsds} would write anyway, so a service
 * written by {@link toHsds} reads back without it.
 *
 * @category HSDS
 * @example
 * ```ts
 * import { ServiceHsdsSchema } from 'social-prescribing/directory';
 *
 * ServiceHsdsSchema.safeParse({ fields: { alternate_name: 'Walk and Talk' }, absent: ['organization'] }).success;
 * //=> true
 * ServiceHsdsSchema.safeParse({ absent: ['status'] }).success;
 * //=> false
 * ```
 */
export const ServiceHsdsSchema = /* @__PURE__ */ z.object({
  fields: HsdsFieldsSchema.optional(),
  attributes: z.array(HsdsFieldsSchema).optional(),
  absent: z.array(z.enum(['organization_id', 'organization'])).optional(),
});

/**
 * What a service read from HSDS carries besides its modelled fields.
 *
 * @category HSDS
 */
export type ServiceHsds = z.infer<typeof ServiceHsdsSchema>;

/**
 * One assurance item as the provider declared it: whether it is held and when it
 * was last reviewed (the "Y/N" and "Date last reviewed" columns of Sefton's form).
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019), sections 9 and 10
 * @category Assurance
 * @example
 * ```ts
 * import { AssuranceRecordSchema } from 'social-prescribing/directory';
 *
 * AssuranceRecordSchema.safeParse({ held: true, lastReviewed: '2025-01-10' }).success;
 * //=> true
 * AssuranceRecordSchema.safeParse({ held: true, lastReviewed: '2025-02-30' }).success;
 * //=> false
 * ```
 */
export const AssuranceRecordSchema = /* @__PURE__ */ z.object({
  /** `true` when the provider confirms it holds the policy or insurance. */
  held: z.boolean(),
  /** The date it was last reviewed; absent or `null` when not stated. */
  lastReviewed: IsoDateSchema.nullish(),
});

/**
 * One assurance item as the provider declared it.
 *
 * @category Assurance
 */
export type AssuranceRecord = z.infer<typeof AssuranceRecordSchema>;

/**
 * A provider's declared policies and insurances, keyed by the item ids of
 * {@link ASSURANCE_POLICY_ITEMS} and {@link ASSURANCE_INSURANCE_ITEMS}. An item
 * left out is treated as not held.
 *
 * @category Assurance
 * @example
 * ```ts
 * import { AssuranceSchema } from 'social-prescribing/directory';
 *
 * AssuranceSchema.safeParse({
 *   policies: { safeguarding: { held: true, lastReviewed: '2025-01-10' } },
 *   insurances: { 'public-liability': { held: true, lastReviewed: '2025-03-01' } },
 * }).success;
 * //=> true
 * ```
 */
export const AssuranceSchema = /* @__PURE__ */ z.object({
  policies: z.partialRecord(z.enum(ASSURANCE_POLICY_ITEMS), AssuranceRecordSchema).optional(),
  insurances: z.partialRecord(z.enum(ASSURANCE_INSURANCE_ITEMS), AssuranceRecordSchema).optional(),
});

/**
 * A provider's declared policies and insurances.
 *
 * @category Assurance
 */
export type Assurance = z.infer<typeof AssuranceSchema>;

/**
 * The organisation that provides a service: HSDS `organization` (`id`, `name`).
 *
 * @see Open Referral HSDS 3.0, `service.organization_id` and `organization`
 * @category Services
 * @example
 * ```ts
 * import { ServiceOrganizationSchema } from 'social-prescribing/directory';
 *
 * ServiceOrganizationSchema.safeParse({ id: 'org-1', name: 'Riverside Community Trust' }).success;
 * //=> true
 * ```
 */
export const ServiceOrganizationSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  /** The nested HSDS `organization`'s other fields (`description`, `website`, `phones`, ...), written back by {@link toHsds}. */
  hsds: HsdsFieldsSchema.optional(),
});

/**
 * The organisation that provides a service.
 *
 * @category Services
 */
export type ServiceOrganization = z.infer<typeof ServiceOrganizationSchema>;

/**
 * An area a service is available in: HSDS `service_area` (`name`, `description`).
 * {@link provisionGaps} filters by `name`; an area without one (HSDS does not
 * require it) matches no area.
 *
 * @see Open Referral HSDS 3.0, `service_area`
 * @category Services
 * @example
 * ```ts
 * import { ServiceAreaSchema } from 'social-prescribing/directory';
 *
 * ServiceAreaSchema.safeParse({ name: 'Northbrook' }).success;
 * //=> true
 * ```
 */
export const ServiceAreaSchema = /* @__PURE__ */ z.object({
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  /** The area's other HSDS fields (`id`, `extent`, `uri`, ...), written back by {@link toHsds}. */
  hsds: HsdsFieldsSchema.optional(),
});

/**
 * An area a service is available in.
 *
 * @category Services
 */
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

const BYDAY = /^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)(,[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * When a service runs: the subset of HSDS `schedule` (RFC 5545 recurrence) this
 * library keeps, with HSDS field names.
 *
 * @see Open Referral HSDS 3.0, `schedule`
 * @category Services
 * @example
 * ```ts
 * import { ServiceScheduleSchema } from 'social-prescribing/directory';
 *
 * ServiceScheduleSchema.safeParse({ freq: 'WEEKLY', byday: 'TU,TH', opens_at: '10:00', closes_at: '12:00' }).success;
 * //=> true
 * ServiceScheduleSchema.safeParse({ byday: 'Tuesdays' }).success;
 * //=> false
 * ```
 */
export const ServiceScheduleSchema = /* @__PURE__ */ z.object({
  description: z.string().optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.int().min(1).optional(),
  byday: z.string().regex(BYDAY, { message: 'must be RFC 5545 BYDAY, such as MO,WE or 2TU' }).optional(),
  bymonthday: z.string().regex(/^-?\d{1,2}(,-?\d{1,2})*$/, { message: 'must be comma-separated days of the month' }).optional(),
  opens_at: z.string().regex(TIME, { message: 'must be a time written HH:MM' }).optional(),
  closes_at: z.string().regex(TIME, { message: 'must be a time written HH:MM' }).optional(),
  valid_from: IsoDateSchema.optional(),
  valid_to: IsoDateSchema.optional(),
  attending_type: z.string().optional(),
  /** The schedule's other HSDS fields (`id`, `dtstart`, `notes`, ...), written back by {@link toHsds}. */
  hsds: HsdsFieldsSchema.optional(),
});

/**
 * When a service runs.
 *
 * @category Services
 */
export type ServiceSchedule = z.infer<typeof ServiceScheduleSchema>;

/**
 * How many people a service can take: `people` per `week`, `month` or `year`.
 *
 * @category Services
 * @example
 * ```ts
 * import { ServiceCapacitySchema } from 'social-prescribing/directory';
 *
 * ServiceCapacitySchema.safeParse({ people: 12, per: 'week' }).success;
 * //=> true
 * ServiceCapacitySchema.safeParse({ people: -1, per: 'week' }).success;
 * //=> false
 * ```
 */
export const ServiceCapacitySchema = /* @__PURE__ */ z.object({
  people: z.number().min(0).max(Number.MAX_SAFE_INTEGER),
  per: z.enum(CAPACITY_PERIODS),
});

/**
 * How many people a service can take.
 *
 * @category Services
 */
export type ServiceCapacity = z.infer<typeof ServiceCapacitySchema>;

/**
 * How many places (or other units) a service has free now and at most, as of a
 * date: one HSDS 3.1 `service_capacity` in the library's words. `unit` is the
 * name of the HSDS unit (`'place'`, `'bed'`, `'hour'`; HSDS `unit.name`),
 * `available` the units free as of `updatedOn` (HSDS `available`), `maximum` the
 * most there can be (HSDS `maximum`, absent when not stated) and `updatedOn` the
 * date the figure was last updated (the date of HSDS `updated`). Counts are whole
 * numbers, 0 or more, and `available` is never above `maximum`. `hsds` holds the
 * `service_capacity` fields the library does not model (its `id`, `description`,
 * the unit's `id`, `scheme`, `identifier` and `uri`, ...), read by {@link fromHsds}
 * and written back by {@link toHsds}.
 *
 * It is a count on a date, unlike {@link ServiceCapacitySchema}, which is a rate
 * (people per week, month or year).
 *
 * @see Open Referral HSDS 3.1 (openreferral/specification, branch 3.1-dev, commit abc731c, 10 October 2024), schema/service_capacity.json and schema/unit.json
 * @category Services
 * @example
 * ```ts
 * import { ServiceAvailabilitySchema } from 'social-prescribing/directory';
 *
 * ServiceAvailabilitySchema.safeParse({ unit: 'place', available: 0, maximum: 12, updatedOn: '2025-06-02' }).success;
 * //=> true
 * ServiceAvailabilitySchema.safeParse({ unit: 'place', available: 13, maximum: 12, updatedOn: '2025-06-02' }).error?.issues.map((issue) => [issue.path, issue.message]);
 * //=> [[['available'], 'must not be above maximum']]
 * ServiceAvailabilitySchema.safeParse({ unit: 'place', available: 1.5, updatedOn: '2025-06-02' }).success;
 * //=> false
 * ```
 */
export const ServiceAvailabilitySchema = /* @__PURE__ */ (() =>
  z
    .object({
      unit: z.string().regex(/\S/, { message: 'must name a unit' }),
      available: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
      maximum: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
      updatedOn: IsoDateSchema,
      hsds: HsdsFieldsSchema.optional(),
    })
    .refine((value) => value.maximum === undefined || value.available <= value.maximum, { message: 'must not be above maximum', path: ['available'] }))();

/**
 * How many places (or other units) a service has free now and at most, as of a date.
 *
 * @category Services
 */
export type ServiceAvailability = z.infer<typeof ServiceAvailabilitySchema>;

/**
 * A community service a link worker can connect people to.
 *
 * Field names follow Open Referral HSDS 3.0 where HSDS has the field (`id`,
 * `name`, `description`, `organization`, `status`, `email`, `url`,
 * `service_areas`, `schedules`, `eligibility_description`); the fields HSDS
 * lacks are camelCase: `needs` (the need category ids of the `referrals` module),
 * `eligibility` (a scheme of the `eligibility` module), `contactRoute`,
 * `capacity` (people per period), `availability` (places free on a date, HSDS
 * 3.1's `capacities`, see {@link ServiceAvailabilitySchema}) and `assurance`. A service without `status` is active; one without
 * `eligibility` is open to everyone; one without `assurance` is not assured.
 * `hsds` (on the service, its organisation, schedules and areas) holds the HSDS
 * fields the library does not model, read by {@link fromHsds} and written back by
 * {@link toHsds} (see {@link ServiceHsdsSchema}).
 *
 * @see Open Referral HSDS 3.0, `service`
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) (policies and insurances)
 * @category Services
 * @example
 * ```ts
 * import { ServiceSchema } from 'social-prescribing/directory';
 *
 * ServiceSchema.safeParse({
 *   id: 'walk-and-talk',
 *   name: 'Walk and Talk',
 *   organization: { id: 'org-1', name: 'Riverside Community Trust' },
 *   needs: ['social-isolation', 'physical-activity'],
 * }).success;
 * //=> true
 * ServiceSchema.safeParse({ id: 'x', name: 'X', organization: { id: 'o' }, needs: ['gardening'] }).success;
 * //=> false
 * ```
 */
export const ServiceSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  organization: ServiceOrganizationSchema,
  description: z.string().optional(),
  status: z.enum(SERVICE_STATUSES).optional(),
  email: z.string().optional(),
  url: z.string().optional(),
  needs: z
    .array(z.enum(NEED_CATEGORIES))
    .refine((needs) => new Set(needs).size === needs.length, { message: 'must not repeat a need category' }),
  service_areas: z.array(ServiceAreaSchema).optional(),
  eligibility: SchemeSchema.optional(),
  eligibility_description: z.string().optional(),
  schedules: z.array(ServiceScheduleSchema).optional(),
  contactRoute: z.enum(CONTACT_ROUTES).optional(),
  capacity: ServiceCapacitySchema.optional(),
  availability: z
    .array(ServiceAvailabilitySchema)
    .refine((entries) => new Set(entries.map((entry) => unitKey(entry.unit))).size === entries.length, {
      message: 'must not repeat a unit',
    })
    .optional(),
  assurance: AssuranceSchema.optional(),
  hsds: ServiceHsdsSchema.optional(),
});

/**
 * A community service a link worker can connect people to.
 *
 * @category Services
 */
export type Service = z.infer<typeof ServiceSchema>;
