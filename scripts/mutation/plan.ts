/**
 * The pure half of `npm run test:mutation:changed`: which modules to mutate, within what budget,
 * and how each module scored. `scripts/mutation/changed.ts` does the git and Stryker calls.
 */

/** Measured cost of mutating one module on the 2-core machines here (one Stryker run each). */
export interface ModuleCost {
  readonly mutants: number;
  readonly seconds: number;
}

/** What a run will mutate, what it leaves for a full local run, and why. */
export interface MutationPlan {
  readonly run: readonly string[];
  readonly skipped: readonly string[];
  readonly estimatedSeconds: number;
}

/** The commit a run compares with, and why that one; null when there is nothing to compare. */
export type MutationBase = { readonly ref: string; readonly why: string } | null;

/** What `changed.ts` found out about the clone, for {@link chooseBase}. */
export interface BaseCandidates {
  /** `MUTATION_BASE`, when set and not empty. */
  readonly fromEnv: string | undefined;
  /** The commit in `scripts/mutation/baseline.json`, when that commit is in this clone. */
  readonly baseline: string | null;
  /** Whether `HEAD~1` exists (false in a one-commit shallow clone). */
  readonly hasParent: boolean;
}

/**
 * `MUTATION_BASE`, else the committed baseline (the commit whose full run gave the published
 * scores), else the last commit; a committed file rather than a tag, because CI's clone may
 * carry no tags and must plan exactly what a local run plans.
 */
export function chooseBase({ fromEnv, baseline, hasParent }: BaseCandidates): MutationBase {
  if (fromEnv) return { ref: fromEnv, why: 'MUTATION_BASE' };
  if (baseline !== null) return { ref: baseline, why: 'the measured baseline in scripts/mutation/baseline.json' };
  if (hasParent) return { ref: 'HEAD~1', why: 'baseline commit not in this clone: the last commit' };
  return null;
}

/**
 * `scripts/mutation/baseline.json`: the commit whose full run gave the published scores, and,
 * for modules measured later on their own, that module's commit.
 */
export interface Baseline {
  readonly commit: string;
  readonly modules?: Readonly<Record<string, string>>;
}

/** Each baseline commit with the modules it is the baseline of (its own entry, else the shared commit), in module order. */
export function basesOfModules(baseline: Baseline, modules: readonly string[]): Map<string, string[]> {
  const bases = new Map<string, string[]>();
  for (const module of modules) {
    const commit = baseline.modules?.[module] ?? baseline.commit;
    bases.set(commit, [...(bases.get(commit) ?? []), module]);
  }
  return bases;
}

/** Modules whose source or tests changed: `src/<m>/…` or `test/<m>/…`, in module order. */
export function changedModules(changedFiles: readonly string[], modules: readonly string[]): string[] {
  const touched = new Set<string>();
  for (const file of changedFiles) {
    const [top, module] = file.split('/');
    if ((top === 'src' || top === 'test') && module !== undefined) touched.add(module);
  }
  return modules.filter((module) => touched.has(module));
}

/**
 * Takes changed modules in order while the summed measured cost fits the budget; a module
 * with no measured cost is priced at the dearest known one, so a new module cannot sneak past.
 */
export function planMutation(
  changed: readonly string[],
  costs: Readonly<Record<string, ModuleCost>>,
  budgetSeconds: number,
): MutationPlan {
  const dearest = Math.max(0, ...Object.values(costs).map((cost) => cost.seconds));
  const run: string[] = [];
  const skipped: string[] = [];
  let estimatedSeconds = 0;
  for (const module of changed) {
    const seconds = costs[module]?.seconds ?? dearest;
    if (estimatedSeconds + seconds <= budgetSeconds) {
      run.push(module);
      estimatedSeconds += seconds;
    } else {
      skipped.push(module);
    }
  }
  return { run, skipped, estimatedSeconds };
}

/** One module's mutation score, counted the way Stryker counts it. */
export interface ModuleScore {
  readonly module: string;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Detected ÷ (detected + undetected) × 100; null when no mutant was valid. */
  readonly score: number | null;
}

interface ReportMutant {
  readonly status: string;
}
/** The part of Stryker's mutation-testing-report-schema JSON that scoring reads. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly ReportMutant[] }>>;
}

/** Per-module scores from a Stryker JSON report, for the modules asked (others are ignored). */
export function moduleScores(report: MutationReport, modules: readonly string[]): ModuleScore[] {
  return modules.map((module) => {
    const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
    for (const [file, { mutants }] of Object.entries(report.files)) {
      if (!file.startsWith(`src/${module}/`)) continue;
      for (const { status } of mutants) if (status in counts) counts[status as keyof typeof counts] += 1;
    }
    const detected = counts.Killed + counts.Timeout;
    const valid = detected + counts.Survived + counts.NoCoverage;
    return {
      module,
      killed: counts.Killed,
      timeout: counts.Timeout,
      survived: counts.Survived,
      noCoverage: counts.NoCoverage,
      score: valid === 0 ? null : Math.round((10_000 * detected) / valid) / 100,
    };
  });
}
