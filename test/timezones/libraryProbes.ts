/**
 * A representative call of every public function (the bad-input catalogue's baseline calls),
 * plus sweeps over the dates where a host-zone bug would show: every day of 2024 to 2026 (both
 * daylight-saving changes in the UK and the US), every region's bank holidays for 41 years,
 * and a year of seeded synthetic referrals summarised, timed and scheduled.
 */
import * as calendar from '../../src/calendar/index.js';
import { addDays, fromDayNumber, isoToYmd, isoWeekday, toDayNumber } from '../../src/core/index.js';
import { readExportDate } from '../../src/csv/exportReader.js';
import { referralsFromExport } from '../../src/csv/index.js';
import { summarizeOutcomes } from '../../src/outcomes/index.js';
import { messyExportCsv } from '../../scripts/messy-export.js';
import { parseCsv } from '../../src/csv/index.js';
import { referralStatus, referralTimeline } from '../../src/referrals/index.js';
import { supervisionSchedule } from '../../src/supervision/index.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { CATALOGUE, callEntry, exportFor } from '../bad-input/catalogue.js';

const REGIONS = calendar.UkRegionSchema.options;
const FIRST = toDayNumber('2024-01-01');
const LAST = toDayNumber('2026-12-31');
const days = Array.from({ length: LAST - FIRST + 1 }, (_, i) => fromDayNumber(FIRST + i));

const baselines = Object.fromEntries(
  Object.entries(CATALOGUE)
    .filter(([key]) => typeof exportFor(key) === 'function')
    .map(([key, entry]) => [`baseline ${key}`, () => callEntry(key, entry, entry.args())]),
);

const referrals = () => generateReferrals({ count: 400, seed: 'time-zones', from: '2025-01-01', to: '2025-12-31', pcns: ['north', 'south'] });

export const probes: Record<string, () => unknown> = {
  ...baselines,
  'core day numbers 1900 to 2100': () =>
    Array.from({ length: 2000 }, (_, i) => {
      const date = fromDayNumber(toDayNumber('1900-01-01') + i * 37);
      return [date, toDayNumber(date), isoToYmd(date), isoWeekday(date), addDays(date, 180)];
    }),
  ...Object.fromEntries(
    REGIONS.map((region) => [
      `calendar every day of 2024 to 2026 (${region})`,
      () =>
        days.map((date) => [
          calendar.isWorkingDay(date, { region }),
          calendar.nextWorkingDay(date, { region }),
          calendar.previousWorkingDay(date, { region }),
          calendar.addWorkingDays(date, 10, { region }),
          calendar.workingDaysBetween(date, addDays(date, 30), { region }),
        ]),
    ]),
  ),
  'calendar bank holidays 1995 to 2035': () => REGIONS.map((region) => Array.from({ length: 41 }, (_, i) => calendar.ukBankHolidays(1995 + i, region))),
  'synthetic referrals over a year': referrals,
  'referrals status and timeline on each DST change': () =>
    referrals().map((referral) => [
      ['2025-03-09', '2025-03-30', '2025-10-26', '2025-11-02'].map((asOf) => referralStatus(referral, asOf)),
      referralTimeline(referral),
    ]),
  'outcomes summary of a year by PCN': () => summarizeOutcomes(referrals(), { groupBy: 'pcn' }),
  'csv export dates: every day of 2024 to 2026 in five declared formats (date-fns reads a local Date)': () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return days.map((date) => {
      const [y, m, d] = date.split('-') as [string, string, string];
      return [
        readExportDate(`${d}/${m}/${y}`, 'dd/MM/yyyy', 1950),
        readExportDate(`${Number(d)}/${Number(m)}/${y}`, 'd/M/yyyy', 1950),
        readExportDate(`${Number(d)} ${months[Number(m) - 1]!} ${y}`, 'd MMM yyyy', 1950),
        readExportDate(date, 'yyyy-MM-dd', 1950),
        readExportDate(`${d}/${m}/${y.slice(2)}`, 'dd/MM/yy', 1950),
      ];
    });
  },
  'csv the 5,000-row messy export read and summarised by PCN': () => {
    const mapping = {
      id: { column: 'Client Ref' },
      referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' },
      source: { column: 'Referral Source', aliases: { Other: 'professional' } },
      pcn: { column: 'PCN', normalise: 'kebab' as const },
      status: { column: 'Status' },
      contactsAttended: { column: 'Number of Contacts' },
      scores: [{ instrument: 'swemwbs', start: 'SWEMWBS Start', end: 'SWEMWBS End' }],
      closeReason: { column: 'Outcome' },
      closedOn: { column: 'Date Closed', format: 'dd/MM/yyyy' },
    };
    const read = referralsFromExport(parseCsv(messyExportCsv(5000, 15, true)), mapping);
    return [read.rejected, read.unmapped, summarizeOutcomes(read.referrals, { groupBy: 'pcn' })];
  },
  'supervision schedule over a year': () => supervisionSchedule({ from: '2025-01-01', to: '2025-12-31' }),
};
