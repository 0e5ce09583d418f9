/**
 * The mapping from a case-management system's flat export to referral records: plain JSON,
 * validated by {@link ExportMappingSchema}, stored and reused; and the built-in alias tables.
 *
 * @module
 */
import * as z from 'zod';
import { deepFreeze, SocialPrescribingError } from '../core/index.js';
import { CLOSE_REASONS } from '../referrals/index.js';

/**
 * The statuses an export gives without a date, the targets of the `status` alias table (the
 * referral's `undated.status`).
 *
 * @category CSV
 * @example
 * ```ts
 * import { EXPORT_STATUSES } from 'social-prescribing/csv';
 *
 * EXPORT_STATUSES;
 * //=> ['referred', 'accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed']
 * ```
 */
export const EXPORT_STATUSES = /* @__PURE__ */ Object.freeze(['referred', 'accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed'] as const);

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The key an alias is matched by: lower case, with everything but letters and digits taken out,
 * so `G.P.`, `gp` and ` GP ` are one key, and `Self referral` matches `self-referral`.
 *
 * @param text - A label from an export or an alias table.
 * @returns Its key.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-input` when `text` is not a string.
 * @category CSV
 * @example
 * ```ts
 * import { aliasKey } from 'social-prescribing/csv';
 *
 * [aliasKey('G.P.'), aliasKey(' Self  Referral '), aliasKey('N/A')];
 * //=> ['gp', 'selfreferral', 'na']
 * ```
 */
export function aliasKey(text: string): string {
  const given: unknown = text;
  if (typeof given !== 'string') throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'must be a string' }]);
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const table = <T extends string>(entries: Record<T, readonly string[]>): Readonly<Record<string, T>> => {
  const out: Record<string, T> = {};
  for (const [target, labels] of Object.entries(entries) as [T, readonly string[]][]) {
    for (const label of [target, ...labels]) out[aliasKey(label)] = target;
  }
  return out;
};

/**
 * The built-in alias tables: for each kind of coded value, the labels such exports commonly use,
 * as alias keys (see {@link aliasKey}) to the library's ids. A mapping's own `aliases` extend
 * them and win on a clash. Every id is also its own alias (`gp-practice`, `goals-met`).
 *
 * - `source`: referral sources ({@link eligibility!REFERRAL_SOURCE_IDS}): `GP`, `G.P.`, `GP surgery`,
 *   `Self referral`, `Social services`, `Hospital discharge`, `VCSE`, `Charity`, ...
 * - `status`: the export's current status: `Open`, `Active` (accepted), `DNA`/`No response`
 *   (unable to contact), `Discharged`/`Completed` (closed), ...
 * - `closeReason`: {@link referrals!CLOSE_REASONS}: `Goals achieved`, `Did not engage`,
 *   `Moved out of area`, `Signposted`, `Withdrew`, ...
 * - `contactMode`: {@link referrals!CONTACT_MODES}: `F2F`, `In person`, `Phone`, `Teams`, `SMS`, ...
 *
 * @category CSV
 * @example
 * ```ts
 * import { aliasKey, EXPORT_ALIASES } from 'social-prescribing/csv';
 *
 * [EXPORT_ALIASES.source[aliasKey('G.P.')], EXPORT_ALIASES.status[aliasKey('Open')], EXPORT_ALIASES.closeReason[aliasKey('Goals achieved')]];
 * //=> ['gp-practice', 'accepted', 'goals-met']
 * ```
 */
export const EXPORT_ALIASES = /* @__PURE__ */ (() =>
  deepFreeze({
  source: table({
    'gp-practice': ['GP', 'G.P.', 'GP practice', 'GP surgery', 'Surgery', 'Practice', 'GP referral', 'Doctor', 'Practice nurse', 'General practice'],
    'pcn-staff': ['PCN', 'PCN staff', 'ARRS', 'Care coordinator', 'Health and wellbeing coach'],
    'adult-social-care': ['ASC', 'Social care', 'Social services', 'Adult social services', 'Social worker'],
    hospital: ['Hospital', 'Acute trust', 'Outpatients', 'A&E', 'ED'],
    'hospital-discharge': ['Discharge', 'Hospital discharge', 'Discharge team'],
    gpimhs: ['GPIMHS', 'Mental health', 'Community mental health team', 'CMHT'],
    'multidisciplinary-team': ['MDT', 'Multidisciplinary team', 'Multi-disciplinary team'],
    'community-pharmacy': ['Pharmacy', 'Pharmacist', 'Community pharmacy'],
    'allied-health-professional': ['AHP', 'Physiotherapist', 'Occupational therapist', 'District nurse'],
    'fire-service': ['Fire service', 'Fire and rescue'],
    police: ['Police'],
    jobcentre: ['Jobcentre', 'Job centre', 'DWP', 'Jobcentre Plus'],
    housing: ['Housing', 'Housing association', 'Housing officer'],
    'local-authority': ['Council', 'Local authority', 'LA'],
    vcse: ['VCSE', 'Voluntary sector', 'Charity', 'Community group', 'Voluntary organisation', 'Third sector'],
    professional: ['Professional', 'Other professional', 'Health professional'],
    self: ['Self', 'Self referral', 'Self-referral', 'Self referred', 'Self-referred', 'Walk in', 'Family', 'Carer', 'Family member'],
  }),
  status: table({
    referred: ['New', 'Received', 'Pending', 'Awaiting contact', 'Waiting', 'Waiting list', 'Not yet contacted'],
    accepted: ['Open', 'Active', 'Ongoing', 'In progress', 'Allocated', 'Engaged', 'Current'],
    declined: ['Refused', 'Rejected', 'Not accepted', 'Declined service', 'Declined referral'],
    'unable-to-contact': ['Uncontactable', 'No response', 'No reply', 'Could not contact', 'Unable to contact', 'DNA', 'Did not attend'],
    'on-hold': ['On hold', 'Paused', 'Suspended'],
    closed: ['Discharged', 'Completed', 'Finished', 'Ended', 'Case closed'],
  }),
  closeReason: table({
    'goals-met': ['Goals met', 'Goals achieved', 'Goal achieved', 'Outcome achieved', 'Achieved goals', 'Successful', 'Completed'],
    disengaged: ['Did not engage', 'DNE', 'Disengaged', 'No longer engaging', 'Lost contact', 'Lost to follow up', 'Non-engagement'],
    'moved-away': ['Moved away', 'Moved area', 'Moved out of area', 'Relocated', 'Left area'],
    'referred-elsewhere': ['Referred elsewhere', 'Referred on', 'Onward referral', 'Transferred', 'Signposted', 'Signposted elsewhere'],
    deceased: ['Died', 'Passed away', 'Deceased'],
    'declined-further-support': ['Withdrew', 'Withdrawn', 'Client withdrew', 'Patient declined', 'No longer wants support', 'Declined further support'],
    other: ['Other'],
  }),
  contactMode: table({
    'face-to-face': ['F2F', 'Face to face', 'In person', 'Face-to-face', 'Clinic', 'Appointment'],
    telephone: ['Phone', 'Telephone', 'Tel', 'Call', 'Phone call', 'Telephone call'],
    video: ['Video', 'Video call', 'Teams', 'Zoom', 'Online'],
    'home-visit': ['Home visit', 'Home', 'Visit'],
    group: ['Group', 'Group session', 'Group activity'],
    text: ['Text', 'SMS', 'Text message'],
    email: ['Email', 'E-mail'],
  }),
}))();

/**
 * The texts read as "not known" by default (compared by alias key): blank, `N/A`, `NA`,
 * `Not known`, `Unknown`, `Not recorded`, `Null`, `None` and `-`.
 *
 * @category CSV
 * @example
 * ```ts
 * import { EXPORT_UNKNOWN_TEXTS } from 'social-prescribing/csv';
 *
 * EXPORT_UNKNOWN_TEXTS.includes('N/A');
 * //=> true
 * ```
 */
export const EXPORT_UNKNOWN_TEXTS = /* @__PURE__ */ deepFreeze(['', 'N/A', 'NA', 'Not known', 'Unknown', 'Not recorded', 'Null', 'None', '-']);

/** Tokens a declared date format may use: day, month (number or name) and year, and separators. */
const DATE_FORMAT = /^(?:d{1,2}|M{1,4}|y{2}|y{4}|[-/. ,])+$/;

const column = () => z.string().min(1).max(200);
const aliasTable = <T extends z.ZodType<string>>(target: T) => z.record(z.string().max(200), target).optional();

const DateColumnSchema = /* @__PURE__ */ (() => z.strictObject({
  column: column(),
  format: z
    .string()
    .max(40)
    .regex(DATE_FORMAT, { message: 'must be a date-fns format of day, month and year tokens (dd/MM/yyyy, d MMM yyyy, yyyy-MM-dd, dd/MM/yy)' })
    .refine((format) => /d/.test(format) && /M/.test(format) && /y/.test(format), { message: 'must have a day, a month and a year token' }),
}))();

const TextColumnSchema = /* @__PURE__ */ (() => z.strictObject({
  column: column(),
  /** `trim` (default): spaces trimmed and runs of spaces made one; `kebab`: lower-case kebab id; `as-is`. */
  normalise: z.enum(['trim', 'kebab', 'as-is']).optional(),
  aliases: aliasTable(z.string().min(1).max(128)),
}))();

const NumberColumnSchema = /* @__PURE__ */ (() => z.strictObject({ column: column() }))();

const ScoreColumnsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    instrument: z.string().max(64).regex(KEBAB_ID, { message: 'must be a kebab-case instrument id' }),
    start: column().optional(),
    end: column().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.start !== undefined || s.end !== undefined, { message: 'must name a start or an end column', path: ['start'] })
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, { message: 'must not be above max', path: ['min'] }))();

/**
 * Zod schema of an export mapping: for each field of a referral, which column of the export
 * feeds it and how. Plain JSON, so a team writes it once, stores it beside its export and reuses
 * it. Columns are matched to the header by {@link aliasKey} (`Referral Date` = `referral date`).
 *
 * - `id`: the record's pseudonymous key; without it a row's id is `row-<n>`, its row number.
 * - `referredOn` (required), `closedOn`: `{ column, format }` with a date-fns format of day,
 *   month and year tokens, read strictly (`31/02/2025` is an error). A two-digit year (`yy`) is
 *   read in the hundred years from `twoDigitYearsFrom` (default 1950: `25` is 2025, `75` 1975).
 * - `source` (required), `status`, `closeReason`: coded values through the built-in
 *   {@link EXPORT_ALIASES} extended by `aliases` (`{ "Practice nurse": "gp-practice" }`).
 * - `pcn`, `practiceCode`, `workerId`, `schemeId`: text, trimmed (or `normalise: 'kebab'`),
 *   with optional `aliases` to merge spellings.
 * - `contactsAttended`, `contactsMissed`: whole numbers (`1,024` allowed), counts without dates.
 * - `scores`: `[{ instrument, start, end, min?, max? }]`, start and end scores without dates
 *   (SWEMWBS 7–35, UCLA-3 3–9, MYCaW 0–6 unless `min`/`max` say otherwise).
 * - `unknown`: the texts read as not known (default {@link EXPORT_UNKNOWN_TEXTS}).
 *
 * @category CSV
 * @example
 * ```ts
 * import { ExportMappingSchema } from 'social-prescribing/csv';
 *
 * ExportMappingSchema.safeParse({
 *   referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' },
 *   source: { column: 'Referral Source', aliases: { 'Practice nurse': 'gp-practice' } },
 * }).success;
 * //=> true
 * ExportMappingSchema.safeParse({ referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy HH:mm' }, source: { column: 'Source' } }).success;
 * //=> false
 * ```
 */
export const ExportMappingSchema = /* @__PURE__ */ (() => z.strictObject({
  id: NumberColumnSchema.optional(),
  referredOn: DateColumnSchema,
  source: z.strictObject({ column: column(), aliases: aliasTable(z.string().max(64).regex(KEBAB_ID, { message: 'must be a kebab-case source id' })) }),
  pcn: TextColumnSchema.optional(),
  practiceCode: TextColumnSchema.optional(),
  workerId: TextColumnSchema.optional(),
  schemeId: TextColumnSchema.optional(),
  status: z.strictObject({ column: column(), aliases: aliasTable(z.enum(EXPORT_STATUSES)) }).optional(),
  closedOn: DateColumnSchema.optional(),
  closeReason: z.strictObject({ column: column(), aliases: aliasTable(z.enum(CLOSE_REASONS)) }).optional(),
  contactsAttended: NumberColumnSchema.optional(),
  contactsMissed: NumberColumnSchema.optional(),
  scores: z.array(ScoreColumnsSchema).max(20).optional(),
  unknown: z.array(z.string().max(100)).max(100).optional(),
  twoDigitYearsFrom: z.number().int().min(1000).max(9900).optional(),
}))();

/**
 * An export mapping: see {@link ExportMappingSchema}.
 *
 * @category CSV
 */
export type ExportMapping = z.input<typeof ExportMappingSchema>;
