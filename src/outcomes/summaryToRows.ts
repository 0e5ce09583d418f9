import { SocialPrescribingError } from '../core/index.js';
import { CLOSE_REASONS, NEED_CATEGORIES, PERSON_SEXES } from '../referrals/index.js';
import { AGE_BANDS } from './defaults.js';
import { finite, guardSummary } from './summaryGuard.js';
import type { OutcomeRow, OutcomeSummary } from './types.js';
import type { Rate } from './wilsonInterval.js';
import { disclosureRule, discloseSummary, type OutcomeDisclosureOption } from './disclosure.js';

/**
 * One flat table row: column name to a string, number or `null`.
 *
 * @category Output
 */
export type OutcomeTableRow = Record<string, string | number | null>;

/**
 * Options of {@link summaryToRows} and {@link summaryToCsv}.
 *
 * @category Output
 */
export interface OutcomeTableOptions {
  /** Add the total row after the group rows (default `true`). */
  readonly includeTotal?: boolean;
  /** Round every number to this many decimal places (default: full precision). */
  readonly digits?: number;
  /**
   * Statistical disclosure control before the table leaves your machine: `true` for
   * {@link NHS_DIGITAL_DISCLOSURE} (counts 1–7 shown as `*`, the rest rounded to the nearest 5,
   * rates from rounded counts), or a rule's fields to change. Default: none (exact figures).
   */
  readonly disclosure?: OutcomeDisclosureOption;
}

function putRate(out: OutcomeTableRow, name: string, rate: Rate | null): void {
  out[name] = rate?.value ?? null;
  out[`${name}.low`] = rate?.low ?? null;
  out[`${name}.high`] = rate?.high ?? null;
}

function flatten(row: OutcomeRow, kind: 'group' | 'total', groupNames: readonly string[], instruments: readonly string[]): OutcomeTableRow {
  const out: OutcomeTableRow = { row: kind };
  const key = row.key;
  groupNames.forEach((name, i) => {
    out[name] = kind === 'total' ? null : Array.isArray(key) ? ((key as (string | null)[])[i] ?? null) : (key as string | null);
  });
  out.referrals = row.referrals;
  out.accepted = row.accepted;
  putRate(out, 'acceptanceRate', row.acceptanceRate);
  out.declined = row.declined;
  out.unableToContact = row.unableToContact;
  out.engaged = row.engaged;
  putRate(out, 'engagementRate', row.engagementRate);
  out['closed.total'] = row.closed.total;
  for (const reason of CLOSE_REASONS) out[`closed.${reason}`] = row.closed.byReason[reason];
  out['closed.reasonUnknown'] = row.closed.reasonUnknown;
  out['goals.set'] = row.goals.set;
  out['goals.met'] = row.goals.met;
  out['goals.partlyMet'] = row.goals.partlyMet;
  putRate(out, 'goals.metRate', row.goals.metRate);
  out.positiveOutcomes = row.positiveOutcomes;
  putRate(out, 'positiveOutcomeRate', row.positiveOutcomeRate);
  out['contacts.attended'] = row.contacts.attended;
  out['contacts.missed'] = row.contacts.missed;
  out['contacts.mean'] = row.contacts.mean;
  out['contacts.median'] = row.contacts.median;
  out['contacts.withinExpected'] = row.contacts.withinExpected;
  putRate(out, 'contacts.withinExpectedRate', row.contacts.withinExpectedRate);
  out.referralsWithNeeds = row.referralsWithNeeds;
  for (const need of NEED_CATEGORIES) {
    out[`needs.${need}`] = row.needs[need].count;
    out[`needs.${need}.share`] = row.needs[need].share?.value ?? null;
  }
  out['onward.total'] = row.onward.total;
  out['onward.referrals'] = row.onward.referrals;
  out['onward.signposts'] = row.onward.signposts;
  out['onward.distinctOrganisations'] = row.onward.distinctOrganisations;
  out['onward.distinctActivities'] = row.onward.distinctActivities;
  out['onward.people'] = row.onward.people;
  out['onward.peopleWithThreeOrMore'] = row.onward.peopleWithThreeOrMore;
  putRate(out, 'onward.threeOrMoreRate', row.onward.threeOrMoreRate);
  for (const id of instruments) {
    const w = row.wellbeing[id];
    out[`wellbeing.${id}.paired`] = w?.paired ?? 0;
    out[`wellbeing.${id}.meanBaseline`] = w?.meanBaseline ?? null;
    out[`wellbeing.${id}.meanFollowUp`] = w?.meanFollowUp ?? null;
    out[`wellbeing.${id}.meanChange`] = w?.meanChange ?? null;
    putRate(out, `wellbeing.${id}.improvedRate`, w?.improvedRate ?? null);
    putRate(out, `wellbeing.${id}.meaningfulImprovementRate`, w?.meaningfulImprovementRate ?? null);
  }
  for (const band of [...AGE_BANDS, 'unknown'] as const) out[`age.${band}`] = row.demographics.ageBands[band];
  putRate(out, 'aged20To59Rate', row.demographics.aged20To59Rate);
  for (const sex of PERSON_SEXES) out[`sex.${sex}`] = row.demographics.sex[sex];
  out['countOnly.contacts'] = row.countOnly.contacts;
  out['countOnly.wellbeing'] = row.countOnly.wellbeing;
  out['countOnly.closed'] = row.countOnly.closed;
  return out;
}

