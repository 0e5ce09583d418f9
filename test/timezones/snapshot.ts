/**
 * Child process of zones.ts (run from its esbuild bundle): imports each probe module named on the command line, runs each
 * probe (awaiting promises and draining iterators), and prints one JSON object on stdout with
 * the results of each module in the order given (one process per zone for all modules).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { settle } from '../bad-input/catalogue.js';
import { stableJson } from './zones.js';

const modules: Record<string, string>[] = [];
for (const file of process.argv.slice(2)) {
  const { probes } = (await import(pathToFileURL(resolve(file)).href)) as { probes: Record<string, () => unknown> };
  const results: Record<string, string> = {};
  for (const [name, probe] of Object.entries(probes)) {
    try {
      results[name] = stableJson(await settle(probe()));
    } catch (error) {
      results[name] = `threw ${stableJson(error)}`;
    }
  }
  modules.push(results);
}
const offsets = [new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset(), new Date(Date.UTC(2025, 6, 15)).getTimezoneOffset()];
process.stdout.write(JSON.stringify({ offsets, modules }));
