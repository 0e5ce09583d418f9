/**
 * An outcome report for your PCN or borough in one run: a table on screen, and a
 * CSV, a Markdown table and a Vega-Lite chart spec in ./out/.
 *
 *   npx tsx examples/analyst-report.ts [referrals.csv] [--group-by pcn[,month]] [--from 2024-04-01] [--to 2025-03-31]
 *                                       [--rate engagement] [--count 100000] [--seed demo]
 *
 * With a CSV path, referrals are read from the file (the `csv` module's referral format,
 * streamed, each row validated: bad rows are counted and reported on stderr by line, never
 * dropped silently). Without one, a fictional borough of synthetic referrals is used.
 * The reader is one function, `readReferrals`: swap it for your own source (a database
 * cursor, an API) as long as it yields referrals.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { csvRows, referralsFromCsv } from 'social-prescribing/csv';
import {
  OUTCOME_CHART_RATES,
  summarizeOutcomesAsync,
  summaryToCsv,
  summaryToMarkdown,
  summaryToVegaLite,
  type OutcomeChartRate,
  type OutcomeGroupField,
} from 'social-prescribing/outcomes';
import type { Referral } from 'social-prescribing/referrals';
import { referralStream } from 'social-prescribing/synthetic';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const file = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const from = option('--from') ?? '2024-04-01';
const to = option('--to') ?? '2025-03-31';
const groupBy = (option('--group-by') ?? 'pcn').split(',') as OutcomeGroupField[];
const rate = (option('--rate') ?? 'engagement') as OutcomeChartRate;
if (!OUTCOME_CHART_RATES.includes(rate)) {
  console.error(`--rate must be one of ${OUTCOME_CHART_RATES.join(', ')}`);
  process.exit(2);
}

/** Where referrals come from: a CSV file when given, else synthetic data. Counts rejected rows. */
interface ReferralSource {
  readonly label: string;
  readonly records: AsyncIterable<Referral> | Iterable<Referral>;
  readonly rejected: () => number;
}

function readReferrals(path: string | undefined): ReferralSource {
  if (path === undefined) {
    const count = Number(option('--count') ?? 100_000);
    return {
      label: `${count.toLocaleString('en-GB')} synthetic referrals (fictional borough)`,
      records: referralStream({
        count,
        seed: option('--seed') ?? 'analyst-report',
        from,
        to,
        pcns: ['riv-north', 'riv-central', 'riv-docks', 'riv-heath', 'riv-mill', 'riv-park', 'riv-vale'],
      }),
      rejected: () => 0,
    };
  }
  let rejected = 0;
  async function* records(): AsyncGenerator<Referral> {
    for await (const result of referralsFromCsv(csvRows(createReadStream(path!, { encoding: 'utf8' })))) {
      if (result.ok) yield result.value;
      else {
        rejected++;
        if (rejected <= 20) {
          for (const issue of result.issues) console.error(`line ${result.line}: ${issue.path.join('.')} ${issue.message}`);
        }
      }
    }
  }
  return { label: path, records: records(), rejected: () => rejected };
}

const source = readReferrals(file);
const summary = await summarizeOutcomesAsync(source.records, { from, to, groupBy: groupBy.length === 1 ? groupBy[0]! : groupBy });

console.log(`Outcomes, ${from} to ${to}: ${source.label}`);
console.log(
  `${summary.total.referrals.toLocaleString('en-GB')} referrals in the period; ` +
    `${(summary.outsidePeriod.before + summary.outsidePeriod.after).toLocaleString('en-GB')} outside it; ` +
    `${source.rejected().toLocaleString('en-GB')} rows rejected\n`,
);
const markdown = summaryToMarkdown(summary);
console.log(markdown);

mkdirSync('out', { recursive: true });
writeFileSync('out/outcomes.csv', summaryToCsv(summary, { digits: 4 }));
writeFileSync('out/outcomes.md', markdown);
const spec = summaryToVegaLite(summary, { rate });
writeFileSync('out/outcomes-chart.vl.json', `${JSON.stringify(spec, null, 2)}\n`);
console.log('Wrote out/outcomes.csv, out/outcomes.md and out/outcomes-chart.vl.json (open the chart in https://vega.github.io/editor).');

// Render the chart to SVG where vega and vega-lite are installed (they are not dependencies of the library).
try {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec as never).spec), { renderer: 'none' });
  writeFileSync('out/outcomes-chart.svg', await view.toSVG());
  view.finalize();
  console.log('Wrote out/outcomes-chart.svg.');
} catch {
  console.error('vega and vega-lite are not installed: skipped out/outcomes-chart.svg (npm install vega vega-lite to render it).');
}
