import { fromDayNumber, isoWeekday } from '../core/index.js';
import { isWorkingDay } from '../calendar/index.js';
import { periodsOf, readOptions, type Period } from './internal.js';
import {
  SupervisionKindSchema,
  SupervisionScheduleOptionsSchema,
  type SupervisionKind,
  type SupervisionRecord,
  type SupervisionScheduleOptions,
} from './schemas.js';

/**
 * Plans supervision sessions from `from` to `to` that meet a policy: one session per period
 * (month, week or fortnight), on the preferred weekday where that is a working day, otherwise
 * on the working day nearest to it inside the same period (the earlier one on a tie).
 *
 * Each kind with its own requirement in the policy gets its own sessions. When those
 * sessions do not add up to the overall requirement in a period, the first session in it is
 * lengthened, or a session of `kind` is added. Periods cut short by `from` or `to` get a
 * session when they hold a working day; a period with no working day at all (leave, or a
 * part-time week of bank holidays) gets none. The result can be passed straight to
 * {@link supervisionCompliance}, which finds it compliant.
 *
 * @param options - The span, and optionally the policy, preferred day, calendar and kind.
 * @returns Sessions `{ on, minutes, kind }`, by date (then kind).
 * @throws {@link core!SocialPrescribingError} `supervision/invalid-options` (not an object, unknown option, bad
 * `preferredWeekday`, `preferredWeekOfMonth` or `kind`, or `preferredWeekOfMonth` with a non-monthly frequency);
 * `supervision/invalid-date`; `supervision/invalid-range` when `to` is before `from`; `supervision/invalid-policy`;
 * `supervision/invalid-calendar` (including a working pattern with no working days).
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber) ("Recommended minimum frequency of a 1-hour supervision meeting is monthly")
 * @category Supervision
 * @example
 * ```ts
 * import { supervisionSchedule } from 'social-prescribing/supervision';
 *
 * supervisionSchedule({ from: '2025-04-01', to: '2025-06-30', preferredWeekday: 1 });
 * //=> [
 * //   { on: '2025-04-07', minutes: 60, kind: 'clinical-professional' },
 * //   { on: '2025-05-06', minutes: 60, kind: 'clinical-professional' },
 * //   { on: '2025-06-02', minutes: 60, kind: 'clinical-professional' },
 * // ]
 * supervisionSchedule({ from: '2025-04-01', to: '2025-03-01' });
 * //=> throws 'supervision/invalid-range'
 * ```
 */
export function supervisionSchedule(options: SupervisionScheduleOptions): SupervisionRecord[] {
  const input = readOptions(SupervisionScheduleOptionsSchema, options);
  const { fromDay: from, toDay: to, resolvedPolicy: policy, calendar } = input;
  const kind = input.kind ?? 'clinical-professional';
  const weekday = input.preferredWeekday ?? Math.min(...(calendar?.workingDays ?? [1]));
  const weekOfMonth = input.preferredWeekOfMonth ?? 1;
  const working = (day: number) => isWorkingDay(fromDayNumber(day), calendar);

  const sessions: { day: number; minutes: number; kind: SupervisionKind }[] = [];
  const kinds = policy.kinds ?? {};
  for (const own of SupervisionKindSchema.options) {
    const requirement = kinds[own];
    if (requirement === undefined) continue;
    for (const period of periodsOf(requirement.frequency, from, to)) {
      const day = placeSession(period, requirement.frequency === 'monthly' ? weekOfMonth : 1, weekday, working);
      if (day !== null) sessions.push({ day, minutes: requirement.minutesPerPeriod, kind: own });
    }
  }
  for (const period of periodsOf(policy.frequency, from, to)) {
    const inPeriod = sessions.filter((session) => session.day >= period.start && session.day <= period.end);
    const minutes = inPeriod.reduce((sum, session) => sum + session.minutes, 0);
    if (minutes >= policy.minutesPerPeriod) continue;
    const first = inPeriod.sort((a, b) => a.day - b.day)[0];
    if (first !== undefined) {
      first.minutes += policy.minutesPerPeriod - minutes;
      continue;
    }
    const day = placeSession(period, policy.frequency === 'monthly' ? weekOfMonth : 1, weekday, working);
    if (day !== null) sessions.push({ day, minutes: policy.minutesPerPeriod, kind });
  }
  const order = SupervisionKindSchema.options;
  return sessions
    .sort((a, b) => a.day - b.day || order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((session) => ({ on: fromDayNumber(session.day), minutes: session.minutes, kind: session.kind }));
}

/**
 * The working day in the period nearest the preferred day, or `null` when the period has none.
 * The preferred day is the `weekOfMonth`-th `weekday` of the period's month (monthly), or the
 * `weekday` of the period's first week (weekly, fortnightly).
 */
function placeSession(period: Period, weekOfMonth: number | 'last', weekday: number, working: (day: number) => boolean): number | null {
  const target = preferredDay(period.naturalStart, weekOfMonth, weekday);
  let best: number | null = null;
  for (let day = period.start; day <= period.end; day++) {
    if (!working(day)) continue;
    if (best === null || Math.abs(day - target) < Math.abs(best - target)) best = day;
  }
  return best;
}

function preferredDay(naturalStart: number, weekOfMonth: number | 'last', weekday: number): number {
  const first = naturalStart + ((weekday - isoWeekday(naturalStart) + 7) % 7);
  if (weekOfMonth !== 'last') return first + 7 * (weekOfMonth - 1);
  const month = fromDayNumber(naturalStart).slice(0, 7);
  let last = first;
  while (fromDayNumber(last + 7).slice(0, 7) === month) last += 7;
  return last;
}
