/**
 * The per-group counters of the outcome accumulator: the hot loop that adds
 * one referral, the merge of two groups, and the conversion to a result row.
 *
 * @module
 */
import { match } from 'ts-pattern';
import { toDayNumber } from '../core/index.js';
import { CLOSE_REASONS, NEED_CATEGORIES, ONWARD_ATTENDANCE, PERSON_SEXES, type Referral, type ReferralMeasure, type UndatedMeasure } from '../referrals/index.js';
import { AGE_BANDS } from './defaults.js';
import { sumOrNull, swemwbsMetricOrNull } from './instruments.js';
import { instrumentSettings, type ResolvedOptions } from './options.js';
import type { OutcomeAgeBand, OutcomeAttendanceCounts, OutcomeGroupKey, OutcomeNeed, OutcomeRow, OutcomeWellbeing } from './types.js';
import { wilson } from './wilsonInterval.js';

/** Scores are summed in units of 1/10,000 so that sums are exact integers and merging is associative. */
export const SCORE_SCALE = 10_000;

/** Wellbeing counters of one instrument in one group. */
export interface WellbeingState {
  paired: number;
  unscorable: number;
  /** Sum of baseline scores × {@link SCORE_SCALE}. */
  sumBaseline: number;
  /** Sum of later scores × {@link SCORE_SCALE}. */
  sumFollowUp: number;
  improved: number;
  meaningfullyImproved: number;
}

const CLOSE_INDEX = new Map<string, number>(CLOSE_REASONS.map((reason, i) => [reason, i]));
const GOALS_MET_CLOSE = CLOSE_INDEX.get('goals-met') as number;
const NEED_INDEX = new Map<string, number>(NEED_CATEGORIES.map((need, i) => [need, i]));
const SEX_INDEX = new Map<string, number>(PERSON_SEXES.map((sex, i) => [sex, i]));
const UNKNOWN_SEX = SEX_INDEX.get('unknown') as number;
const UNKNOWN_AGE: number = AGE_BANDS.length;
const AGE_LOWER = [0, 20, 60, 75];

/**
 * What one counter of a group is, and so how it starts, merges, is saved and is checked:
 * - `count`: a whole number; merges by adding; `atMost` names the count it can never exceed;
 * - `slots`: a fixed-length list of whole numbers (a slot per close reason, need, age band, sex);
 *   merges slot by slot; `atMost` bounds each slot, or the sum of the slots listed in `sumOf`;
 * - `histogram`: a list of whole numbers that grows (`histogram[n]` = people with the value `n`);
 * - `ids`: distinct ids (a `Set` while adding, a sorted array when saved); merges by union;
 * - `keyed`: a fixed-length list of whole numbers per id (an onward organisation's attendance);
 *   merges id by id, slot by slot; saved with its ids sorted;
 * - `wellbeing`: {@link WellbeingState} per instrument id; merges field by field.
 */
export type CounterSpec =
  | { readonly kind: 'count'; readonly atMost?: string }
  | { readonly kind: 'slots'; readonly length: number; readonly atMost?: string; readonly sumOf?: readonly number[] }
  | { readonly kind: 'histogram' }
  | { readonly kind: 'ids' }
  | { readonly kind: 'keyed'; readonly length: number }
  | { readonly kind: 'wellbeing' };

/**
 * The one table of a group's counters, in the order they are saved and checked. Adding a figure
 * is a line here plus the code that counts it (`addToGroup`) and shows it (`groupToRow`): the
 * empty group, merge, saved state and its checks follow from the table.
 */
