/**
 * Statistical disclosure control for outcome tables: small counts suppressed, the rest rounded,
 * rates rebuilt from the rounded counts, and a second cell suppressed where a suppressed one
 * could be worked out from a total.
 *
 * @module
 */
import { deepFreeze, SocialPrescribingError, unknownOptionIssues, type ValidationIssue } from '../core/index.js';
import { CLOSE_REASONS, NEED_CATEGORIES, PERSON_SEXES } from '../referrals/index.js';
import { AGE_BANDS } from './defaults.js';
import type { OutcomeRow, OutcomeSummary } from './types.js';
import { wilsonInterval, type Rate } from './wilsonInterval.js';

/**
 * A disclosure control rule: counts from 1 to `suppressUpTo` are shown as `symbol`, other counts
 * are rounded to the nearest `roundTo` (zero stays zero), rates and their intervals are worked out
 * from the rounded counts (and suppressed when either count is), means and medians over 1 to
 * `suppressUpTo` people are suppressed, and with `secondary` a second cell is suppressed where a
 * suppressed one could be worked out from a total: when counts are not rounded (`roundTo: 1`) and
 * exactly one cell of a set that adds up (the groups of a column and the total row; the close
 * reasons, the age bands or the sexes and their total) is suppressed, the smallest other non-zero
 * cell is suppressed too, or the total when there is none, and again until no set has exactly one
 * suppressed cell (a suppressed total is one such cell). Rounded figures only bound a suppressed
 * cell, which is why NHS Digital rounds, so with rounding no second cell is needed.
 *
 * @category Outcomes
 */
export interface OutcomeDisclosureRule {
  /** Counts from 1 to this are suppressed (0 turns suppression off). */
  readonly suppressUpTo: number;
  /** Counts are rounded to the nearest multiple of this (1 turns rounding off). */
  readonly roundTo: number;
  /** Suppress a second cell where a suppressed one could be worked out from a total (only possible when `roundTo` is 1). */
  readonly secondary: boolean;
  /** What a suppressed cell shows. */
  readonly symbol: string;
}

/**
 * The default rule, NHS Digital's disclosure control for sub-national counts from Hospital
 * Episode Statistics: values from 1 to 7 suppressed and shown as `*`, all other counts rounded
 * to the nearest 5, percentages worked out from the rounded numerator and denominator, and a
 * mean or median over 1 to 7 values not shown. Secondary suppression is on, and acts when a rule
 * turns rounding off.
 *
 * @see NHS Digital, "Disclosure control methodology for Hospital Episode Statistics (HES) and Emergency Care Data Set (ECDS)", applied from September 2018: https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018
 * @see NHS Digital, "Data Quality Maturity Index methodology: suppression rules" (values between one and 7 replaced with an asterisk; all remaining integer values rounded to the nearest five)
 * @category Outcomes
 * @example
 * ```ts
 * import { NHS_DIGITAL_DISCLOSURE } from 'social-prescribing/outcomes';
 *
 * NHS_DIGITAL_DISCLOSURE;
 * //=> { suppressUpTo: 7, roundTo: 5, secondary: true, symbol: '*' }
 * ```
 */
export const NHS_DIGITAL_DISCLOSURE: OutcomeDisclosureRule = /* @__PURE__ */ deepFreeze({ suppressUpTo: 7, roundTo: 5, secondary: true, symbol: '*' });

/**
 * The `disclosure` option of the outcome outputs: `true` for {@link NHS_DIGITAL_DISCLOSURE}, or a
 * rule's fields to change (the rest from that default).
 *
 * @category Outcomes
 */
export type OutcomeDisclosureOption = boolean | Partial<OutcomeDisclosureRule>;

