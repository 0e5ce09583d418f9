import { summarizeOutcomes, summaryToRows } from 'social-prescribing/outcomes';
import { generateReferrals } from 'social-prescribing/synthetic';
import { borough } from './borough.js';

const pct = (value: number | string | null | undefined): string =>
  typeof value === 'number' ? `${(value * 100).toFixed(0)}%` : '-';

/** Prints the borough's outcome table for a year of synthetic referrals (1.4% of each PCN's list). */
export function outcomesDemo(): void {
  const pcns = borough.pcns.map((pcn) => ({ id: pcn.id, weight: pcn.listSize }));
  const count = Math.round(borough.pcns.reduce((sum, pcn) => sum + pcn.listSize, 0) * 0.014);
  const referrals = generateReferrals({ count, seed: 'riverside-2024', from: '2024-04-01', to: '2025-03-31', pcns });
  const summary = summarizeOutcomes(referrals, { groupBy: 'pcn', from: '2024-04-01', to: '2025-03-31' });
  const names = new Map<string | null, string>(borough.pcns.map((pcn) => [pcn.id, pcn.name]));
  console.log(`\n## Outcomes in ${borough.name}, April 2024 to March 2025 (synthetic data, ${count.toLocaleString('en-GB')} referrals)\n`);
  console.table(
    summaryToRows(summary).map((row) => ({
      PCN: row.row === 'total' ? 'Total' : (names.get(row.pcn as string) ?? String(row.pcn)),
      referrals: row.referrals,
      engaged: pct(row.engagementRate),
      'goals met': pct(row['goals.metRate']),
      'positive outcome': pct(row.positiveOutcomeRate),
      'median contacts': row['contacts.median'],
      'within 6–12': pct(row['contacts.withinExpectedRate']),
      'onward: 3+': pct(row['onward.threeOrMoreRate']),
      'SWEMWBS change': typeof row['wellbeing.swemwbs.meanChange'] === 'number' ? row['wellbeing.swemwbs.meanChange'].toFixed(2) : '-',
    })),
  );
  const total = summary.total;
  console.log(
    `${total.onward.total.toLocaleString('en-GB')} onward referrals and signposts to ${total.onward.distinctActivities} activities across ` +
      `${total.onward.distinctOrganisations} organisations; ${pct(total.onward.threeOrMoreRate?.value)} of people referred on got 3 or more.`,
  );
}