export const COUNTERS = /* @__PURE__ */ (() =>
  ({
  referrals: { kind: 'count' },
  accepted: { kind: 'count', atMost: 'referrals' },
  declined: { kind: 'count', atMost: 'referrals' },
  unableToContact: { kind: 'count', atMost: 'referrals' },
  engaged: { kind: 'count', atMost: 'referrals' },
  /** Count per close reason, in {@link CLOSE_REASONS} order. */
  closed: { kind: 'slots', length: CLOSE_REASONS.length },
  goalsSet: { kind: 'count' },
  goalsMet: { kind: 'count', atMost: 'goalsSet' },
  goalsPartlyMet: { kind: 'count' },
  positiveOutcomes: { kind: 'count', atMost: 'engaged' },
  contactsAttended: { kind: 'count' },
  contactsMissed: { kind: 'count' },
  /** `contactHistogram[n]` = engaged people with exactly `n` attended contacts (exact medians). */
  contactHistogram: { kind: 'histogram' },
  withinExpected: { kind: 'count', atMost: 'engaged' },
  referralsWithNeeds: { kind: 'count', atMost: 'referrals' },
  /** Referrals per need, in {@link NEED_CATEGORIES} order. */
  needs: { kind: 'slots', length: NEED_CATEGORIES.length, atMost: 'referrals' },
  onwardTotal: { kind: 'count' },
  onwardReferrals: { kind: 'count' },
  signposts: { kind: 'count' },
  organisations: { kind: 'ids' },
  activities: { kind: 'ids' },
  onwardPeople: { kind: 'count', atMost: 'referrals' },
  onwardThreeOrMore: { kind: 'count', atMost: 'onwardPeople' },
  wellbeing: { kind: 'wellbeing' },
  /** Referrals per age band: {@link AGE_BANDS} then unknown; people aged 20–59 and of unknown age are within the referrals. */
  ages: { kind: 'slots', length: AGE_BANDS.length + 1, atMost: 'referrals', sumOf: [1, AGE_BANDS.length] },
  /** Referrals per sex, in {@link PERSON_SEXES} order (missing counts as unknown). */
  sex: { kind: 'slots', length: PERSON_SEXES.length },
  /** Closed referrals whose export gave no close reason (closed without a date or a reason). */
  closedReasonUnknown: { kind: 'count', atMost: 'referrals' },
  /** Referrals whose contacts were counts without dates. */
  countOnlyContacts: { kind: 'count', atMost: 'referrals' },
  /** Referrals with a wellbeing pair from start and end scores without dates. */
  countOnlyWellbeing: { kind: 'count', atMost: 'referrals' },
  /** Referrals closed without a date. */
  countOnlyClosed: { kind: 'count', atMost: 'referrals' },
  /** Referrals recorded `entered-in-error`: left out of every other counter. */
  enteredInError: { kind: 'count' },
  /** Referrals with a `waiting` event (accepted, waiting for a place). */
  waiting: { kind: 'count', atMost: 'referrals' },
  /** Waiting referrals whose wait ended with a place: a later `accepted` event or attended contact. */
  waitingPlaced: { kind: 'count', atMost: 'waiting' },
  /** `waitingDays[n]` = placed referrals that waited exactly `n` days (exact medians). */
  waitingDays: { kind: 'histogram' },
  /** Onward connections per attendance, in {@link ONWARD_ATTENDANCE} order (missing counts as unknown). */
  onwardAttendance: { kind: 'slots', length: ONWARD_ATTENDANCE.length, atMost: 'onwardTotal' },
  /** Onward connections per organisation id and attendance, in {@link ONWARD_ATTENDANCE} order. */
  onwardByOrganisation: { kind: 'keyed', length: ONWARD_ATTENDANCE.length },
  }) as const satisfies Record<string, CounterSpec>)();

/** The name of a counter in {@link COUNTERS}. */
export type CounterName = keyof typeof COUNTERS;

/** The counter names of {@link COUNTERS}, in table order. */
export const COUNTER_NAMES = /* @__PURE__ */ (() => Object.keys(COUNTERS) as CounterName[])();

type CounterValue<C, S> = C extends { kind: 'count' }
  ? number
  : C extends { kind: 'slots' | 'histogram' }
    ? number[]
    : C extends { kind: 'ids' }
      ? S
      : C extends { kind: 'keyed' }
        ? Record<string, number[]>
        : Record<string, WellbeingState>;

/** The counters of one group, typed from {@link COUNTERS}: plain data, JSON-serialisable once the id sets are arrays. */
export type GroupCounters<S> = { key: OutcomeGroupKey } & { -readonly [F in CounterName]: CounterValue<(typeof COUNTERS)[F], S> };

/** A group while accumulating: sets for distinct ids. */
export type GroupAcc = GroupCounters<Set<string>>;

/** A group in a serialised state: sorted arrays for distinct ids. */
export type GroupState = GroupCounters<string[]>;

function emptyWellbeing(): WellbeingState {
  return { paired: 0, unscorable: 0, sumBaseline: 0, sumFollowUp: 0, improved: 0, meaningfullyImproved: 0 };
}

/** The fields of {@link WellbeingState}, all merged by adding. */
const WELLBEING_FIELDS = /* @__PURE__ */ (() => Object.keys(emptyWellbeing()) as (keyof WellbeingState)[])();

