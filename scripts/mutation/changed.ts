/**
 * Mutation testing of the modules changed since the measured baseline, within a time budget:
 * what `.ci/run` runs after `npm test`, because all of src/ takes longer than CI allows.
 *
 *   npx tsx scripts/mutation/changed.ts            # since scripts/mutation/baseline.json
 *   MUTATION_BASE=main~3 npx tsx scripts/mutation/changed.ts
 *   MUTATION_BUDGET_SECONDS=600 npx tsx scripts/mutation/changed.ts
 *
 * Base: each module's own commit in baseline.json (`modules`, for a module measured after the
 * last full run), else its shared `commit`; see basesOfModules and chooseBase in plan.ts.
 * MUTATION_BASE compares every module with one commit. With nothing to compare (a one-commit shallow clone) it
 * says so and passes. Fails when Stryker fails or any mutated module scores under the break
 * threshold in stryker.config.json. The full run is `npm run test:mutation`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { basesOfModules, changedModules, chooseBase, moduleScores, planMutation, type Baseline, type ModuleCost, type MutationReport } from './plan.js';

const root = join(import.meta.dirname, '../..');
const git = (...args: string[]): string | null => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const modules = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'baseline.json'), 'utf8')) as Baseline;
const hasParent = git('rev-parse', '--verify', '--quiet', 'HEAD~1') !== null;
const fromEnv = process.env.MUTATION_BASE || undefined;
// MUTATION_BASE compares every module with one commit; otherwise each module with its own measured baseline.
const groups = fromEnv === undefined ? basesOfModules(baseline, modules) : new Map([[fromEnv, modules]]);
const changedSet = new Set<string>();
for (const [commit, group] of groups) {
  const base = chooseBase({ fromEnv, baseline: git('cat-file', '-e', `${commit}^{commit}`) === null ? null : commit, hasParent });
  if (base === null) {
    console.log('mutation: no baseline commit and no parent commit to compare with (shallow clone?); nothing mutated. Full run: npm run test:mutation');
    process.exit(0);
  }
  const diff = git('diff', '--name-only', base.ref);
  if (diff === null) {
    console.error(`mutation: cannot diff against ${base.ref}`);
    process.exit(1);
  }
  const changedHere = changedModules(diff.split('\n').filter(Boolean), group);
  console.log(`mutation: ${group.join(', ')} against ${base.ref} (${base.why}): changed ${changedHere.join(', ') || 'none'}`);
  for (const module of changedHere) changedSet.add(module);
}
const changed = modules.filter((module) => changedSet.has(module));

const costs = JSON.parse(readFileSync(join(import.meta.dirname, 'costs.json'), 'utf8')) as Record<string, ModuleCost>;
const budgetSeconds = Number(process.env.MUTATION_BUDGET_SECONDS ?? 900);
const plan = planMutation(changed, costs, budgetSeconds);

console.log(`mutation: changed modules: ${changed.join(', ') || 'none'}`);
if (plan.skipped.length > 0) {
  console.log(`mutation: over the ${budgetSeconds} s budget, not mutated here: ${plan.skipped.join(', ')}. Run them with npm run test:mutation -- --mutate "src/<module>/**/*.ts,!src/**/index.ts"`);
}
if (plan.run.length === 0) {
  console.log('mutation: nothing to mutate');
  process.exit(0);
}
console.log(`mutation: mutating ${plan.run.join(', ')} (about ${Math.round(plan.estimatedSeconds / 60)} min measured here)`);

const mutate = [...plan.run.map((module) => `src/${module}/**/*.ts`), '!src/**/index.ts'].join(',');
const stryker = spawnSync('npx', ['stryker', 'run', '--mutate', mutate, '--reporters', 'clear-text,json'], { cwd: root, stdio: 'inherit' });

const report = JSON.parse(readFileSync(join(root, 'reports/mutation/mutation.json'), 'utf8')) as MutationReport;
const config = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8')) as { thresholds: { break: number } };
const scores = moduleScores(report, plan.run);
console.log('\nmodule        score   killed timeout survived no-coverage');
for (const s of scores) {
  console.log(`${s.module.padEnd(12)} ${String(s.score ?? '-').padStart(6)}% ${String(s.killed).padStart(7)} ${String(s.timeout).padStart(7)} ${String(s.survived).padStart(8)} ${String(s.noCoverage).padStart(11)}`);
}
const below = scores.filter((s) => s.score !== null && s.score < config.thresholds.break);
if (below.length > 0) console.error(`mutation: under the break threshold of ${config.thresholds.break}%: ${below.map((s) => s.module).join(', ')}`);
process.exit(stryker.status !== 0 || below.length > 0 ? 1 : 0);
