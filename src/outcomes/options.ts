/**
 * Validation and resolution of the outcome summary options.
 *
 * @module
 */
import * as z from 'zod';
import { IsoDateSchema, issuesFromZod, SocialPrescribingError, type IsoDate, type Range } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { DEFAULT_WELLBEING_INSTRUMENTS, EXPECTED_CONTACTS } from './defaults.js';
import type { OutcomeGroupField, OutcomeProgress, WellbeingInstrumentOptions } from './types.js';

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

// Pure: a bundle of the scores alone drops them with the schema.
const GROUP_FIELDS = /* @__PURE__ */ (() => Object.keys(FIELD_GROUPERS) as OutcomeGroupField[])();
const GROUP_BY = /* @__PURE__ */ (() => `must be a function or one of ${GROUP_FIELDS.join(', ')}`)();
const WHOLE = 'must be a whole number, 0 or more';
const RANGE = 'must be { min, max } with 0 <= min <= max';
const PERIOD = 'must not be after to';
const NAMES = 'must be one non-empty name per groupBy entry';
const UNKNOWN = 'is not a known option';

const isFunction = (value: unknown): boolean => typeof value === 'function';

const grouper = /* @__PURE__ */ (() =>
  z.union([z.enum(GROUP_FIELDS), z.custom<(referral: Referral) => string | null | undefined>(isFunction)], { error: GROUP_BY }))();
const groupList = /* @__PURE__ */ (() => z.array(grouper).readonly())();

/**
 * Zod schema of {@link OutcomeSummaryOptions}: the source of the type and of its checks. Every bad
 * option is reported at once, by path; an instrument id is the caller's key, so a path shows its
 * position (`<key 0>`), never the id.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { OutcomeSummaryOptionsSchema } from 'social-prescribing/outcomes';
 *
 * OutcomeSummaryOptionsSchema.safeParse({ groupBy: ['pcn', 'month'], expectedContacts: { min: 4, max: 8 } }).success;
 * //=> true
 * OutcomeSummaryOptionsSchema.safeParse({ groupBy: 'ward' }).success;
 * //=> false
 * ```
 */
export const OutcomeSummaryOptionsSchema = /* @__PURE__ */ (() => {
  const whole = (minimum: number, message: string) => z.int({ error: message }).min(minimum, { error: message }).optional();
  return z
    .strictObject(
      {
        /** First day of the period (inclusive); referrals with an earlier `referredOn` are skipped and counted. */
        from: IsoDateSchema.optional(),
        /** Last day of the period (inclusive); later referrals are skipped and counted. */
        to: IsoDateSchema.optional(),
        /** A field or function to group by, or several for nested keys. Default: no groups, only the total row. */
        groupBy: z.union([grouper, groupList], { error: GROUP_BY }).optional(),
        /** Column names for function groupers in tables and charts (default `group1`, `group2`, ...). */
        groupNames: z.array(z.string({ error: NAMES }).min(1, { error: NAMES }), { error: NAMES }).readonly().optional(),
        /** Attended contacts expected per person. Default 6–12, the NHS England / Sefton band (Sefton CVS, Expression of Interest, 2019: "between 6 – 12 contacts"). */
        expectedContacts: z
          .object({ min: z.number({ error: RANGE }).min(0, { error: RANGE }), max: z.number({ error: RANGE }) }, { error: RANGE })
          .refine((range) => range.min <= range.max, { message: RANGE })
          .optional(),
        /** Parse each record with `ReferralSchema` and exclude (and count) invalid ones. Default `false`: records are trusted. */
        validate: z.boolean({ error: 'must be true or false' }).optional(),
        /** Per-instrument direction and meaningful-change threshold, over {@link DEFAULT_WELLBEING_INSTRUMENTS}. */
        instruments: z
          .record(
            z.string(),
            z.object(
              {
                higherIsBetter: z.boolean({ error: 'must be true or false' }).optional(),
                meaningfulChange: z.number({ error: 'must be a number above 0, or null' }).positive({ error: 'must be a number above 0, or null' }).nullable().optional(),
              },
              { error: 'must be { higherIsBetter?, meaningfulChange? }' },
            ),
            { error: 'must be an object keyed by instrument id' },
          )
          .optional(),
        /** How many excluded-record issues to keep (index, path, message). Default 100; every one is still counted. */
        maxReportedIssues: whole(0, WHOLE),
        /** Index of the first record this accumulator sees, so issue indexes stay global when work is split. Default 0. */
        firstIndex: whole(0, WHOLE),
        /**
         * Called with the records read so far every `progressEvery` records (default 10,000), and once
         * more at the end of {@link summarizeOutcomes} / {@link summarizeOutcomesAsync}: for a progress
         * line on long runs. It must not throw; it does not change the summary or its state.
         */
        onProgress: z.custom<(progress: OutcomeProgress) => void>(isFunction, { message: 'must be a function' }).optional(),
        /** Records between two `onProgress` calls (default 10,000). */
        progressEvery: whole(1, 'must be a whole number, 1 or more'),
      },
      { error: (issue) => (issue.code === 'invalid_type' ? 'must be an options object' : undefined) },
    )
    .superRefine((options, ctx) => {
      const groups = options.groupBy === undefined ? 0 : Array.isArray(options.groupBy) ? options.groupBy.length : 1;
      if (options.groupNames !== undefined && options.groupNames.length !== groups) {
        ctx.addIssue({ code: 'custom', path: ['groupNames'], message: NAMES });
      }
      if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: PERIOD });
      }
    });
})();