/**
 * A new, empty group, built from {@link COUNTERS}.
 *
 * Every list already has its fixed length (a slot per close reason, need, age band and sex),
 * so adding and merging never meet a missing slot; only the contact histogram grows.
 * `wellbeing` has no prototype, so any instrument id, even `'constructor'`, starts absent.
 *
 * @example
 * ```ts
 * import { CLOSE_REASONS, NEED_CATEGORIES } from '../referrals/index.js';
 * import { emptyGroup } from './groupState.js';
 *
 * const group = emptyGroup('north');
 * [group.key, group.referrals, group.ages, group.contactHistogram, group.organisations.size];
 * //=> ['north', 0, [0, 0, 0, 0, 0], [], 0]
 * [group.closed.length === CLOSE_REASONS.length, group.needs.length === NEED_CATEGORIES.length];
 * //=> [true, true]
 * 'constructor' in group.wellbeing;
 * //=> false
 * ```
 */
export function emptyGroup(key: OutcomeGroupKey): GroupAcc {
  const group: Record<string, unknown> = { key };
  for (const name of COUNTER_NAMES) {
    const spec: CounterSpec = COUNTERS[name];
    group[name] = match(spec)
      .with({ kind: 'count' }, () => 0)
      .with({ kind: 'slots' }, (s) => new Array<number>(s.length).fill(0))
      .with({ kind: 'histogram' }, () => [])
      .with({ kind: 'ids' }, () => new Set<string>())
      .with({ kind: 'keyed' }, () => Object.create(null) as Record<string, number[]>)
      // No prototype: instrument ids are open kebab-case ids, and 'constructor' must not find Object's.
      .with({ kind: 'wellbeing' }, () => Object.create(null) as Record<string, WellbeingState>)
      .exhaustive();
  }
  return group as GroupAcc;
}

/** Band index of an age in whole years. */
function ageBandOf(age: number): number {
  if (age < 0) return UNKNOWN_AGE;
  let band = 0;
  while (band + 1 < AGE_LOWER.length && age >= (AGE_LOWER[band + 1] as number)) band++;
  return band;
}

const recordedBandCache = new Map<string, number>();

/** Band index of a recorded age band (`'40-49'`, `'85+'`): ours when it falls wholly within one, else unknown. */
function recordedBandOf(text: string): number {
  const cached = recordedBandCache.get(text);
  if (cached !== undefined) return cached;
  const plus = text.endsWith('+');
  const [lowText, highText] = plus ? [text.slice(0, -1), undefined] : text.split('-');
  const low = Number(lowText);
  const high = highText === undefined ? Number.POSITIVE_INFINITY : Number(highText);
  const band = Number.isInteger(low) && high >= low && ageBandOf(low) === ageBandOf(high)
    ? ageBandOf(low)
    : UNKNOWN_AGE;
  if (recordedBandCache.size < 1000) recordedBandCache.set(text, band);
  return band;
}

/** The year of an ISO date, without allocating a substring. */
function yearOf(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48)
  );
}

/** Score of a measure on `instrument` (ONS4: `item` 0–3), scaled; `null` when it cannot be scored. */
function scaledScore(measure: Pick<ReferralMeasure, 'items' | 'score'>, instrument: string, item: number): number | null {
  const items = measure.items;
  let score: number | null;
  switch (instrument) {
    case 'swemwbs':
      score = items !== undefined ? swemwbsMetricOrNull(items) : inRange(measure.score, 7, 35);
      break;
    case 'ucla3':
      score = items !== undefined ? sumOrNull(items, 3, 1, 3) : inRange(measure.score, 3, 9);
      break;
    case 'mycaw':
      if (items !== undefined) {
        const sum = items.length >= 2 && items.length <= 3 ? sumOrNull(items, items.length, 0, 6) : null;
        score = sum === null ? null : sum / items.length;
      } else score = inRange(measure.score, 0, 6);
      break;
    case 'ons4':
      score = items !== undefined && sumOrNull(items, 4, 0, 10) !== null ? (items[item] as number) : null;
      break;
    default:
      score = measure.score !== undefined && Number.isFinite(measure.score) ? measure.score : null;
  }
  return score === null ? null : Math.round(score * SCORE_SCALE);
}

function inRange(score: number | undefined, min: number, max: number): number | null {
  return score !== undefined && score >= min && score <= max ? score : null;
}

const ONS4_ROWS = ['ons4-life-satisfaction', 'ons4-worthwhile', 'ons4-happiness', 'ons4-anxiety'];

