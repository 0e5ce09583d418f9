import { SocialPrescribingError, type IsoDate, type Range } from '../core/index.js';
import { ReferralSchema, type Referral } from '../referrals/index.js';
import { addToGroup as addToGroupImpl, emptyGroup, groupToRow, groupToState, mergeGroup, type GroupAcc, type GroupState } from './groupState.js';
import { resolveOptions } from './options.js';
import { stateIssues } from './stateIssues.js';
import type { OutcomeExclusions, OutcomeGroupKey, OutcomeSummary, OutcomeSummaryOptions } from './types.js';

/**
 * The state of an {@link OutcomeAccumulator} as plain JSON data: send it to
 * another thread with `postMessage` (or store it) and `merge` it into an
 * accumulator created with the same options. Its fields are an implementation
 * detail apart from `version`.
 *
 * @category Outcomes
 */
export interface OutcomeAccumulatorState {
  /** Format version, 1. */
  readonly version: 1;
  /** The settings the counts depend on; merging states with different settings throws. */
  readonly settings: {
    readonly from: IsoDate | null;
    readonly to: IsoDate | null;
    readonly groupNames: readonly string[];
    readonly expectedContacts: Range;
    readonly instruments: Readonly<Record<string, { readonly higherIsBetter: boolean | null; readonly meaningfulChange: number | null }>>;
    readonly maxReportedIssues: number;
  };
  /** Records read. */
  readonly recordsRead: number;
  /** Records outside the period. */
  readonly outsidePeriod: { readonly before: number; readonly after: number };
  /** Invalid records. */
  readonly excluded: OutcomeExclusions;
  /** Counters per group, sorted by key: plain JSON objects whose fields are an implementation detail. */
  readonly groups: readonly unknown[];
}

/**
 * A streaming, mergeable outcome summary: `add` records one at a time, `merge`
 * other accumulators (or their serialised `state()`), and read `result()` at
 * any time. Memory grows with the number of groups and of distinct onward
 * organisations and activities, not with the number of records.
 *
 * @category Outcomes
 */
export interface OutcomeAccumulator {
  /** Adds one referral (validated first when the accumulator was created with `validate: true`). */
  add(referral: Referral): void;
  /** Adds another accumulator's counts, or a {@link OutcomeAccumulatorState}, into this one; `other` is not changed. */
  merge(other: OutcomeAccumulator | OutcomeAccumulatorState): void;
  /** The summary of everything added and merged so far. */
  result(): OutcomeSummary;
  /** The counts as plain JSON-serialisable data, for `postMessage` or storage. */
  state(): OutcomeAccumulatorState;
}

