/**
 * The strict reader of NHS Digital's `EXTRACT_DATE` cells.
 *
 * @module
 */
import { isIsoDate, type IsoDate } from '../core/index.js';

const MONTHS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
// Regular expression literals, not `new RegExp`, so that a bundler can drop them when unused.
/** `01JAN2021` (2021) and `01Jan2022` (2022): day, month abbreviation in capitals or title case, four-digit year. */
const COMPACT =
  /^(\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\d{4})$/;
/** `01-Apr-26` (2026): day, title-case month abbreviation and a two-digit year, separated by hyphens. */
const DASHED = /^(\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2})$/;

/** What an `EXTRACT_DATE` cell must look like, for issue messages (examples of the formats, never the cell). */
export const EXTRACT_DATE_RULE = 'must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26';

/**
 * Reads an `EXTRACT_DATE` cell of NHS Digital's "Patients Registered at a GP Practice" files in
 * exactly the four forms they have been published in, and nothing else: `01JAN2021`, `01Jan2022`,
 * `2026-04-01` and `01-Apr-26`. A two-digit year is read as 20yy (the series starts in 2013).
 * Impossible dates (`31FEB2021`), other cases (`01jan2021`, `01-APR-26`), unpadded days and
 * surrounding spaces give `null`: the caller reports the cell.
 *
 * No `Date` is involved, so the result is the same in every time zone.
 *
 * @param text - The cell.
 * @returns The date as `YYYY-MM-DD`, or `null` when the cell is not in one of the four forms.
 * @example
 * ```ts
 * import { readExtractDate } from './extractDate.js';
 *
 * ['01JAN2021', '01Jan2022', '2026-04-01', '01-Apr-26'].map(readExtractDate);
 * //=> ['2021-01-01', '2022-01-01', '2026-04-01', '2026-04-01']
 * ['29FEB2021', '01jan2021', '01-APR-26', '1-Apr-26', ' 2026-04-01', '01/04/2026'].map(readExtractDate);
 * //=> [null, null, null, null, null, null]
 * ```
 */
export function readExtractDate(text: string): IsoDate | null {
  if (isIsoDate(text)) return text;
  const match = COMPACT.exec(text) ?? DASHED.exec(text);
  if (match === null) return null;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const number = MONTHS.split('|').indexOf(month.toUpperCase()) + 1;
  const date = `${year.length === 2 ? `20${year}` : year}-${number < 10 ? '0' : ''}${number}-${day}`;
  return isIsoDate(date) ? date : null;
}