/**
 * Checks a `disclosure` option and fills in the default rule; `null` when there is no disclosure control.
 *
 * @throws SocialPrescribingError `outcomes/invalid-options`.
 * @example
 * ```ts
 * import { disclosureRule } from './disclosure.js';
 *
 * [disclosureRule(undefined), disclosureRule(false), disclosureRule({ roundTo: 10 })];
 * //=> [null, null, { suppressUpTo: 7, roundTo: 10, secondary: true, symbol: '*' }]
 * disclosureRule({ roundTo: 0 });
 * //=> throws 'outcomes/invalid-options'
 * ```
 */
export function disclosureRule(option: unknown): OutcomeDisclosureRule | null {
  if (option === undefined || option === false) return null;
  if (option === true) return NHS_DIGITAL_DISCLOSURE;
  const issues: ValidationIssue[] = [];
  if (typeof option !== 'object' || option === null || Array.isArray(option)) {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: ['disclosure'], message: 'must be true, false or a rule object' }]);
  }
  const o = option as Record<string, unknown>;
  // A misspelt option is named; a key that may be data is shown by position.
  for (const issue of unknownOptionIssues(o, Object.keys(NHS_DIGITAL_DISCLOSURE), ['disclosure'])) {
    issues.push(issue);
  }
  const whole = (name: 'suppressUpTo' | 'roundTo', min: number): number => {
    const value = o[name];
    if (value === undefined) return NHS_DIGITAL_DISCLOSURE[name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > 1000) {
      issues.push({ path: ['disclosure', name], message: `must be a whole number from ${String(min)} to 1000` });
    }
    return value as number;
  };
  const suppressUpTo = whole('suppressUpTo', 0);
  const roundTo = whole('roundTo', 1);
  const secondary = o['secondary'] ?? NHS_DIGITAL_DISCLOSURE.secondary;
  if (typeof secondary !== 'boolean') issues.push({ path: ['disclosure', 'secondary'], message: 'must be true or false' });
  const symbol = o['symbol'] ?? NHS_DIGITAL_DISCLOSURE.symbol;
  if (typeof symbol !== 'string' || symbol.length === 0 || symbol.length > 10 || /^[-+]?\d/.test(symbol)) {
    issues.push({ path: ['disclosure', 'symbol'], message: 'must be 1 to 10 characters, not a number' });
  }
  if (issues.length > 0) throw new SocialPrescribingError('outcomes/invalid-options', issues);
  return { suppressUpTo, roundTo, secondary: secondary as boolean, symbol: symbol as string };
}

/** The count paths of a row (dot paths into {@link OutcomeRow}), and the sets that add up to a total. */
const layouts = new Map<string, Layout>();

function countPaths(row: OutcomeRow): Layout {
  const ids = Object.keys(row.wellbeing).sort();
  const signature = ids.join(' ');
  let layout = layouts.get(signature);
  if (layout === undefined) {
    layout = buildCountPaths(ids);
    if (layouts.size < 100) layouts.set(signature, layout);
  }
  return layout;
}

/** A row's layout: its count paths (with their keys split once), the sets that add up to a total, and its rates with the counts they are worked out from. */
interface Layout {
  readonly counts: string[];
  readonly countKeys: readonly (readonly string[])[];
  readonly partitions: [total: string, parts: string[]][];
  readonly pairs: readonly (readonly [rate: string, numerator: string, denominator: string])[];
  /** The objects a disclosed row writes into (those holding a count), each as its parent's keys and its own key, shallowest first: copied, the rest shared. */
  readonly written: readonly (readonly [parent: readonly string[], key: string])[];
}

