import { fromDayNumber, issuesFromZod, SocialPrescribingError, toDayNumber, type ValidationIssue } from '../core/index.js';
import { periodsOf, readOptions, workingDaysIn } from './internal.js';
import {
  SupervisionComplianceOptionsSchema,
  SupervisionKindSchema,
  SupervisionRecordSchema,
  type SupervisionComplianceOptions,
  type SupervisionKind,
  type SupervisionRecord,
  type SupervisionRequirement,
} from './schemas.js';

/**
 * One period of a requirement, with the supervision recorded in it.
 *
 * @category Supervision
 */
export interface SupervisionPeriod {
  /** First day of the period, clipped to `from`. */
  readonly start: string;
  /** Last day of the period, clipped to `to`. */
  readonly end: string;
  /** Minutes of supervision recorded in the period (of any kind for the overall requirement, of the kind for a kind's). */
  readonly minutes: number;
  /** Minutes due in the period. */
  readonly requiredMinutes: number;
  /** Whether `from` or `to` cut the period short. */
  readonly partial: boolean;
  /** Working days in the period under the calendar. */
  readonly workingDays: number;
  /**
   * `true` when `minutes >= requiredMinutes`; `false` when short in a period held to the requirement;
   * `null` when short in a period that is not held to it (partial, or with no working day).
   */
  readonly met: boolean | null;
}

/**
 * Compliance with one requirement (the overall one, or one kind's).
 *
 * @category Supervision
 */
export interface SupervisionRequirementReport {
  /** Whether no period held to the requirement fell short. */
  readonly compliant: boolean;
  /** The requirement checked. */
  readonly requirement: SupervisionRequirement;
  /** Every period overlapping `from`–`to`, in order. */
  readonly periods: readonly SupervisionPeriod[];
  /** Periods held to the requirement that fell short (`met === false`). */
  readonly missedPeriods: number;
}

/**
 * Supervision of one kind: its sessions and minutes, and its own requirement's report when the policy sets one.
 *
 * @category Supervision
 */
export interface SupervisionKindReport {
  /** Sessions of this kind within `from`–`to`. */
  readonly sessions: number;
  /** Minutes of this kind within `from`–`to`. */
  readonly totalMinutes: number;
  /** Longest stretch in days without a session of this kind (see {@link SupervisionCompliance.longestGapDays}). */
  readonly longestGapDays: number;
  /** The kind's own requirement report, or `null` when the policy sets none for this kind. */
  readonly requirement: SupervisionRequirementReport | null;
}

/**
 * The result of {@link supervisionCompliance}.
 *
 * @category Supervision
 */
export interface SupervisionCompliance {
  /** The overall requirement is met in every period held to it, and so is every kind's own requirement. */
  readonly compliant: boolean;
  /** The overall requirement's periods (sessions of any kind count). */
  readonly periods: readonly SupervisionPeriod[];
  /** Periods of the overall requirement that fell short. */
  readonly missedPeriods: number;
  /**
   * Longest stretch without supervision, in days: from `from` to the first session, between two
   * sessions, and from the last session to `to` (each the difference of the two dates). With no
   * session at all, the whole span, `to - from`.
   */
  readonly longestGapDays: number;
  /** Minutes of supervision of any kind within `from`–`to`. */
  readonly totalMinutes: number;
  /** Sessions within `from`–`to`. */
  readonly sessions: number;
  /** Records dated before `from` or after `to`: not counted, reported so none is dropped silently. */
  readonly outsideRange: number;
  /** Every kind, always all four keys. */
  readonly byKind: Readonly<Record<SupervisionKind, SupervisionKindReport>>;
}

/**
 * Checks recorded supervision against a policy, period by period, overall and for each kind
 * with a requirement of its own.
 *
 * Minutes add up within a period, so two 30-minute sessions in a month meet a 60-minute
 * monthly requirement. Edge periods cut short by `from` or `to` are reported (`partial: true`)
 * but not held to the requirement: assess whole months to judge whole months. A period with
 * no working day under the calendar is not held to it either. All records are validated first:
 * one bad record throws, with every bad record's index and field, and no partial result.
 *
 * In 2020, 61% of 279 link workers surveyed by the National Association of Link Workers had
 * no clinical supervision: `byKind['clinical-professional'].sessions === 0` shows it.
 *
 * @param records - Supervision sessions `{ on, minutes, kind }`; other fields are ignored.
 * @param options - The span, and optionally the policy and calendar.
 * @returns Compliance overall, per period and per kind.
 * @throws {@link core!SocialPrescribingError} `supervision/invalid-record` (not an array; a bad date, minutes not
 * above 0 or above a day, an unknown kind; a hole in a sparse array, at its index), `supervision/invalid-options`, `supervision/invalid-date`,
 * `supervision/invalid-range`, `supervision/invalid-policy`, `supervision/invalid-calendar`.
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber) ("Recommended minimum frequency of a 1-hour supervision meeting is monthly")
 * @see National Association of Link Workers, survey of link workers (2020): 61% of 279 had no clinical supervision (the Sources guide, "Supervision")
 * @category Supervision
 * @example
 * ```ts
 * import { supervisionCompliance } from 'social-prescribing/supervision';
 *
 * const report = supervisionCompliance(
 *   [
 *     { on: '2025-04-10', minutes: 60, kind: 'clinical-professional' },
 *     { on: '2025-05-08', minutes: 30, kind: 'peer' },
 *     { on: '2025-05-22', minutes: 30, kind: 'peer' },
 *   ],
 *   { from: '2025-04-01', to: '2025-06-30' },
 * );
 * report.periods.map((period) => [period.start, period.minutes, period.met]);
 * //=> [['2025-04-01', 60, true], ['2025-05-01', 60, true], ['2025-06-01', 0, false]]
 * [report.compliant, report.missedPeriods, report.longestGapDays, report.totalMinutes];
 * //=> [false, 1, 39, 120]
 * report.byKind.peer.sessions;
 * //=> 2
 * supervisionCompliance([{ on: '2025-04-10', minutes: -60, kind: 'peer' }], { from: '2025-04-01', to: '2025-06-30' });
 * //=> throws 'supervision/invalid-record'
 * ```
 */