/** Adds one baseline and follow-up pair of `instrument`; returns whether it improved. */
function addPair(
  group: GroupAcc,
  instrument: string,
  baseline: Pick<ReferralMeasure, 'items' | 'score'>,
  followUp: Pick<ReferralMeasure, 'items' | 'score'>,
  options: ResolvedOptions,
): boolean {
  let improved = false;
  const rows = instrument === 'ons4' ? 4 : 1;
  for (let item = 0; item < rows; item++) {
    const id = instrument === 'ons4' ? (ONS4_ROWS[item] as string) : instrument;
    let state = group.wellbeing[id];
    if (state === undefined) {
      state = emptyWellbeing();
      group.wellbeing[id] = state;
    }
    const before = scaledScore(baseline, instrument, item);
    const after = scaledScore(followUp, instrument, item);
    if (before === null || after === null) {
      state.unscorable++;
      continue;
    }
    state.paired++;
    state.sumBaseline += before;
    state.sumFollowUp += after;
    const settings = instrumentSettings(options, id);
    if (settings.higherIsBetter === null) continue;
    const gain = settings.higherIsBetter ? after - before : before - after;
    if (gain > 0) {
      state.improved++;
      improved = true;
      if (settings.meaningfulChange !== null && gain >= Math.round(settings.meaningfulChange * SCORE_SCALE)) {
        state.meaningfullyImproved++;
      }
    }
  }
  return improved;
}

/**
 * Adds the pairs of start and end scores without dates: each instrument's `baseline` with its
 * `exit` (the schema allows one of each). Returns 0 when there was no pair, 1 when some pair
 * did not improve, 2 when one improved.
 */
function addUndatedPairs(group: GroupAcc, measures: readonly UndatedMeasure[], options: ResolvedOptions): 0 | 1 | 2 {
  let found: 0 | 1 | 2 = 0;
  for (const baseline of measures) {
    if (baseline.timepoint !== 'baseline') continue;
    const exit = measures.find((m) => m.instrument === baseline.instrument && m.timepoint === 'exit');
    if (exit === undefined) continue;
    if (addPair(group, baseline.instrument, baseline, exit, options)) found = 2;
    else if (found === 0) found = 1;
  }
  return found;
}

/** Adds the wellbeing pairs of one referral; returns whether any instrument improved. */
function addWellbeing(group: GroupAcc, measures: readonly ReferralMeasure[], options: ResolvedOptions): boolean {
  let anyImproved = false;
  const n = measures.length;
  for (let i = 0; i < n; i++) {
    const baseline = measures[i] as ReferralMeasure;
    if (baseline.timepoint !== 'baseline') continue;
    const instrument = baseline.instrument;
    let first = true;
    let later = -1;
    let laterOn = '';
    for (let j = 0; j < n; j++) {
      const other = measures[j] as ReferralMeasure;
      if (j === i || other.instrument !== instrument) continue;
      if (other.timepoint === 'baseline') {
        if (other.on < baseline.on || (other.on === baseline.on && j < i)) {
          first = false;
          break;
        }
      } else if (other.on >= baseline.on && other.on >= laterOn) {
        later = j;
        laterOn = other.on;
      }
    }
    if (!first || later < 0) continue;
    const followUp = measures[later] as ReferralMeasure;
    if (addPair(group, instrument, baseline, followUp, options)) anyImproved = true;
  }
  return anyImproved;
}

/**
 * Adds one trusted referral to a group: the hot loop, with no allocation beyond new distinct ids.
 *
 * Counts follow docs/outcomes.md: a need once per referral, a close only when not reopened,
 * attended contacts into the histogram, and each first baseline paired with the latest later
 * measure, its scores summed in units of 1/{@link SCORE_SCALE}.
 *
 * @example
 * ```ts
 * import { addToGroup, emptyGroup } from './groupState.js';
 * import { resolveOptions } from './options.js';
 *
 * const group = emptyGroup('north');
 * addToGroup(group, { id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', needs: ['housing', 'housing'],
 *   events: [{ type: 'closed', on: '2025-06-01', reason: 'goals-met' }],
 *   contacts: [{ on: '2025-04-08', mode: 'telephone', attended: true }, { on: '2025-04-15', mode: 'telephone', attended: false }],
 *   goals: [], onward: [], measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-08', score: 19.25 },
 *     { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-01', score: 23.21 }] }, resolveOptions(undefined));
 * [group.referrals, group.engaged, group.contactsMissed, group.contactHistogram, group.positiveOutcomes];
 * //=> [1, 1, 1, [0, 1], 1]
 * group.needs.filter((count) => count > 0);
 * //=> [1]
 * group.wellbeing.swemwbs;
 * //=> { paired: 1, unscorable: 0, sumBaseline: 192_500, sumFollowUp: 232_100, improved: 1, meaningfullyImproved: 1 }
 * ```
 */
