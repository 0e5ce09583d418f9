/**
 * Validation and resolution of the outcome summary options.
 *
 * @module
 */
import { isIsoDate, SocialPrescribingError, unknownOptionIssues, type IsoDate, type Range, type ValidationIssue } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { DEFAULT_WELLBEING_INSTRUMENTS, EXPECTED_CONTACTS } from './defaults.js';
import type { OutcomeGroupField, OutcomeProgress, OutcomeSummaryOptions, WellbeingInstrumentOptions } from './types.js';

/** Resolved instrument settings: direction (`null` unknown) and threshold (`null` none). */
export interface ResolvedInstrument {
  readonly higherIsBetter: boolean | null;
  readonly meaningfulChange: number | null;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly groupers: readonly ((referral: Referral) => string | null)[];
  readonly groupNames: readonly string[];
  readonly expectedContacts: Range;
  readonly validate: boolean;
  readonly instruments: Readonly<Record<string, ResolvedInstrument>>;
  readonly maxReportedIssues: number;
  readonly firstIndex: number;
  readonly onProgress: ((progress: OutcomeProgress) => void) | null;
  readonly progressEvery: number;
}

const FIELD_GROUPERS: Record<OutcomeGroupField, (referral: Referral) => string | null> = {
  pcn: (r) => r.pcn ?? null,
  practiceCode: (r) => r.practiceCode ?? null,
  workerId: (r) => r.workerId ?? null,
  source: (r) => r.source,
  schemeId: (r) => r.schemeId ?? null,
  month: (r) => r.referredOn.slice(0, 7),
};

const KNOWN_OPTIONS = new Set([
  'from',
  'to',
  'groupBy',
  'groupNames',
  'expectedContacts',
  'validate',
  'instruments',
  'maxReportedIssues',
  'firstIndex',
  'onProgress',
  'progressEvery',
]);

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Validates the options, throwing `outcomes/invalid-options` or `outcomes/invalid-period`.
 *
 * Every bad option is reported at once, by path. The result has the defaults filled in
 * (expected contacts 6–12, the default instruments merged with `instruments`, at most 100
 * reported issues, first index 0) and one grouper function per `groupBy` entry, so the
 * accumulator never looks at the raw options again.
 *
 * @throws SocialPrescribingError `outcomes/invalid-options`, `outcomes/invalid-period`.
 * @example
 * ```ts
 * import { resolveOptions } from './options.js';
 *
 * const options = resolveOptions({ groupBy: ['pcn', (referral) => referral.workerId ?? null] });
 * [options.groupers.length, options.groupNames, options.expectedContacts, options.maxReportedIssues];
 * //=> [2, ['pcn', 'group2'], { min: 6, max: 12 }, 100]
 * resolveOptions(undefined).instruments.swemwbs;
 * //=> { higherIsBetter: true, meaningfulChange: 3 }
 * resolveOptions({ groupby: 'pcn' } as never);
 * //=> throws 'outcomes/invalid-options'
 * resolveOptions({ from: '2025-05-01', to: '2025-04-01' });
 * //=> throws 'outcomes/invalid-period'
 * ```
 */
