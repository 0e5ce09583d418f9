/**
 * chartToSvg and chartToPng turn the library's own chart specs into pictures: SVG text with the
 * chart's data in it, and PNG bytes with the PNG signature, the chart's size times `scale`, and a
 * white (or given) background. Bad specs and options fail with the module's codes; a peer that
 * is not installed fails with `render/missing-dependency`.
 */
import { planCaseloadByGroup, planToVegaLite } from 'social-prescribing/caseload';
import { summarizeOutcomes, summaryToVegaLite } from 'social-prescribing/outcomes';
import { generateReferrals } from 'social-prescribing/synthetic';
import { describe, expect, it } from 'vitest';
import { isSocialPrescribingError, SocialPrescribingError } from '../../src/core/index.js';
import { loadPeer, isMissingModule } from '../../src/render/load.js';
import { chartToPng, chartToSvg } from '../../src/render/index.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const plan = planCaseloadByGroup({
  pcns: [
    { id: 'north', name: 'North', listSize: 42_000, linkWorkerWte: 2 },
    { id: 'south', name: 'South', listSize: 31_000, linkWorkerWte: 0.4 },
  ],
});
const planSpec = planToVegaLite(plan);

/** The width and height of a PNG, from its IHDR chunk (bytes 16 to 23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The width and height attributes of an SVG document's root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/ width="([\d.]+)"/.exec(root)?.[1]), height: Number(/ height="([\d.]+)"/.exec(root)?.[1]) };
}

async function codeOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return isSocialPrescribingError(error) ? error.code : 'not a library error';
  }
}

describe('chartToSvg', () => {
  it('renders a caseload plan chart to an SVG document holding its PCNs and title', async () => {
    const svg = await chartToSvg(planSpec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('North');
    expect(svg).toContain('South');
    expect(svg).toContain('WTE needed (DES 1.2–1.6%) against WTE in post');
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(50);
  });

  it('paints the background it is given (white by default)', async () => {
    expect(await chartToSvg(planSpec)).toContain('fill="#ffffff"');
    expect(await chartToSvg(planSpec, { background: '#fafafa' })).toContain('fill="#fafafa"');
  });

  it('gives the same text for the same spec, and leaves the spec as it was', async () => {
    const before = structuredClone(planSpec);
    expect(await chartToSvg(planSpec)).toBe(await chartToSvg(planSpec));
    expect(planSpec).toEqual(before);
  });

  it('rejects a spec that is not an object, or that vega-lite cannot compile, with render/invalid-spec', async () => {
    expect(await codeOf(() => chartToSvg(null as never))).toBe('render/invalid-spec');
    expect(await codeOf(() => chartToSvg(['bar'] as never))).toBe('render/invalid-spec');
    expect(await codeOf(() => chartToSvg({ mark: 'no-such-mark' }))).toBe('render/invalid-spec');
    try {
      await chartToSvg({ mark: 'no-such-mark', data: { values: [{ name: 'Jane Doe' }] } });
    } catch (error) {
      expect((error as SocialPrescribingError).issues).toEqual([{ path: [], message: 'is not a Vega-Lite specification that vega-lite and vega can render' }]);
    }
  });

  it('rejects bad options with render/invalid-options and their paths', async () => {
    expect(await codeOf(() => chartToSvg(planSpec, { scale: 0 }))).toBe('render/invalid-options');
    expect(await codeOf(() => chartToSvg(planSpec, { scale: 11 }))).toBe('render/invalid-options');
    expect(await codeOf(() => chartToSvg(planSpec, { background: '' }))).toBe('render/invalid-options');
    try {
      await chartToSvg(planSpec, { colour: 'red' } as never);
    } catch (error) {
      expect((error as SocialPrescribingError).issues).toEqual([{ path: [], message: 'has 1 unrecognised key' }]);
    }
  });
});

describe('chartToPng', () => {
  const referrals = generateReferrals({ count: 300, seed: 'render', from: '2024-04-01', to: '2025-03-31', pcns: ['north', 'south', 'east'] });
  const outcomeSpec = summaryToVegaLite(summarizeOutcomes(referrals, { groupBy: 'pcn', from: '2024-04-01', to: '2025-03-31' }), { rate: 'engagement' });

  it('renders an outcomes chart to PNG bytes: the signature, twice the chart size, a real image', async () => {
    const svg = await chartToSvg(outcomeSpec);
    const png = await chartToPng(outcomeSpec);
    expect(png).toBeInstanceOf(Uint8Array);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const { width, height } = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: Math.round(width * 2), height: Math.round(height * 2) });
    // A chart with axes, bars and text, not an empty canvas (an empty white PNG of this size is under 2 kB).
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('scales the image by `scale`', async () => {
    const one = pngSize(await chartToPng(planSpec, { scale: 1 }));
    const three = pngSize(await chartToPng(planSpec, { scale: 3 }));
    expect(three.width).toBe(Math.round(one.width * 3));
    expect(three.height).toBe(Math.round(one.height * 3));
  });

  it('gives the same bytes for the same spec', async () => {
    expect(Buffer.from(await chartToPng(planSpec, { scale: 1 })).equals(Buffer.from(await chartToPng(planSpec, { scale: 1 })))).toBe(true);
  });

  it('rejects bad specs and options with the module codes', async () => {
    expect(await codeOf(() => chartToPng('chart' as never))).toBe('render/invalid-spec');
    expect(await codeOf(() => chartToPng({ mark: 'no-such-mark' }))).toBe('render/invalid-spec');
    expect(await codeOf(() => chartToPng(planSpec, { scale: -2 }))).toBe('render/invalid-options');
    expect(await codeOf(() => chartToPng(planSpec, { fontFiles: [''] }))).toBe('render/invalid-options');
  });
});

describe('optional peer dependencies', () => {
  it('names the missing package and the install command', async () => {
    const missing = Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' });
    try {
      await loadPeer('@resvg/resvg-js', () => Promise.reject(missing));
      expect.unreachable();
    } catch (error) {
      expect((error as SocialPrescribingError).code).toBe('render/missing-dependency');
      expect((error as SocialPrescribingError).issues).toEqual([
        { path: ['@resvg/resvg-js'], message: 'is not installed: npm install vega vega-lite @resvg/resvg-js' },
      ]);
    }
  });

  it('recognises both loaders\' not-found codes and passes other errors on', async () => {
    expect(isMissingModule({ code: 'MODULE_NOT_FOUND' })).toBe(true);
    expect(isMissingModule({ code: 'ERR_MODULE_NOT_FOUND' })).toBe(true);
    expect(isMissingModule({ code: 'ENOENT' })).toBe(false);
    expect(isMissingModule(null)).toBe(false);
    const other = new TypeError('broken package');
    await expect(loadPeer('vega', () => Promise.reject(other))).rejects.toBe(other);
  });
});
