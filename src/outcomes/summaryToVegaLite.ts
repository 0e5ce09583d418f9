import { SocialPrescribingError } from '../core/index.js';
import { keyLabel } from './labels.js';
import { finite, guardSummary } from './summaryGuard.js';
import { checkOptions } from './summaryToRows.js';
import { disclosureRule, discloseSummary, type OutcomeDisclosureOption } from './disclosure.js';
import type { OutcomeRow, OutcomeSummary } from './types.js';
import type { Rate } from './wilsonInterval.js';

/**
 * The rates {@link summaryToVegaLite} can chart.
 *
 * @category Output
 * @example
 * ```ts
 * import { OUTCOME_CHART_RATES } from 'social-prescribing/outcomes';
 *
 * OUTCOME_CHART_RATES[0];
 * //=> 'engagement'
 * ```
 */
export const OUTCOME_CHART_RATES = /* @__PURE__ */ Object.freeze([
  'engagement',
  'acceptance',
  'goals-met',
  'positive-outcome',
  'contacts-within-expected',
  'onward-three-or-more',
  'aged-20-59',
] as const);

/**
 * One of {@link OUTCOME_CHART_RATES}.
 *
 * @category Output
 */
export type OutcomeChartRate = (typeof OUTCOME_CHART_RATES)[number];

/**
 * Options of {@link summaryToVegaLite}.
 *
 * @category Output
 */
export interface OutcomeChartOptions {
  /** Which rate to chart (default `'engagement'`). */
  readonly rate?: OutcomeChartRate;
  /** Add a bar for the total (default `true`). */
  readonly includeTotal?: boolean;
  /** Chart title (default: the rate's name and "with 95% intervals"). */
  readonly title?: string;
  /**
   * Statistical disclosure control, as for {@link summaryToRows}: `true` for
   * {@link NHS_DIGITAL_DISCLOSURE}. Rates are drawn from rounded counts; a suppressed rate has no
   * bar and is named in the description.
   */
  readonly disclosure?: OutcomeDisclosureOption;
}

