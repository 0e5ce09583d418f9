import { SocialPrescribingError } from '../core/index.js';
import { HSDS_NEED_TAXONOMY, type HsdsService } from './hsdsSchema.js';
import { ageLimits, APPLICATION_PROCESS } from './hsdsMapping.js';
import type { Service } from './schemas.js';
import { readService } from './validate.js';

/**
 * Maps a service to an Open Referral HSDS 3.0 `service` object, for publishing to
 * or loading into any HSDS directory.
 *
 * Mapped: `id`, `name`, `description`, `status` (`active` when not set),
 * `organization_id` and `organization` (`id`, `name`), `email`, `url`,
 * `eligibility_description`, `minimum_age` / `maximum_age` (the age limits every
 * eligible person must meet: an `age` criterion at the root of the eligibility
 * scheme or under `all`), `service_areas` (`name`, `description`), `schedules`
 * (the kept RFC 5545 fields), `application_process` (a fixed sentence per contact
 * route), and the need categories as `attributes` whose `taxonomy_term` is in the
 * {@link HSDS_NEED_TAXONOMY} taxonomy. Child objects get ids derived from the
 * service id (`<id>-area-1`, `<id>-schedule-1`, `<id>-need-housing`).
 *
 * Lost, because HSDS 3.0 has no field for them: the rest of the eligibility
 * scheme (practice, residence, condition, source and flag rules; its name, host,
 * support and source), `capacity` and `assurance` (HSDS `assured_date` records
 * when the directory entry was checked, not the provider's policies).
 *
 * @param service - The service, validated with {@link ServiceSchema}.
 * @returns A new HSDS `service` object.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-service` or `directory/unknown-assurance-item`
 * when the service is invalid; `directory/invalid-service` (path `['service', 'eligibility', 'criteria']`) also
 * when its age limits contradict (`all` of a minimum age above a maximum age), which HSDS cannot hold.
 * @see Open Referral HSDS 3.0 (openreferral/specification, schema/service.json)
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
 * [hsds.status, hsds.organization_id, hsds.minimum_age, hsds.application_process];
 * //=> ['active', 'riverside', 18, 'Self-referral: contact the service directly.']
 * hsds.attributes?.[0]?.taxonomy_term;
 * //=> { id: 'social-prescribing-need-social-isolation', code: 'social-isolation', name: 'social-isolation', taxonomy: 'social-prescribing-need' }
 * ```
 */
export function toHsds(service: Service): HsdsService {
  const s = readService(service, ['service']);
  const out: Record<string, unknown> = { id: s.id, name: s.name };
  if (s.description !== undefined) out.description = s.description;
  out.status = s.status ?? 'active';
  out.organization_id = s.organization.id;
  out.organization = s.organization.name === undefined ? { id: s.organization.id } : { id: s.organization.id, name: s.organization.name };
  if (s.email !== undefined) out.email = s.email;
  if (s.url !== undefined) out.url = s.url;
  if (s.contactRoute !== undefined) out.application_process = APPLICATION_PROCESS[s.contactRoute];
  if (s.eligibility_description !== undefined) out.eligibility_description = s.eligibility_description;
  if (s.eligibility !== undefined) {
    const limits = ageLimits(s.eligibility.criteria);
    // HSDS cannot say "no age": limits that contradict would be written as a minimum above the maximum.
    if (limits.min !== null && limits.max !== null && limits.min > limits.max) {
      throw new SocialPrescribingError('directory/invalid-service', [
        { path: ['service', 'eligibility', 'criteria'], message: 'its age limits leave no age eligible (minimum above maximum)' },
      ]);
    }
    if (limits.min !== null) out.minimum_age = limits.min;
    if (limits.max !== null) out.maximum_age = limits.max;
  }
  if (s.service_areas !== undefined) {
    out.service_areas = s.service_areas.map((area, i) => ({ id: `${s.id}-area-${i + 1}`, service_id: s.id, ...area }));
  }
  if (s.schedules !== undefined) {
    out.schedules = s.schedules.map((schedule, i) => ({ id: `${s.id}-schedule-${i + 1}`, service_id: s.id, ...schedule }));
  }
  out.attributes = s.needs.map((need) => {
    const termId = `${HSDS_NEED_TAXONOMY}-${need}`;
    return {
      id: `${s.id}-need-${need}`,
      link_id: s.id,
      link_entity: 'service',
      link_type: 'need',
      taxonomy_term_id: termId,
      taxonomy_term: { id: termId, code: need, name: need, taxonomy: HSDS_NEED_TAXONOMY },
    };
  });
  return out as HsdsService;
}
