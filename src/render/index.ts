/**
 * Charts an analyst can paste: any chart specification the library produces
 * (`planToVegaLite`, `summaryToVegaLite`) or any Vega-Lite specification, rendered
 * to SVG or PNG without a browser. Needs the optional peer dependencies `vega`,
 * `vega-lite` and, for PNG, `@resvg/resvg-js`; not re-exported from the package's
 * root, so code that does not render charts never loads them.
 *
 * @module render
 */
export { ChartSpecSchema, RenderOptionsSchema, type ChartSpec, type RenderOptions } from './schemas.js';
export { chartToSvg } from './chartToSvg.js';
export { chartToPng } from './chartToPng.js';
export { RENDER_ERRORS, type RenderErrorCode } from './errors.js';