export function addToGroup(group: GroupAcc, r: Referral, options: ResolvedOptions): void {
  // A referral recorded by mistake is counted here and nowhere else.
  for (const event of r.events) {
    if (event.type === 'entered-in-error') {
      group.enteredInError++;
      return;
    }
  }
  group.referrals++;
  addWaiting(group, r);
  let accepted = false;
  let declined = false;
  let unableToContact = false;
  let closeReason = -1;
  for (const event of r.events) {
    switch (event.type) {
      case 'accepted':
        accepted = true;
        break;
      case 'declined':
        declined = true;
        break;
      case 'unable-to-contact':
        unableToContact = true;
        break;
      case 'closed':
        closeReason = CLOSE_INDEX.get(event.reason) ?? -1;
        break;
      case 'reopened':
        closeReason = -1;
        break;
      default:
        break;
    }
  }
  const undated = r.undated;
  let attended = 0;
  let missed = 0;
  if (undated !== undefined) {
    const status = undated.status;
    if (status === 'accepted') accepted = true;
    else if (status === 'declined') declined = true;
    else if (status === 'unable-to-contact') unableToContact = true;
    else if (status === 'closed') {
      group.countOnlyClosed++;
      if (undated.closeReason === undefined) group.closedReasonUnknown++;
      else closeReason = CLOSE_INDEX.get(undated.closeReason) ?? -1;
    }
    if (undated.contactsAttended !== undefined || undated.contactsMissed !== undefined) {
      group.countOnlyContacts++;
      attended = undated.contactsAttended ?? 0;
      missed = undated.contactsMissed ?? 0;
    }
  }
  if (accepted) group.accepted++;
  if (declined) group.declined++;
  if (unableToContact) group.unableToContact++;
  if (closeReason >= 0) group.closed[closeReason] = (group.closed[closeReason] as number) + 1;

  const contacts = r.contacts;
  for (const contact of contacts) {
    if (contact.attended) attended++;
    else missed++;
  }
  group.contactsAttended += attended;
  group.contactsMissed += missed;
  if (attended > 0) {
    group.engaged++;
    const histogram = group.contactHistogram;
    while (histogram.length <= attended) histogram.push(0);
    histogram[attended] = (histogram[attended] as number) + 1;
    if (attended >= options.expectedContacts.min && attended <= options.expectedContacts.max) group.withinExpected++;
  }

  let goalMet = closeReason === GOALS_MET_CLOSE;
  const goals = r.goals;
  group.goalsSet += goals.length;
  for (const goal of goals) {
    if (goal.status === 'met') {
      group.goalsMet++;
      goalMet = true;
    } else if (goal.status === 'partly-met') {
      group.goalsPartlyMet++;
      goalMet = true;
    }
  }

  const needs = r.needs;
  if (needs.length > 0) {
    group.referralsWithNeeds++;
    for (let i = 0; i < needs.length; i++) {
      const need = needs[i] as string;
      if (needs.indexOf(need as never) !== i) continue; // count a need once per referral
      const index = NEED_INDEX.get(need);
      if (index !== undefined) group.needs[index] = (group.needs[index] as number) + 1;
    }
  }

  const onward = r.onward;
  if (onward.length > 0) {
    group.onwardPeople++;
    if (onward.length >= 3) group.onwardThreeOrMore++;
    group.onwardTotal += onward.length;
    for (const link of onward) {
      if (link.kind === 'referral') group.onwardReferrals++;
      else group.signposts++;
      const attendance = link.attended === 'attended' ? 0 : link.attended === 'did-not-attend' ? 1 : 2;
      group.onwardAttendance[attendance] = (group.onwardAttendance[attendance] as number) + 1;
      const byOrganisation = (group.onwardByOrganisation[link.organisationId] ??= [0, 0, 0]);
      byOrganisation[attendance] = (byOrganisation[attendance] as number) + 1;
      group.organisations.add(link.organisationId);
      if (link.activityId !== undefined) group.activities.add(link.activityId);
    }
  }

  let improved = addWellbeing(group, r.measures, options);
  if (undated?.measures !== undefined) {
    const pairs = addUndatedPairs(group, undated.measures, options);
    if (pairs > 0) group.countOnlyWellbeing++;
    if (pairs === 2) improved = true;
  }
  if (attended > 0 && (goalMet || improved)) group.positiveOutcomes++;

  const person = r.person;
  let band = UNKNOWN_AGE;
  let sex = UNKNOWN_SEX;
  if (person !== undefined) {
    if (person.birthYear !== undefined) band = ageBandOf(yearOf(r.referredOn) - person.birthYear);
    else if (person.ageBand !== undefined) band = recordedBandOf(person.ageBand);
    if (person.sex !== undefined) sex = SEX_INDEX.get(person.sex) ?? UNKNOWN_SEX;
  }
  group.ages[band] = (group.ages[band] as number) + 1;
  group.sex[sex] = (group.sex[sex] as number) + 1;
}

