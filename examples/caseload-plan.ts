/**
 * Plan link worker capacity for the PCNs listed in a CSV file.
 *
 *   npx tsx examples/caseload-plan.ts [pcns.csv] [--rate 0.012-0.016] [--per-worker 250]
 *
 * The CSV has columns id, name, listSize and (optionally) linkWorkerWte. Prints the
 * plan as a table and writes it to out/caseload-plan.csv.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planCaseload, type PcnInput } from 'social-prescribing/caseload';
import { SocialPrescribingError, type Range } from 'social-prescribing/core';
import { formatCsv, parseCsv } from 'social-prescribing/csv';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const file = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(import.meta.dirname, 'data/pcns.csv');
const toRange = (text: string): Range => {
  const [min, max = min] = text.split('-').map(Number);
  return { min: min!, max: max! };
};

const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
const column = (name: string) => header!.indexOf(name);
const pcns: PcnInput[] = rows.map((row) => {
  const wte = row[column('linkWorkerWte')];
  return {
    id: row[column('id')]!,
    name: row[column('name')] ?? row[column('id')]!,
    listSize: Number(row[column('listSize')]),
    ...(wte === undefined || wte === '' ? {} : { linkWorkerWte: Number(wte) }),
  };
});

const rate = option('--rate');
const perWorker = option('--per-worker');
try {
  const plan = planCaseload({
    pcns,
    ...(rate === undefined ? {} : { rate: toRange(rate) }),
    ...(perWorker === undefined ? {} : { peoplePerWorkerPerYear: toRange(perWorker) }),
  });
  const span = (r: Range | null) => (r === null ? '' : r.min === r.max ? String(r.min) : `${r.min}-${r.max}`);
  const table = [...plan.rows, plan.total].map((row) => ({
    pcn: row.name ?? row.id,
    listSize: span(row.listSize),
    referrals: span(row.expectedReferrals),
    wteNeeded: span(row.wteNeeded),
    wteInPost: row.wteInPost ?? '',
    gap: span(row.gap),
  }));
  console.table(table);
  mkdirSync('out', { recursive: true });
  writeFileSync(
    'out/caseload-plan.csv',
    formatCsv([Object.keys(table[0]!), ...table.map((row) => Object.values(row))]),
  );
  console.error(`wrote out/caseload-plan.csv (${plan.rows.length} PCNs)`);
} catch (error) {
  // Codes and paths only: safe to print whatever the input held.
  if (error instanceof SocialPrescribingError) {
    console.error(`${error.code}: ${error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    process.exitCode = 1;
  } else throw error;
}
