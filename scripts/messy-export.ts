/**
 * A seeded, realistic flat export of a social prescribing case-management system, with the
 * quirks real ones have: one row per referral; `Referral Date` and `Date Closed` as dd/mm/yyyy
 * (some days and months without a leading zero); `Referral Source` as free text ("GP", "G.P.",
 * "Self referral", "Practice Nurse"); `PCN` names with stray case and spaces; `Status`;
 * `Number of Contacts`; `SWEMWBS Start` / `SWEMWBS End` with blanks and "N/A"; `Outcome` text;
 * some closed cases without a close date; a BOM and CRLF line ends.
 *
 * `planted` puts really wrong rows at fixed places, each with what is wrong, for the tests.
 *
 * Run `npx tsx scripts/messy-export.ts` to write examples/data/messy-export.csv (5,000 rows,
 * seed 15, with the planted rows).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../bench/measure.js';
import { scoreSwemwbs } from '../src/outcomes/index.js';

export const HEADER = [
  'Client Ref',
  'Referral Date',
  'Referral Source',
  'PCN',
  'Status',
  'Number of Contacts',
  'SWEMWBS Start',
  'SWEMWBS End',
  'Outcome',
  'Date Closed',
] as const;

/** A planted, really wrong row: its row number (header = row 1) and the mapping path of the problem. */
export interface PlantedRow {
  readonly row: number;
  readonly path: readonly (string | number)[];
  /** The cell text planted (the tests check no message repeats it). */
  readonly text: string;
}

/** Planted rows by data row number (0-based data index → row number index + 2). */
const PLANTS: readonly { readonly index: number; readonly column: (typeof HEADER)[number]; readonly text: string; readonly path: (string | number)[] }[] = [
  { index: 99, column: 'Referral Date', text: '31/02/2025', path: ['referredOn'] },
  { index: 777, column: 'Number of Contacts', text: 'lots', path: ['contactsAttended'] },
  { index: 1500, column: 'SWEMWBS End', text: '99', path: ['scores', 0, 'end'] },
  { index: 2222, column: 'Referral Source', text: 'Carrier pigeon', path: ['source'] },
  { index: 3000, column: 'Client Ref', text: '943 476 5919', path: ['id'] },
  { index: 4321, column: 'Date Closed', text: '01/01/2020', path: ['closedOn'] },
];


const PCNS = ['North Riverside PCN', 'South Vale PCN', 'Heathside PCN', 'Eastgate & Marsh PCN'];
const SOURCES: readonly [string, number][] = [
  ['GP', 30],
  ['G.P.', 8],
  ['gp', 4],
  ['GP Surgery', 6],
  ['Practice Nurse', 4],
  ['Self referral', 12],
  ['Self-Referral', 4],
  ['SELF', 2],
  ['Social Services', 6],
  ['Hospital Discharge', 4],
  ['Charity', 4],
  ['VCSE', 3],
  ['Mental Health', 3],
  ['Pharmacy', 2],
  ['Other', 2],
];
const OUTCOMES: readonly [string, number][] = [
  ['Goals achieved', 45],
  ['Did not engage', 15],
  ['Moved out of area', 4],
  ['Signposted', 14],
  ['Withdrew', 8],
  ['Other', 4],
  ['Deceased', 1],
];

function pick(random: () => number, table: readonly [string, number][]): string {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 3, 1);

/** dd/mm/yyyy, with a leading zero left off now and then, as spreadsheets re-save dates. */
function ukDate(ms: number, random: () => number): string {
  const d = new Date(ms);
  const pad = random() < 0.9;
  const day = String(d.getUTCDate());
  const month = String(d.getUTCMonth() + 1);
  return `${pad ? day.padStart(2, '0') : day}/${pad ? month.padStart(2, '0') : month}/${d.getUTCFullYear()}`;
}

function pcnName(random: () => number): string {
  const name = PCNS[Math.floor(random() * PCNS.length)]!;
  const r = random();
  if (r < 0.7) return name;
  if (r < 0.8) return name.toLowerCase();
  if (r < 0.87) return ` ${name} `;
  if (r < 0.93) return name.toUpperCase();
  return name.replace(' ', '  ');
}

