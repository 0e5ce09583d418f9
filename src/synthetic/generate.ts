/**
 * The record generator behind `generateReferrals` and `referralStream`.
 *
 * @module
 */
import { fromDayNumber, isIsoDate, SocialPrescribingError, toDayNumber, unknownOptionIssues, type IsoDate, type ValidationIssue } from '../core/index.js';
import type {
  CloseReason,
  ContactMode,
  NeedCategory,
  PersonSex,
  Referral,
  ReferralContact,
  ReferralEvent,
  ReferralGoal,
  ReferralMeasure,
  ReferralOnward,
} from '../referrals/index.js';
import { SYNTHETIC_DISTRIBUTIONS as D } from './distributions.js';
import { cumulate, hashSeed, intBetween, normal, pickWeighted, recordRandom, type Random } from './random.js';
import { LAST_START, MESSAGES as M, type SyntheticReferralOptions } from './referralOptions.js';

/** Everything a record needs, computed once per stream. */
export interface GeneratorContext {
  readonly seedHash: number;
  readonly idPrefix: string;
  readonly fromDay: number;
  readonly days: number;
  readonly pcns: readonly { readonly id: string; readonly effect: number }[];
  readonly pcnCumulative: readonly number[];
  readonly count: number;
  readonly offset: number;
}

const DEFAULT_PCNS = ['pcn-a', 'pcn-b', 'pcn-c', 'pcn-d'];
const KNOWN = new Set(['count', 'seed', 'from', 'to', 'pcns', 'offset']);

const NEED_RATE_ENTRIES = Object.entries(D.needRates) as [NeedCategory, number][];
const FALLBACK_NEEDS = Object.keys(D.fallbackNeedWeights) as NeedCategory[];
const FALLBACK_CUMULATIVE = cumulate(Object.values(D.fallbackNeedWeights));
const SOURCES = Object.keys(D.sourceWeights);
const SOURCE_CUMULATIVE = cumulate(Object.values(D.sourceWeights));
const MODES = Object.keys(D.contactModeWeights) as ContactMode[];
const MODE_CUMULATIVE = cumulate(Object.values(D.contactModeWeights));
const ONWARD_COUNTS = Object.keys(D.onwardCounts).map(Number);
const ONWARD_CUMULATIVE = cumulate(Object.values(D.onwardCounts));
const AGE_RANGES = Object.keys(D.ageShares).map((band) => band.split('-').map(Number) as [number, number]);
const AGE_CUMULATIVE = cumulate(Object.values(D.ageShares));
const SEXES = Object.keys(D.sexShares) as PersonSex[];
const SEX_CUMULATIVE = cumulate(Object.values(D.sexShares));

