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

/** One column of the table: its name and how to read it from a row (`kind` is `'group'` or `'total'`). */
type Column = readonly [name: string, read: (row: OutcomeRow, kind: 'group' | 'total') => string | number | null];

/** The three columns of a rate: its value and its interval's ends. */
function rateColumns(name: string, rateOf: (row: OutcomeRow) => Rate | null): Column[] {
  return [
    [name, (row) => rateOf(row)?.value ?? null],
    [`${name}.low`, (row) => rateOf(row)?.low ?? null],
    [`${name}.high`, (row) => rateOf(row)?.high ?? null],
  ];
}

/** The table's columns, built once per call, so a row costs reads and no new strings. */
function columnsOf(groupNames: readonly string[], instruments: readonly string[]): Column[] {
  const keyPart = (row: OutcomeRow, i: number): string | null =>
    Array.isArray(row.key) ? ((row.key as (string | null)[])[i] ?? null) : (row.key as string | null);
  return [
    ['row', (_, kind) => kind],
    ...groupNames.map((name, i): Column => [name, (row, kind) => (kind === 'total' ? null : keyPart(row, i))]),
    ['referrals', (row) => row.referrals],
    ['accepted', (row) => row.accepted],
    ...rateColumns('acceptanceRate', (row) => row.acceptanceRate),
    ['declined', (row) => row.declined],
    ['unableToContact', (row) => row.unableToContact],
    ['engaged', (row) => row.engaged],
    ...rateColumns('engagementRate', (row) => row.engagementRate),
    ['closed.total', (row) => row.closed.total],
    ...CLOSE_REASONS.map((reason): Column => [`closed.${reason}`, (row) => row.closed.byReason[reason]]),
    ['closed.reasonUnknown', (row) => row.closed.reasonUnknown],
    ['goals.set', (row) => row.goals.set],
    ['goals.met', (row) => row.goals.met],
    ['goals.partlyMet', (row) => row.goals.partlyMet],
    ...rateColumns('goals.metRate', (row) => row.goals.metRate),
    ['positiveOutcomes', (row) => row.positiveOutcomes],
    ...rateColumns('positiveOutcomeRate', (row) => row.positiveOutcomeRate),
    ['contacts.attended', (row) => row.contacts.attended],
    ['contacts.missed', (row) => row.contacts.missed],
    ['contacts.mean', (row) => row.contacts.mean],
    ['contacts.median', (row) => row.contacts.median],
    ['contacts.withinExpected', (row) => row.contacts.withinExpected],
    ...rateColumns('contacts.withinExpectedRate', (row) => row.contacts.withinExpectedRate),
    ['referralsWithNeeds', (row) => row.referralsWithNeeds],
    ...NEED_CATEGORIES.flatMap((need): Column[] => [
      [`needs.${need}`, (row) => row.needs[need].count],
      [`needs.${need}.share`, (row) => row.needs[need].share?.value ?? null],
    ]),
    ['onward.total', (row) => row.onward.total],
    ['onward.referrals', (row) => row.onward.referrals],
    ['onward.signposts', (row) => row.onward.signposts],
    ['onward.distinctOrganisations', (row) => row.onward.distinctOrganisations],
    ['onward.distinctActivities', (row) => row.onward.distinctActivities],
    ['onward.people', (row) => row.onward.people],
    ['onward.peopleWithThreeOrMore', (row) => row.onward.peopleWithThreeOrMore],
    ...rateColumns('onward.threeOrMoreRate', (row) => row.onward.threeOrMoreRate),
    ['onward.attendance.attended', (row) => row.onward.attendance.attended],
    ['onward.attendance.didNotAttend', (row) => row.onward.attendance.didNotAttend],
    ['onward.attendance.unknown', (row) => row.onward.attendance.unknown],
    ...rateColumns('onward.attendance.attendanceRate', (row) => row.onward.attendance.attendanceRate),
    ['waiting.referrals', (row) => row.waiting.referrals],
    ['waiting.placed', (row) => row.waiting.placed],
    ['waiting.meanDays', (row) => row.waiting.meanDays],
    ['waiting.medianDays', (row) => row.waiting.medianDays],
    ...instruments.flatMap((id): Column[] => [
      [`wellbeing.${id}.paired`, (row) => row.wellbeing[id]?.paired ?? 0],
      [`wellbeing.${id}.meanBaseline`, (row) => row.wellbeing[id]?.meanBaseline ?? null],
      [`wellbeing.${id}.meanFollowUp`, (row) => row.wellbeing[id]?.meanFollowUp ?? null],
      [`wellbeing.${id}.meanChange`, (row) => row.wellbeing[id]?.meanChange ?? null],
      ...rateColumns(`wellbeing.${id}.improvedRate`, (row) => row.wellbeing[id]?.improvedRate ?? null),
      ...rateColumns(`wellbeing.${id}.meaningfulImprovementRate`, (row) => row.wellbeing[id]?.meaningfulImprovementRate ?? null),
    ]),
    ...[...AGE_BANDS, 'unknown' as const].map((band): Column => [`age.${band}`, (row) => row.demographics.ageBands[band]]),
    ...rateColumns('aged20To59Rate', (row) => row.demographics.aged20To59Rate),
    ...PERSON_SEXES.map((sex): Column => [`sex.${sex}`, (row) => row.demographics.sex[sex]]),
    ['countOnly.contacts', (row) => row.countOnly.contacts],
    ['countOnly.wellbeing', (row) => row.countOnly.wellbeing],
    ['countOnly.closed', (row) => row.countOnly.closed],
    ['enteredInError', (row) => row.enteredInError],
  ];
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
  const { columns, rows } = summaryTable(summary, options);
  return rows.map((values) => {
    const row: OutcomeTableRow = {};
    for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i] ?? null;
    return row;
  });
}

/**
 * The table behind {@link summaryToRows} as a header and rows of cells, so the CSV writer needs no
 * row objects (building 10,000 objects of about 120 keys each cost more than writing them).
 *
 * @throws SocialPrescribingError as {@link summaryToRows}.
 * @example
 * ```ts
 * import { summarizeOutcomes } from 'social-prescribing/outcomes';
 * import { summaryTable } from './summaryToRows.js';
 *
 * const table = summaryTable(summarizeOutcomes([], { groupBy: 'pcn' }), {});
 * [table.columns.slice(0, 3), table.rows.length, table.rows[0]?.slice(0, 3)];
 * //=> [['row', 'pcn', 'referrals'], 1, ['total', null, 0]]
 * ```
 */
export function summaryTable(summary: OutcomeSummary, options: OutcomeTableOptions): { columns: string[]; rows: (string | number | null)[][] } {
  checkOptions(options);
  const round = rounder(checkDigits(options.digits));
  const rule = disclosureRule(options.disclosure);
  return guardSummary(summary, (checked) => {
    const { total, groups, groupNames } = rule === null ? checked : discloseSummary(checked, rule);
    const columns = columnsOf(groupNames, Object.keys(total.wellbeing).sort());
    const rowOf = (row: OutcomeRow, kind: 'group' | 'total'): (string | number | null)[] => columns.map(([, read]) => cell(round(read(row, kind))));
    const rows = groups.map((row) => rowOf(row, 'group'));
    if (options.includeTotal !== false) rows.push(rowOf(total, 'total'));
    return { columns: columns.map(([name]) => name), rows };
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
