/**
 * The shapes of an outcome summary.
 *
 * @module
 */
import type { IsoDate, Range } from '../core/index.js';
import type { CloseReason, NeedCategory, PersonSex, Referral } from '../referrals/index.js';
import type { Rate } from './wilsonInterval.js';

/**
 * A field of a referral to group by, or `'month'` (the referral's `YYYY-MM`).
 *
 * @category Outcomes
 */
export type OutcomeGroupField = 'pcn' | 'practiceCode' | 'workerId' | 'source' | 'schemeId' | 'month';

/**
 * What to group by: a field name, or a function from a referral to its group
 * (a string, or `null` for "not recorded").
 *
 * @category Outcomes
 */
export type OutcomeGroupBy = OutcomeGroupField | ((referral: Referral) => string | null);

/**
 * A group's key: its value (`'A'` for `groupBy: 'pcn'`; `null` when the field
 * is not recorded), or an array of values when grouping by several fields.
 *
 * @category Outcomes
 */
export type OutcomeGroupKey = string | null | readonly (string | null)[];

/**
 * How the accumulator treats one wellbeing instrument.
 *
 * @category Outcomes
 */
export interface WellbeingInstrumentOptions {
  /** Whether a higher score is better. Unknown instruments report no "improved" share unless you set it. */
  readonly higherIsBetter?: boolean;
  /** Smallest change, in the better direction, that counts as a meaningful improvement; `null` for none. */
  readonly meaningfulChange?: number | null;
}

/**
 * How far a summary has got, passed to `onProgress`.
 *
 * @category Outcomes
 */
export interface OutcomeProgress {
  /** Records read so far (in the period, outside it and excluded alike). */
  readonly recordsRead: number;
}

export type { OutcomeSummaryOptions } from './options.js';

/**
 * Closed referrals: the total and the count per close reason.
 *
 * @category Outcomes
 */
export interface OutcomeClosed {
  /** Referrals whose last state is closed (a close not followed by a reopening). */
  readonly total: number;
  /** Count per close reason (every reason present, zero if none). */
  readonly byReason: Readonly<Record<CloseReason, number>>;
  /** Closed referrals whose export gave no reason (closed without a date, see `Referral['undated']`); part of `total`. */
  readonly reasonUnknown: number;
}

/**
 * How many referrals gave a figure as counts without dates (a flat export's `Number of
 * Contacts`, `SWEMWBS Start` / `SWEMWBS End`, a status of closed without `Date Closed`).
 * They are counted with the itemised records in every figure; nothing was given a date.
 *
 * @category Outcomes
 */
export interface OutcomeCountOnly {
  /** Referrals whose contacts were counts without dates. */
  readonly contacts: number;
  /** Referrals with a wellbeing pair from start and end scores without dates. */
  readonly wellbeing: number;
  /** Referrals closed without a date. */
  readonly closed: number;
}

/**
 * Goals set and met.
 *
 * @category Outcomes
 */
export interface OutcomeGoals {
  /** Goals recorded, any status. */
  readonly set: number;
  /** Goals with status `met`. */
  readonly met: number;
  /** Goals with status `partly-met`. */
  readonly partlyMet: number;
  /** `met / set` with its interval; `null` when no goal was set. Goals of one person are not independent, so read the interval as indicative. */
  readonly metRate: Rate | null;
}

/**
 * Attended contacts per engaged person.
 *
 * @category Outcomes
 */
export interface OutcomeContacts {
  /** Attended contacts in total. */
  readonly attended: number;
  /** Booked contacts the person did not attend. */
  readonly missed: number;
  /** Mean attended contacts per engaged person; `null` when nobody engaged. */
  readonly mean: number | null;
  /** Exact median attended contacts per engaged person (counted, not estimated); `null` when nobody engaged. */
  readonly median: number | null;
  /** The expected band used. */
  readonly expected: Range;
  /** Engaged people whose attended contacts lie within the band. */
  readonly withinExpected: number;
  /** `withinExpected / engaged`; `null` when nobody engaged. */
  readonly withinExpectedRate: Rate | null;
}

/**
 * One need category: referrals presenting it and their share of all referrals.
 *
 * @category Outcomes
 */
