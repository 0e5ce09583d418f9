import { readRequest, svgOf } from './load.js';
import type { ChartSpec, RenderOptions } from './schemas.js';

/**
 * Renders a chart specification the library produces (`planToVegaLite`, `summaryToVegaLite`), or
 * any Vega-Lite specification, to SVG text: a picture for a web page, a report or a slide, with no
 * browser. Needs the optional peer dependencies `vega` and `vega-lite`
 * (`npm install vega vega-lite @resvg/resvg-js` installs them with the PNG renderer).
 *
 * @param spec - A Vega-Lite specification as a plain object.
 * @param options - `background` (default white); `scale` and `fontFiles` are for PNG and ignored here.
 * @returns The SVG document, as text (`writeFileSync('plan.svg', svg)` saves it).
 * @throws {@link core!SocialPrescribingError} `render/invalid-spec` when `spec` is not an object or is not a
 * specification vega-lite and vega can render; `render/invalid-options` for bad options;
 * `render/missing-dependency` when `vega` or `vega-lite` is not installed (path: the package).
 * @see Vega-Lite, https://vega.github.io/vega-lite/docs/
 * @category Render
 * @example
 * ```ts
 * import { planCaseloadByGroup, planToVegaLite } from 'social-prescribing/caseload';
 * import { chartToSvg } from 'social-prescribing/render';
 *
 * const plan = planCaseloadByGroup({ pcns: [{ id: 'north', name: 'North', listSize: 42_000, linkWorkerWte: 2 }] });
 * const svg = await chartToSvg(planToVegaLite(plan));
 * svg.startsWith('<svg') && svg.includes('North');
 * //=> true
 * await chartToSvg([] as never);
 * //=> throws 'render/invalid-spec'
 * ```
 */
export async function chartToSvg(spec: ChartSpec, options?: RenderOptions): Promise<string> {
  return `${await svgOf(readRequest(spec, options))}\n`;
}