export function supervisionCompliance(records: readonly SupervisionRecord[], options: SupervisionComplianceOptions): SupervisionCompliance {
  const { fromDay: from, toDay: to, resolvedPolicy: policy, calendar } = readOptions(SupervisionComplianceOptionsSchema, options);
  const sessions = readRecords(records);

  const inside = sessions.filter((session) => session.day >= from && session.day <= to).sort((a, b) => a.day - b.day);
  const workingDaysCache = new Map<string, number>();
  const report = (requirement: SupervisionRequirement, kind: SupervisionKind | null): SupervisionRequirementReport => {
    const counted = kind === null ? inside : inside.filter((session) => session.kind === kind);
    let missed = 0;
    const periods = periodsOf(requirement.frequency, from, to).map((period): SupervisionPeriod => {
      const key = `${period.start}:${period.end}`;
      const workingDays = workingDaysCache.get(key) ?? workingDaysIn(period, calendar);
      workingDaysCache.set(key, workingDays);
      const minutes = counted.reduce((sum, s) => (s.day >= period.start && s.day <= period.end ? sum + s.minutes : sum), 0);
      const assessed = !period.partial && workingDays > 0;
      const met = minutes >= requirement.minutesPerPeriod ? true : assessed ? false : null;
      if (met === false) missed++;
      return {
        start: fromDayNumber(period.start),
        end: fromDayNumber(period.end),
        minutes,
        requiredMinutes: requirement.minutesPerPeriod,
        partial: period.partial,
        workingDays,
        met,
      };
    });
    return { compliant: missed === 0, requirement: { frequency: requirement.frequency, minutesPerPeriod: requirement.minutesPerPeriod }, periods, missedPeriods: missed };
  };

  const overall = report(policy, null);
  const byKind = Object.fromEntries(
    SupervisionKindSchema.options.map((kind) => {
      const own = policy.kinds?.[kind];
      const ofKind = inside.filter((session) => session.kind === kind);
      const kindReport: SupervisionKindReport = {
        sessions: ofKind.length,
        totalMinutes: ofKind.reduce((sum, session) => sum + session.minutes, 0),
        longestGapDays: longestGap(ofKind, from, to),
        requirement: own === undefined ? null : report(own, kind),
      };
      return [kind, kindReport];
    }),
  ) as Record<SupervisionKind, SupervisionKindReport>;

  return {
    compliant: overall.compliant && Object.values(byKind).every((kind) => kind.requirement?.compliant !== false),
    periods: overall.periods,
    missedPeriods: overall.missedPeriods,
    longestGapDays: longestGap(inside, from, to),
    totalMinutes: inside.reduce((sum, session) => sum + session.minutes, 0),
    sessions: inside.length,
    outsideRange: sessions.length - inside.length,
    byKind,
  };
}

interface Session {
  readonly day: number;
  readonly minutes: number;
  readonly kind: SupervisionKind;
}

/** Validates every record, then throws once with all the issues (index and field, never the value); a hole is a bad record. */
function readRecords(records: unknown): Session[] {
  if (!Array.isArray(records)) {
    throw new SocialPrescribingError('supervision/invalid-record', [{ path: [], message: 'records must be an array' }]);
  }
  const issues: ValidationIssue[] = [];
  const sessions: Session[] = [];
  // An index loop, not forEach: forEach skips the holes of a sparse array, which would go uncounted.
  for (let index = 0; index < records.length; index++) {
    const parsed = SupervisionRecordSchema.safeParse(records[index]);
    if (parsed.success) sessions.push({ day: toDayNumber(parsed.data.on), minutes: parsed.data.minutes, kind: parsed.data.kind });
    else issues.push(...issuesFromZod(parsed.error.issues, [index]));
  }
  if (issues.length > 0) throw new SocialPrescribingError('supervision/invalid-record', issues);
  return sessions;
}

/** Longest gap in days: `from` to the first session, between sessions, last session to `to`. Sessions sorted. */
function longestGap(sessions: readonly Session[], from: number, to: number): number {
  let previous = from;
  let longest = 0;
  for (const session of sessions) {
    longest = Math.max(longest, session.day - previous);
    previous = session.day;
  }
  return Math.max(longest, to - previous);
}
