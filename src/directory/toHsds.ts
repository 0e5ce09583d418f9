import { SocialPrescribingError } from '../core/index.js';
import { HSDS_PROFILES, type HsdsProfile, type HsdsService } from './hsdsSchema.js';
import { ageLimits, APPLICATION_PROCESS, childUuid, hsdsAttributes, hsdsCapacities, hsdsUuid, isHsdsEmail, isHsdsUri } from './hsdsMapping.js';
import type { Service } from './schemas.js';
import { readOptions, readService } from './validate.js';

/**
 * Options of {@link toHsds}.
 *
 * @category HSDS
 */
export interface ToHsdsOptions {
  /**
   * The profile to write (one of {@link HSDS_PROFILES}): `hsds-3.0` (the default)
   * or `oruk`, the Open Referral UK profile, which has no `eligibility_description`
   * or `application_process` and requires a `location_type` on every location.
   */
  readonly profile?: HsdsProfile;
}

const PROFILES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(HSDS_PROFILES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps a service to an Open Referral HSDS 3.0 `service` object that validates
 * against the official HSDS 3.0 schema, for publishing to or loading into any
 * HSDS directory.
 *
 * Mapped: `id`, `name`, `description`, `status` (`active` when not set),
 * `organization_id` and `organization` (`id`, `name`), `email`, `url`,
 * `eligibility_description`, `minimum_age` / `maximum_age` (the age limits every
 * eligible person must meet: an `age` criterion at the root of the eligibility
 * scheme or under `all`), `service_areas` (`name`, `description`), `schedules`
 * (the kept RFC 5545 fields), `application_process` (a fixed sentence per contact
 * route), and the need categories as `attributes` whose `taxonomy_term` is in the
 * {@link HSDS_NEED_TAXONOMY} taxonomy, and `availability` as `capacities`: one
 * HSDS 3.1 `service_capacity` per figure (`unit` with its `name`, `available`,
 * `maximum`, `updated` written as midnight UTC of `updatedOn` unless the `updated`
 * read falls on that date). HSDS 3.0 has no capacity: `capacities` is the field HSDS
 * 3.1 adds, a backwards-compatible addition that the 3.0 schema accepts (it does not
 * forbid other fields), so the output validates against both. Every HSDS field {@link fromHsds} carried
 * in the `hsds` fields of the service, its organisation, schedules and areas is
 * written back as it was read, so `toHsds(fromHsds(x))` equals `x` for an HSDS 3.0 record.
 *
 * Ids: HSDS requires UUIDs. A service or organisation id that is a UUID is
 * written as it is; any other id is written as the UUID v5 of `service:<id>`
 * (`organization:<id>`) in {@link HSDS_ID_NAMESPACE}, and the id itself is kept in
 * an attribute in the {@link HSDS_ID_TAXONOMY} taxonomy, from which {@link fromHsds}
 * reads it back. A schedule, area or attribute that carries no id of its own gets
 * a UUID v5 derived from the service's UUID and its position (or need). The nested
 * `organization` is written when the organisation has a name; HSDS requires it to
 * have a `description`, which is written empty unless one was read from HSDS.
 *
 * With `profile: 'oruk'`, `eligibility_description` and `application_process` are
 * not written (the Open Referral UK profile removes them), and a carried location
 * without `location_type` (which that profile requires) is an error.
 *
 * Lost, because HSDS 3.0 has no field for them: the rest of the eligibility
 * scheme (practice, residence, condition, source and flag rules; its name, host,
 * support and source), `capacity` (a rate of people per period; HSDS 3.1's
 * capacities are counts on a date, written from `availability`) and `assurance` (HSDS `assured_date` records
 * when the directory entry was checked, not the provider's policies).
 *
 * @param service - The service, validated with {@link ServiceSchema}.
 * @param options - The profile to write.
 * @returns A new HSDS `service` object.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-service` or `directory/unknown-assurance-item`
 * when the service is invalid; `directory/invalid-service` (path `['service', 'eligibility', 'criteria']`) also
 * when its age limits contradict (`all` of a minimum age above a maximum age), which HSDS cannot hold, when its
 * `email` is not an email address or its `url` not an absolute URI (HSDS 3.0 formats `email` and `uri`), and with
 * `profile: 'oruk'` when a carried location has no `location_type`; `directory/invalid-options` for bad options.
 * @see Open Referral HSDS 3.0 (openreferral/specification, tag v3.0, schema/service.json)
 * @see Open Referral HSDS 3.1 (openreferral/specification, branch 3.1-dev, commit abc731c, 10 October 2024, schema/service_capacity.json and schema/unit.json)
 * @see Open Referral UK profile (OpenReferralUK/uk-profile, commit 822a58c, 10 September 2024, profile/service.json and profile/location.json)
 * @category HSDS
 * @example
 * ```ts
 * import { toHsds } from 'social-prescribing/directory';
 *
 * const hsds = toHsds({
 *   id: 'walk-and-talk',
 *   name: 'Walk and Talk',
 *   organization: { id: 'riverside', name: 'Riverside Community Trust' },
 *   needs: ['social-isolation'],
 *   eligibility: { id: 'adults', name: 'Adults', criteria: { kind: 'age', min: 18 } },
 *   contactRoute: 'self-referral',
 * });
 * [hsds.id, hsds.status, hsds.minimum_age, hsds.application_process];
 * //=> ['1f5570f9-afd4-599a-8b2b-5acec7211313', 'active', 18, 'Self-referral: contact the service directly.']
 * hsds.attributes?.map((attribute) => [attribute.taxonomy_term?.taxonomy, attribute.taxonomy_term?.code, attribute.value ?? null]);
 * //=> [['social-prescribing-need', 'social-isolation', null], ['social-prescribing-id', 'service', 'walk-and-talk'], ['social-prescribing-id', 'organization', 'riverside']]
 * toHsds({ id: 'walk-and-talk', name: 'Walk and Talk', organization: { id: 'riverside' }, needs: [] }, { profile: 'hsds-2' as never });
 * //=> throws 'directory/invalid-options'
 * ```
 */
export function toHsds(service: Service, options: ToHsdsOptions = {}): HsdsService {
  const opts = readOptions(options, 'toHsds');
  const profile = opts.profile ?? 'hsds-3.0';
  if (!PROFILES.has(profile)) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['profile'], message: `must be one of ${HSDS_PROFILES.join(', ')}` }]);
  }
  const s = readService(service, ['service']);
  const serviceUuid = hsdsUuid(s.id, 'service');
  const organizationUuid = hsdsUuid(s.organization.id, 'organization');
  const absent = s.hsds?.absent ?? [];
  const out: Record<string, unknown> = { ...s.hsds?.fields, id: serviceUuid, name: s.name };
  if (s.description !== undefined) out.description = s.description;
  out.status = s.status ?? 'active';
  if (!absent.includes('organization_id')) out.organization_id = organizationUuid;
  const organization = s.organization;
  if (!absent.includes('organization') && (organization.name !== undefined || organization.hsds !== undefined)) {
    out.organization = {
      ...(organization.hsds ?? { description: '' }),
      id: organizationUuid,
      ...(organization.name === undefined ? {} : { name: organization.name }),
    };
  }
  const formats = [
    ...(s.email === undefined || isHsdsEmail(s.email) ? [] : [{ path: ['service', 'email'], message: 'must be an email address, as HSDS 3.0 requires' }]),
    ...(s.url === undefined || isHsdsUri(s.url) ? [] : [{ path: ['service', 'url'], message: 'must be an absolute URI (RFC 3986), as HSDS 3.0 requires' }]),
  ];
  if (formats.length > 0) throw new SocialPrescribingError('directory/invalid-service', formats);
  if (s.email !== undefined) out.email = s.email;
  if (s.url !== undefined) out.url = s.url;
  if (profile === 'hsds-3.0') {
    if (s.contactRoute !== undefined) out.application_process = APPLICATION_PROCESS[s.contactRoute];
    if (s.eligibility_description !== undefined) out.eligibility_description = s.eligibility_description;
  }
  if (s.eligibility !== undefined) {
    const limits = ageLimits(s.eligibility.criteria);
    // HSDS cannot say "no age": limits that contradict would be written as a minimum above the maximum.
    if (limits.min !== null && limits.max !== null && limits.min > limits.max) {
      throw new SocialPrescribingError('directory/invalid-service', [
        { path: ['service', 'eligibility', 'criteria'], message: 'its age limits leave no age eligible (minimum above maximum)' },
      ]);
    }
    // JSON has one zero: a -0 limit is written 0.
    if (limits.min !== null) out.minimum_age = limits.min + 0;
    if (limits.max !== null) out.maximum_age = limits.max + 0;
  }
  if (s.service_areas !== undefined) {
    out.service_areas = s.service_areas.map(({ hsds, ...area }, i) => ({
      id: childUuid(serviceUuid, 'service_areas', i),
      ...(hsds ?? { service_id: serviceUuid }),
      ...area,
    }));
  }
  if (s.schedules !== undefined) {
    out.schedules = s.schedules.map(({ hsds, ...schedule }, i) => ({
      id: childUuid(serviceUuid, 'schedules', i),
      ...(hsds ?? { service_id: serviceUuid }),
      ...schedule,
    }));
  }
  if (s.availability !== undefined) out.capacities = hsdsCapacities(s.availability, serviceUuid);
  const attributes = hsdsAttributes(
    { serviceUuid, needs: s.needs, serviceId: s.id, organizationId: s.organization.id },
    s.hsds?.attributes,
  );
  if (attributes.length > 0 || s.hsds?.attributes !== undefined) out.attributes = attributes;
  if (profile === 'oruk') checkOruk(out.service_at_locations);
  return out as HsdsService;
}

/** The Open Referral UK profile requires `location_type` on every location. */
function checkOruk(serviceAtLocations: unknown): void {
  if (!Array.isArray(serviceAtLocations)) return;
  const issues = (serviceAtLocations as readonly unknown[]).flatMap((item, index) => {
    const location = isRecord(item) ? item.location : undefined;
    if (!isRecord(location) || typeof location.location_type === 'string') return [];
    return [
      {
        path: ['service', 'hsds', 'fields', 'service_at_locations', index, 'location', 'location_type'],
        message: 'is required by the Open Referral UK profile',
      },
    ];
  });
  if (issues.length > 0) throw new SocialPrescribingError('directory/invalid-service', issues);
}
