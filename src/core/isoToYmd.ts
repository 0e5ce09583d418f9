const DIGIT_0 = 48;

/**
 * The library's one reader of an ISO date: `yyyymmdd` of a real calendar date written
 * `YYYY-MM-DD` (years 1000–9999, proleptic Gregorian), or -1 for anything else.
 * {@link isIsoDate} and {@link toDayNumber} are built on it; an integer is cheap to compare and to
 * subtract (whole years between two dates are `Math.floor((on - born) / 10000)`), and -1 lets a
 * caller choose its own error code.
 *
 * No `Date` is involved, so the result is the same in every time zone.
 *
 * @param value - Anything.
 * @returns The date as the integer `yyyymmdd`, or -1.
 * @category Dates
 * @example
 * ```ts
 * import { isoToYmd } from 'social-prescribing/core';
 *
 * isoToYmd('2025-06-01');
 * //=> 20250601
 * isoToYmd('2024-02-29');
 * //=> 20240229
 * [isoToYmd('2025-02-29'), isoToYmd('2025-6-1'), isoToYmd('0999-12-31'), isoToYmd(20250601)];
 * //=> [-1, -1, -1, -1]
 * ```
 */
export function isoToYmd(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = value.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = value.charCodeAt(5) - DIGIT_0;
  const m2 = value.charCodeAt(6) - DIGIT_0;
  const d1 = value.charCodeAt(8) - DIGIT_0;
  const d2 = value.charCodeAt(9) - DIGIT_0;
  // A tens digit outside 0-9 already puts the month or day out of range (below 1 or above 99), checked next.
  if (m2 < 0 || m2 > 9 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > last) return -1;
  return year * 10000 + month * 100 + day;
}