/** A cell as written: a string, `null`, or a finite number (`-0` as `0`); anything else means a malformed summary. */
function cell(value: unknown): string | number | null {
  return value === null || typeof value === 'string' ? value : finite(value);
}

function rounder(digits: number | undefined): (value: string | number | null) => string | number | null {
  if (digits === undefined) return (value) => value;
  const factor = 10 ** digits;
  return (value) => (typeof value === 'number' ? Math.round(value * factor) / factor : value);
}

/**
 * Flattens an outcome summary into one plain row per group (and a total row),
 * ready for `console.table`, a data frame, a spreadsheet or {@link summaryToCsv}.
 *
 * Columns: `row` (`'group'` or `'total'`), one column per group name, then
 * counts and rates with dotted names following {@link OutcomeRow}
 * (`engagementRate`, `engagementRate.low`, `engagementRate.high`,
 * `closed.goals-met`, `needs.housing`, `needs.housing.share`,
 * `wellbeing.swemwbs.meanChange`, `age.20-59`, `sex.female`, ...). Every row has
 * the same columns; a rate over zero people is `null` in all three of its columns.
 *
 * @param summary - A result of {@link summarizeOutcomes}.
 * @param options - Whether to include the total row, and rounding.
 * @returns The rows, groups first in the summary's order, then the total.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when `options` is not an object or `digits` is not a whole number from 0 to 15.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `summary` is not shaped like a
 * result of {@link summarizeOutcomes} (a missing or mistyped field, a number that is not finite).
 * @category Output
 * @example
 * ```ts
 * import { summarizeOutcomes, summaryToRows } from 'social-prescribing/outcomes';
 * import { generateReferrals } from 'social-prescribing/synthetic';
 *
 * const summary = summarizeOutcomes(generateReferrals({ count: 200, seed: 1, from: '2025-04-01', to: '2026-03-31', pcns: ['A', 'B'] }), { groupBy: 'pcn' });
 * const rows = summaryToRows(summary, { digits: 3 });
 * rows.map((row) => [row.row, row.pcn, row.referrals]);
 * //=> [['group', 'A', summary.groups[0]?.referrals], ['group', 'B', summary.groups[1]?.referrals], ['total', null, 200]]
 * Object.keys(rows[0] ?? {}).slice(0, 6);
 * //=> ['row', 'pcn', 'referrals', 'accepted', 'acceptanceRate', 'acceptanceRate.low']
 * summaryToRows(summary, { digits: -1 });
 * //=> throws 'outcomes/invalid-options'
 * summaryToRows({ ...summary, total: { ...summary.total, referrals: Number.NaN } });
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function summaryToRows(summary: OutcomeSummary, options: OutcomeTableOptions = {}): OutcomeTableRow[] {
  checkOptions(options);
  const round = rounder(checkDigits(options.digits));
  const rule = disclosureRule(options.disclosure);
  return guardSummary(summary, (checked) => {
    const { total, groups, groupNames } = rule === null ? checked : discloseSummary(checked, rule);
    const instruments = Object.keys(total.wellbeing).sort();
    const rows = groups.map((row) => flatten(row, 'group', groupNames, instruments));
    if (options.includeTotal !== false) rows.push(flatten(total, 'total', groupNames, instruments));
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(round(v))])));
  });
}


/** Checks that an options argument is an object. */
export function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: [], message: 'must be an options object' }]);
  }
}

/** Checks a `digits` option: a whole number from 0 to 15, or absent. */
export function checkDigits(digits: unknown): number | undefined {
  if (digits === undefined) return undefined;
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: ['digits'], message: 'must be a whole number from 0 to 15' }]);
  }
  return digits;
}
