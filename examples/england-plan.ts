/**
 * Link workers for every PCN in England, from NHS Digital's two published files.
 *
 *   npx tsx examples/england-plan.ts [gp-reg-pat-prac-all.csv] [gp-reg-pat-prac-map.csv]
 *                                    [--wte wte-in-post.csv] [--icb QHM] [--svg]
 *
 * Reads the practice totals and the practice-to-PCN map of "Patients Registered at a GP Practice"
 * (either published layout), sums practices into PCN list sizes, says which practices did not
 * match, and plans every PCN at the DES rate and the rate observed nationally in 2023, with a
 * subtotal per ICB. `--wte` joins a CSV of `id,linkWorkerWte` (PCN code, WTE in post; blank = not
 * known). Prints the ICB subtotals and writes, in ./out/: england-plan.csv (every PCN, subtotal and
 * the total), england-plan.md (the same as Markdown) and england-plan-<ICB>.vl.json, a chart of one
 * ICB's PCNs (`--icb`, default the first ICB), rendered to SVG as well with `--svg`.
 *
 * Without file arguments it reads the small fixture in examples/data/nhs-digital/ (the first rows
 * of the April 2026 files, with an illustrative WTE file): the plumbing is real, the totals are not.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  pcnListSizes,
  planCaseloadByGroup,
  planToCsv,
  planToMarkdown,
  planToVegaLite,
  REFERRAL_RATES,
  type PcnListSize,
} from 'social-prescribing/caseload';
import { SocialPrescribingError } from 'social-prescribing/core';
import { parseCsv } from 'social-prescribing/csv';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const valued = new Set(['--wte', '--icb']);
const positional = args.filter((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const fixture = (file: string) => join(import.meta.dirname, 'data/nhs-digital', file);
const practicesFile = positional[0] ?? fixture('gp-reg-pat-prac-all.2026-04.first-rows.csv');
const mapFile = positional[1] ?? fixture('gp-reg-pat-prac-map.2026-04.first-rows.csv');
const wteFile = option('--wte') ?? (positional[0] === undefined ? fixture('wte-in-post.illustrative.csv') : undefined);
const whole = (n: number) => n.toLocaleString('en-GB');

try {
  const started = performance.now();
  const sizes = pcnListSizes(parseCsv(readFileSync(practicesFile, 'utf8')), parseCsv(readFileSync(mapFile, 'utf8')));

  // WTE in post is not in NHS Digital's files: join it by PCN code when given (blank = not known).
  const wte = new Map<string, number>();
  if (wteFile !== undefined) {
    const [header, ...rows] = parseCsv(readFileSync(wteFile, 'utf8'));
    const id = header!.indexOf('id');
    const value = header!.indexOf('linkWorkerWte');
    for (const row of rows) if (row[value]?.trim()) wte.set(row[id]!.trim(), Number(row[value]));
  }
  const pcns = sizes.pcns.map((pcn): PcnListSize & { linkWorkerWte?: number } =>
    wte.has(pcn.id) ? { ...pcn, linkWorkerWte: wte.get(pcn.id)! } : pcn,
  );

  const plan = planCaseloadByGroup({
    pcns,
    groupBy: 'icbCode',
    groupNameBy: 'icbName',
    rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
  });
  const elapsed = performance.now() - started;

  const { practicesWithoutPcn, practicesWithoutListSize } = sizes.unmatched;
  console.log(`Practice list sizes of ${sizes.extractDates.practices} (${sizes.layouts.practices} layout); PCN map of ${sizes.extractDates.map} (${sizes.layouts.map} layout).`);
  console.log(
    `${whole(sizes.totals.practices)} practices (${whole(sizes.totals.listSize)} patients) in ${whole(sizes.totals.pcns)} PCNs and ${whole(sizes.totals.icbs)} ICBs.`,
  );
  console.log(
    `Not matched: ${whole(practicesWithoutPcn.count)} practices with list sizes but no PCN (${whole(practicesWithoutPcn.listSize)} patients left out: ${practicesWithoutPcn.codes.slice(0, 5).join(', ')}${practicesWithoutPcn.count > 5 ? ', ...' : ''}); ` +
      `${whole(practicesWithoutListSize.count)} mapped practices with no list size.`,
  );
  if (sizes.rejected.length > 0) {
    console.error(`${sizes.excluded.practices + sizes.excluded.map} rows rejected:`);
    for (const row of sizes.rejected.slice(0, 20)) console.error(`  ${row.file} line ${row.line}: ${row.path.join('.')} ${row.message}`);
  }
  console.log('');
  console.log(planToMarkdown(plan, { includePcns: false }));

  const icb = option('--icb') ?? plan.rows.find((row) => row.kind === 'group')!.id;
  mkdirSync('out', { recursive: true });
  writeFileSync('out/england-plan.csv', planToCsv(plan));
  writeFileSync('out/england-plan.md', planToMarkdown(plan));
  const spec = planToVegaLite(plan, { group: icb });
  writeFileSync(`out/england-plan-${icb}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
  if (args.includes('--svg')) {
    const vega = await import('vega');
    const { compile } = await import('vega-lite');
    const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
    writeFileSync(`out/england-plan-${icb}.svg`, `${await view.toSVG()}\n`);
    view.finalize();
  }
  console.error(`planned ${whole(plan.total.pcns)} PCNs from the two files in ${elapsed.toFixed(0)} ms; wrote out/england-plan.csv, out/england-plan.md and the chart of ${icb}`);
} catch (error) {
  // Codes, paths and rules only: safe to print whatever the files held.
  if (error instanceof SocialPrescribingError) {
    console.error(`${error.code}: ${error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    process.exitCode = 1;
  } else throw error;
}