function keyCompare(a: OutcomeGroupKey, b: OutcomeGroupKey): number {
  const left = Array.isArray(a) ? (a as (string | null)[]) : [a as string | null];
  const right = Array.isArray(b) ? (b as (string | null)[]) : [b as string | null];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? null;
    const y = right[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** JSON text of a value, or `null` when it cannot be written (a BigInt, a cycle). */
function jsonOrNull(value: unknown): string | null {
  try {
    return JSON.stringify(value);
  } catch {
    return null;
  }
}

function reasonOf(path: readonly PropertyKey[], message: string): string {
  const pattern = path.map((segment) => (typeof segment === 'number' ? '*' : String(segment))).join('.');
  return pattern === '' ? message : `${pattern}: ${message}`;
}

function issueOrder(
  a: OutcomeExclusions['issues'][number],
  b: OutcomeExclusions['issues'][number],
): number {
  return a.index - b.index || (a.path.join('.') < b.path.join('.') ? -1 : a.path.join('.') > b.path.join('.') ? 1 : 0);
}

/**
 * Creates a streaming outcome accumulator: the building block of
 * {@link summarizeOutcomes}, for data that arrives in pieces, in worker
 * threads or in a map-reduce job.
 *
 * The accumulator is the one mutable object of the library: `add` and `merge`
 * change it. Its `state()` is plain JSON data (sets of distinct ids become sorted
 * arrays), so a worker can `postMessage(accumulator.state())` and the main
 * thread can `merge` it. `merge` is associative and commutative: any split of
 * the records, merged in any order, gives the same result as one pass.
 * Wellbeing scores are summed in units of 1/10,000 so that sums stay exact.
 *
 * @param options - Period, grouping and settings; see {@link OutcomeSummaryOptions}.
 * @returns An accumulator with `add`, `merge`, `result` and `state`.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` for an unknown option or a bad value;
 * `outcomes/invalid-period` when `from` is after `to`. `merge` throws `outcomes/incompatible-state` when the
 * other accumulator was created with different settings or is not a state of this version (including a state
 * whose counts are not whole numbers, 0 or more).
 * @see the Outcomes guide, "Streaming, merging and worker threads"
 * @category Outcomes
 * @example
 * ```ts
 * import { createOutcomeAccumulator } from 'social-prescribing/outcomes';
 *
 * const north = createOutcomeAccumulator({ groupBy: 'pcn' });
 * north.add({ id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', pcn: 'north', needs: ['housing'], events: [],
 *   contacts: [{ on: '2025-04-08', mode: 'telephone', attended: true }], goals: [], onward: [], measures: [] });
 * const south = createOutcomeAccumulator({ groupBy: 'pcn' });
 * south.add({ id: 'R2', referredOn: '2025-04-03', source: 'self', pcn: 'south', needs: [], events: [],
 *   contacts: [], goals: [], onward: [], measures: [] });
 * north.merge(JSON.parse(JSON.stringify(south.state())));
 * const summary = north.result();
 * [summary.total.referrals, summary.total.engaged, summary.total.engagementRate?.value];
 * //=> [2, 1, 0.5]
 * summary.groups.map((row) => row.key);
 * //=> ['north', 'south']
 * createOutcomeAccumulator({ groupBy: 'postcode' as never });
 * //=> throws 'outcomes/invalid-options'
 * ```
 */
export function createOutcomeAccumulator(options: OutcomeSummaryOptions = {}): OutcomeAccumulator {
  const resolved = resolveOptions(options);
  const { from, to, groupers, validate, maxReportedIssues } = resolved;
  const settings: OutcomeAccumulatorState['settings'] = {
    from,
    to,
    groupNames: resolved.groupNames,
    expectedContacts: resolved.expectedContacts,
    instruments: resolved.instruments,
    maxReportedIssues,
  };
  const settingsText = JSON.stringify(settings);
  const groups = new Map<string | null, GroupAcc>();
  let single: GroupAcc | null = null;
  const grouper = groupers.length === 1 ? (groupers[0] as (r: Referral) => string | null) : null;
  let nextIndex = resolved.firstIndex;
  let recordsRead = 0;
  let before = 0;
  let after = 0;
  let excludedTotal = 0;
  const byReason = new Map<string, number>();
  let issues: { index: number; path: (string | number)[]; message: string }[] = [];

  const mapKeyOf = (key: OutcomeGroupKey): string | null => (groupers.length > 1 ? JSON.stringify(key) : (key as string | null));

  function groupFor(r: Referral): GroupAcc {
    if (grouper !== null) {
      const key = grouper(r);
      let group = groups.get(key);
      if (group === undefined) {
        group = emptyGroup(key);
        groups.set(key, group);
      }
      return group;
    }
    if (groupers.length === 0) {
      if (single === null) {
        single = emptyGroup(null);
        groups.set(null, single);
      }
      return single;
    }
    const key = groupers.map((g) => g(r));
    const mapKey = JSON.stringify(key);
    let group = groups.get(mapKey);
    if (group === undefined) {
      group = emptyGroup(key);
      groups.set(mapKey, group);
    }
    return group;
  }

  function exclude(index: number, zodIssues: readonly { path: readonly PropertyKey[]; message: string }[]): void {
    excludedTotal++;
    const reasons = new Set(zodIssues.map((issue) => reasonOf(issue.path, issue.message)));
    for (const reason of reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    // A record's issues in path order, as merge orders them, so that one pass and a merge report the same issues.
    const recordIssues = zodIssues
      .map((issue) => ({
        index,
        path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        message: issue.message,
      }))
      .sort(issueOrder);
    for (const issue of recordIssues) {
      if (issues.length >= maxReportedIssues) break;
      issues.push(issue);
    }
  }

  function add(input: Referral): void {
    const index = nextIndex++;
    recordsRead++;
    let r = input;
    if (validate) {
      const parsed = ReferralSchema.safeParse(input);
      if (!parsed.success) {
        exclude(index, parsed.error.issues);
        return;
      }
      r = parsed.data;
    }
    const on = r.referredOn;
    if (from !== null && on < from) {
      before++;
      return;
    }
    if (to !== null && on > to) {
      after++;
      return;
    }
    addToGroupImpl(groupFor(r), r, resolved);
  }

  function state(): OutcomeAccumulatorState {
    return {
      version: 1,
      settings: JSON.parse(settingsText) as OutcomeAccumulatorState['settings'],
      recordsRead,
      outsidePeriod: { before, after },
      excluded: {
        total: excludedTotal,
        byReason: Object.fromEntries([...byReason.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
        issues: issues.map((issue) => ({ ...issue, path: [...issue.path] })),
      },
      groups: [...groups.values()].sort((a, b) => keyCompare(a.key, b.key)).map(groupToState),
    };
  }

  function merge(other: OutcomeAccumulator | OutcomeAccumulatorState): void {
    const given: unknown = other;
    const incoming: unknown =
      typeof given === 'object' && given !== null && typeof (given as Partial<OutcomeAccumulator>).state === 'function'
        ? (given as OutcomeAccumulator).state()
        : given;
    const candidate = incoming as Partial<OutcomeAccumulatorState> | null;
    if (typeof candidate !== 'object' || candidate === null || candidate.version !== 1 || !Array.isArray(candidate.groups)) {
      throw new SocialPrescribingError('outcomes/incompatible-state', [
        { path: [], message: 'must be an outcome accumulator or its state() (version 1)' },
      ]);
    }
    if (jsonOrNull(candidate.settings) !== settingsText) {
      throw new SocialPrescribingError('outcomes/incompatible-state', [
        { path: ['settings'], message: 'was made with different options (period, grouping, expected contacts or instruments)' },
      ]);
    }
    const problems = stateIssues(candidate, groupers.length);
    if (problems.length > 0) throw new SocialPrescribingError('outcomes/incompatible-state', problems);
    const s = candidate as OutcomeAccumulatorState & { readonly groups: readonly GroupState[] };
    recordsRead += s.recordsRead;
    before += s.outsidePeriod.before;
    after += s.outsidePeriod.after;
    excludedTotal += s.excluded.total;
    for (const [reason, count] of Object.entries(s.excluded.byReason)) byReason.set(reason, (byReason.get(reason) ?? 0) + count);
    issues = [...issues, ...s.excluded.issues.map((issue) => ({ ...issue, path: [...issue.path] }))]
      .sort(issueOrder)
      .slice(0, maxReportedIssues);
    for (const groupState of s.groups) {
      const mapKey = mapKeyOf(groupState.key);
      let group = groups.get(mapKey);
      if (group === undefined) {
        group = emptyGroup(Array.isArray(groupState.key) ? [...(groupState.key as (string | null)[])] : groupState.key);
        groups.set(mapKey, group);
        if (groupers.length === 0) single = group;
      }
      mergeGroup(group, groupState);
    }
  }

  function result(): OutcomeSummary {
    const sorted = [...groups.values()].sort((a, b) => keyCompare(a.key, b.key));
    const total = emptyGroup(null);
    for (const group of sorted) mergeGroup(total, group);
    const state = { total: excludedTotal, byReason: Object.fromEntries([...byReason.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
    return {
      period: { from, to },
      groupNames: [...resolved.groupNames],
      recordsRead,
      total: groupToRow(total, null, resolved),
      groups: groupers.length === 0 ? [] : sorted.map((group) => groupToRow(group, Array.isArray(group.key) ? [...(group.key as (string | null)[])] : group.key, resolved)),
      outsidePeriod: { before, after },
      excluded: { ...state, issues: issues.map((issue) => ({ ...issue, path: [...issue.path] })) },
    };
  }

  return { add, merge, result, state };
}
