/**
 * Screen a practice list against a scheme: which people could be referred, which
 * need more information first, and which are not eligible.
 *
 *   npx tsx examples/eligibility-screen.ts [people.csv] [--count 50000] [--referred-on 2025-06-01]
 *
 * Without a CSV it first writes out/people.csv: `--count` synthetic people (seeded, so the
 * same every run) registered with three fictional practices. Columns: id, birthDate, conditions
 * (`;`-separated condition ids; `none` for known none, empty for unknown), registeredPractice. It screens every row against the Ways to
 * Wellness preset with `compileScheme`, prints a progress line on stderr every 10,000 rows, and
 * writes the decisions to out/eligibility-screen.csv.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv, csvRows, type CsvCell } from 'social-prescribing/csv';
import { compileScheme, schemes, withArea, type Person } from 'social-prescribing/eligibility';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const count = Number(option('--count') ?? 50_000);
const referredOn = option('--referred-on') ?? '2025-06-01';
const practices = ['P00001', 'P00002', 'P00003'];

mkdirSync('out', { recursive: true });
const file = positional[0] ?? writeSyntheticPeople(join('out', 'people.csv'), count);

// The preset leaves the area unset (the seed names no practice codes): give it ours.
const scheme = withArea(schemes.waysToWellness, practices);
const decide = compileScheme(scheme);

const tally = { eligible: 0, 'needs-information': 0, ineligible: 0, invalid: 0 };
const out: CsvCell[][] = [['id', 'decision']];
let header: string[] | null = null;
let rows = 0;
for await (const row of csvRows(createReadStream(file, { encoding: 'utf8' }))) {
  if (header === null) {
    header = row;
    continue;
  }
  const cell = (name: string) => row[header!.indexOf(name)] ?? '';
  const person: Person = {
    ...(cell('birthDate') === '' ? {} : { birthDate: cell('birthDate') }),
    // An empty cell is unknown; 'none' is known to have none.
    ...(cell('conditions') === '' ? {} : { conditions: cell('conditions') === 'none' ? [] : cell('conditions').split(';') }),
    ...(cell('registeredPractice') === '' ? {} : { registeredPractice: cell('registeredPractice') }),
  };
  let decision: keyof typeof tally;
  try {
    decision = decide(person, { referredOn, source: 'gp-practice' });
  } catch {
    decision = 'invalid'; // a bad birth date, say: counted, never dropped
  }
  tally[decision]++;
  out.push([cell('id'), decision]);
  rows++;
  if (rows % 10_000 === 0) console.error(`screened ${rows.toLocaleString('en-GB')} people`);
}

writeFileSync(join('out', 'eligibility-screen.csv'), formatCsv(out));
console.log(`${scheme.name}: ${rows.toLocaleString('en-GB')} people screened on ${referredOn}`);
console.table(tally);

/** Writes `n` synthetic people: ages 18–95, conditions at rough population prevalences, a few unknowns. */
function writeSyntheticPeople(path: string, n: number): string {
  let seed = 20_250_601;
  const random = (): number => {
    // mulberry32: a small seeded PRNG, so the file is the same on every machine.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const prevalence: [string, number][] = [
    ['asthma', 0.065], ['copd', 0.02], ['diabetes-type-2', 0.07], ['diabetes-type-1', 0.005], ['heart-disease', 0.03],
    ['epilepsy', 0.008], ['osteoporosis', 0.02], ['depression', 0.12], ['anxiety', 0.08],
  ];
  const rows: CsvCell[][] = [['id', 'birthDate', 'conditions', 'registeredPractice']];
  for (let i = 0; i < n; i++) {
    const year = 1930 + Math.floor(random() * 78);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const conditions = prevalence.filter(([, p]) => random() < p).map(([id]) => id);
    const unknownConditions = random() < 0.03;
    rows.push([
      `P-${String(i + 1).padStart(6, '0')}`,
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      unknownConditions ? null : conditions.length === 0 ? 'none' : conditions.join(';'),
      practices[Math.floor(random() * practices.length)]!,
    ]);
  }
  writeFileSync(path, formatCsv(rows));
  return path;
}
