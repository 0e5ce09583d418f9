import * as z from 'zod';
import { deepFreeze } from '../core/index.js';

/**
 * The HSDS taxonomy name under which {@link toHsds} writes a service's need
 * categories as `attributes[].taxonomy_term`, and from which {@link fromHsds} reads them.
 *
 * @category HSDS
 * @example
 * ```ts
 * import { HSDS_NEED_TAXONOMY } from 'social-prescribing/directory';
 *
 * HSDS_NEED_TAXONOMY;
 * //=> 'social-prescribing-need'
 * ```
 */
export const HSDS_NEED_TAXONOMY = 'social-prescribing-need';

/**
 * The HSDS taxonomy name of the attributes in which {@link toHsds} keeps a
 * service or organisation id that is not a UUID (HSDS 3.0 requires UUIDs): the
 * term's `code` is `service` or `organization` and the attribute's `value` is the
 * id. {@link fromHsds} reads the id back from it.
 *
 * @category HSDS
 * @example
 * ```ts
 * import { HSDS_ID_TAXONOMY } from 'social-prescribing/directory';
 *
 * HSDS_ID_TAXONOMY;
 * //=> 'social-prescribing-id'
 * ```
 */
export const HSDS_ID_TAXONOMY = 'social-prescribing-id';

/**
 * The namespace of the version 5 UUIDs {@link toHsds} derives: the UUID v5 of the
 * URL `https://www.npmjs.com/package/social-prescribing#hsds` in the RFC 9562 URL
 * namespace (`6ba7b811-9dad-11d1-80b4-00c04fd430c8`).
 *
 * A service whose id is not a UUID gets the UUID v5 of `service:<id>` in this
 * namespace (an organisation, `organization:<id>`); a schedule, service area or
 * attribute gets the UUID v5 of `<service uuid>/<collection>/<position or key>`,
 * such as `<service uuid>/schedules/0`.
 *
 * @see RFC 9562, Universally Unique IDentifiers (UUIDs) (IETF, May 2024), section 5.5 and appendix A.4
 * @category HSDS
 * @example
 * ```ts
 * import { HSDS_ID_NAMESPACE } from 'social-prescribing/directory';
 *
 * HSDS_ID_NAMESPACE;
 * //=> '67984d2d-f02d-5fc3-b2da-6d5a12ac2f38'
 * ```
 */
export const HSDS_ID_NAMESPACE = '67984d2d-f02d-5fc3-b2da-6d5a12ac2f38';

/**
 * The HSDS profiles {@link toHsds} can write: `hsds-3.0`, Open Referral's HSDS 3.0
 * as published; `oruk`, the Open Referral UK profile of HSDS 3.0.
 *
 * @category HSDS
 * @example
 * ```ts
 * import { HSDS_PROFILES } from 'social-prescribing/directory';
 *
 * HSDS_PROFILES;
 * //=> ['hsds-3.0', 'oruk']
 * ```
 */
export const HSDS_PROFILES = /* @__PURE__ */ deepFreeze(['hsds-3.0', 'oruk'] as const);

/**
 * One of {@link HSDS_PROFILES}.
 *
 * @category HSDS
 */
export type HsdsProfile = (typeof HSDS_PROFILES)[number];

/**
 * The URI identifying each profile, for the `profile` field of an HSDS API's
 * `/` endpoint ("The identifier for the HSDS profile used by this API"), which
 * says which profile a feed follows.
 *
 * @see Open Referral HSDS 3.0 API reference (openreferral/specification, tag v3.0, docs/hsds/api_reference.md)
 * @see Open Referral UK profile (OpenReferralUK/uk-profile, commit 822a58c, 10 September 2024)
 * @category HSDS
 * @example
 * ```ts
 * import { HSDS_PROFILE_URIS } from 'social-prescribing/directory';
 *
 * HSDS_PROFILE_URIS.oruk;
 * //=> 'https://github.com/OpenReferralUK/uk-profile'
 * ```
 */
export const HSDS_PROFILE_URIS: Readonly<Record<HsdsProfile, string>> = /* @__PURE__ */ deepFreeze({
  'hsds-3.0': 'https://github.com/openreferral/specification/tree/v3.0',
  oruk: 'https://github.com/OpenReferralUK/uk-profile',
});

const optionalText = z.string().nullish();

