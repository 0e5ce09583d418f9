import { SocialPrescribingError } from '../core/index.js';
import { readPlan, type GroupedCaseloadPlan, type GroupedPlanRow } from './groupedPlan.js';
import { PlanChartOptionsSchema, readOutputOptions, rowsOf, type PlanChartOptions } from './planOptions.js';

/**
 * A Vega-Lite v6 specification: plain JSON, to render with `vega-embed`, in a notebook, or with
 * `vega` and `vega-lite` to SVG.
 *
 * @category Plan outputs
 */
export type PlanChartSpec = Readonly<Record<string, unknown>>;

interface Bar {
  pcn: string;
  id: string;
  group: string | null;
  neededMin: number;
  neededMax: number;
  inPost: number | null;
  gapMin: number | null;
  gapMax: number | null;
}

/** The legend's entries, in the order of the layers' colours. */
const KEY = ['WTE needed, high end', 'WTE needed, low end', 'WTE in post'];

/** Largest shortfall first: by the gap's high end, then its low end (both known); ties keep their order. */
function byGap(a: Bar, b: Bar): number {
  return (b.gapMax as number) - (a.gapMax as number) || (b.gapMin as number) - (a.gapMin as number);
}

/**
 * A Vega-Lite chart of WTE link workers needed against WTE in post, one bar per PCN, sorted by gap
 * (largest shortfall first; PCNs whose WTE in post is not known last, and named in the spec's
 * `description`). The dark bar is the low end of the WTE needed, the light bar its high end and the
 * black tick the WTE in post. The data are inlined, so the spec is self-contained JSON.
 *
 * @param plan - A result of {@link planCaseloadByGroup}.
 * @param options - The rate to chart, one group and a title.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-plan` when `plan` is not a result of
 * {@link planCaseloadByGroup}; `caseload/invalid-options` for bad options, a rate or group the plan does not have.
 * @see Vega-Lite, https://vega.github.io/vega-lite/docs/
 * @category Plan outputs
 * @example
 * ```ts
 * import { planCaseloadByGroup, planToVegaLite } from 'social-prescribing/caseload';
 *
 * const plan = planCaseloadByGroup({
 *   pcns: [
 *     { id: 'north', name: 'North', listSize: 42_000, linkWorkerWte: 2 },
 *     { id: 'south', name: 'South', listSize: 31_000 },
 *     { id: 'east', name: 'East', listSize: 38_000, linkWorkerWte: 0.5 },
 *   ],
 * });
 * const spec = planToVegaLite(plan);
 * (spec.data as { values: { pcn: string; gapMax: number | null }[] }).values.map((d) => [d.pcn, d.gapMax]);
 * //=> [['East', 1.93], ['North', 0.69], ['South', null]]
 * spec.description;
 * //=> 'WTE link workers needed (DES 1.2–1.6%) against WTE in post, per PCN, sorted by gap (largest shortfall first). Dark bar: WTE needed, low end; light bar: high end; black tick: WTE in post. WTE in post not known for 1 PCN: South.'
 * planToVegaLite(plan, { rate: 'observed' });
 * //=> throws 'caseload/invalid-options'
 * ```
 */
export function planToVegaLite(plan: GroupedCaseloadPlan, options: PlanChartOptions = {}): PlanChartSpec {
  const checked = readPlan(plan);
  const settings = readOutputOptions(PlanChartOptionsSchema, options);
  const at = settings.rate === undefined ? 0 : checked.rates.findIndex((rate) => rate.id === settings.rate);
  if (at === -1) throw new SocialPrescribingError('caseload/invalid-options', [{ path: ['options', 'rate'], message: 'is not a rate of the plan' }]);
  const rate = checked.rates[at] as GroupedCaseloadPlan['rates'][number];
  const seen = new Set<string>();
  const bars = rowsOf(checked, settings.group)
    .filter((row) => row.kind === 'pcn')
    .map((row: GroupedPlanRow): Bar => {
      const figures = row.rates[at] as GroupedPlanRow['rates'][number];
      const name = row.name ?? row.id;
      // Two PCNs of the same name would share a bar: the second is told apart by its id.
      const pcn = seen.has(name) ? `${name} (${row.id})` : name;
      seen.add(pcn);
      return {
        pcn,
        id: row.id,
        group: row.group,
        neededMin: figures.wteNeeded.min,
        neededMax: figures.wteNeeded.max,
        inPost: row.wteInPost,
        gapMin: figures.gap?.min ?? null,
        gapMax: figures.gap?.max ?? null,
      };
    });
  // PCNs whose WTE in post is not known have no gap: they go last, in plan order.
  const known = bars.filter((bar) => bar.inPost !== null).sort(byGap);
  const notKnown = bars.filter((bar) => bar.inPost === null);
  const axis = 'WTE link workers';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: settings.title ?? `WTE needed (${rate.label}) against WTE in post`,
    description:
      `WTE link workers needed (${rate.label}) against WTE in post, per PCN, sorted by gap (largest shortfall first). ` +
      'Dark bar: WTE needed, low end; light bar: high end; black tick: WTE in post.' +
      (notKnown.length === 0
        ? ''
        : ` WTE in post not known for ${notKnown.length} PCN${notKnown.length === 1 ? '' : 's'}: ${notKnown.map((bar) => bar.pcn).join(', ')}.`),
    data: { values: [...known, ...notKnown] },
    width: 400,
    height: { step: 20 },
    encoding: { y: { field: 'pcn', type: 'nominal', sort: null, title: 'PCN', axis: { labelLimit: 320 } } },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'neededMax', type: 'quantitative', title: axis },
          color: {
            datum: KEY[0],
            type: 'nominal',
            scale: { domain: KEY, range: ['#9ecae9', '#4c78a8', '#222222'] },
            legend: { title: null, orient: 'bottom' },
          },
          tooltip: [
            { field: 'pcn', type: 'nominal', title: 'PCN' },
            { field: 'id', type: 'nominal', title: 'PCN code' },
            { field: 'neededMin', type: 'quantitative', title: 'WTE needed, low', format: '.2f' },
            { field: 'neededMax', type: 'quantitative', title: 'WTE needed, high', format: '.2f' },
            { field: 'inPost', type: 'quantitative', title: 'WTE in post', format: '.2f' },
            { field: 'gapMin', type: 'quantitative', title: 'gap, low', format: '.2f' },
            { field: 'gapMax', type: 'quantitative', title: 'gap, high', format: '.2f' },
          ],
        },
      },
      { mark: { type: 'bar' }, encoding: { x: { field: 'neededMin', type: 'quantitative', title: axis }, color: { datum: KEY[1], type: 'nominal' } } },
      {
        transform: [{ filter: 'isValid(datum.inPost)' }],
        mark: { type: 'tick', thickness: 3 },
        encoding: { x: { field: 'inPost', type: 'quantitative', title: axis }, color: { datum: KEY[2], type: 'nominal' } },
      },
    ],
  };
}