/**
 * Options of {@link summarizeOutcomes}, {@link summarizeOutcomesAsync} and
 * {@link createOutcomeAccumulator}: the period, grouping and settings (see {@link OutcomeSummaryOptionsSchema}).
 *
 * @category Outcomes
 */
export type OutcomeSummaryOptions = z.input<typeof OutcomeSummaryOptionsSchema>;

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
  const parsed = OutcomeSummaryOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const groupBy = (input as { groupBy?: unknown }).groupBy;
    const issues = issuesFromZod(parsed.error.issues, [], { schema: OutcomeSummaryOptionsSchema, input, options: true }).flatMap((issue) => {
      // zod reports a bad list of groupers at groupBy itself (neither a grouper nor a good list): its own branch names each bad entry.
      const list = issue.path.length === 1 && issue.path[0] === 'groupBy' && Array.isArray(groupBy) ? groupList.safeParse(groupBy) : null;
      return list?.success === false ? issuesFromZod(list.error.issues, ['groupBy']) : [issue];
    });
    // Unknown options first, as the caller most likely misspelt one.
    issues.sort((a, b) => Number(b.message === UNKNOWN) - Number(a.message === UNKNOWN));
    const period = issues.length === 1 && issues[0]?.message === PERIOD;
    throw new SocialPrescribingError(period ? 'outcomes/invalid-period' : 'outcomes/invalid-options', issues);
  }
  const o = parsed.data;
  const groupBy = o.groupBy === undefined ? [] : Array.isArray(o.groupBy) ? o.groupBy : [o.groupBy];
  const groupers = groupBy.map((g): ((referral: Referral) => string | null) => {
    if (typeof g !== 'function') return FIELD_GROUPERS[g as OutcomeGroupField];
    const fn = g as (referral: Referral) => string | null | undefined;
    return (r) => fn(r) ?? null;
  });
  const defaultNames = groupBy.map((g, i) => (typeof g === 'function' ? `group${i + 1}` : (g as string)));
  return {
    from: o.from ?? null,
    to: o.to ?? null,
    groupers,
    groupNames: o.groupNames ?? defaultNames,
    expectedContacts: o.expectedContacts ?? EXPECTED_CONTACTS,
    validate: o.validate === true,
    instruments: resolveInstruments(o.instruments),
    maxReportedIssues: o.maxReportedIssues ?? 100,
    firstIndex: o.firstIndex ?? 0,
    onProgress: o.onProgress ?? null,
    progressEvery: o.progressEvery ?? 10_000,
  };
}

type InstrumentSettings = { readonly [K in keyof WellbeingInstrumentOptions]?: WellbeingInstrumentOptions[K] | undefined };

function resolveInstruments(input: Readonly<Record<string, InstrumentSettings>> | undefined): Record<string, ResolvedInstrument> {
  const merged: Record<string, ResolvedInstrument> = {};
  const put = (id: string, settings: InstrumentSettings, base: ResolvedInstrument | undefined): void => {
    merged[id] = {
      higherIsBetter: settings.higherIsBetter ?? base?.higherIsBetter ?? null,
      meaningfulChange: settings.meaningfulChange === undefined ? (base?.meaningfulChange ?? null) : settings.meaningfulChange,
    };
  };
  for (const [id, settings] of Object.entries(DEFAULT_WELLBEING_INSTRUMENTS)) put(id, settings, undefined);
  for (const [id, settings] of Object.entries(input ?? {})) put(id, settings, merged[id]);
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

