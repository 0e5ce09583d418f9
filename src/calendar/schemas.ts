import * as z from 'zod';
import { IsoDateSchema } from '../core/index.js';

/**
 * Zod schema of a {@link UkRegion}: one of the three UK jurisdictions with their own bank holidays.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { UkRegionSchema } from 'social-prescribing/calendar';
 *
 * UkRegionSchema.safeParse('scotland').success;
 * //=> true
 * UkRegionSchema.safeParse('wales').success;
 * //=> false
 * ```
 */
export const UkRegionSchema = /* @__PURE__ */ z.enum(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * A UK jurisdiction with its own bank holidays: England and Wales share one list;
 * Scotland and Northern Ireland each have their own.
 *
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide
 * @category Calendar
 */
export type UkRegion = z.infer<typeof UkRegionSchema>;

/**
 * Zod schema of a {@link WorkingCalendar}. Unknown keys are rejected (a typo such as
 * `workdays` would otherwise be ignored silently); `workingDays` needs at least one day.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { WorkingCalendarSchema } from 'social-prescribing/calendar';
 *
 * WorkingCalendarSchema.safeParse({ region: 'scotland', workingDays: [1, 2, 3] }).success;
 * //=> true
 * WorkingCalendarSchema.safeParse({ workingDays: [] }).success;
 * //=> false
 * ```
 */
// Built inside a pure IIFE: bundlers drop a pure call only when its arguments are free of calls too,
// and this keeps zod out of bundles that use the working-day functions alone.
export const WorkingCalendarSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    region: UkRegionSchema.optional(),
    workingDays: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]))
      .min(1, { message: 'must list at least one working weekday (1 = Monday ... 7 = Sunday)' })
      .readonly()
      .optional(),
    extraNonWorkingDays: z.array(IsoDateSchema).readonly().optional(),
  }))();

/**
 * Whose working days to count: the region's bank holidays, the weekdays worked
 * (ISO numbers, Monday = 1) and extra days off such as annual leave.
 *
 * Every field is optional: the default is Monday to Friday in England and Wales
 * with no extra days off. A part-time link worker on Monday, Tuesday and Wednesday
 * in Scotland is `{ region: 'scotland', workingDays: [1, 2, 3] }`.
 *
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022): "Monday – Friday 9am – 5pm"
 * @category Calendar
 */
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;
