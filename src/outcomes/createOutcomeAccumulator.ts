import type { IsoDate, Range } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { accumulationState, addReferral, finalizeAccumulation, mergeAccumulation, startAccumulation } from './accumulation.js';
import { resolveOptions } from './options.js';
import type { OutcomeExclusions, OutcomeSummary, OutcomeSummaryOptions } from './types.js';

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
  const acc = startAccumulation(resolveOptions(options));
  return {
    add: (referral) => {
      addReferral(acc, referral);
    },
    merge: (other) => {
      const given: unknown = other;
      const isAccumulator = typeof given === 'object' && given !== null && typeof (given as Partial<OutcomeAccumulator>).state === 'function';
      mergeAccumulation(acc, isAccumulator ? (given as OutcomeAccumulator).state() : given);
    },
    result: () => finalizeAccumulation(acc),
    state: () => accumulationState(acc),
  };
}
