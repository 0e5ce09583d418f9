/**
 * chartToSvg and chartToPng turn the library's own chart specs into pictures: SVG text with the
 * chart's data in it, and PNG bytes with the PNG signature, the chart's size times `scale`, and a
 * white (or given) background. Bad specs and options fail with the module's codes; a peer that
 * is not installed fails with `render/missing-dependency`.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { planCaseloadByGroup, planToVegaLite } from '../../src/caseload/index.js';
import { summarizeOutcomes, summaryToVegaLite } from '../../src/outcomes/index.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { isSocialPrescribingError, SocialPrescribingError } from '../../src/core/index.js';
import { isMissingModule, loadPeer, PEER_IMPORTS, readRequest, sansSerifFont, svgOf } from '../../src/render/load.js';
import { pngOf } from '../../src/render/chartToPng.js';
import { rejectionOf } from '../support/errorOf.js';
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

/** Every pixel of an 8-bit RGBA PNG as [r, g, b, a], undoing the five row filters of the PNG specification. */
function pixels(png: Uint8Array): number[][] {
  const { width, height } = pngSize(png);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const view = new DataView(png.buffer, png.byteOffset + at, 8);
    const length = view.getUint32(0);
    const type = Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1');
    if (type === 'IDAT') chunks.push(Buffer.from(png.subarray(at + 8, at + 8 + length)));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, Math.floor((a + b) / 2), paeth][filter]!;
      out[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return Array.from({ length: width * height }, (_, i) => [...out.subarray(i * 4, i * 4 + 4)]);
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

  it('ends with a newline, as a text file does', async () => {
    expect((await chartToSvg(planSpec)).endsWith('</svg>\n')).toBe(true);
  });

  it('prints nothing, even for a spec vega-lite warns about', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
    try {
      await chartToSvg({ mark: 'bar', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'quantitative' }, shoeSize: { field: 'a' } } });
      expect(spies.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0, 0]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('does not mark the data objects of the spec it is given', async () => {
    const row = { pcn: 'North', wte: 2 };
    await chartToSvg({ mark: 'bar', data: { values: [row] }, encoding: { x: { field: 'pcn', type: 'nominal' }, y: { field: 'wte', type: 'quantitative' } } });
    expect(Reflect.ownKeys(row)).toEqual(['pcn', 'wte']);
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

  it('paints a white background by default, or the one given, or none', async () => {
    expect(pixels(await chartToPng(planSpec, { scale: 1 }))[0]).toEqual([255, 255, 255, 255]);
    expect(pixels(await chartToPng(planSpec, { scale: 1, background: '#102030' }))[0]).toEqual([0x10, 0x20, 0x30, 255]);
    expect(pixels(await chartToPng(planSpec, { scale: 1, background: 'transparent' }))[0]![3]).toBe(0);
  });

  it('draws text with the system fonts', async () => {
    const words = { mark: { type: 'text', fontSize: 40, color: '#000000' }, data: { values: [{ t: 'Sefton' }] }, encoding: { text: { field: 't' } }, config: { view: { stroke: null } } };
    const inked = pixels(await chartToPng(words, { scale: 1 })).filter(([r, g, b]) => r! < 128 && g! < 128 && b! < 128);
    expect(inked.length).toBeGreaterThan(100);
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

describe('the defaults of a rendering', () => {
  it('is twice the size, on white, with the system fonts only', () => {
    expect(readRequest({ mark: 'bar' }, undefined)).toEqual({ spec: { mark: 'bar' }, scale: 2, background: '#ffffff', fontFiles: [] });
    expect(readRequest({ mark: 'bar' }, { scale: 0.1, background: 'transparent', fontFiles: ['a.ttf'] })).toEqual({
      spec: { mark: 'bar' },
      scale: 0.1,
      background: 'transparent',
      fontFiles: ['a.ttf'],
    });
  });

  it('uses a sans-serif font each platform has', () => {
    expect(['linux', 'darwin', 'win32', 'freebsd'].map(sansSerifFont)).toEqual(['DejaVu Sans', 'Helvetica', 'Arial', 'DejaVu Sans']);
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

  it('names the package that is missing, whichever of the three it is', async () => {
    const missing = (): Promise<never> => Promise.reject(Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' }));
    const request = readRequest({ mark: 'bar' }, { scale: 1 });
    const pathOf = async (run: () => Promise<unknown>): Promise<unknown> => {
      const { code, issues } = await rejectionOf(run);
      return code === 'render/missing-dependency' ? issues.map((issue) => issue.path) : code;
    };
    expect(await pathOf(() => svgOf(request, { ...PEER_IMPORTS, vega: missing }))).toEqual([['vega']]);
    expect(await pathOf(() => svgOf(request, { ...PEER_IMPORTS, vegaLite: missing }))).toEqual([['vega-lite']]);
    expect(await pathOf(() => pngOf(request, { ...PEER_IMPORTS, resvg: missing }))).toEqual([['@resvg/resvg-js']]);
    expect(await pathOf(() => pngOf(request, { ...PEER_IMPORTS, vegaLite: missing }))).toEqual([['vega-lite']]);
  });
});
