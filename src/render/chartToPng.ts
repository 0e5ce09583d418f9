import { loadPeer, PEER_IMPORTS, readRequest, sansSerifFont, svgOf, type PeerImports, type RenderRequest } from './load.js';
import type { ChartSpec, RenderOptions } from './schemas.js';

/**
 * Renders a chart specification the library produces (`planToVegaLite`, `summaryToVegaLite`), or
 * any Vega-Lite specification, to a PNG image to paste into a slide or a document: the chart is
 * drawn to SVG with `vega` and `vega-lite`, then rasterised with `@resvg/resvg-js` (prebuilt for
 * Windows, macOS and Linux; no `canvas` build). All three are optional peer dependencies:
 * `npm install vega vega-lite @resvg/resvg-js`.
 *
 * Text is drawn with the system's fonts and any `fontFiles` (a file that cannot be read is skipped). The image
 * is `scale` times the chart's own size, twice by default.
 *
 * @param spec - A Vega-Lite specification as a plain object.
 * @param options - `scale` (pixels per unit, 0.1 to 10, default 2), `background` (default white), `fontFiles`.
 * @returns The PNG file's bytes (`writeFileSync('chart.png', png)` saves it).
 * @throws {@link core!SocialPrescribingError} `render/invalid-spec` when `spec` is not an object or is not a
 * specification vega-lite and vega can render; `render/invalid-options` for bad options;
 * `render/missing-dependency` when `vega`, `vega-lite` or `@resvg/resvg-js` is not
 * installed (path: the package).
 * @see resvg-js, https://github.com/thx/resvg-js
 * @category Render
 * @example
 * ```ts
 * import { summarizeOutcomes, summaryToVegaLite } from 'social-prescribing/outcomes';
 * import { generateReferrals } from 'social-prescribing/synthetic';
 * import { chartToPng } from 'social-prescribing/render';
 *
 * const referrals = generateReferrals({ count: 200, seed: 'slide', from: '2024-04-01', to: '2025-03-31', pcns: ['north', 'south'] });
 * const summary = summarizeOutcomes(referrals, { groupBy: 'pcn', from: '2024-04-01', to: '2025-03-31' });
 * const png = await chartToPng(summaryToVegaLite(summary, { rate: 'engagement' }));
 * [...png.subarray(0, 4)];
 * //=> [0x89, 0x50, 0x4e, 0x47]
 * await chartToPng({ mark: 'bar' }, { scale: 0 });
 * //=> throws 'render/invalid-options'
 * ```
 */
export async function chartToPng(spec: ChartSpec, options?: RenderOptions): Promise<Uint8Array> {
  return pngOf(readRequest(spec, options));
}

/**
 * Internal: draws a checked request to PNG bytes, importing the peers with `imports` (a test
 * stands in a missing one).
 *
 * @example
 * ```ts
 * import { pngOf } from './chartToPng.js';
 * import { PEER_IMPORTS } from './load.js';
 *
 * const missing = () => Promise.reject(Object.assign(new Error('gone'), { code: 'ERR_MODULE_NOT_FOUND' }));
 * await pngOf({ spec: { mark: 'bar' }, scale: 1, background: '#ffffff', fontFiles: [] }, { ...PEER_IMPORTS, resvg: missing });
 * //=> throws 'render/missing-dependency'
 * ```
 */
export async function pngOf(request: RenderRequest, imports: PeerImports = PEER_IMPORTS): Promise<Uint8Array> {
  const svg = await svgOf(request, imports);
  const { Resvg } = (await loadPeer('@resvg/resvg-js', imports.resvg)) as typeof import('@resvg/resvg-js');
  const sans = sansSerifFont(process.platform);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: request.scale },
    background: request.background,
    font: { loadSystemFonts: true, fontFiles: [...request.fontFiles], defaultFontFamily: sans, sansSerifFamily: sans },
  });
  return new Uint8Array(resvg.render().asPng());
}
