import { summarizeOutcomes, wilsonInterval, type OutcomeRow, type OutcomeSummary, type OutcomeWellbeing, type Rate } from '../../src/outcomes/index.js';

/** Sets a dot path (`'closed.byReason.goals-met'`) of a plain object; every key but the last must exist. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}

/**
 * A summary row built by hand: every count zero and every rate, mean and median `null` (the total
 * of an empty summary), with `patch` applied as dot paths to values. Rows like this give a test
 * exact control of each cell that disclosure control reads.
 */
export function outcomeRow(patch: Readonly<Record<string, unknown>> = {}, key: OutcomeRow['key'] = null): OutcomeRow {
  const row = structuredClone(summarizeOutcomes([]).total) as unknown as Record<string, unknown>;
  row['key'] = key;
  for (const [path, value] of Object.entries(patch)) setPath(row, path, value);
  return row as unknown as OutcomeRow;
}

/** A summary grouped by `groupNames` (default `['pcn']`) with these group rows and total row. */
export function outcomeSummary(groups: readonly OutcomeRow[], total: OutcomeRow, groupNames: readonly string[] = ['pcn']): OutcomeSummary {
  return { ...summarizeOutcomes([], { groupBy: 'pcn' }), groups: [...groups], total, groupNames: [...groupNames] };
}

/** One wellbeing instrument's figures: nobody paired, higher is better, a meaningful change of 3, with `patch` on top. */
export function wellbeing(patch: Partial<OutcomeWellbeing> = {}): OutcomeWellbeing {
  return {
    higherIsBetter: true,
    paired: 0,
    unscorable: 0,
    meanBaseline: null,
    meanFollowUp: null,
    meanChange: null,
    improved: 0,
    improvedRate: null,
    meaningfulChange: 3,
    meaningfullyImproved: 0,
    meaningfulImprovementRate: null,
    ...patch,
  };
}

/** The Wilson interval of `successes` out of `trials` (both at least 1). */
export function rate(successes: number, trials: number): Rate {
  const interval = wilsonInterval(successes, trials);
  if (interval === null) throw new Error(`no rate over ${String(trials)}`);
  return interval;
}

/** A rate hidden by disclosure control: its value and both ends are the symbol. */
export function hidden(symbol = '*'): { value: string; low: string; high: string } {
  return { value: symbol, low: symbol, high: symbol };
}

/** The rate fields of a summary row other than the need shares and the wellbeing instruments' rates, as dot paths. */
export const ROW_RATES = [
  'acceptanceRate',
  'engagementRate',
  'goals.metRate',
  'positiveOutcomeRate',
  'contacts.withinExpectedRate',
  'onward.threeOrMoreRate',
  'onward.attendance.attendanceRate',
  'demographics.aged20To59Rate',
] as const;