function isWhole(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/**
 * Validates the options and prepares the per-stream context.
 *
 * The check is written by hand, not with zod, so `generateReferrals` and `referralStream` stay within
 * their size budget without zod; it follows {@link SyntheticReferralOptionsSchema}, and a property test
 * (test/synthetic/optionsKernel.test.ts) proves it accepts and rejects exactly what that schema does.
 *
 * Done once per stream, so each record pays only for its own draws: the seed is
 * hashed, the dates become day numbers and the PCN weights become cumulative
 * weights, scaled by the largest so that their total never overflows.
 *
 * @throws SocialPrescribingError `synthetic/invalid-options` for a bad count, seed, date, PCN list or offset.
 * @example
 * ```ts
 * import { prepare } from './generate.js';
 *
 * const ctx = prepare({ count: 3, seed: 'demo', from: '2025-04-01', to: '2025-06-30', pcns: ['north', 'south'] });
 * ctx.days;
 * //=> 91
 * ctx.idPrefix;
 * //=> 'syn-13oi5ut-'
 * ctx.pcns.map((pcn) => pcn.id);
 * //=> ['north', 'south']
 * prepare({ count: 1, seed: 1, from: '2025-04-01', to: '2025-04-01', pcns: [{ id: 'a', weight: 1e308 }, { id: 'b', weight: 1e308 }] }).pcnCumulative;
 * //=> [1, 2]
 * prepare({ count: -1, seed: 'demo', from: '2025-04-01', to: '2025-06-30' });
 * //=> throws 'synthetic/invalid-options'
 * ```
 */
export function prepare(options: SyntheticReferralOptions): GeneratorContext {
  const input: unknown = options;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SocialPrescribingError('synthetic/invalid-options', [{ path: [], message: M.object }]);
  }
  const o = input as Record<string, unknown>;
  const issues: ValidationIssue[] = unknownOptionIssues(o, KNOWN);
  if (!isWhole(o.count, 1e9)) issues.push({ path: ['count'], message: M.count });
  if (!(typeof o.seed === 'string' || (typeof o.seed === 'number' && Number.isSafeInteger(o.seed)))) {
    issues.push({ path: ['seed'], message: M.seed });
  }
  for (const end of ['from', 'to'] as const) {
    if (!isIsoDate(o[end])) issues.push({ path: [end], message: M.date });
    // Follow-up runs past `to`, and dates end at 9999-12-31.
    else if (o[end] > LAST_START) issues.push({ path: [end], message: M.lastStart });
  }
  if (o.offset !== undefined && !isWhole(o.offset, Number.MAX_SAFE_INTEGER)) issues.push({ path: ['offset'], message: M.offset });
  const pcns: { id: string; weight: number }[] = [];
  if (o.pcns !== undefined) {
    if (!Array.isArray(o.pcns) || o.pcns.length === 0) issues.push({ path: ['pcns'], message: M.pcns });
    // An index loop, not forEach: a hole in a sparse array is a bad entry, not a skipped one.
    else for (let i = 0; i < o.pcns.length; i++) readPcn((o.pcns as unknown[])[i], i, pcns, issues);
  }
  if (issues.length > 0) throw new SocialPrescribingError('synthetic/invalid-options', issues);
  const from = o.from as IsoDate;
  const to = o.to as IsoDate;
  if (from > to) throw new SocialPrescribingError('synthetic/invalid-options', [{ path: ['from'], message: M.order }]);
  const list = pcns.length > 0 ? pcns : DEFAULT_PCNS.map((id) => ({ id, weight: 1 }));
  // Weights are relative: scaling them by the largest keeps their total finite (two weights of 1e308 would sum to Infinity).
  const largest = list.reduce((max, p) => Math.max(max, p.weight), 0);
  const seedHash = hashSeed(o.seed as string | number);
  return {
    seedHash,
    idPrefix: `syn-${seedHash.toString(36)}-`,
    fromDay: toDayNumber(from),
    days: toDayNumber(to) - toDayNumber(from) + 1,
    // Each PCN gets a stable engagement effect of -0.06 to +0.06 from its id, so groups differ.
    pcns: list.map((p) => ({ id: p.id, effect: ((hashSeed(`pcn:${p.id}`) % 1201) - 600) / 10_000 })),
    pcnCumulative: cumulate(list.map((p) => p.weight / largest)),
    count: o.count as number,
    offset: (o.offset as number | undefined) ?? 0,
  };
}

/** Reads PCN entry `i` (an id, or `{ id, weight }` with other fields ignored) into `pcns`, or records its issue. */
function readPcn(entry: unknown, i: number, pcns: { id: string; weight: number }[], issues: ValidationIssue[]): void {
  const object = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
  if (typeof entry !== 'string' && !object) {
    issues.push({ path: ['pcns', i], message: M.entry });
    return;
  }
  const { id, weight = 1 } = (typeof entry === 'string' ? { id: entry } : entry) as { id?: unknown; weight?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > 128) issues.push({ path: ['pcns', i, 'id'], message: M.id });
  else if (pcns.some((p) => p.id === id)) issues.push({ path: ['pcns', i, 'id'], message: M.unique });
  else if (typeof weight !== 'number' || !(weight > 0) || !Number.isFinite(weight)) issues.push({ path: ['pcns', i, 'weight'], message: M.weight });
  else pcns.push({ id, weight });
}

