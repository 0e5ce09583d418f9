import { deepFreeze } from "./deepFreeze.js";

/**
 * Every error code the library throws, by module, with what it means: the one table behind
 * each module's `<MODULE>_ERRORS`, the {@link ErrorCode} union that
 * {@link SocialPrescribingError.code} is typed with, and the error tables in the guides
 * (generated from it by `scripts/error-tables.ts`; a test keeps them in step).
 *
 * @category Errors
 * @example
 * ```ts
 * import { ERROR_CODES } from 'social-prescribing/core';
 *
 * ERROR_CODES.caseload['caseload/rate-above-one'];
 * //=> 'a rate above 1 (a percentage written as 1.6 instead of 0.016)'
 * Object.isFrozen(ERROR_CODES.caseload);
 * //=> true
 * ```
 */
export const ERROR_CODES = /* @__PURE__ */ deepFreeze({
  core: {
    "core/invalid-argument":
      "a core helper was given arguments of the wrong kind (`issuesFromZod` something other than zod issues, `unknownOptionIssues` something other than an object and option names)",
    "core/invalid-date":
      "`toDayNumber`, `addDays`, `daysBetween` or `isoWeekday` was given something that is not a real `YYYY-MM-DD` date",
    "core/invalid-day-number":
      "`fromDayNumber`, `isoWeekday` or `addDays` was given a day number or a count of days that is not a whole number within the years 1000–9999",
  },
  calendar: {
    "calendar/invalid-calendar":
      "a malformed `WorkingCalendar`: unknown region or key, weekday outside 1–7, no working days, a bad leave date",
    "calendar/invalid-count":
      "`addWorkingDays` with an `n` that is not a whole number",
    "calendar/invalid-date":
      "a date that is not a real `YYYY-MM-DD` calendar date",
    "calendar/invalid-range": "`workingDaysBetween` with `to` before `from`",
    "calendar/invalid-region":
      "`ukBankHolidays` with a region other than the three",
    "calendar/year-out-of-range":
      "a year, a date or a result outside 1995–2100, or a fractional year",
  },
  caseload: {
    "caseload/invalid-contacts":
      "contacts per person negative or not a finite number",
    "caseload/invalid-group":
      "a bad `groupBy` or `groupNameBy`, or a PCN without its group (a non-empty string in its own field)",
    "caseload/invalid-leave-days":
      "leave days negative, not a finite number, or taking every working day",
    "caseload/invalid-list-size":
      "a list size that is missing, negative, fractional, not a finite number or above 2^53 − 1",
    "caseload/invalid-options":
      "options that are not an object; an empty `pcns`; an option `planCaseloadByGroup` does not have; output options that do not match their schema, or name a group or rate the plan does not have",
    "caseload/invalid-pcn-id": "a missing or repeated PCN id",
    "caseload/invalid-people-per-worker":
      "people per worker missing, zero, negative or not a finite number",
    "caseload/invalid-plan":
      "a plan output given something other than a result of `planCaseloadByGroup`",
    "caseload/invalid-rate":
      "a rate that is missing, negative or not a finite number",
    "caseload/invalid-rates":
      "`rates` empty, over 8, with a repeated id or a rate outside 0–1",
    "caseload/invalid-referrals":
      "referrals a year negative or not a finite number",
    "caseload/invalid-rows":
      "`pcnListSizes` or `listSizesFromCsv` given something other than rows of strings with a header first, as `parseCsv` returns them",
    "caseload/invalid-weeks": "weeks supported negative or not a finite number",
    "caseload/invalid-working-days": "working days a year outside 1–366",
    "caseload/invalid-wte": "WTE negative or not a finite number",
    "caseload/inverted-range": "a range with `min > max`",
    "caseload/missing-column":
      "a header without a column the file needs (each one named)",
    "caseload/rate-above-one":
      "a rate above 1 (a percentage written as 1.6 instead of 0.016)",
    "caseload/unknown-layout":
      'a file with the columns of neither published layout of "Patients Registered at a GP Practice"',
  },
  eligibility: {
    "eligibility/duplicate-scheme-id":
      "two schemes given to `findEligibleSchemes` share an id",
    "eligibility/inconsistent-age":
      "`age` and `birthDate` disagree on the referral date",
    "eligibility/invalid-area":
      "`withArea` values are empty, not strings, or repeat",
    "eligibility/invalid-people":
      "`summarizeScreening` was given people that are not an iterable of objects",
    "eligibility/invalid-person":
      "a person field is malformed: a birth date that is not a real date or is after the referral date, an age that is not a whole number from 0 to 150, conditions that are not non-empty strings, a flag that is not `true`/`false`",
    "eligibility/invalid-referral":
      "`referredOn` is not a real date, or `source` is not a non-empty string",
    "eligibility/invalid-result":
      "`formatEligibility` was given something other than a `checkEligibility` result",
    "eligibility/invalid-scheme":
      "a scheme fails validation: unknown kind or field, `min > max`, a repeated value in a list, a repeated criterion id, a missing name (from `defineScheme`, and from `checkEligibility`, `compileScheme`, `findEligibleSchemes`, `withArea` on first use of an unchecked scheme)",
    "eligibility/invalid-screening":
      "`screeningToRows` or `screeningToMarkdown` was given something other than a `summarizeScreening` result",
    "eligibility/no-area-to-set":
      "`withArea` found no unset area criterion (or none with a given id)",
    "eligibility/too-deep": "criteria nest deeper than 100 levels",
    "eligibility/invalid-options":
      "`summarizeScreening` options are not an object, or `onProgress` or `progressEvery` is bad (path `['options', ...]`)",
  },
  referrals: {
    "referrals/invalid-count": "`count` is not a whole number from 0 to 1,000",
    "referrals/invalid-date":
      "`asOf` or `start` is not a real `YYYY-MM-DD` date",
    "referrals/invalid-input": "the records are not iterable",
    "referrals/invalid-interval":
      "`everyDays` is not a whole number from 1 to 366",
    "referrals/invalid-options": "the options are not an object",
    "referrals/invalid-range":
      "`expected` is not `{ min, max }` with finite numbers, 0 or more, and `min <= max`",
    "referrals/invalid-referral":
      "the referral is not a valid `Referral` (these functions trust validated input and check only its shape; validate with `ReferralSchema` or `validateReferrals` first); an entry of `events` or `contacts` that is not an object, such as a hole in a sparse array, is named by its path (`['referral', 'events', 0]`)",
    "referrals/invalid-status": "the status is not one of `REFERRAL_STATUSES`",
  },
  supervision: {
    "supervision/invalid-calendar":
      "a calendar that does not match `WorkingCalendarSchema`, including a working pattern with no working days",
    "supervision/invalid-date":
      "`from` or `to` not a real `YYYY-MM-DD` date, or outside 1995–2100",
    "supervision/invalid-options":
      "options not an object; an unknown option; `preferredWeekday` outside 1–7; `preferredWeekOfMonth` other than 1–4 or `'last'`, or given for a policy with no monthly requirement; an unknown `kind`",
    "supervision/invalid-policy":
      "a policy that does not match `SupervisionPolicySchema`: unknown frequency or kind, minutes not above 0",
    "supervision/invalid-range": "`to` before `from`",
    "supervision/invalid-record":
      "records not an array; a record with a bad date, minutes not above 0 (or above a day), or an unknown kind: every bad record is listed by index and field",
  },
  outcomes: {
    "outcomes/incompatible-state":
      "the other accumulator or state was made with different options, or is not a state",
    "outcomes/invalid-count":
      "counts that are not whole, negative, or successes above trials",
    "outcomes/invalid-input": "the input is not (async) iterable",
    "outcomes/invalid-items":
      "wrong number of items, or an item outside its range or missing, a hole in a sparse array included (reported by index or name): a score is never `NaN`",
    "outcomes/invalid-options":
      "an unknown option or a bad value (path given; a hole in `groupBy` is named by its index); `lonelyAtOrAbove` missing; `escapeFormulas` of `summaryToCsv` not a boolean",
    "outcomes/invalid-period": "`from` is after `to`; for `serviceStatistics`, `from` or `to` outside the calendar's years 1995–2100",
    "outcomes/invalid-summary":
      'the argument is not a summary made by `summarizeOutcomes` (or statistics made by `serviceStatistics`; a number that is not finite is never written as "NaN")',
  },
  directory: {
    "directory/duplicate-service-id": "two services share an id",
    "directory/invalid-date": "`asOf` is not a real `YYYY-MM-DD` date",
    "directory/invalid-demand":
      "`provisionGaps` demand has an unknown or repeated need, or a count that is negative or not a finite number",
    "directory/invalid-directory":
      "the directory is neither an array nor an index from `createDirectoryIndex`",
    "directory/invalid-hsds":
      "HSDS input lacks `id`, `name` or an organisation id, or holds a value this library cannot represent or carry; a feed page has no `contents` array, a bad header, or another page's `page_number`",
    "directory/invalid-needs":
      "`matchServices` needs are empty, unknown or repeated",
    "directory/invalid-options":
      "an options argument is not an object; a bad `detail`, `area` or `per`; `asOf` or `policy` given with an index; bad HSDS options (`needs`, `organization`, `profile`, `firstPage`, `maxPages`, a `fetchPage` that is not a function)",
    "directory/invalid-person":
      "the person does not match the eligibility module's `PersonSchema`",
    "directory/invalid-policy":
      "an assurance policy does not match `AssurancePolicySchema`",
    "directory/invalid-referral":
      "the referral does not match `EligibilityReferralSchema`",
    "directory/invalid-service":
      "a service does not match `ServiceSchema` (paths such as `['directory', 3, 'assurance', 'policies', 'safeguarding', 'lastReviewed']`)",
    "directory/unknown-assurance-item":
      "a service or a policy names an assurance item that is not one of the nine",
    "directory/too-many-pages":
      "`readHsdsServicePages` read `maxPages` pages and the feed had not ended",
  },
  synthetic: {
    "synthetic/invalid-options": "bad count, seed, dates, PCN list or offset",
  },
  csv: {
    "csv/invalid-cell":
      "a cell is not text, a finite number, a boolean or `null`, or is a hole in a sparse row (path `[row, column]`)",
    "csv/invalid-input":
      "the text, chunks or rows are not what the function reads (chunks must be strings: open files with an encoding); a header cell that is not a string is named by its index (`['header', 2]`)",
    "csv/invalid-options":
      "the options are not an object, `escapeFormulas` is not a boolean, or `columns` does not map known referral fields to header names",
    "csv/invalid-referral":
      "a record is not a valid `Referral` (a hole or `null` in a list, a field of the wrong type) or its `id` could be an NHS number; the path is the record's index, then the field and list index when known (`[3, 'needs', 1]`)",
    "csv/missing-column":
      "the header lacks `id`, `referredOn` or `source` (one issue per missing column); for the export readers, a column the mapping names (path `['mapping', field, 'column']`)",
    "csv/unterminated-quote":
      "a quoted field never closes (the issue's path is the row number)",
    "csv/invalid-mapping":
      "an export mapping fails `ExportMappingSchema` (an unknown field, a date format with time tokens or no year, an alias to an unknown id)",
  },
  render: {
    "render/invalid-options":
      "an option is unknown or out of range (`scale` outside 0.1–10, an empty `background`)",
    "render/invalid-spec":
      "the spec is not an object, or is not a Vega-Lite specification that vega-lite and vega can render",
    "render/missing-dependency":
      "`vega`, `vega-lite` or `@resvg/resvg-js` is not installed (the issue's path names the package)",
  },
  fhir: {
    "fhir/invalid-bundle":
      "`referralFromFhir` was given something that is not a `Bundle`, an entry without a `resource`, or a resource it reads is malformed (every issue at its path from the bundle, such as `['entry', 3, 'resource', 'period', 'start']`)",
    "fhir/invalid-options":
      "`referralToFhir` or `messageBackToGp` options fail `ReferralToFhirOptionsSchema` or `MessageBackOptionsSchema`, or `asOf` is before the referral date",
    "fhir/invalid-referral":
      "the referral fails `ReferralSchema` (issues at its paths), or what `referralFromFhir` read is not a valid referral (issues under `['referral', ...]`)",
    "fhir/missing-service-request":
      "`referralFromFhir` found no referral `ServiceRequest`, or several and no Task whose `focus` picks one",
    "fhir/unsupported-status":
      "`referralFromFhir` met a Task `entered-in-error`, an Encounter neither attended nor `cancelled` (such as `planned`), or a Task history event that is not a referral event type",
  },
} as const);

/**
 * A module that throws errors: a key of {@link ERROR_CODES}.
 *
 * @category Errors
 */
export type ErrorModule = keyof typeof ERROR_CODES;

/**
 * Every error code of the library: `<module>/<problem>`, the union of each module's codes.
 *
 * @category Errors
 */
export type ErrorCode = {
  [M in ErrorModule]: keyof (typeof ERROR_CODES)[M];
}[ErrorModule];