/**
 * Zod schema of the part of an Open Referral HSDS 3.0 `service` object this
 * library models. Other HSDS fields are allowed; {@link fromHsds} carries them
 * through untouched (phones, locations, languages, funding, ...).
 *
 * Field names checked against `schema/service.json`, `service_area.json`,
 * `schedule.json` and `attribute.json` of the openreferral/specification repository.
 *
 * @see Open Referral HSDS 3.0, `service`, `service_area`, `schedule`, `attribute`, `taxonomy_term`
 * @category HSDS
 * @example
 * ```ts
 * import { HsdsServiceSchema } from 'social-prescribing/directory';
 *
 * HsdsServiceSchema.safeParse({ id: 's1', name: 'Walk and Talk', status: 'active', organization_id: 'o1' }).success;
 * //=> true
 * HsdsServiceSchema.safeParse({ id: 's1', name: 'Walk and Talk', minimum_age: 'eighteen' }).success;
 * //=> false
 * ```
 */
export const HsdsServiceSchema = /* @__PURE__ */ z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: optionalText,
  organization_id: optionalText,
  organization: z.looseObject({ id: z.string().min(1).nullish(), name: optionalText }).nullish(),
  email: optionalText,
  url: optionalText,
  status: optionalText,
  application_process: optionalText,
  eligibility_description: optionalText,
  minimum_age: z.number().nullish(),
  maximum_age: z.number().nullish(),
  service_areas: z
    .array(z.looseObject({ id: optionalText, name: optionalText, description: optionalText }))
    .nullish(),
  schedules: z.array(z.looseObject({})).nullish(),
  capacities: z.array(z.looseObject({})).nullish(),
  attributes: z
    .array(
      z.looseObject({
        id: optionalText,
        taxonomy_term_id: optionalText,
        link_type: optionalText,
        value: z.unknown().optional(),
        taxonomy_term: z.looseObject({ code: optionalText, taxonomy: optionalText }).nullish(),
      }),
    )
    .nullish(),
});

/**
 * An Open Referral HSDS 3.0 `service` object, as far as this library models it
 * (other fields pass through untyped).
 *
 * @category HSDS
 */
export type HsdsService = z.infer<typeof HsdsServiceSchema>;

/**
 * Zod schema of the part of an Open Referral HSDS 3.0 `organization` object that
 * {@link fromHsdsOrganization} reads: its `id`, `name` and `services`. Other
 * fields are allowed.
 *
 * @see Open Referral HSDS 3.0, `organization` (openreferral/specification, tag v3.0, schema/organization.json)
 * @category HSDS
 * @example
 * ```ts
 * import { HsdsOrganizationSchema } from 'social-prescribing/directory';
 *
 * HsdsOrganizationSchema.safeParse({ id: 'o1', name: 'Advice Centre', description: 'Advice', services: [] }).success;
 * //=> true
 * HsdsOrganizationSchema.safeParse({ id: 'o1', name: 'Advice Centre', services: {} }).success;
 * //=> false
 * ```
 */
export const HsdsOrganizationSchema = /* @__PURE__ */ z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  services: z.array(z.unknown()).nullish(),
});

/**
 * An Open Referral HSDS 3.0 `organization` object, as far as this library reads it.
 *
 * @category HSDS
 */
export type HsdsOrganization = z.infer<typeof HsdsOrganizationSchema>;

const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Zod schema of one page of an HSDS 3.0 API list of services (`GET /services`):
 * the page header (`total_items`, `total_pages`, `page_number`, `size`,
 * `first_page`, `last_page`, `empty`) and `contents`, the services on the page.
 * The header fields are optional, as the API's `Page` schema does not require
 * them; other fields are allowed.
 *
 * @see Open Referral HSDS 3.0 API reference, "Lists", and schema/openapi.json (`Page`, `/services`) (openreferral/specification, tag v3.0)
 * @category HSDS
 * @example
 * ```ts
 * import { HsdsServicePageSchema } from 'social-prescribing/directory';
 *
 * HsdsServicePageSchema.safeParse({ total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false, contents: [] }).success;
 * //=> true
 * HsdsServicePageSchema.safeParse({ page_number: 'one', contents: [] }).success;
 * //=> false
 * ```
 */
export const HsdsServicePageSchema = /* @__PURE__ */ z.looseObject({
  total_items: count.optional(),
  total_pages: count.optional(),
  page_number: count.optional(),
  size: count.optional(),
  first_page: z.boolean().optional(),
  last_page: z.boolean().optional(),
  empty: z.boolean().optional(),
  contents: z.array(z.unknown()),
});

/**
 * One page of an HSDS 3.0 API list of services.
 *
 * @category HSDS
 */
export type HsdsServicePage = z.infer<typeof HsdsServicePageSchema>;