/**
 * A Vega-Lite v6 specification: plain JSON, to render with `vega-embed`,
 * in a notebook, or with `vega` and `vega-lite` to SVG.
 *
 * @category Output
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

const RATES: Record<OutcomeChartRate, readonly [title: string, count: string, pick: (row: OutcomeRow) => Rate | null]> = {
  engagement: ['Engaged (at least one attended contact)', 'referrals', (row) => row.engagementRate],
  acceptance: ['Accepted the referral', 'referrals', (row) => row.acceptanceRate],
  'goals-met': ['Goals met', 'goals', (row) => row.goals.metRate],
  'positive-outcome': ['Engaged people with a positive outcome', 'engaged people', (row) => row.positiveOutcomeRate],
  'contacts-within-expected': ['Engaged people within the expected contacts', 'engaged people', (row) => row.contacts.withinExpectedRate],
  'onward-three-or-more': ['People referred on who got 3 or more', 'people referred on', (row) => row.onward.threeOrMoreRate],
  'aged-20-59': ['Aged 20–59', 'people of known age', (row) => row.demographics.aged20To59Rate],
};

function trials(rate: OutcomeChartRate, row: OutcomeRow): number {
  switch (rate) {
    case 'engagement':
    case 'acceptance':
      return row.referrals;
    case 'goals-met':
      return row.goals.set;
    case 'positive-outcome':
    case 'contacts-within-expected':
      return row.engaged;
    case 'onward-three-or-more':
      return row.onward.people;
    case 'aged-20-59':
      return row.referrals - row.demographics.ageBands.unknown;
  }
}

/**
 * A Vega-Lite bar chart of one rate per group, with its 95% Wilson interval
 * drawn as an error bar, and the total as the last bar. The data are inlined,
 * so the spec is self-contained JSON. Groups whose rate is over zero people
 * have no bar and are named in the spec's `description`.
 *
 * @param summary - A result of {@link summarizeOutcomes}.
 * @param options - The rate to chart, whether to add the total, and a title.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when `options` is not an object, for an unknown rate or a non-string title.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `summary` is not shaped like a
 * result of {@link summarizeOutcomes} (a missing or mistyped field, a number that is not finite).
 * @see https://vega.github.io/vega-lite/docs/ (Vega-Lite)
 * @category Output
 * @example
 * ```ts
 * import { summarizeOutcomes, summaryToVegaLite } from 'social-prescribing/outcomes';
 *
 * const summary = summarizeOutcomes(
 *   [{ id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', pcn: 'A', needs: [], events: [],
 *      contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }], goals: [], onward: [], measures: [] }],
 *   { groupBy: 'pcn' },
 * );
 * const spec = summaryToVegaLite(summary, { rate: 'engagement' });
 * (spec.data as { values: unknown[] }).values.map((d: any) => [d.group, d.value, d.n]);
 * //=> [['A', 1, 1], ['Total', 1, 1]]
 * summaryToVegaLite(summary, { rate: 'happiness' as never });
 * //=> throws 'outcomes/invalid-options'
 * summaryToVegaLite({ ...summary, groups: [{ ...summary.total, engagementRate: { value: Number.NaN, low: 0, high: 1 } }] });
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function summaryToVegaLite(summary: OutcomeSummary, options: OutcomeChartOptions = {}): VegaLiteSpec {
  checkOptions(options);
  const rate = options.rate ?? 'engagement';
  if (!Object.hasOwn(RATES, rate)) {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: ['rate'], message: `must be one of ${OUTCOME_CHART_RATES.join(', ')}` }]);
  }
  const title: unknown = options.title;
  if (title !== undefined && typeof title !== 'string') {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: ['title'], message: 'must be a string' }]);
  }
  const [rateTitle, countName, pick] = RATES[rate];
  const rule = disclosureRule(options.disclosure);
  return guardSummary(summary, (checked) => chart(rule === null ? checked : discloseSummary(checked, rule), options, rate, title, rateTitle, countName, pick));
}

function chart(
  summary: OutcomeSummary,
  options: OutcomeChartOptions,
  rate: OutcomeChartRate,
  title: string | undefined,
  rateTitle: string,
  countName: string,
  pick: (row: OutcomeRow) => Rate | null,
): VegaLiteSpec {
  const rows: [string, OutcomeRow][] = summary.groups.map((row) => [keyLabel(row.key), row]);
  if (options.includeTotal !== false) rows.push(['Total', summary.total]);
  const values: { group: string; value: number; low: number; high: number; n: number }[] = [];
  const empty: string[] = [];
  const suppressed: string[] = [];
  for (const [group, row] of rows) {
    const r = pick(row);
    if (r === null) empty.push(group);
    else if (typeof r.value === 'string') suppressed.push(group);
    else values.push({ group, value: finite(r.value), low: finite(r.low), high: finite(r.high), n: finite(trials(rate, row)) });
  }
  const groupTitle = summary.groupNames.length > 0 ? summary.groupNames.join(' / ') : 'group';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: title ?? `${rateTitle}, with 95% intervals`,
    description:
      `${rateTitle} by ${groupTitle}; error bars are 95% Wilson intervals.` +
      (empty.length > 0 ? ` No ${countName} in: ${empty.join(', ')}.` : '') +
      (suppressed.length > 0 ? ` Not shown (small numbers): ${suppressed.join(', ')}.` : ''),
    data: { values },
    width: 400,
    height: { step: 24 },
    encoding: {
      y: { field: 'group', type: 'nominal', sort: null, title: groupTitle },
    },
    layer: [
      {
        mark: { type: 'bar', color: '#4c78a8' },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: rateTitle, scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          tooltip: [
            { field: 'group', type: 'nominal', title: groupTitle },
            { field: 'value', type: 'quantitative', title: rateTitle, format: '.1%' },
            { field: 'low', type: 'quantitative', title: '95% interval, low', format: '.1%' },
            { field: 'high', type: 'quantitative', title: '95% interval, high', format: '.1%' },
            { field: 'n', type: 'quantitative', title: countName },
          ],
        },
      },
      {
        mark: { type: 'rule', color: '#222222' },
        encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  };
}
