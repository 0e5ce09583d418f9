/**
 * The columns of the referral CSV format, in the order {@link referralsToCsv} writes them.
 *
 * One row per referral. Scalar fields are plain cells; lists are `;`-separated
 * items whose parts are `:`-separated (a `:`, `;` or `%` inside an id is written
 * `%3A`, `%3B`, `%25`):
 *
 * | column | cell |
 * | --- | --- |
 * | `id`, `referredOn`, `source`, `schemeId`, `practiceCode`, `pcn`, `workerId` | the field |
 * | `birthYear`, `ageBand`, `sex`, `ethnicity` | the field of `person` |
 * | `needs` | `housing;social-isolation` |
 * | `events` | `accepted:2025-04-02;closed:2025-05-14:goals-met` (type, date, reason) |
 * | `contacts` | `2025-04-09:telephone:30:yes;2025-04-16:face-to-face::no` (date, mode, minutes, attended) |
 * | `goals` | `2025-04-09:met:social-isolation` (set on, status, need) |
 * | `onward` | `signpost:org-12:2025-04-16:act-3` (kind, organisation, date, activity) |
 * | `measures` | `swemwbs:baseline:2025-04-09:3/3/2/3/3/2/3:` (instrument, timepoint, date, items, score) |
 *
 * An empty cell is an absent field (or an empty list). Columns not listed here,
 * such as a name or NHS number column in a spreadsheet export, are never read.
 *
 * @category CSV
 * @example
 * ```ts
 * import { REFERRAL_CSV_COLUMNS } from 'social-prescribing/csv';
 *
 * REFERRAL_CSV_COLUMNS.slice(0, 3);
 * //=> ['id', 'referredOn', 'source']
 * ```
 */
export const REFERRAL_CSV_COLUMNS = /* @__PURE__ */ Object.freeze([
  'id',
  'referredOn',
  'source',
  'schemeId',
  'practiceCode',
  'pcn',
  'workerId',
  'birthYear',
  'ageBand',
  'sex',
  'ethnicity',
  'needs',
  'events',
  'contacts',
  'goals',
  'onward',
  'measures',
] as const);

/**
 * A column of the referral CSV format.
 *
 * @category CSV
 */
export type ReferralCsvColumn = (typeof REFERRAL_CSV_COLUMNS)[number];

/** Escapes the separators inside one part of a list item. */
export function encodePart(part: string): string {
  return part.replace(/[%:;]/g, (c) => (c === '%' ? '%25' : c === ':' ? '%3A' : '%3B'));
}

/** Reverses {@link encodePart}. */
export function decodePart(part: string): string {
  return part.replace(/%(25|3A|3B)/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
