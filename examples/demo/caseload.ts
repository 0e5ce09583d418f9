import { activeCaseload, contactCapacity, planCaseload } from 'social-prescribing/caseload';
import { borough } from './borough.js';

const fmt = (range: { min: number; max: number } | null): string =>
  range === null ? '-' : range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;

/** Prints the borough's caseload plan as a table. */
export function caseloadDemo(): void {
  const plan = planCaseload({ pcns: borough.pcns });
  console.log(`\n## Caseload plan for ${borough.name} (1.2–1.6% of list a year, 250 people per WTE)\n`);
  console.table(
    [...plan.rows, plan.total].map((row) => ({
      PCN: row.name ?? 'Total',
      'list size': fmt(row.listSize),
      'referrals a year': fmt(row.expectedReferrals),
      'WTE needed': fmt(row.wteNeeded),
      'WTE in post': row.wteInPost ?? '-',
      'gap (WTE)': fmt(row.gap),
    })),
  );
  const onBooks = activeCaseload({ referralsPerYear: plan.total.expectedReferrals, weeksSupported: 6 });
  const contacts = contactCapacity({ wte: plan.total.wteNeeded });
  console.log(`People on the books at once with 6-week support: ${fmt(onBooks)}`);
  console.log(`Contacts a year the borough's link workers must deliver at 6–12 each: ${fmt(contacts.contactsPerYear)}`);
}
