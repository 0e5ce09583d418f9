import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import { EXTRACT_DATE_RULE, readExtractDate } from '../../src/caseload/extractDate.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const title = (month: string) => `${month[0]}${month.slice(1).toLowerCase()}`;

describe('readExtractDate', () => {
  it('reads the four published forms', () => {
    expect(readExtractDate('01JAN2021')).toBe('2021-01-01');
    expect(readExtractDate('01Jan2022')).toBe('2022-01-01');
    expect(readExtractDate('2026-04-01')).toBe('2026-04-01');
    expect(readExtractDate('01-Apr-26')).toBe('2026-04-01');
  });

  it('reads every month in each form, in capitals and title case where published', () => {
    MONTHS.forEach((month, i) => {
      const mm = String(i + 1).padStart(2, '0');
      expect(readExtractDate(`15${month}2021`)).toBe(`2021-${mm}-15`);
      expect(readExtractDate(`15${title(month)}2022`)).toBe(`2022-${mm}-15`);
      expect(readExtractDate(`15-${title(month)}-26`)).toBe(`2026-${mm}-15`);
    });
  });

  it('reads a two-digit year as 20yy', () => {
    expect(readExtractDate('01-Jan-00')).toBe('2000-01-01');
    expect(readExtractDate('31-Dec-99')).toBe('2099-12-31');
    expect(readExtractDate('29-Feb-24')).toBe('2024-02-29');
    expect(readExtractDate('29-Feb-00')).toBe('2000-02-29');
  });

  it('rejects impossible dates in every form', () => {
    expect(readExtractDate('29FEB2021')).toBeNull();
    expect(readExtractDate('29Feb2023')).toBeNull();
    expect(readExtractDate('31APR2021')).toBeNull();
    expect(readExtractDate('00JAN2021')).toBeNull();
    expect(readExtractDate('32-Jan-26')).toBeNull();
    expect(readExtractDate('29-Feb-25')).toBeNull();
    expect(readExtractDate('2026-02-30')).toBeNull();
    expect(readExtractDate('29FEB2024')).toBe('2024-02-29');
  });

  it('rejects any other case, padding, order, separator or surrounding text', () => {
    for (const text of [
      '01jan2021', '01jAN2021', '01JAn2021', '01-APR-26', '01-apr-26', '01-Apr-2026', '01Apr26', '1JAN2021', '1-Apr-26',
      '01JAN21', '01 JAN 2021', ' 01JAN2021', '01JAN2021 ', '01-Apr-26 ', 'X01-Apr-26', '01/04/2026', '2026/04/01',
      '20260401', '01-04-26', 'JAN012021', '01JANUARY2021', '01Sept2021', '', '2026-4-1', '0lJAN2021',
    ]) {
      expect(readExtractDate(text), text).toBeNull();
    }
  });

  it('gives the same day in every form for any day of 2000–2099, with no Date involved', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') }), (day) => {
        const iso = fromDayNumber(day);
        const [year, month, date] = iso.split('-') as [string, string, string];
        const name = MONTHS[Number(month) - 1]!;
        expect(readExtractDate(`${date}${name}${year}`)).toBe(iso);
        expect(readExtractDate(`${date}${title(name)}${year}`)).toBe(iso);
        expect(readExtractDate(`${date}-${title(name)}-${year.slice(2)}`)).toBe(iso);
        expect(readExtractDate(iso)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it('states the rule with examples of the formats only', () => {
    expect(EXTRACT_DATE_RULE).toBe('must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26');
  });
});
