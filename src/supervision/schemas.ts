import * as z from 'zod';
import { IsoDateSchema, isIsoDate, toDayNumber } from '../core/index.js';
import { WorkingCalendarSchema } from '../calendar/index.js';

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

const MIN_DAY = /* @__PURE__ */ toDayNumber('1995-01-01');
const MAX_DAY = /* @__PURE__ */ toDayNumber('2100-12-31');

/** A date of the span: real, `YYYY-MM-DD`, within the years with bank holidays computed. */
const spanDate = /* @__PURE__ */ (() =>
  IsoDateSchema.refine((value) => !isIsoDate(value) || (toDayNumber(value) >= MIN_DAY && toDayNumber(value) <= MAX_DAY), {
    message: 'must be within the years 1995 to 2100, the years with bank holidays computed',
  }))();

/** The fields both supervision functions take. */
const spanShape = /* @__PURE__ */ (() => ({
  /** First day, `YYYY-MM-DD` (1995–2100). */
  from: spanDate,
  /** Last day, on or after `from`. */
  to: spanDate,
  /** The policy. Default {@link supervisionPolicies}.nhsEnglandMonthly (60 minutes a month). */
  policy: SupervisionPolicySchema.optional(),
  /**
   * The supervisee's working calendar (region, working weekdays, leave): a period with no working day
   * in it is not held to the requirement, and gets no session. Default Monday–Friday, England and Wales.
   */
  calendar: WorkingCalendarSchema.optional(),
}))();

/** `to` on or after `from` (checked once both are real dates). */
function spanInOrder(options: { from: string; to: string }, ctx: z.core.$RefinementCtx): void {
  if (options.to < options.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
}

/** An options object, named for the function taking it when it is not one. */
const notAnObject = (name: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_type' ? `${name} takes an options object` : undefined;

/**
 * Zod schema of {@link SupervisionComplianceOptions}: the span assessed (`from`, `to`), and
 * optionally the policy and the supervisee's working calendar. The source of the type and of its checks.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionComplianceOptionsSchema } from 'social-prescribing/supervision';
 *
 * SupervisionComplianceOptionsSchema.safeParse({ from: '2025-04-01', to: '2025-06-30' }).success;
 * //=> true
 * SupervisionComplianceOptionsSchema.safeParse({ from: '2025-06-30', to: '2025-04-01' }).success;
 * //=> false
 * ```
 */
export const SupervisionComplianceOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject(spanShape, { error: notAnObject('supervisionCompliance') }).superRefine(spanInOrder))();

/**
 * Options of {@link supervisionCompliance}: the span assessed, and optionally the policy and
 * the supervisee's working calendar (see {@link SupervisionComplianceOptionsSchema}).
 *
 * @category Supervision
 */
export type SupervisionComplianceOptions = z.input<typeof SupervisionComplianceOptionsSchema>;

/**
 * Zod schema of {@link SupervisionScheduleOptions}: the span, and optionally the policy, the
 * preferred weekday and week of the month, the calendar and the kind of the sessions. The source
 * of the type and of its checks: `preferredWeekOfMonth` applies only when the policy has a monthly
 * requirement.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SupervisionScheduleOptionsSchema } from 'social-prescribing/supervision';
 *
 * SupervisionScheduleOptionsSchema.safeParse({ from: '2025-04-01', to: '2025-06-30', preferredWeekday: 2 }).success;
 * //=> true
 * SupervisionScheduleOptionsSchema.safeParse({ from: '2025-04-01', to: '2025-06-30', preferredWeekday: 8 }).success;
 * //=> false
 * ```
 */
export const SupervisionScheduleOptionsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject(
      {
        ...spanShape,
        /** ISO weekday to meet on (Monday = 1). Default: the first weekday the calendar works. */
        preferredWeekday: z
          .literal([1, 2, 3, 4, 5, 6, 7], { error: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' })
          .optional(),
        /** For monthly periods: which occurrence of the weekday in the month (1–4 or `'last'`). Default 1. */
        preferredWeekOfMonth: z.literal([1, 2, 3, 4, 'last'], { error: "must be 1, 2, 3, 4 or 'last'" }).optional(),
        /** Kind of the sessions that meet the overall requirement. Default `'clinical-professional'`. */
        kind: z
          .enum(SupervisionKindSchema.options, { error: "must be 'clinical-professional', 'practice', 'educational' or 'peer'" })
          .optional(),
      },
      { error: notAnObject('supervisionSchedule') },
    )
    .superRefine((options, ctx) => {
      spanInOrder(options, ctx);
      if (options.preferredWeekOfMonth === undefined || options.policy === undefined) return;
      const { policy } = options;
      const frequencies = [policy.frequency, ...Object.values(policy.kinds ?? {}).map((requirement) => requirement.frequency)];
      if (!frequencies.includes('monthly')) {
        ctx.addIssue({ code: 'custom', path: ['preferredWeekOfMonth'], message: 'applies to monthly requirements only' });
      }
    }))();

/**
 * Options of {@link supervisionSchedule}: the span, and optionally the policy, preferred day,
 * calendar and kind (see {@link SupervisionScheduleOptionsSchema}).
 *
 * @category Supervision
 */
export type SupervisionScheduleOptions = z.input<typeof SupervisionScheduleOptionsSchema>;