function swemwbs(random: () => number, shift: number): string {
  const items = Array.from({ length: 7 }, () => Math.min(5, Math.max(1, Math.round(2.7 + shift + (random() - 0.5) * 2.4))));
  return String(scoreSwemwbs(items).metric);
}

function blankOr(random: () => number, value: string): string {
  const r = random();
  return r < 0.08 ? '' : r < 0.12 ? 'N/A' : value;
}

/** One CSV cell: quoted when it holds a comma, quote or line break. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The export's lines, without line ends: the header, then `count` rows. Deterministic for a seed.
 * With `planted`, the rows listed in {@link plantedRows} are made really wrong.
 */
export function* messyExportLines(count: number, seed: number, planted = false): Generator<string> {
  const random = seededRandom(seed);
  yield HEADER.join(',');
  const plants = new Map(planted ? PLANTS.map((p) => [p.index, p]) : []);
  for (let i = 0; i < count; i++) {
    const referred = START + Math.floor(random() * 540) * DAY;
    const fate = random();
    let status: string;
    let contacts = '';
    let start = '';
    let end = '';
    let outcome = '';
    let closed = '';
    if (fate < 0.08) status = random() < 0.5 ? 'Declined' : 'declined';
    else if (fate < 0.14) status = 'DNA';
    else if (fate < 0.18) status = 'On Hold';
    else if (fate < 0.45) {
      status = random() < 0.5 ? 'Open' : 'Active';
      contacts = String(1 + Math.floor(random() * 8));
      start = blankOr(random, swemwbs(random, 0));
    } else {
      status = random() < 0.9 ? 'Closed' : 'closed ';
      outcome = pick(random, OUTCOMES);
      const engaged = outcome !== 'Did not engage';
      const n = engaged ? 2 + Math.floor(random() * 13) : Math.floor(random() * 2);
      contacts = n >= 1000 ? n.toLocaleString('en-GB') : String(n);
      if (random() < 0.05) contacts = 'N/A';
      start = blankOr(random, swemwbs(random, 0));
      end = engaged ? blankOr(random, swemwbs(random, outcome === 'Goals achieved' ? 0.35 : 0.1)) : '';
      // One closed case in twenty has no close date.
      closed = random() < 0.95 ? ukDate(referred + (14 + Math.floor(random() * 150)) * DAY, random) : '';
    }
    const row: Record<(typeof HEADER)[number], string> = {
      'Client Ref': `SP${String(100_000 + i)}`,
      'Referral Date': ukDate(referred, random),
      'Referral Source': pick(random, SOURCES),
      PCN: pcnName(random),
      Status: status,
      'Number of Contacts': contacts,
      'SWEMWBS Start': start,
      'SWEMWBS End': end,
      Outcome: outcome,
      'Date Closed': closed,
    };
    const plant = plants.get(i);
    if (plant !== undefined) {
      row[plant.column] = plant.text;
      // A close date before the referral needs a closed row with an outcome and a later referral date.
      if (plant.column === 'Date Closed') Object.assign(row, { Status: 'Closed', Outcome: 'Goals achieved', 'Referral Date': '01/06/2024' });
      if (plant.column === 'SWEMWBS End') row['SWEMWBS Start'] = '20.00';
      if (plant.column === 'Number of Contacts') row.Status = 'Open';
    }
    yield HEADER.map((name) => cell(row[name])).join(',');
  }
}

/** The planted rows of {@link messyExportLines} with `planted`, for `count` rows. */
export function plantedRows(count: number): PlantedRow[] {
  return PLANTS.filter((p) => p.index < count).map((p) => ({ row: p.index + 2, path: p.path, text: p.text }));
}

/** The whole export as text: a BOM, then CRLF-ended lines. */
export function messyExportCsv(count: number, seed: number, planted = false): string {
  return `\uFEFF${[...messyExportLines(count, seed, planted)].join('\r\n')}\r\n`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const file = join(import.meta.dirname, '../examples/data/messy-export.csv');
  writeFileSync(file, messyExportCsv(5000, 15, true));
  console.log(`wrote ${file}`);
}