function buildCountPaths(ids: readonly string[]): Layout {
  const reasons = CLOSE_REASONS.map((reason) => `closed.byReason.${reason}`);
  const ages = [...AGE_BANDS, 'unknown'].map((band) => `demographics.ageBands.${band}`);
  const sexes = PERSON_SEXES.map((sex) => `demographics.sex.${sex}`);
  const wellbeing = ids.flatMap((id) => ['paired', 'unscorable', 'improved', 'meaningfullyImproved'].map((field) => `wellbeing.${id}.${field}`));
  const counts = [
    'referrals',
    'accepted',
    'declined',
    'unableToContact',
    'engaged',
    'closed.total',
    ...reasons,
    'closed.reasonUnknown',
    'goals.set',
    'goals.met',
    'goals.partlyMet',
    'positiveOutcomes',
    'contacts.attended',
    'contacts.missed',
    'contacts.withinExpected',
    'referralsWithNeeds',
    ...NEED_CATEGORIES.map((need) => `needs.${need}.count`),
    'onward.total',
    'onward.referrals',
    'onward.signposts',
    'onward.people',
    'onward.peopleWithThreeOrMore',
    'onward.attendance.attended',
    'onward.attendance.didNotAttend',
    'onward.attendance.unknown',
    'waiting.referrals',
    'waiting.placed',
    'enteredInError',
    ...wellbeing,
    ...ages,
    ...sexes,
    'countOnly.contacts',
    'countOnly.wellbeing',
    'countOnly.closed',
  ];
  const pairs: [string, string, string][] = [
    ['acceptanceRate', 'accepted', 'referrals'],
    ['engagementRate', 'engaged', 'referrals'],
    ['goals.metRate', 'goals.met', 'goals.set'],
    ['positiveOutcomeRate', 'positiveOutcomes', 'engaged'],
    ['contacts.withinExpectedRate', 'contacts.withinExpected', 'engaged'],
    ...NEED_CATEGORIES.map((need): [string, string, string] => [`needs.${need}.share`, `needs.${need}.count`, 'referrals']),
    ['onward.threeOrMoreRate', 'onward.peopleWithThreeOrMore', 'onward.people'],
  ];
  // Every figure a disclosed row writes (a count, a rate, a mean, a median) sits in an object that holds a count.
  const prefixes = new Set<string>();
  for (const path of counts) for (let end = path.indexOf('.'); end !== -1; end = path.indexOf('.', end + 1)) prefixes.add(path.slice(0, end));
  return {
    counts,
    countKeys: counts.map((path) => path.split('.')),
    pairs,
    written: [...prefixes]
      .map((path) => path.split('.'))
      .sort((a, b) => a.length - b.length)
      .map((keys) => [keys.slice(0, -1), keys.at(-1) as string] as const),
    partitions: [
      ['closed.total', [...reasons, 'closed.reasonUnknown']],
      ['referrals', ages],
      ['referrals', sexes],
    ],
  };
}

const splitPaths = new Map<string, readonly string[]>();

/** A dot path's keys, split once (paths repeat for every row and table). */
function keysOf(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (splitPaths.size < 10_000) splitPaths.set(path, keys);
  }
  return keys;
}

function get(row: unknown, path: string): unknown {
  return getByKeys(row, keysOf(path));
}

function getByKeys(row: unknown, keys: readonly string[]): unknown {
  let value: unknown = row;
  for (let i = 0; i < keys.length; i++) value = (value as Record<string, unknown> | undefined)?.[keys[i] as string];
  return value;
}

function set(row: Record<string, unknown>, path: string, value: unknown): void {
  setByKeys(row, keysOf(path), value);
}

function setByKeys(row: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  const last = keys.length - 1;
  let target = row;
  for (let i = 0; i < last; i++) target = target[keys[i] as string] as Record<string, unknown>;
  target[keys[last] as string] = value;
}

/**
 * A copy of a summary row to write the disclosed figures into: the row and every object on the way
 * to a figure it writes are copied (shallowly, shallowest first); the rest is shared with the
 * summary, which is only read. Copying the whole row cost more than disclosing it, on 10,000 groups.
 */
function writableCopy(row: OutcomeRow, written: Layout['written']): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  for (const [path, key] of written) {
    const parent = getByKeys(copy, path) as Record<string, unknown> | undefined;
    const child = parent?.[key];
    // A part the row lacks stays missing: writing into it fails, and the writers report a summary that is not one.
    if (typeof child === 'object' && child !== null) (parent as Record<string, unknown>)[key] = { ...child };
  }
  return copy;
}

