/**
 * The render module's input shapes: a chart specification and the options of a rendering.
 *
 * @module
 */
import * as z from 'zod';

/**
 * Zod schema of a chart specification {@link chartToSvg} and {@link chartToPng} take: a Vega-Lite
 * specification as a plain JSON object, such as a result of `planToVegaLite` (caseload) or
 * `summaryToVegaLite` (outcomes), or a chart of your own.
 *
 * @category Render
 * @example
 * ```ts
 * import { ChartSpecSchema } from 'social-prescribing/render';
 *
 * ChartSpecSchema.safeParse({ mark: 'bar', data: { values: [] } }).success;
 * //=> true
 * ChartSpecSchema.safeParse([]).success;
 * //=> false
 * ```
 */
export const ChartSpecSchema = /* @__PURE__ */ (() => z.record(z.string(), z.unknown()))();

/**
 * A chart specification (see {@link ChartSpecSchema}).
 *
 * @category Render
 */
export type ChartSpec = Readonly<Record<string, unknown>>;

/**
 * Zod schema of the options of {@link chartToSvg} and {@link chartToPng}.
 *
 * @category Render
 * @example
 * ```ts
 * import { RenderOptionsSchema } from 'social-prescribing/render';
 *
 * RenderOptionsSchema.safeParse({ scale: 3, background: '#ffffff' }).success;
 * //=> true
 * RenderOptionsSchema.safeParse({ scale: 0 }).success;
 * //=> false
 * ```
 */
export const RenderOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Pixels per unit of the chart's own size, for PNG (default 2: sharp on a slide or a high-density screen). */
    scale: z.number().min(0.1).max(10).optional(),
    /** The background colour, a CSS colour such as `'#ffffff'` or `'transparent'` (default white, so a chart shows on a dark slide too). */
    background: z.string().min(1).max(64).optional(),
    /** Font files (TrueType or OpenType paths) for the text of a PNG, used with the system's fonts (default none: the system's fonts only). */
    fontFiles: z.array(z.string().min(1)).max(64).optional(),
  }))();

/**
 * The options of {@link chartToSvg} and {@link chartToPng} (see {@link RenderOptionsSchema}).
 *
 * @category Render
 */
export type RenderOptions = z.input<typeof RenderOptionsSchema>;