export interface OutcomeNeed {
  /** Referrals presenting this need (counted once per referral). */
  readonly count: number;
  /** `count / referrals`; `null` when there were no referrals. */
  readonly share: Rate | null;
}

/**
 * Onward referrals and signposts.
 *
 * @category Outcomes
 */
export interface OutcomeOnward {
  /** Onward referrals and signposts together. */
  readonly total: number;
  /** Onward referrals (kind `referral`). */
  readonly referrals: number;
  /** Signposts (kind `signpost`). */
  readonly signposts: number;
  /** Distinct `organisationId`s. */
  readonly distinctOrganisations: number;
  /** Distinct `activityId`s (over organisations: `org/activity` pairs are not assumed). */
  readonly distinctActivities: number;
  /** People with at least one onward referral or signpost. */
  readonly people: number;
  /** People with 3 or more. */
  readonly peopleWithThreeOrMore: number;
  /** `peopleWithThreeOrMore / people`; `null` when nobody was referred on. */
  readonly threeOrMoreRate: Rate | null;
  /** Whether people attended where they were referred or signposted, in total and per organisation. */
  readonly attendance: OutcomeOnwardAttendance;
}

/**
 * Onward connections by whether the person attended.
 *
 * @category Outcomes
 */
export interface OutcomeAttendanceCounts {
  /** Connections the person attended. */
  readonly attended: number;
  /** Connections the person did not attend. */
  readonly didNotAttend: number;
  /** Connections whose attendance is not recorded. */
  readonly unknown: number;
}

/**
 * Attendance of onward referrals and signposts: the counts, the attendance rate over those
 * whose attendance is known, and the counts per organisation id (sorted by id).
 *
 * @category Outcomes
 */
export interface OutcomeOnwardAttendance extends OutcomeAttendanceCounts {
  /** `attended / (attended + didNotAttend)`; `null` when no attendance is known. */
  readonly attendanceRate: Rate | null;
  /** Per `organisationId`. Withheld (`{}`) under disclosure control, where an organisation's few people could be told apart. */
  readonly byOrganisation: Readonly<Record<string, OutcomeAttendanceCounts>>;
}

/**
 * Waiting for a place: referrals with a `waiting` event, and how long those given a place waited.
 *
 * @category Outcomes
 */
export interface OutcomeWaiting {
  /** Referrals with a `waiting` event. */
  readonly referrals: number;
  /** Of those, the referrals given a place: a later `accepted` event or attended contact. */
  readonly placed: number;
  /** Mean calendar days from the first `waiting` event to the place; `null` when nobody was placed. */
  readonly meanDays: number | null;
  /** Exact median of those days; `null` when nobody was placed. */
  readonly medianDays: number | null;
}

/**
 * Change on one wellbeing instrument between a baseline and a later score.
 *
 * @category Outcomes
 */
export interface OutcomeWellbeing {
  /** Whether a higher score is better; `null` when unknown (then no "improved" shares). */
  readonly higherIsBetter: boolean | null;
  /** People with a baseline and a later (review or exit) score. */
  readonly paired: number;
  /** Measures whose items could not be scored (wrong count or range), and so were left out. */
  readonly unscorable: number;
  /** Mean baseline score of the paired people; `null` when none. */
  readonly meanBaseline: number | null;
  /** Mean later score of the paired people; `null` when none. */
  readonly meanFollowUp: number | null;
  /** Mean change (later − baseline); `null` when none. */
  readonly meanChange: number | null;
  /** Paired people whose score moved in the better direction. */
  readonly improved: number;
  /** `improved / paired`; `null` when none or the direction is unknown. */
  readonly improvedRate: Rate | null;
  /** The meaningful-change threshold used; `null` when none is set. */
  readonly meaningfulChange: number | null;
  /** Paired people who improved by at least the threshold. */
  readonly meaningfullyImproved: number;
  /** `meaningfullyImproved / paired`; `null` when none, or no threshold or direction. */
  readonly meaningfulImprovementRate: Rate | null;
}

/**
 * Age bands of {@link OutcomeDemographics}.
 *
 * @category Outcomes
 */
export type OutcomeAgeBand = '0-19' | '20-59' | '60-74' | '75+' | 'unknown';

