import { addWorkingDays, ukBankHolidays, workingDaysBetween, type UkRegion } from 'social-prescribing/calendar';

const REGIONS: readonly UkRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const YEAR = 2026;

/** Prints bank holidays and working days per UK region for one year, full time and 3 days a week. */
export function calendarDemo(): void {
  console.log(`\n## Working calendar ${YEAR}: bank holidays and working days by region\n`);
  console.table(
    REGIONS.map((region) => ({
      region,
      'bank holidays': ukBankHolidays(YEAR, region).length,
      'working days (Mon–Fri)': workingDaysBetween(`${YEAR}-01-01`, `${YEAR}-12-31`, { region }),
      'working days (Mon–Wed)': workingDaysBetween(`${YEAR}-01-01`, `${YEAR}-12-31`, { region, workingDays: [1, 2, 3] }),
      '10 working days after 18 Dec': addWorkingDays(`${YEAR}-12-18`, 10, { region }),
    })),
  );
  const onlyHere = (region: UkRegion) => {
    const english = new Set(ukBankHolidays(YEAR, 'england-and-wales').map((h) => h.date));
    return ukBankHolidays(YEAR, region)
      .filter((h) => !english.has(h.date))
      .map((h) => `${h.date} ${h.name}`)
      .join('; ');
  };
  console.log(`Scotland only: ${onlyHere('scotland')}`);
  console.log(`Northern Ireland only: ${onlyHere('northern-ireland')}`);
}
