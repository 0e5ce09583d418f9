/**
 * From your system's export to the commissioner's table (docs/from-export.md).
 *
 *   npx tsx examples/from-export.ts [export.csv] [mapping.json]
 *
 * Reads a flat case-management export (default: examples/data/messy-export.csv, 5,000 rows made
 * by scripts/messy-export.ts) through a JSON mapping, with a progress line on stderr; prints the
 * rows it rejected and the per-PCN outcomes table; writes a publishing-safe CSV (NHS Digital's
 * disclosure rule) and a Vega-Lite chart to out/.
 */
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { referralsFromExportStream } from 'social-prescribing/csv';
import { summarizeOutcomesAsync, summaryToCsv, summaryToMarkdown, summaryToVegaLite } from 'social-prescribing/outcomes';

const file = process.argv[2] ?? new URL('data/messy-export.csv', import.meta.url);
const mapping = JSON.parse(readFileSync(process.argv[3] ?? new URL('data/messy-export.mapping.json', import.meta.url), 'utf8'));

const exported = referralsFromExportStream(createReadStream(file, 'utf8'), mapping, {
  input: 'chunks',
  progressEvery: 1000,
  onProgress: ({ rowsRead }) => process.stderr.write(`\rread ${rowsRead.toLocaleString('en-GB')} rows`),
});
const summary = await summarizeOutcomesAsync(exported.referrals, { groupBy: 'pcn' });
process.stderr.write('\n');

const { rejected, rejectedTotal, unmapped } = exported.report();
console.log(`${summary.recordsRead} referrals read; ${rejectedTotal} rows rejected; unmapped values: ${JSON.stringify(unmapped)}`);
for (const { row, issues } of rejected) console.log(`  row ${row}: ${issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
console.log(`\n${summaryToMarkdown(summary, { wellbeing: ['swemwbs'] })}`);

mkdirSync('out', { recursive: true });
writeFileSync('out/pcn-outcomes.csv', summaryToCsv(summary, { disclosure: true, digits: 3 }));
writeFileSync('out/pcn-engagement.vl.json', JSON.stringify(summaryToVegaLite(summary, { disclosure: true }), null, 2));
console.log('wrote out/pcn-outcomes.csv (publishing-safe) and out/pcn-engagement.vl.json');