/**
 * Age bands and recorded sex.
 *
 * @category Outcomes
 */
export interface OutcomeDemographics {
  /** Referrals per age band (age in the year of referral from `birthYear`, else the recorded `ageBand` when it falls in one band). */
  readonly ageBands: Readonly<Record<OutcomeAgeBand, number>>;
  /** Share aged 20–59 of those with a known band (Dundee reports 76%); `null` when no age is known. */
  readonly aged20To59Rate: Rate | null;
  /** Referrals per recorded sex (`unknown` also counts a missing value). */
  readonly sex: Readonly<Record<PersonSex, number>>;
}

/**
 * One row of an outcome summary: a group, or the total.
 *
 * @category Outcomes
 */
export interface OutcomeRow {
  /** The group's key; `null` for the total row. */
  readonly key: OutcomeGroupKey;
  /** Referrals in the period. */
  readonly referrals: number;
  /** Referrals with an `accepted` event. */
  readonly accepted: number;
  /** `accepted / referrals`. */
  readonly acceptanceRate: Rate | null;
  /** Referrals with a `declined` event. */
  readonly declined: number;
  /** Referrals with an `unable-to-contact` event. */
  readonly unableToContact: number;
  /** Referrals with at least one attended contact. */
  readonly engaged: number;
  /** `engaged / referrals`. */
  readonly engagementRate: Rate | null;
  /** Closed referrals by reason. */
  readonly closed: OutcomeClosed;
  /** Goals set and met. */
  readonly goals: OutcomeGoals;
  /** Engaged people with any positive outcome: a goal met or partly met, a close for `goals-met`, or an improved wellbeing score. */
  readonly positiveOutcomes: number;
  /** `positiveOutcomes / engaged`. */
  readonly positiveOutcomeRate: Rate | null;
  /** Attended contacts per engaged person. */
  readonly contacts: OutcomeContacts;
  /** Referrals presenting at least one need. */
  readonly referralsWithNeeds: number;
  /** Per need category. */
  readonly needs: Readonly<Record<NeedCategory, OutcomeNeed>>;
  /** Onward referrals and signposts. */
  readonly onward: OutcomeOnward;
  /** Waiting for a place. */
  readonly waiting: OutcomeWaiting;
  /** Referrals recorded `entered-in-error`: left out of every other figure of the row (and counted nowhere else). */
  readonly enteredInError: number;
  /** Per instrument id, sorted by id; only instruments that were recorded. */
  readonly wellbeing: Readonly<Record<string, OutcomeWellbeing>>;
  /** Age bands and sex. */
  readonly demographics: OutcomeDemographics;
  /** Referrals whose contacts, wellbeing pair or close came as counts without dates. */
  readonly countOnly: OutcomeCountOnly;
}

/**
 * Records the summary did not count, and why.
 *
 * @category Outcomes
 */
export interface OutcomeExclusions {
  /** Invalid records excluded (only with `validate: true`). */
  readonly total: number;
  /** Excluded records per reason (`path: message`, list indexes written `*`); a record counts once per distinct reason. */
  readonly byReason: Readonly<Record<string, number>>;
  /** The first `maxReportedIssues` issues by record index: index, path and message (never the value). */
  readonly issues: readonly { readonly index: number; readonly path: readonly (string | number)[]; readonly message: string }[];
}

/**
 * An outcome summary: the total row, a row per group, and what was skipped or excluded.
 *
 * @category Outcomes
 */
export interface OutcomeSummary {
  /** The period summarised (`null` ends are open). */
  readonly period: { readonly from: IsoDate | null; readonly to: IsoDate | null };
  /** Column names of the group key (field names, or `groupNames` for functions); `[]` without groups. */
  readonly groupNames: readonly string[];
  /** Every record read, whether counted, skipped or excluded. */
  readonly recordsRead: number;
  /** All referrals in the period. */
  readonly total: OutcomeRow;
  /** One row per group, sorted by key (`null` last); `[]` without `groupBy`. */
  readonly groups: readonly OutcomeRow[];
  /** Valid records outside the period, skipped: before `from` and after `to`. */
  readonly outsidePeriod: { readonly before: number; readonly after: number };
  /** Invalid records excluded. */
  readonly excluded: OutcomeExclusions;
}
