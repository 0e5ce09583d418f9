/**
 * The outcome accumulator as functions over one plain value: {@link startAccumulation},
 * {@link addReferral}, {@link mergeAccumulation}, {@link accumulationState} and
 * {@link finalizeAccumulation}. `createOutcomeAccumulator` is a thin object wrapper over them.
 *
 * `addReferral` and `mergeAccumulation` update the accumulation they are given in place (a
 * reducer that owns its accumulator: no copy per record, which is what keeps a million records
 * fast); they read nothing else and keep no hidden state, so the same calls in any order of
 * merges give the same result.
 *
 * @module
 */
import { SocialPrescribingError, type IsoDate } from '../core/index.js';
import { ReferralSchema, type Referral } from '../referrals/index.js';
import type { OutcomeAccumulatorState } from './createOutcomeAccumulator.js';
import { addToGroup, emptyGroup, groupToRow, groupToState, mergeGroup, type GroupAcc, type GroupState } from './groupState.js';
import type { ResolvedOptions } from './options.js';
import { stateIssues } from './stateIssues.js';
import type { OutcomeExclusions, OutcomeGroupKey, OutcomeSummary } from './types.js';

/** One reported issue of an excluded record. */
type ReportedIssue = { index: number; path: (string | number)[]; message: string };

/** Everything an accumulator holds: plain data plus the resolved options it was started with. */
export interface Accumulation {
  readonly options: ResolvedOptions;
  /** JSON of the settings the counts depend on; a merged state must have the same. */
  readonly settingsText: string;
  /** The single grouper when there is exactly one (the fast path), else `null`. */
  readonly grouper: ((r: Referral) => string | null) | null;
  readonly groups: Map<string | null, GroupAcc>;
  single: GroupAcc | null;
  nextIndex: number;
  recordsRead: number;
  before: number;
  after: number;
  excludedTotal: number;
  readonly byReason: Map<string, number>;
  issues: ReportedIssue[];
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
 * A new, empty accumulation for resolved options.
 *
 * @example
 * ```ts
 * import { startAccumulation } from './accumulation.js';
 * import { resolveOptions } from './options.js';
 *
 * const acc = startAccumulation(resolveOptions({ groupBy: 'pcn' }));
 * [acc.recordsRead, acc.groups.size, acc.grouper === null];
 * //=> [0, 0, false]
 * ```
 */
export function startAccumulation(resolved: ResolvedOptions): Accumulation {
  const settings: OutcomeAccumulatorState['settings'] = {
    from: resolved.from,
    to: resolved.to,
    groupNames: resolved.groupNames,
    expectedContacts: resolved.expectedContacts,
    instruments: resolved.instruments,
    maxReportedIssues: resolved.maxReportedIssues,
  };
  const groupers = resolved.groupers;
  return {
    options: resolved,
    settingsText: JSON.stringify(settings),
    grouper: groupers.length === 1 ? (groupers[0] as (r: Referral) => string | null) : null,
    groups: new Map(),
    single: null,
    nextIndex: resolved.firstIndex,
    recordsRead: 0,
    before: 0,
    after: 0,
    excludedTotal: 0,
    byReason: new Map(),
    issues: [],
  };
}

function groupFor(acc: Accumulation, r: Referral): GroupAcc {
  const { grouper, groups } = acc;
  if (grouper !== null) {
    const key = grouper(r);
    let group = groups.get(key);
    if (group === undefined) {
      group = emptyGroup(key);
      groups.set(key, group);
    }
    return group;
  }
  const groupers = acc.options.groupers;
  if (groupers.length === 0) {
    if (acc.single === null) {
      acc.single = emptyGroup(null);
      groups.set(null, acc.single);
    }
    return acc.single;
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

function exclude(acc: Accumulation, index: number, zodIssues: readonly { path: readonly PropertyKey[]; message: string }[]): void {
  acc.excludedTotal++;
  const reasons = new Set(zodIssues.map((issue) => reasonOf(issue.path, issue.message)));
  for (const reason of reasons) acc.byReason.set(reason, (acc.byReason.get(reason) ?? 0) + 1);
  // A record's issues in path order, as merge orders them, so that one pass and a merge report the same issues.
  const recordIssues = zodIssues
    .map((issue) => ({
      index,
      path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
      message: issue.message,
    }))
    .sort(issueOrder);
  for (const issue of recordIssues) {
    if (acc.issues.length >= acc.options.maxReportedIssues) break;
    acc.issues.push(issue);
  }
}

/**
 * Adds one referral to an accumulation (validated first when the options say `validate: true`),
 * counting it as read, outside the period, excluded or in its group.
 *
 * @example
 * ```ts
 * import { addReferral, finalizeAccumulation, startAccumulation } from './accumulation.js';
 * import { resolveOptions } from './options.js';
 *
 * const acc = startAccumulation(resolveOptions({ from: '2025-04-01' }));
 * addReferral(acc, { id: 'R1', referredOn: '2025-03-01', source: 'self', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] });
 * addReferral(acc, { id: 'R2', referredOn: '2025-04-01', source: 'self', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] });
 * const summary = finalizeAccumulation(acc);
 * [summary.recordsRead, summary.outsidePeriod.before, summary.total.referrals];
 * //=> [2, 1, 1]
 * ```
 */
export function addReferral(acc: Accumulation, input: Referral): void {
  const index = acc.nextIndex++;
  acc.recordsRead++;
  const { onProgress, progressEvery } = acc.options;
  if (onProgress !== null && acc.recordsRead % progressEvery === 0) onProgress({ recordsRead: acc.recordsRead });
  let r = input;
  const { from, to, validate } = acc.options;
  if (validate) {
    const parsed = ReferralSchema.safeParse(input);
    if (!parsed.success) {
      exclude(acc, index, parsed.error.issues);
      return;
    }
    r = parsed.data;
  }
  const on = r.referredOn;
  if (from !== null && on < from) {
    acc.before++;
    return;
  }
  if (to !== null && on > to) {
    acc.after++;
    return;
  }
  addToGroup(groupFor(acc, r), r, acc.options);
}

/**
 * The accumulation as plain JSON data (see {@link OutcomeAccumulatorState}); later adds never change it.
 *
 * @example
 * ```ts
 * import { accumulationState, startAccumulation } from './accumulation.js';
 * import { resolveOptions } from './options.js';
 *
 * const state = accumulationState(startAccumulation(resolveOptions(undefined)));
 * [state.version, state.recordsRead, state.groups];
 * //=> [1, 0, []]
 * ```
 */
export function accumulationState(acc: Accumulation): OutcomeAccumulatorState {
  return {
    version: 1,
    settings: JSON.parse(acc.settingsText) as OutcomeAccumulatorState['settings'],
    recordsRead: acc.recordsRead,
    outsidePeriod: { before: acc.before, after: acc.after },
    excluded: {
      total: acc.excludedTotal,
      byReason: Object.fromEntries([...acc.byReason.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
      issues: acc.issues.map((issue) => ({ ...issue, path: [...issue.path] })),
    },
    groups: [...acc.groups.values()].sort((a, b) => keyCompare(a.key, b.key)).map(groupToState),
  };
}

/**
 * Adds a serialised state (checked first) into an accumulation; the state is not changed.
 *
 * @throws SocialPrescribingError `outcomes/incompatible-state` when the state is not of this
 * version, was made with other settings, or holds counts that are not whole numbers, 0 or more.
 * @example
 * ```ts
 * import { accumulationState, addReferral, finalizeAccumulation, mergeAccumulation, startAccumulation } from './accumulation.js';
 * import { resolveOptions } from './options.js';
 *
 * const options = resolveOptions(undefined);
 * const a = startAccumulation(options);
 * const b = startAccumulation(options);
 * addReferral(b, { id: 'R1', referredOn: '2025-04-01', source: 'self', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] });
 * mergeAccumulation(a, accumulationState(b));
 * finalizeAccumulation(a).total.referrals;
 * //=> 1
 * mergeAccumulation(a, { version: 2 });
 * //=> throws 'outcomes/incompatible-state'
 * ```
 */
export function mergeAccumulation(acc: Accumulation, incoming: unknown): void {
  const candidate = incoming as Partial<OutcomeAccumulatorState> | null;
  if (typeof candidate !== 'object' || candidate === null || candidate.version !== 1 || !Array.isArray(candidate.groups)) {
    throw new SocialPrescribingError('outcomes/incompatible-state', [
      { path: [], message: 'must be an outcome accumulator or its state() (version 1)' },
    ]);
  }
  if (jsonOrNull(candidate.settings) !== acc.settingsText) {
    throw new SocialPrescribingError('outcomes/incompatible-state', [
      { path: ['settings'], message: 'was made with different options (period, grouping, expected contacts or instruments)' },
    ]);
  }
  const groupers = acc.options.groupers;
  const problems = stateIssues(candidate, groupers.length);
  if (problems.length > 0) throw new SocialPrescribingError('outcomes/incompatible-state', problems);
  const s = candidate as OutcomeAccumulatorState & { readonly groups: readonly GroupState[] };
  acc.recordsRead += s.recordsRead;
  acc.before += s.outsidePeriod.before;
  acc.after += s.outsidePeriod.after;
  acc.excludedTotal += s.excluded.total;
  for (const [reason, count] of Object.entries(s.excluded.byReason)) acc.byReason.set(reason, (acc.byReason.get(reason) ?? 0) + count);
  acc.issues = [...acc.issues, ...s.excluded.issues.map((issue) => ({ ...issue, path: [...issue.path] }))]
    .sort(issueOrder)
    .slice(0, acc.options.maxReportedIssues);
  for (const groupState of s.groups) {
    const mapKey = groupers.length > 1 ? JSON.stringify(groupState.key) : (groupState.key as string | null);
    let group = acc.groups.get(mapKey);
    if (group === undefined) {
      group = emptyGroup(Array.isArray(groupState.key) ? [...(groupState.key as (string | null)[])] : groupState.key);
      acc.groups.set(mapKey, group);
      if (groupers.length === 0) acc.single = group;
    }
    mergeGroup(group, groupState);
  }
}

/**
 * The summary of an accumulation: a total row and a row per group, sorted by key; the
 * accumulation is not changed.
 *
 * @example
 * ```ts
 * import { finalizeAccumulation, startAccumulation } from './accumulation.js';
 * import { resolveOptions } from './options.js';
 *
 * const summary = finalizeAccumulation(startAccumulation(resolveOptions({ groupBy: 'pcn' })));
 * [summary.total.referrals, summary.groups, summary.groupNames];
 * //=> [0, [], ['pcn']]
 * ```
 */
export function finalizeAccumulation(acc: Accumulation): OutcomeSummary {
  const resolved = acc.options;
  const sorted = [...acc.groups.values()].sort((a, b) => keyCompare(a.key, b.key));
  const total = emptyGroup(null);
  for (const group of sorted) mergeGroup(total, group);
  const excluded = { total: acc.excludedTotal, byReason: Object.fromEntries([...acc.byReason.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
  const period: { from: IsoDate | null; to: IsoDate | null } = { from: resolved.from, to: resolved.to };
  return {
    period,
    groupNames: [...resolved.groupNames],
    recordsRead: acc.recordsRead,
    total: groupToRow(total, null, resolved),
    groups:
      resolved.groupers.length === 0
        ? []
        : sorted.map((group) => groupToRow(group, Array.isArray(group.key) ? [...(group.key as (string | null)[])] : group.key, resolved)),
    outsidePeriod: { before: acc.before, after: acc.after },
    excluded: { ...excluded, issues: acc.issues.map((issue) => ({ ...issue, path: [...issue.path] })) },
  };
}
