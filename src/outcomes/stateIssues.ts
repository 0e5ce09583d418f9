import { isRecord, keyLabel, type ValidationIssue } from '../core/index.js';
import { match } from 'ts-pattern';
import { COUNTER_NAMES, COUNTERS, type CounterName, type CounterSpec } from './groupState.js';

type Path = (string | number)[];

const MAX_ISSUES = 20;
const NOT_A_COUNT = 'must be a whole number, 0 or more';
const WELLBEING_COUNTS = ['paired', 'unscorable', 'improved', 'meaningfullyImproved'] as const;
const WELLBEING_SUMS = ['sumBaseline', 'sumFollowUp'] as const;


/** A whole number, 0 or more. Lists are checked through `Array.from`, which turns holes into `undefined` (`every` skips them). */
function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/**
 * The problems with a serialised accumulator state (the counts `merge` adds):
 * every count a whole number, 0 or more; every list of counts as long as this
 * version makes it; distinct ids strings; no `__proto__` instrument id; group keys
 * strings or `null`. Version and settings are checked by `merge` itself.
 *
 * A state may come from another thread, a file or a hand, and `merge` adds its counts without
 * further checks, so anything wrong is found here first (at most 20 issues, by path) and
 * `merge` throws `outcomes/incompatible-state` with them. `groupers` is the number of
 * grouping fields, the length of each group's key when there are two or more.
 *
 * @example
 * ```ts
 * import { createOutcomeAccumulator } from 'social-prescribing/outcomes';
 * import { stateIssues } from './stateIssues.js';
 *
 * const accumulator = createOutcomeAccumulator({ groupBy: 'pcn' });
 * accumulator.add({ id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', pcn: 'north', needs: [], events: [],
 *   contacts: [{ on: '2025-04-08', mode: 'telephone', attended: true }], goals: [], onward: [], measures: [] });
 * const state = JSON.parse(JSON.stringify(accumulator.state()));
 * stateIssues(state, 1);
 * //=> []
 * state.recordsRead = -1;
 * state.groups[0].engaged = 2;
 * stateIssues(state, 1).map((issue) => [issue.path.join('.'), issue.message]);
 * //=> [['recordsRead', 'must be a whole number, 0 or more'], ['groups.0.engaged', 'must not exceed referrals']]
 * stateIssues(JSON.parse(JSON.stringify(accumulator.state())), 2).map((issue) => issue.path.join('.'));
 * //=> ['groups.0.key']
 * ```
 */
export function stateIssues(value: Record<string, unknown>, groupers: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: Path, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const count = (v: unknown, path: Path): void => {
    if (!isCount(v)) add(path, NOT_A_COUNT);
  };
  const record = (v: unknown, path: Path): Record<string, unknown> => {
    if (isRecord(v)) return v;
    add(path, 'must be an object');
    return {};
  };
  count(value['recordsRead'], ['recordsRead']);
  const outside = record(value['outsidePeriod'], ['outsidePeriod']);
  count(outside['before'], ['outsidePeriod', 'before']);
  count(outside['after'], ['outsidePeriod', 'after']);
  const excluded = record(value['excluded'], ['excluded']);
  count(excluded['total'], ['excluded', 'total']);
  // Keys of a saved state may have been edited: show one only when written like a name in code.
  Object.entries(record(excluded['byReason'], ['excluded', 'byReason'])).forEach(([reason, n], position) => { count(n, ['excluded', 'byReason', keyLabel(reason, position)]); });
  const reported = excluded['issues'];
  if (!Array.isArray(reported)) add(['excluded', 'issues'], 'must be an array');
  else {
    // Array.from: a hole (a sparse array from structuredClone or a hand-built state) is checked as `undefined`, not skipped.
    Array.from(reported as unknown[]).forEach((issue, i) => {
      const ok =
        isRecord(issue) &&
        isCount(issue['index']) &&
        typeof issue['message'] === 'string' &&
        Array.isArray(issue['path']) &&
        Array.from(issue['path'] as unknown[]).every((segment) => typeof segment === 'string' || isCount(segment));
      if (!ok) add(['excluded', 'issues', i], 'must be { index, path, message }');
    });
  }
  Array.from(value['groups'] as unknown[]).forEach((group, g) => {
    checkGroup(group, ['groups', g], groupers, add, count, record);
  });
  return issues;
}

/** Bound checks in report order: counts of referrals first (single counts, then lists), then parts of other counts. */
const BOUNDS: readonly CounterName[] = /* @__PURE__ */ (() => {
  const bounded = COUNTER_NAMES.filter((name) => (COUNTERS[name] as CounterSpec & { atMost?: string }).atMost !== undefined);
  const rank = (name: CounterName): number => {
    const spec = COUNTERS[name] as CounterSpec & { atMost?: string };
    return (spec.atMost === 'referrals' ? 0 : 2) + (spec.kind === 'count' ? 0 : 1);
  };
  return bounded.map((name, i) => ({ name, i })).sort((a, b) => rank(a.name) - rank(b.name) || a.i - b.i).map(({ name }) => name);
})();