/**
 * The next cell to suppress in a set of cells that adds up (parts and their total) when exactly one
 * of them is suppressed, since the others would give it exactly: the smallest non-zero part shown
 * (the first of equals), else the total (`-1`); `null` when none is needed, or none is left to hide.
 */
function nextToHide(parts: number, hidden: (part: number) => boolean, value: (part: number) => number, totalHidden: boolean): number | null {
  let count = totalHidden ? 1 : 0;
  let smallest = -1;
  for (let part = 0; part < parts; part++) {
    if (hidden(part)) count++;
    else if (value(part) > 0 && (smallest === -1 || value(part) < value(smallest))) smallest = part;
  }
  if (count !== 1) return null;
  return smallest !== -1 || !totalHidden ? smallest : null;
}

/**
 * A summary with disclosure control applied, for the outputs to write: every count rounded or
 * replaced by the rule's symbol, every rate rebuilt from rounded counts (or its value, low and
 * high replaced by the symbol), means and medians over few people replaced by the symbol.
 * The result has the summary's shape, with the symbol (a string) where a number was suppressed.
 *
 * @example
 * ```ts
 * import { summarizeOutcomes } from 'social-prescribing/outcomes';
 * import { discloseSummary, NHS_DIGITAL_DISCLOSURE } from './disclosure.js';
 *
 * const referral = (id, pcn, attended) => ({ id, referredOn: '2025-04-01', source: 'self', pcn, needs: [], events: [], goals: [], onward: [], measures: [],
 *   contacts: attended ? [{ on: '2025-04-02', mode: 'telephone', attended: true }] : [] });
 * const referrals = [...Array.from({ length: 23 }, (_, i) => referral(`N${i}`, 'north', i < 12)), ...Array.from({ length: 3 }, (_, i) => referral(`S${i}`, 'south', true))];
 * const safe = discloseSummary(summarizeOutcomes(referrals, { groupBy: 'pcn' }), NHS_DIGITAL_DISCLOSURE);
 * safe.groups.map((row) => [row.key, row.referrals, row.engaged, row.engagementRate.value]);
 * //=> [['north', 25, 10, 0.4], ['south', '*', '*', '*']]
 * [safe.total.referrals, safe.total.engaged];
 * //=> [25, 15]
 * ```
 */
export function discloseSummary(summary: OutcomeSummary, rule: OutcomeDisclosureRule): OutcomeSummary {
  const rows = [...summary.groups, summary.total];
  const small = (n: number): boolean => n >= 1 && n <= rule.suppressUpTo;
  const round = (n: number): number => (n === 0 ? 0 : Math.round(n / rule.roundTo) * rule.roundTo);
  const layout = rows.map(countPaths);
  const suppressed = rows.map((row, r) => {
    const { counts, countKeys } = layout[r] as Layout;
    const hidden = new Set<string>();
    for (let i = 0; i < counts.length; i++) if (small(getByKeys(row, countKeys[i] as readonly string[]) as number)) hidden.add(counts[i] as string);
    return hidden;
  });
  // With rounding, published figures only bound a suppressed cell (NHS Digital's reason for rounding); without it, they give it exactly.
  if (rule.secondary && rule.roundTo === 1) {
    const value = (r: number) => (path: string): number => (get(rows[r], path) as number | undefined) ?? 0;
    // Until nothing changes: a cell hidden in one set can leave one hidden cell in another (each pass hides at least one more cell, so it ends).
    for (let changed = true; changed; ) {
      changed = false;
      rows.forEach((_, r) => {
        const hiddenHere = suppressed[r] as Set<string>;
        for (const [total, parts] of (layout[r] as Layout).partitions) {
          const next = nextToHide(parts.length, (i) => hiddenHere.has(parts[i] as string), (i) => value(r)(parts[i] as string), hiddenHere.has(total));
          if (next === null) continue;
          hiddenHere.add(next === -1 ? total : (parts[next] as string));
          changed = true;
        }
      });
      // Across groups: the group rows of a column add up to the total row.
      const totalRow = rows.length - 1;
      for (const path of (layout[totalRow] as Layout).counts) {
        const next = nextToHide(totalRow, (g) => (suppressed[g] as Set<string>).has(path), (g) => value(g)(path), (suppressed[totalRow] as Set<string>).has(path));
        if (next === null) continue;
        (suppressed[next === -1 ? totalRow : next] as Set<string>).add(path);
        changed = true;
      }
    }
  }
  const out = rows.map((row, r) => protectRow(row, layout[r] as Layout, suppressed[r] as Set<string>, rule, round, small));
  return { ...summary, groups: out.slice(0, -1), total: out[out.length - 1] as OutcomeRow };
}