/** Splits a SWEMWBS raw score (7–35) into seven items of 1–5, shuffled by the generator. */
function swemwbsItems(random: Random, raw: number): number[] {
  const items = [1, 1, 1, 1, 1, 1, 1];
  let left = raw - 7;
  while (left > 0) {
    const i = intBetween(random, 0, 6);
    if ((items[i] as number) < 5) {
      items[i] = (items[i] as number) + 1;
      left--;
    }
  }
  return items;
}

function clampRaw(value: number): number {
  return Math.min(35, Math.max(7, Math.round(value)));
}

/**
 * Record `index` (absolute, including the offset) of the stream.
 *
 * Each record draws from its own generator, seeded by the stream's seed and the
 * record's index, so record `i` is the same whichever slice it is generated in.
 *
 * @example
 * ```ts
 * import { generateReferrals } from 'social-prescribing/synthetic';
 * import { generateOne, prepare } from './generate.js';
 *
 * const options = { count: 3, seed: 'demo', from: '2025-04-01', to: '2025-06-30', pcns: ['north', 'south'] };
 * const third = generateOne(prepare(options), 2);
 * [third.id, third.referredOn, third.pcn];
 * //=> ['syn-13oi5ut-3', '2025-06-15', 'north']
 * JSON.stringify(generateReferrals(options)[2]) === JSON.stringify(third);
 * //=> true
 * JSON.stringify(generateReferrals({ ...options, count: 1, offset: 2 })[0]) === JSON.stringify(third);
 * //=> true
 * ```
 */
