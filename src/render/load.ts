/**
 * Internal: loads the optional peer dependencies (vega, vega-lite, @resvg/resvg-js) only when a
 * chart is rendered, and checks a rendering's arguments.
 *
 * @module
 */
import { parseWithSchema, SocialPrescribingError } from '../core/index.js';
import { ChartSpecSchema, RenderOptionsSchema, type ChartSpec, type RenderOptions } from './schemas.js';

/** The packages a rendering needs, with the npm command that installs them. */
const INSTALL = 'is not installed: npm install vega vega-lite @resvg/resvg-js';

/**
 * How each optional peer is imported. The renderers take it as a parameter so that a test can
 * stand in a peer that is not installed; callers of the public functions never pass it.
 */
export const PEER_IMPORTS: PeerImports = Object.freeze({
  vega: () => import('vega'),
  vegaLite: () => import('vega-lite'),
  resvg: () => import('@resvg/resvg-js'),
});

/**
 * The importers of the optional peers (see {@link PEER_IMPORTS}). Typed `unknown` here, and the
 * modules' types named only inside the renderers: a declaration naming them would fail to
 * type-check in a project that has not installed the optional peers.
 */
export interface PeerImports {
  readonly vega: () => Promise<unknown>;
  readonly vegaLite: () => Promise<unknown>;
  readonly resvg: () => Promise<unknown>;
}

/** Whether an error is a module-not-found error of Node's loaders (ESM or CommonJS). */
export function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * Imports an optional peer dependency, throwing `render/missing-dependency` (path: the package's
 * name) when it is not installed.
 *
 * @example
 * ```ts
 * import { loadPeer } from './load.js';
 *
 * typeof (await loadPeer('vega', () => import('vega'))).View;
 * //=> 'function'
 * await loadPeer('vega', () => Promise.reject(Object.assign(new Error('gone'), { code: 'ERR_MODULE_NOT_FOUND' })));
 * //=> throws 'render/missing-dependency'
 * ```
 */
export async function loadPeer<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingModule(error)) throw new SocialPrescribingError('render/missing-dependency', [{ path: [name], message: INSTALL }]);
    throw error;
  }
}

/** A checked rendering: the spec and the options with their defaults. */
export interface RenderRequest {
  readonly spec: ChartSpec;
  readonly scale: number;
  readonly background: string;
  readonly fontFiles: readonly string[];
}

/**
 * Checks a chart spec and rendering options, throwing `render/invalid-spec` or
 * `render/invalid-options`.
 *
 * @example
 * ```ts
 * import { readRequest } from './load.js';
 *
 * readRequest({ mark: 'bar' }, {}).scale;
 * //=> 2
 * readRequest('bar' as never, {});
 * //=> throws 'render/invalid-spec'
 * readRequest({ mark: 'bar' }, { scale: -1 });
 * //=> throws 'render/invalid-options'
 * ```
 */
export function readRequest(spec: ChartSpec, options: RenderOptions | undefined): RenderRequest {
  const checkedSpec = parseWithSchema(ChartSpecSchema, spec, 'render/invalid-spec');
  const checked = parseWithSchema(RenderOptionsSchema, options ?? {}, 'render/invalid-options');
  return {
    spec: checkedSpec,
    scale: checked.scale ?? 2,
    background: checked.background ?? '#ffffff',
    fontFiles: checked.fontFiles ?? [],
  };
}

/**
 * Renders a checked request to SVG text with vega and vega-lite (no browser, no canvas), throwing
 * `render/invalid-spec` when vega-lite cannot compile the spec or vega cannot render it.
 *
 * @example
 * ```ts
 * import { svgOf } from './load.js';
 *
 * (await svgOf({ spec: { mark: 'point', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'quantitative' } } }, scale: 1, background: '#ffffff', fontFiles: [] })).startsWith('<svg');
 * //=> true
 * await svgOf({ spec: { mark: 'no-such-mark' }, scale: 1, background: '#ffffff', fontFiles: [] });
 * //=> throws 'render/invalid-spec'
 * ```
 */
export async function svgOf(request: RenderRequest, imports: PeerImports = PEER_IMPORTS): Promise<string> {
  const vega = (await loadPeer('vega', imports.vega)) as typeof import('vega');
  const vegaLite = (await loadPeer('vega-lite', imports.vegaLite)) as typeof import('vega-lite');
  try {
    // A copy: vega marks the data objects it ingests.
    const spec = structuredClone(request.spec) as never;
    // vega's loggers print to the console; a library stays silent.
    const silent = vega.logger(vega.None);
    // No finalize(): a view with no renderer and no event listeners holds nothing to release.
    const compiled = vegaLite.compile(spec, { logger: silent }).spec;
    // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent (docs/mutation/equivalent-mutants.md, render): toSVG() draws with its own renderer, and a View's default logger is silent.
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: silent });
    view.background(request.background);
    return await view.toSVG();
  } catch {
    // vega's messages can quote the spec's data; the issue names the rule only.
    throw new SocialPrescribingError('render/invalid-spec', [{ path: [], message: 'is not a Vega-Lite specification that vega-lite and vega can render' }]);
  }
}

/**
 * The sans-serif font family every installation of a platform has, for the text of a PNG (vega
 * draws text in `sans-serif`; resvg's own default for it, Arial, is missing on Linux).
 *
 * @example
 * ```ts
 * import { sansSerifFont } from './load.js';
 *
 * [sansSerifFont('linux'), sansSerifFont('darwin'), sansSerifFont('win32')];
 * //=> ['DejaVu Sans', 'Helvetica', 'Arial']
 * ```
 */
export function sansSerifFont(platform: string): string {
  if (platform === 'darwin') return 'Helvetica';
  if (platform === 'win32') return 'Arial';
  return 'DejaVu Sans';
}
