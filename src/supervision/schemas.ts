import * as z from 'zod';
import { IsoDateSchema } from '../core/index.js';

/**
 * Zod schema of a {@link SupervisionKind}.
 *
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber) (educational, clinic/practice and clinical/professional supervision)
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) (peer reflective practice with other link workers)
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionKindSchema } from 'social-prescribing/supervision';
 *
 * SupervisionKindSchema.options;
 * //=> ['clinical-professional', 'practice', 'educational', 'peer']
 * ```
 */
export const SupervisionKindSchema = /* @__PURE__ */ z.enum(['clinical-professional', 'practice', 'educational', 'peer']);

/**
 * The kind of a supervision session, after NHS England's terms plus Sefton's peer meetings:
 *
 * - `clinical-professional`: regular support from a named senior or experienced clinician or
 *   practitioner (for a link worker, usually GP clinical supervision);
 * - `practice`: day-to-day support from a named or duty senior for issues arising in the
 *   practice (this library also records employer line management as `practice`);
 * - `educational`: supports learning towards proficiency;
 * - `peer`: reflective practice with other link workers.
 *
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber)
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019)
 * @category Supervision
 */
export type SupervisionKind = z.infer<typeof SupervisionKindSchema>;

/**
 * Zod schema of a {@link SupervisionFrequency}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionFrequencySchema } from 'social-prescribing/supervision';
 *
 * SupervisionFrequencySchema.safeParse('monthly').success;
 * //=> true
 * ```
 */
export const SupervisionFrequencySchema = /* @__PURE__ */ z.enum(['weekly', 'fortnightly', 'monthly']);

/**
 * How often supervision is due. Periods are calendar months, ISO weeks (Monday to
 * Sunday), or fortnights of two ISO weeks counted from the week that holds `from`.
 *
 * @category Supervision
 */
export type SupervisionFrequency = z.infer<typeof SupervisionFrequencySchema>;

/**
 * Zod schema of a {@link SupervisionRequirement}: a frequency and the minutes due in each period
 * (above 0, at most a week of minutes).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionRequirementSchema } from 'social-prescribing/supervision';
 *
 * SupervisionRequirementSchema.safeParse({ frequency: 'monthly', minutesPerPeriod: 60 }).success;
 * //=> true
 * SupervisionRequirementSchema.safeParse({ frequency: 'monthly', minutesPerPeriod: -60 }).success;
 * //=> false
 * ```
 */
export const SupervisionRequirementSchema = /* @__PURE__ */ z.strictObject({
  frequency: SupervisionFrequencySchema,
  minutesPerPeriod: z.number().positive().max(10_080),
});

/**
 * A frequency and the minutes of supervision due in each period: "60 minutes a month".
 *
 * @category Supervision
 */
export type SupervisionRequirement = z.infer<typeof SupervisionRequirementSchema>;

/**
 * Zod schema of a {@link SupervisionPolicy}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionPolicySchema } from 'social-prescribing/supervision';
 *
 * SupervisionPolicySchema.safeParse({
 *   frequency: 'monthly',
 *   minutesPerPeriod: 60,
 *   kinds: { peer: { frequency: 'fortnightly', minutesPerPeriod: 30 } },
 * }).success;
 * //=> true
 * SupervisionPolicySchema.safeParse({ frequency: 'monthly', minutesPerPeriod: 60, kinds: { coaching: { frequency: 'monthly', minutesPerPeriod: 60 } } }).success;
 * //=> false
 * ```
 */
export const SupervisionPolicySchema = /* @__PURE__ */ z.strictObject({
  frequency: SupervisionFrequencySchema,
  minutesPerPeriod: z.number().positive().max(10_080),
  kinds: z.partialRecord(SupervisionKindSchema, SupervisionRequirementSchema).optional(),
  name: z.string().max(200).optional(),
  source: z.string().max(500).optional(),
});

/**
 * A supervision policy, as data a service can store and load: an overall requirement
 * (`frequency`, `minutesPerPeriod`) met by sessions of any kind, and optionally a
 * requirement of its own for some kinds (`kinds`), each reported separately.
 *
 * @see {@link supervisionPolicies} for the presets.
 * @category Supervision
 */
export type SupervisionPolicy = z.infer<typeof SupervisionPolicySchema>;

/**
 * Zod schema of a {@link SupervisionRecord}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionRecordSchema } from 'social-prescribing/supervision';
 *
 * SupervisionRecordSchema.safeParse({ on: '2025-04-01', minutes: 60, kind: 'peer' }).success;
 * //=> true
 * SupervisionRecordSchema.safeParse({ on: '2025-04-01', minutes: -5, kind: 'peer' }).success;
 * //=> false
 * ```
 */
export const SupervisionRecordSchema = /* @__PURE__ */ z.object({
  on: IsoDateSchema,
  minutes: z.number().positive().max(1_440),
  kind: SupervisionKindSchema,
});

/**
 * One supervision session that took place (or is scheduled): its date, length and kind.
 * Other fields (a supervisor id, notes) are allowed and ignored.
 *
 * @category Supervision
 */
export type SupervisionRecord = z.infer<typeof SupervisionRecordSchema>;