/**
 * Counts a referral's wait for a place: from its first `waiting` event to the first `accepted`
 * event or attended contact on or after that day, in calendar days.
 */
function addWaiting(group: GroupAcc, r: Referral): void {
  let waitingOn: string | null = null;
  let placedOn: string | null = null;
  for (const event of r.events) {
    if (waitingOn === null) {
      if (event.type === 'waiting') waitingOn = event.on;
    } else if (event.type === 'accepted') {
      placedOn = event.on;
      break;
    }
  }
  if (waitingOn === null) return;
  group.waiting++;
  for (const contact of r.contacts) {
    if (contact.attended && contact.on >= waitingOn && (placedOn === null || contact.on < placedOn)) placedOn = contact.on;
  }
  if (placedOn === null) return;
  group.waitingPlaced++;
  const days = toDayNumber(placedOn) - toDayNumber(waitingOn);
  const histogram = group.waitingDays;
  while (histogram.length <= days) histogram.push(0);
  histogram[days] = (histogram[days] as number) + 1;
}

/** Sum of `histogram[v] × v`: the total of the values a histogram counts. */
function histogramSum(histogram: readonly number[]): number {
  let sum = 0;
  for (let value = 1; value < histogram.length; value++) sum += (histogram[value] as number) * value;
  return sum;
}