function protectRow(
  row: OutcomeRow,
  layout: Layout,
  suppressed: Set<string>,
  rule: OutcomeDisclosureRule,
  round: (n: number) => number,
  small: (n: number) => boolean,
): OutcomeRow {
  const copy = writableCopy(row, layout.written);
  const shown = (path: string): number | null => (suppressed.has(path) ? null : round(get(row, path) as number));
  const { counts, countKeys } = layout;
  for (let i = 0; i < counts.length; i++) {
    const keys = countKeys[i] as readonly string[];
    setByKeys(copy, keys, suppressed.has(counts[i] as string) ? rule.symbol : round(getByKeys(row, keys) as number));
  }
  const hiddenRate = { value: rule.symbol, low: rule.symbol, high: rule.symbol };
  const rate = (path: string, numerator: number | null, denominator: number | null, was: Rate | null): void => {
    if (was === null && denominator !== null && denominator > 0) return; // a rate the summary leaves out stays out
    if (numerator === null || denominator === null) set(copy, path, hiddenRate);
    else set(copy, path, denominator === 0 || was === null ? null : wilsonInterval(Math.min(numerator, denominator), denominator));
  };
  const pair = (path: string, numerator: string, denominator: string): void => {
    rate(path, shown(numerator), shown(denominator), get(row, path) as Rate | null);
  };
  for (const [path, numerator, denominator] of layout.pairs) pair(path, numerator, denominator);
  const attendedShown = shown('onward.attendance.attended');
  const didNotAttendShown = shown('onward.attendance.didNotAttend');
  const knownAttendance = attendedShown === null || didNotAttendShown === null ? null : attendedShown + didNotAttendShown;
  rate('onward.attendance.attendanceRate', attendedShown, knownAttendance, row.onward.attendance.attendanceRate);
  // Per-organisation attendance is withheld: an organisation with few people could be told apart.
  set(copy, 'onward.attendance.byOrganisation', {});
  const knownAge = row.referrals - row.demographics.ageBands.unknown;
  const knownAgeShown = suppressed.has('referrals') || suppressed.has('demographics.ageBands.unknown') || small(knownAge) ? null : round(knownAge);
  rate('demographics.aged20To59Rate', shown('demographics.ageBands.20-59'), knownAgeShown, row.demographics.aged20To59Rate);
  const overFew = (path: string, n: string): void => {
    if (suppressed.has(n) && get(row, path) !== null) set(copy, path, rule.symbol);
  };
  overFew('contacts.mean', 'engaged');
  overFew('contacts.median', 'engaged');
  overFew('waiting.meanDays', 'waiting.placed');
  overFew('waiting.medianDays', 'waiting.placed');
  for (const id of Object.keys(row.wellbeing)) {
    const base = `wellbeing.${id}`;
    if (row.wellbeing[id]?.improvedRate !== null) pair(`${base}.improvedRate`, `${base}.improved`, `${base}.paired`);
    if (row.wellbeing[id]?.meaningfulImprovementRate !== null) pair(`${base}.meaningfulImprovementRate`, `${base}.meaningfullyImproved`, `${base}.paired`);
    for (const field of ['meanBaseline', 'meanFollowUp', 'meanChange']) overFew(`${base}.${field}`, `${base}.paired`);
  }
  return copy as unknown as OutcomeRow;
}
