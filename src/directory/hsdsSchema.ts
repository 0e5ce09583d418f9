import * as z from 'zod';

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

const optionalText = z.string().nullish();

/**
 * Zod schema of the part of an Open Referral HSDS 3.0 `service` object this
 * library reads. Other HSDS fields are allowed and ignored (HSDS objects carry
 * many more fields: phones, locations, languages, funding, ...).
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
  attributes: z
    .array(
      z.looseObject({
        id: optionalText,
        taxonomy_term_id: optionalText,
        link_type: optionalText,
        taxonomy_term: z.looseObject({ code: optionalText, taxonomy: optionalText }).nullish(),
      }),
    )
    .nullish(),
});

/**
 * An Open Referral HSDS 3.0 `service` object, as far as this library reads it
 * (other fields pass through untyped).
 *
 * @category HSDS
 */
export type HsdsService = z.infer<typeof HsdsServiceSchema>;