function addArrays(into: number[], from: readonly number[]): void {
  while (into.length < from.length) into.push(0);
  for (let i = 0; i < from.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

/**
 * Adds `from` (live or serialised) into `into`.
 *
 * Counts add, lists add slot by slot (a longer contact histogram extends `into`), distinct ids
 * are united and wellbeing sums add per instrument: so merging groups equals one pass over both
 * inputs, and a group from another thread's `state()` merges like a live one. `from` is not changed.
 *
 * @example
 * ```ts
 * import { addToGroup, emptyGroup, groupToState, mergeGroup } from './groupState.js';
 * import { resolveOptions } from './options.js';
 *
 * const group = emptyGroup('north');
 * addToGroup(group, { id: 'R1', referredOn: '2025-04-01', source: 'self', needs: [], events: [],
 *   contacts: [{ on: '2025-04-08', mode: 'telephone', attended: true }], goals: [],
 *   onward: [{ kind: 'signpost', on: '2025-04-08', organisationId: 'ORG-1' }], measures: [] }, resolveOptions(undefined));
 * const total = emptyGroup(null);
 * mergeGroup(total, group);
 * mergeGroup(total, JSON.parse(JSON.stringify(groupToState(group))));
 * [total.referrals, total.contactHistogram, total.onwardTotal, [...total.organisations], group.referrals];
 * //=> [2, [0, 2], 2, ['ORG-1'], 1]
 * ```
 */
export function mergeGroup(into: GroupAcc, from: GroupCounters<Iterable<string>>): void {
  const target = into as unknown as Record<CounterName, unknown>;
  const source = from as unknown as Record<CounterName, unknown>;
  for (const name of COUNTER_NAMES) {
    const spec: CounterSpec = COUNTERS[name];
    const value = source[name];
    match(spec)
      .with({ kind: 'count' }, () => {
        target[name] = (target[name] as number) + (value as number);
      })
      .with({ kind: 'slots' }, { kind: 'histogram' }, () => {
        addArrays(target[name] as number[], value as readonly number[]);
      })
      .with({ kind: 'ids' }, () => {
        const ids = target[name] as Set<string>;
        for (const id of value as Iterable<string>) ids.add(id);
      })
      .with({ kind: 'keyed' }, () => {
        const keyed = target[name] as Record<string, number[]>;
        for (const [id, counts] of Object.entries(value as Record<string, number[]>)) addArrays((keyed[id] ??= []), counts);
      })
      .with({ kind: 'wellbeing' }, () => {
        const wellbeing = target[name] as Record<string, WellbeingState>;
        for (const [id, w] of Object.entries(value as Record<string, WellbeingState>)) {
          const state = (wellbeing[id] ??= emptyWellbeing());
          for (const field of WELLBEING_FIELDS) state[field] += w[field];
        }
      })
      .exhaustive();
  }
}

/**
 * A group as plain JSON data: sets become sorted arrays, wellbeing keys sorted.
 *
 * The form `state()` sends to another thread or stores: every list is copied, so later adds to
 * the live group never change a state already taken, and equal counts give equal JSON.
 *
 * @example
 * ```ts
 * import { emptyGroup, groupToState } from './groupState.js';
 *
 * const group = emptyGroup(['north', null]);
 * group.organisations.add('ORG-2').add('ORG-1');
 * const state = groupToState(group);
 * [state.key, state.organisations];
 * //=> [['north', null], ['ORG-1', 'ORG-2']]
 * group.organisations.add('ORG-3');
 * group.closed[0] = 5;
 * [state.organisations.length, state.closed[0]];
 * //=> [2, 0]
 * ```
 */
export function groupToState(group: GroupAcc): GroupState {
  const state: Record<string, unknown> = { key: Array.isArray(group.key) ? [...(group.key as (string | null)[])] : group.key };
  const source = group as unknown as Record<CounterName, unknown>;
  for (const name of COUNTER_NAMES) {
    const spec: CounterSpec = COUNTERS[name];
    const value = source[name];
    state[name] = match(spec)
      .with({ kind: 'count' }, () => value)
      .with({ kind: 'slots' }, { kind: 'histogram' }, () => [...(value as number[])])
      .with({ kind: 'ids' }, () => [...(value as Set<string>)].sort())
      .with({ kind: 'keyed' }, () => {
        const live = value as Record<string, number[]>;
        const keyed: Record<string, number[]> = {};
        for (const id of Object.keys(live).sort()) keyed[id] = [...(live[id] as number[])];
        return keyed;
      })
      .with({ kind: 'wellbeing' }, () => {
        const wellbeing: Record<string, WellbeingState> = {};
        const live = value as Record<string, WellbeingState>;
        for (const id of Object.keys(live).sort()) wellbeing[id] = { ...(live[id] as WellbeingState) };
        return wellbeing;
      })
      .exhaustive();
  }
  return state as GroupState;
}

/**
 * Exact median of a histogram of whole numbers with `n` entries.
 *
 * `histogram[v]` is how many people had the value `v` (attended contacts), and `n` their total:
 * the median is exact, the mean of the two middle values when `n` is even, without keeping
 * every value; `null` over no one.
 *
 * @example
 * ```ts
 * import { histogramMedian } from './groupState.js';
 *
 * histogramMedian([0, 2, 1], 3);
 * //=> 1
 * histogramMedian([0, 2, 1, 1], 4);
 * //=> 1.5
 * histogramMedian([], 0);
 * //=> null
 * ```
 */
export function histogramMedian(histogram: readonly number[], n: number): number | null {
  if (n === 0) return null;
  const lowRank = Math.floor((n - 1) / 2); // 0-based ranks of the middle one or two values
  const highRank = Math.floor(n / 2);
  let seen = 0;
  let low = -1;
  for (let value = 0; value < histogram.length; value++) {
    seen += histogram[value] as number;
    if (low < 0 && seen > lowRank) low = value;
    if (seen > highRank) return (low + value) / 2;
  }
  /* v8 ignore next */
  return null;
}

function attendanceOf(counts: readonly number[]): OutcomeAttendanceCounts {
  return { attended: counts[0] ?? 0, didNotAttend: counts[1] ?? 0, unknown: counts[2] ?? 0 };
}

function mean(sum: number, n: number): number | null {
  return n === 0 ? null : sum / n;
}

/**
 * The result row of a group.
 *
 * Turns counters into the figures of docs/outcomes.md: each rate with its Wilson interval
 * (`null` over zero people), the exact median of contacts, and wellbeing means divided back
 * by {@link SCORE_SCALE}, exact where subtracting the scores themselves would not be.
 *
 * @example
 * ```ts
 * import { addToGroup, emptyGroup, groupToRow } from './groupState.js';
 * import { resolveOptions } from './options.js';
 *
 * const options = resolveOptions(undefined);
 * const group = emptyGroup('north');
 * addToGroup(group, { id: 'R1', referredOn: '2025-04-01', source: 'self', needs: [], events: [],
 *   contacts: [{ on: '2025-04-08', mode: 'telephone', attended: true }], goals: [], onward: [],
 *   measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-08', score: 19.25 },
 *     { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-01', score: 23.21 }] }, options);
 * const row = groupToRow(group, 'north', options);
 * [row.key, row.engagementRate?.value, row.goals.metRate, row.contacts.median];
 * //=> ['north', 1, null, 1]
 * row.wellbeing.swemwbs?.meanChange;
 * //=> 3.96
 * 23.21 - 19.25 === 3.96;
 * //=> false
 * ```
 */
export function groupToRow(group: GroupAcc, key: OutcomeGroupKey, options: ResolvedOptions): OutcomeRow {
  const closedByReason = Object.fromEntries(CLOSE_REASONS.map((reason, i) => [reason, group.closed[i] as number]));
  const needs = Object.fromEntries(
    NEED_CATEGORIES.map((need, i): [string, OutcomeNeed] => {
      const count = group.needs[i] as number;
      return [need, { count, share: wilson(count, group.referrals) }];
    }),
  );
  const wellbeing: Record<string, OutcomeWellbeing> = {};
  for (const id of Object.keys(group.wellbeing).sort()) {
    const w = group.wellbeing[id] as WellbeingState;
    const settings = instrumentSettings(options, id);
    const known = settings.higherIsBetter !== null;
    wellbeing[id] = {
      higherIsBetter: settings.higherIsBetter,
      paired: w.paired,
      unscorable: w.unscorable,
      meanBaseline: w.paired === 0 ? null : w.sumBaseline / w.paired / SCORE_SCALE,
      meanFollowUp: w.paired === 0 ? null : w.sumFollowUp / w.paired / SCORE_SCALE,
      meanChange: w.paired === 0 ? null : (w.sumFollowUp - w.sumBaseline) / w.paired / SCORE_SCALE,
      improved: w.improved,
      improvedRate: known ? wilson(w.improved, w.paired) : null,
      meaningfulChange: settings.meaningfulChange,
      meaningfullyImproved: w.meaningfullyImproved,
      meaningfulImprovementRate: known && settings.meaningfulChange !== null ? wilson(w.meaningfullyImproved, w.paired) : null,
    };
  }
  const knownAge = group.referrals - (group.ages[UNKNOWN_AGE] as number);
  const ageBands = Object.fromEntries(
    [...AGE_BANDS, 'unknown'].map((band, i) => [band, group.ages[i] as number]),
  ) as Record<OutcomeAgeBand, number>;
  return {
    key,
    referrals: group.referrals,
    accepted: group.accepted,
    acceptanceRate: wilson(group.accepted, group.referrals),
    declined: group.declined,
    unableToContact: group.unableToContact,
    engaged: group.engaged,
    engagementRate: wilson(group.engaged, group.referrals),
    closed: {
      total: group.closed.reduce((sum, count) => sum + count, group.closedReasonUnknown),
      byReason: closedByReason as OutcomeRow['closed']['byReason'],
      reasonUnknown: group.closedReasonUnknown,
    },
    goals: {
      set: group.goalsSet,
      met: group.goalsMet,
      partlyMet: group.goalsPartlyMet,
      metRate: wilson(group.goalsMet, group.goalsSet),
    },
    positiveOutcomes: group.positiveOutcomes,
    positiveOutcomeRate: wilson(group.positiveOutcomes, group.engaged),
    contacts: {
      attended: group.contactsAttended,
      missed: group.contactsMissed,
      mean: mean(group.contactsAttended, group.engaged),
      median: histogramMedian(group.contactHistogram, group.engaged),
      expected: { ...options.expectedContacts },
      withinExpected: group.withinExpected,
      withinExpectedRate: wilson(group.withinExpected, group.engaged),
    },
    referralsWithNeeds: group.referralsWithNeeds,
    needs: needs as OutcomeRow['needs'],
    onward: {
      total: group.onwardTotal,
      referrals: group.onwardReferrals,
      signposts: group.signposts,
      distinctOrganisations: group.organisations.size,
      distinctActivities: group.activities.size,
      people: group.onwardPeople,
      peopleWithThreeOrMore: group.onwardThreeOrMore,
      threeOrMoreRate: wilson(group.onwardThreeOrMore, group.onwardPeople),
      attendance: {
        ...attendanceOf(group.onwardAttendance),
        attendanceRate: wilson(group.onwardAttendance[0] as number, (group.onwardAttendance[0] as number) + (group.onwardAttendance[1] as number)),
        byOrganisation: Object.fromEntries(Object.keys(group.onwardByOrganisation).sort().map((id) => [id, attendanceOf(group.onwardByOrganisation[id] as number[])])),
      },
    },
    waiting: {
      referrals: group.waiting,
      placed: group.waitingPlaced,
      meanDays: mean(histogramSum(group.waitingDays), group.waitingPlaced),
      medianDays: histogramMedian(group.waitingDays, group.waitingPlaced),
    },
    enteredInError: group.enteredInError,
    wellbeing,
    demographics: {
      ageBands,
      aged20To59Rate: wilson(group.ages[1] as number, knownAge),
      sex: Object.fromEntries(PERSON_SEXES.map((sex, i) => [sex, group.sex[i] as number])) as OutcomeRow['demographics']['sex'],
    },
    countOnly: { contacts: group.countOnlyContacts, wellbeing: group.countOnlyWellbeing, closed: group.countOnlyClosed },
  };
}
