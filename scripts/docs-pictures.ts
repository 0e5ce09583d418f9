/**
 * Builds the pictures the guides open with, from the library's own output (never drawn by hand),
 * into docs/images/. The first step of `npm run docs`:
 *
 *   npx tsx scripts/docs-pictures.ts [--force]
 *
 * Charts are Vega-Lite specs rendered with the library's own `render` module (`chartToSvg`,
 * `chartToPng`); the referral lifecycle and the eligibility decision tree are SVG drawn from the
 * library's results (`referralStatus` probed move by move, `checkEligibility`'s tree of checks).
 *
 * The builders are in docs-pictures-build.ts, loaded only when needed. The inputs (src/, both
 * scripts, the example data they read) are hashed; when the hash and every
 * picture are unchanged since the last build (.cache/docs-pictures/, git-ignored), nothing is
 * rendered. `--force` renders anyway.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const images = join(root, 'docs/images');
const cacheDir = join(root, '.cache/docs-pictures');

/** Every file under `dir`, sorted, for the input hash. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

const INPUTS = [
  ...filesUnder(join(root, 'src')),
  import.meta.filename,
  join(import.meta.dirname, 'docs-pictures-build.ts'),
  join(root, 'examples/demo/eligibility.ts'),
  join(root, 'examples/demo/directory.ts'),
  ...filesUnder(join(root, 'examples/data/nhs-digital')),
  join(root, 'package-lock.json'),
];

/** The pictures this script writes (docs/images/ may hold others). */
const PICTURES = [
  'caseload-icb-plan.svg',
  'outcomes-engagement.svg',
  'outcomes-onward.svg',
  'charts-engagement.png',
  'eligibility-decision-tree.svg',
  'eligibility-screening.svg',
  'referrals-lifecycle.svg',
  'supervision-year.svg',
  'directory-gaps.svg',
  'calendar-working-days.svg',
] as const;

const started = performance.now();
const hash = createHash('sha256');
for (const file of INPUTS) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
const key = hash.digest('hex');
const stampFile = join(cacheDir, 'inputs.sha256');
/** The pictures' sizes when last built, so a picture changed or removed since is rebuilt. */
const picturesStamp = () => PICTURES.map((file) => (existsSync(join(images, file)) ? `${file}:${statSync(join(images, file)).size}` : `${file}:missing`)).join('\n');
const stamp = () => `${key}\n${picturesStamp()}\n`;

if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp()) {
  console.log(`docs pictures: inputs unchanged, ${PICTURES.length} pictures kept (${(performance.now() - started).toFixed(0)} ms)`);
} else {
  mkdirSync(images, { recursive: true });
  const { build } = await import('./docs-pictures-build.js');
  const written = await build();
  if (written.join() !== PICTURES.join()) throw new Error(`docs pictures: the builders wrote ${written.join(', ')}, not the pictures listed here`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile, stamp());
  console.log(`docs pictures: wrote ${written.map((file) => `docs/images/${file}`).join(', ')} (${(performance.now() - started).toFixed(0)} ms)`);
}