export function generateOne(ctx: GeneratorContext, index: number): Referral {
  const random = recordRandom(ctx.seedHash, index);
  const referredDay = ctx.fromDay + Math.floor(random.next() * ctx.days);
  const referredOn = fromDayNumber(referredDay);
  const pcnIndex = pickWeighted(random, ctx.pcnCumulative);
  const pcn = ctx.pcns[pcnIndex] as { id: string; effect: number };
  const practice = intBetween(random, 1, 4);
  const worker = intBetween(random, 1, 2);

  const needs: NeedCategory[] = [];
  for (const [need, rate] of NEED_RATE_ENTRIES) if (random.next() < rate) needs.push(need);
  if (needs.length === 0) needs.push(FALLBACK_NEEDS[pickWeighted(random, FALLBACK_CUMULATIVE)] as NeedCategory);

  const ageRange = AGE_RANGES[pickWeighted(random, AGE_CUMULATIVE)] as [number, number];
  const age = intBetween(random, ageRange[0], ageRange[1]);
  const referralYear = Number(referredOn.slice(0, 4));
  const sex = SEXES[pickWeighted(random, SEX_CUMULATIVE)] as PersonSex;

  const events: ReferralEvent[] = [];
  const contacts: ReferralContact[] = [];
  const goals: ReferralGoal[] = [];
  const onward: ReferralOnward[] = [];
  const measures: ReferralMeasure[] = [];

  const e = D.engagement;
  const engagedShare = e.engaged + pcn.effect;
  const u = random.next();
  let day = referredDay + intBetween(random, 1, 10);
  const mode = (): ContactMode => MODES[pickWeighted(random, MODE_CUMULATIVE)] as ContactMode;
  if (u >= engagedShare) {
    const rest = (u - engagedShare) / (1 - engagedShare); // position within the non-engaged outcomes
    const notEngaged = e.declined + e.unableToContact + e.acceptedNeverAttended;
    if (rest < e.declined / notEngaged) {
      events.push({ type: 'declined', on: fromDayNumber(day) });
    } else if (rest < (e.declined + e.unableToContact) / notEngaged) {
      contacts.push({ on: fromDayNumber(day), mode: 'telephone', attended: false });
      day += intBetween(random, 7, 21);
      events.push({ type: 'unable-to-contact', on: fromDayNumber(day) });
      events.push({ type: 'closed', on: fromDayNumber(day), reason: 'disengaged' });
    } else {
      events.push({ type: 'accepted', on: fromDayNumber(day) });
      const missed = intBetween(random, 1, 2);
      for (let i = 0; i < missed; i++) {
        day += intBetween(random, 5, 10);
        contacts.push({ on: fromDayNumber(day), mode: mode(), attended: false });
      }
      events.push({ type: 'closed', on: fromDayNumber(day + 14), reason: 'disengaged' });
    }
  } else {
    events.push({ type: 'accepted', on: fromDayNumber(day) });
    const a = D.attendedContacts;
    const band = random.next();
    const attended =
      band < a.below ? intBetween(random, 1, 5) : band < a.below + a.within ? intBetween(random, 6, 12) : intBetween(random, 13, 16);
    const dates: string[] = [];
    for (let done = 0; done < attended; ) {
      day += intBetween(random, 5, 10);
      const on = fromDayNumber(day);
      const came = random.next() >= D.missedContactRate;
      const m = mode();
      contacts.push(random.next() < 0.5 ? { on, mode: m, attended: came } : { on, mode: m, minutes: 15 * intBetween(random, 1, 4), attended: came });
      if (came) {
        dates.push(on);
        done++;
      }
    }
    const first = dates[0] as string;
    const last = dates[dates.length - 1] as string;
    // A person-level propensity: 65% of people do well (86.5% of their goals met), 35% less so (25%): ~65% of goals met.
    const doingWell = random.next() < 0.65;
    const goalCount = intBetween(random, 1, 2);
    let met = 0;
    for (let g = 0; g < goalCount; g++) {
      const v = random.next();
      const status = doingWell
        ? v < 0.865 ? 'met' : v < 0.9 ? 'partly-met' : 'not-met'
        : v < 0.25 ? 'met' : v < 0.3 ? 'partly-met' : 'not-met';
      if (status === 'met') met++;
      goals.push({ setOn: first, status, need: needs[g % needs.length] });
    }
    if (random.next() < D.onwardShare) {
      const n = ONWARD_COUNTS[pickWeighted(random, ONWARD_CUMULATIVE)] as number;
      for (let k = 0; k < n; k++) {
        // Popular activities are chosen more often (a skew towards low indexes).
        const v = random.next();
        const activity = Math.floor(v * v * D.activities);
        const organisation = activity % D.organisations;
        onward.push({
          kind: random.next() < 0.55 ? 'referral' : 'signpost',
          organisationId: `org-${String(organisation + 1).padStart(3, '0')}`,
          activityId: `act-${String(activity + 1).padStart(3, '0')}`,
          on: dates[Math.min(k + 1, dates.length - 1)] as string,
        });
      }
    }
    const s = D.swemwbs;
    if (random.next() < s.completionRate) {
      const baseline = clampRaw(normal(random, s.baselineRaw, s.baselineSd));
      measures.push({ instrument: 'swemwbs', timepoint: 'baseline', on: first, items: swemwbsItems(random, baseline) });
      if (dates.length >= 2) {
        const gain = normal(random, doingWell ? s.gainRaw + 1 : s.gainRaw - 2.5, s.gainSd);
        measures.push({ instrument: 'swemwbs', timepoint: 'exit', on: last, items: swemwbsItems(random, clampRaw(baseline + gain)) });
      }
    }
    if (needs.includes('social-isolation') && random.next() < 0.5) {
      const baseline = intBetween(random, 5, 9);
      measures.push({ instrument: 'ucla3', timepoint: 'baseline', on: first, score: baseline });
      if (dates.length >= 2) {
        const after = Math.min(9, Math.max(3, baseline - (doingWell ? intBetween(random, 0, 3) : intBetween(random, -1, 1))));
        measures.push({ instrument: 'ucla3', timepoint: 'exit', on: last, score: after });
      }
    }
    const reason: CloseReason = met > 0 ? 'goals-met' : random.next() < 0.5 ? 'declined-further-support' : 'referred-elsewhere';
    events.push({ type: 'closed', on: fromDayNumber(toDayNumber(last) + 7), reason });
  }

  return {
    id: `${ctx.idPrefix}${index + 1}`,
    referredOn,
    source: SOURCES[pickWeighted(random, SOURCE_CUMULATIVE)] as string,
    schemeId: 'splw',
    practiceCode: `${pcn.id}-p${practice}`,
    pcn: pcn.id,
    workerId: `${pcn.id}-lw${worker}`,
    person: { birthYear: referralYear - age, sex },
    needs,
    events,
    contacts,
    goals,
    onward,
    measures,
  };
}