/** Each counter's check, chosen once by its kind (not per group: a 10,000-group state made 400,000 matches): the message for a bad value, or `null`. */
const FIELD_CHECKS: readonly (readonly [field: CounterName, check: ((v: unknown) => string | null) | 'wellbeing'])[] = /* @__PURE__ */ COUNTER_NAMES.map(
  (field) => [field, checkOf(COUNTERS[field])] as const,
);

function checkOf(spec: CounterSpec): ((v: unknown) => string | null) | 'wellbeing' {
  const list =
    (length: number | null) =>
    (v: unknown): string | null =>
      Array.isArray(v) && (length === null || v.length === length) && Array.from(v).every(isCount) ? null : 'must be a list of whole numbers, 0 or more, of the expected length';
  return match(spec)
    .returnType<((v: unknown) => string | null) | 'wellbeing'>()
    .with({ kind: 'count' }, () => (v: unknown) => (isCount(v) ? null : NOT_A_COUNT))
    .with({ kind: 'slots' }, (s) => list(s.length))
    .with({ kind: 'histogram' }, () => list(null))
    .with({ kind: 'ids' }, () => (v: unknown) => (Array.isArray(v) && Array.from(v).every((id) => typeof id === 'string') ? null : 'must be an array of ids'))
    .with(
      { kind: 'keyed' },
      (s) => (v: unknown) =>
        isRecord(v) &&
        !Object.hasOwn(v, '__proto__') &&
        Object.values(v).every((counts) => Array.isArray(counts) && counts.length === s.length && Array.from(counts as unknown[]).every(isCount))
          ? null
          : 'must map each id to a list of whole numbers, 0 or more, of the expected length',
    )
    .with({ kind: 'wellbeing' }, () => 'wellbeing' as const)
    .exhaustive();
}

function checkGroup(
  group: unknown,
  path: Path,
  groupers: number,
  add: (path: Path, message: string) => void,
  count: (v: unknown, path: Path) => void,
  record: (v: unknown, path: Path) => Record<string, unknown>,
): void {
  const g = record(group, path);
  const key = g['key'];
  const keyPart = (part: unknown): boolean => part === null || typeof part === 'string';
  const keyOk = groupers > 1 ? Array.isArray(key) && key.length === groupers && Array.from(key).every(keyPart) : keyPart(key);
  if (!keyOk) add([...path, 'key'], 'must be the group key (a string or null per grouping field)');
  const wellbeingFields: CounterName[] = [];
  for (const [field, check] of FIELD_CHECKS) {
    if (check === 'wellbeing') {
      wellbeingFields.push(field);
      continue;
    }
    const message = check(g[field]);
    if (message !== null) add([...path, field], message);
  }
  const n = (field: string, i?: number): number => {
    const v = i === undefined ? g[field] : (g[field] as unknown[] | undefined)?.[i];
    return isCount(v) ? (v as number) : 0;
  };
  for (const field of BOUNDS) {
    const spec = COUNTERS[field] as CounterSpec & { atMost: string; length?: number; sumOf?: readonly number[] };
    const whole = n(spec.atMost);
    let over: boolean;
    if (spec.kind === 'count') over = n(field) > whole;
    else if (spec.sumOf !== undefined) over = spec.sumOf.reduce((sum, i) => sum + n(field, i), 0) > whole;
    else over = Array.from({ length: spec.length ?? 0 }, (_, i) => n(field, i)).some((part) => part > whole);
    if (over) add([...path, field], `must not exceed ${spec.atMost}`);
  }
  // Wellbeing last: its issues follow the group's own counts.
  for (const field of wellbeingFields) checkWellbeing(record(g[field], [...path, field]), [...path, field], add, count, record);
}

function checkWellbeing(
  wellbeing: Record<string, unknown>,
  path: Path,
  add: (path: Path, message: string) => void,
  count: (v: unknown, path: Path) => void,
  record: (v: unknown, path: Path) => Record<string, unknown>,
): void {
  // Keys of a saved state may have been edited: show one only when written like a name in code.
  for (const [position, [key, w]] of Object.entries(wellbeing).entries()) {
    const id = keyLabel(key, position);
    if (key === '__proto__') add(path, 'must not have an instrument id of __proto__');
    const state = record(w, [...path, id]);
    for (const field of WELLBEING_COUNTS) count(state[field], [...path, id, field]);
    for (const field of ['improved', 'meaningfullyImproved'] as const) {
      const part = state[field];
      const paired = state['paired'];
      if (isCount(part) && isCount(paired) && (part as number) > (paired as number)) add([...path, id, field], 'must not exceed paired');
    }
    for (const field of WELLBEING_SUMS) {
      if (!Number.isSafeInteger(state[field])) add([...path, id, field], 'must be a whole number');
    }
  }
}