export function resolveOptions(options: OutcomeSummaryOptions | undefined): ResolvedOptions {
  const input: unknown = options ?? {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: [], message: 'must be an options object' }]);
  }
  const o = input as Record<string, unknown>;
  const issues: ValidationIssue[] = unknownOptionIssues(o, KNOWN_OPTIONS);
  for (const end of ['from', 'to'] as const) {
    if (o[end] !== undefined && !isIsoDate(o[end])) {
      issues.push({ path: [end], message: 'must be a real calendar date written YYYY-MM-DD' });
    }
  }
  const groupByInput = o.groupBy === undefined ? [] : Array.isArray(o.groupBy) ? (o.groupBy as unknown[]) : [o.groupBy];
  const groupers: ((referral: Referral) => string | null)[] = [];
  const defaultNames: string[] = [];
  // An index loop, not forEach: a hole in a sparse groupBy is an error at its index, not a skipped grouping.
  for (let i = 0; i < groupByInput.length; i++) {
    const g = groupByInput[i];
    const path = Array.isArray(o.groupBy) ? ['groupBy', i] : ['groupBy'];
    if (typeof g === 'function') {
      const fn = g as (referral: Referral) => string | null | undefined;
      groupers.push((r) => fn(r) ?? null);
      defaultNames.push(`group${i + 1}`);
    } else if (typeof g === 'string' && Object.hasOwn(FIELD_GROUPERS, g)) {
      groupers.push(FIELD_GROUPERS[g as OutcomeGroupField]);
      defaultNames.push(g);
    } else {
      issues.push({ path, message: `must be a function or one of ${Object.keys(FIELD_GROUPERS).join(', ')}` });
    }
  }
  let groupNames = defaultNames;
  if (o.groupNames !== undefined) {
    const names = o.groupNames;
    // Array.from reads a hole as undefined, which every() then rejects (on the sparse array itself it skips holes).
    if (!Array.isArray(names) || names.length !== groupByInput.length || !Array.from(names).every((n) => typeof n === 'string' && n !== '')) {
      issues.push({ path: ['groupNames'], message: 'must be one non-empty name per groupBy entry' });
    } else groupNames = names as string[];
  }
  let expectedContacts = EXPECTED_CONTACTS;
  if (o.expectedContacts !== undefined) {
    const range: unknown = o.expectedContacts;
    const min = typeof range === 'object' && range !== null ? (range as Record<string, unknown>).min : undefined;
    const max = typeof range === 'object' && range !== null ? (range as Record<string, unknown>).max : undefined;
    if (typeof min !== 'number' || typeof max !== 'number' || !(min >= 0) || !(max >= min) || !Number.isFinite(max)) {
      issues.push({ path: ['expectedContacts'], message: 'must be { min, max } with 0 <= min <= max' });
    } else expectedContacts = { min, max };
  }
  if (o.validate !== undefined && typeof o.validate !== 'boolean') {
    issues.push({ path: ['validate'], message: 'must be true or false' });
  }
  const instruments = resolveInstruments(o.instruments, issues);
  if (o.maxReportedIssues !== undefined && !isWhole(o.maxReportedIssues)) {
    issues.push({ path: ['maxReportedIssues'], message: 'must be a whole number, 0 or more' });
  }
  if (o.firstIndex !== undefined && !isWhole(o.firstIndex)) {
    issues.push({ path: ['firstIndex'], message: 'must be a whole number, 0 or more' });
  }
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') {
    issues.push({ path: ['onProgress'], message: 'must be a function' });
  }
  if (o.progressEvery !== undefined && (!isWhole(o.progressEvery) || o.progressEvery === 0)) {
    issues.push({ path: ['progressEvery'], message: 'must be a whole number, 1 or more' });
  }
  if (issues.length > 0) throw new SocialPrescribingError('outcomes/invalid-options', issues);
  const from = (o.from as IsoDate | undefined) ?? null;
  const to = (o.to as IsoDate | undefined) ?? null;
  if (from !== null && to !== null && from > to) {
    throw new SocialPrescribingError('outcomes/invalid-period', [{ path: ['from'], message: 'must not be after to' }]);
  }
  return {
    from,
    to,
    groupers,
    groupNames,
    expectedContacts,
    validate: o.validate === true,
    instruments,
    maxReportedIssues: (o.maxReportedIssues as number | undefined) ?? 100,
    firstIndex: (o.firstIndex as number | undefined) ?? 0,
    onProgress: (o.onProgress as ((progress: OutcomeProgress) => void) | undefined) ?? null,
    progressEvery: (o.progressEvery as number | undefined) ?? 10_000,
  };
}

function resolveInstruments(input: unknown, issues: ValidationIssue[]): Record<string, ResolvedInstrument> {
  const merged: Record<string, ResolvedInstrument> = {};
  const put = (id: string, settings: WellbeingInstrumentOptions, base: ResolvedInstrument | undefined): void => {
    merged[id] = {
      higherIsBetter: settings.higherIsBetter ?? base?.higherIsBetter ?? null,
      meaningfulChange: settings.meaningfulChange === undefined ? (base?.meaningfulChange ?? null) : settings.meaningfulChange,
    };
  };
  for (const [id, settings] of Object.entries(DEFAULT_WELLBEING_INSTRUMENTS)) put(id, settings, undefined);
  if (input === undefined) return merged;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ path: ['instruments'], message: 'must be an object keyed by instrument id' });
    return merged;
  }
  for (const [id, raw] of Object.entries(input as Record<string, unknown>)) {
    const settings = raw as { higherIsBetter?: unknown; meaningfulChange?: unknown } | null;
    const direction = settings?.higherIsBetter;
    const threshold = settings?.meaningfulChange;
    if (typeof settings !== 'object' || settings === null) {
      issues.push({ path: ['instruments', id], message: 'must be { higherIsBetter?, meaningfulChange? }' });
      continue;
    }
    if (direction !== undefined && typeof direction !== 'boolean') {
      issues.push({ path: ['instruments', id, 'higherIsBetter'], message: 'must be true or false' });
    }
    if (threshold !== undefined && threshold !== null && !(typeof threshold === 'number' && threshold > 0 && Number.isFinite(threshold))) {
      issues.push({ path: ['instruments', id, 'meaningfulChange'], message: 'must be a number above 0, or null' });
    }
    put(id, settings as WellbeingInstrumentOptions, merged[id]);
  }
  return merged;
}

/**
 * Direction and threshold of an instrument, unknown ones included.
 *
 * An instrument the options do not name (a licensed one recorded as a precomputed `score`)
 * has an unknown direction and no threshold: its change is reported, but never counted as
 * an improvement. Only the options' own ids count, so `'constructor'` is unknown too.
 *
 * @example
 * ```ts
 * import { instrumentSettings, resolveOptions } from './options.js';
 *
 * const options = resolveOptions({ instruments: { pam: { higherIsBetter: true } } });
 * instrumentSettings(options, 'swemwbs');
 * //=> { higherIsBetter: true, meaningfulChange: 3 }
 * instrumentSettings(options, 'pam');
 * //=> { higherIsBetter: true, meaningfulChange: null }
 * instrumentSettings(resolveOptions(undefined), 'pam');
 * //=> { higherIsBetter: null, meaningfulChange: null }
 * instrumentSettings(options, 'constructor');
 * //=> { higherIsBetter: null, meaningfulChange: null }
 * ```
 */
export function instrumentSettings(options: ResolvedOptions, id: string): ResolvedInstrument {
  return (Object.hasOwn(options.instruments, id) ? options.instruments[id] : undefined) ?? { higherIsBetter: null, meaningfulChange: null };
}

