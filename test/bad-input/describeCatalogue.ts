/**
 * The bad-input catalogue's cases (issue 7): every public function of every module, called with
 * each hostile value of `HOSTILE_VALUES` at each argument and field of a valid baseline call.
 * Each call must either throw a SocialPrescribingError with a stable `module/problem` code,
 * well-formed issues and none of the seeded personal data (fake NHS number, birth date), or
 * return a value with no NaN, ±Infinity, -0 or undefined property; it must not mutate its input,
 * change a built-in prototype or hang (the per-case timeout). The cases are split by module
 * across test/bad-input/catalogue/*.test.ts so the two workers share them; catalogue.test.ts
 * checks that the files cover every module. Set BAD_INPUT_DUMP=<file> to write every problem
 * found to a file, and BAD_INPUT_STRICT=1 to check the known bugs and trusted entries too.
 */
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { CATALOGUE, KNOWN_BUGS, callEntry, exportFor, type Entry, type KnownBug } from './catalogue.js';
import { HOSTILE_VALUES, copyData, errorProblems, findBadValue, isPlainObject, placeValue, polluted, prototypeKeyCounts, prototypeKeys, restorePrototypes, sameData, withValueAt, type Hostile, type Path } from './hostile.js';

/** Where hostile values go: each argument, its top-level fields, the first element of an array and that element's fields, one level further down. */
function sitesOf(args: readonly unknown[], depth = 3): Path[] {
  const sites: Path[] = [];
  const descend = (value: unknown, path: Path, depth: number): void => {
    if (depth === 0) return;
    if (Array.isArray(value)) {
      if (value.length === 0) return;
      sites.push([...path, 0]);
      descend(value[0], [...path, 0], depth - 1);
    } else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        sites.push([...path, key]);
        descend(value[key], [...path, key], depth - 1);
      }
    }
  };
  args.forEach((arg, index) => {
    sites.push([index]);
    descend(arg, [index], depth);
  });
  return sites;
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** Puts the hostile value (made from the value it replaces) at `path`; returns the value placed. */
function substitute(args: unknown[], path: Path, hostile: Hostile): unknown {
  const parent = valueAt(args, path.slice(0, -1));
  const key = path.at(-1)!;
  const value = hostile.make((parent as Record<string | number, unknown>)[key]);
  placeValue(parent, key, value, path.length === 1);
  return value;
}

let calls = 0;

/** BAD_INPUT_STRICT=1 ignores the known-bug list and the trusted flags, to see what they still hide. */
const STRICT = process.env['BAD_INPUT_STRICT'] !== undefined;

function knownBug(key: string, site: Path, hostile: Hostile): KnownBug | undefined {
  if (STRICT) return undefined;
  return KNOWN_BUGS.find(
    (bug) =>
      bug.key === key &&
      bug.site.every((segment, i) => site[i] === segment) &&
      (bug.hostile === undefined || bug.hostile.includes(hostile.name)),
  );
}

/** Runs one function with one hostile value at every site; returns every problem found. */
export async function runCase(key: string, entry: Entry, hostile: Hostile): Promise<string[]> {
  const before = prototypeKeys();
  const counts = prototypeKeyCounts();
  const problems: string[] = [];
  // The baseline is built once (building some baselines runs the library) and never passed to the
  // function. One deep copy of it, `work`, is shared by the sites' arguments: each site's arguments
  // copy only the arrays and objects on the path to the site, and `work` is copied afresh after a
  // call that changed its input. Arguments that are not plain data (zod schemas) are built afresh
  // for each site instead, and not checked for mutation. What the arguments must still hold after
  // the call is the baseline with a copy of the hostile value at the site.
  const baseline = entry.args();
  let work = copyData(baseline);
  const isData = work !== null;
  for (const site of sitesOf(baseline, entry.depth)) {
    let args: unknown[];
    let value: unknown;
    if (isData) {
      work ??= copyData(baseline)!;
      value = hostile.make(valueAt(work, site));
      args = withValueAt(work, site, value);
    } else {
      args = entry.args();
      value = substitute(args, site, hostile);
    }
    // The value's own copy (null for null, which copyData also returns for a value that is not data, kept as it is).
    const snapshot = isData ? withValueAt(baseline, site, hostile.frozen === true || value === null ? value : (copyData(value) ?? value)) : null;
    // Written only when there is a problem to report.
    const label = (): string => `${key} with ${hostile.name} at ${site.join('.')}`;
    const relaxed = (entry.trusted !== undefined && !STRICT) || knownBug(key, site, hostile) !== undefined;
    calls++;
    try {
      const result = await callEntry(key, entry, args);
      const bad = relaxed ? null : findBadValue(result);
      if (bad !== null) problems.push(`${label()}: result ${bad}`);
    } catch (error) {
      const found = errorProblems(error);
      // A trusted or known-bug site may throw other errors, but a library error must still be clean.
      const shown = relaxed ? (error instanceof SocialPrescribingError ? found : []) : found;
      for (const problem of shown) problems.push(`${label()}: ${problem}`);
    }
    if (snapshot !== null && !sameData(args, snapshot)) {
      problems.push(`${label()}: input mutated`);
      work = null;
    }
    if (prototypeKeyCounts() !== counts || polluted()) {
      problems.push(`${label()}: built-in prototype changed`);
      restorePrototypes(before);
    }
  }
  return problems;
}

/** Registers one `describe` per catalogue entry of `modules`, with one case per hostile value. */
export function describeCatalogue(modules: readonly string[]): void {
  const keys = Object.keys(CATALOGUE)
    .filter((key) => modules.includes(key.split('.')[0]!))
    .sort();

  // Files share this module in a worker (isolate: false): count this file's calls only.
  let before = 0;
  beforeAll(() => {
    before = calls;
  });
  afterAll(() => {
    console.log(`bad-input catalogue (${modules.join(', ')}): ${keys.length} entries x ${HOSTILE_VALUES.length} hostile values, ${calls - before} calls`);
  });

  for (const key of keys) {
    // An entry for a function a module no longer (or not yet) exports is skipped, not failed.
    describe.skipIf(typeof exportFor(key) !== 'function')(key, () => {
      for (const hostile of HOSTILE_VALUES) {
        it(hostile.name, { timeout: 30_000 }, async () => {
          const problems = await runCase(key, CATALOGUE[key]!, hostile);
          if (process.env['BAD_INPUT_DUMP'] !== undefined) for (const problem of problems) appendFileSync(process.env['BAD_INPUT_DUMP'], `${problem}\n`);
          expect(problems).toEqual([]);
        });
      }
    });
  }
}
