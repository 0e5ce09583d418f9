/**
 * Renders the outcome charts of docs/outcomes.md to SVG with vega + vega-lite
 * (no browser), from the same synthetic data the guide uses.
 *
 *   npx tsx scripts/render-chart.ts
 *
 * Writes docs/images/outcomes-engagement.svg and docs/images/outcomes-onward.svg.
 * Run it before `npx typedoc` whenever the outcomes module or the guide's data change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { summarizeOutcomes, summaryToVegaLite, type OutcomeChartOptions } from 'social-prescribing/outcomes';
import { generateReferrals } from 'social-prescribing/synthetic';

const PCNS = ['riv-north', 'riv-central', 'riv-docks', 'riv-heath', 'riv-mill', 'riv-park', 'riv-vale'];
const referrals = generateReferrals({ count: 5000, seed: 'guide', from: '2024-04-01', to: '2025-03-31', pcns: PCNS });
const summary = summarizeOutcomes(referrals, { groupBy: 'pcn', from: '2024-04-01', to: '2025-03-31' });

async function render(file: string, options: OutcomeChartOptions): Promise<void> {
  const spec = summaryToVegaLite(summary, options) as unknown as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const dir = join(import.meta.dirname, '../docs/images');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), `${svg}\n`);
  console.log(`wrote docs/images/${file}`);
}

await render('outcomes-engagement.svg', { rate: 'engagement' });
await render('outcomes-onward.svg', { rate: 'onward-three-or-more' });
