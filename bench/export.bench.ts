/**
 * From a flat export to the per-PCN table, end to end (run: `node --import tsx --expose-gc bench/export.bench.ts [rows]`).
 *
 * Writes a seeded messy export of `rows` rows (default 1,000,000; scripts/messy-export.ts: UK
 * dates, free-text sources, stray PCN spellings, blanks and N/A, a BOM and CRLF) to a temporary
 * file, then times three readers of the same file computing the same figures per PCN (referrals,
 * engaged, median contacts of the engaged, SWEMWBS pairs and mean change), and checks they agree:
 * - social-prescribing: `referralsFromExportStream` (file stream, chunks) into `summarizeOutcomesAsync`;
 *   peak RSS is sampled every 10,000 rows and reported at 250,000 rows and at the end;
 * - arquero: `fromCSV` of the whole text, derived columns, `groupby` and `rollup`;
 * - pandas (optional): `read_csv` with `dayfirst` date parsing and `thousands=','`, `groupby`;
 *   skipped with the reason printed when `python3 -c "import pandas"` fails.
 * Each is run once (a million-row run is long enough not to need a median), the JS ones in a
 * fresh process so one's heap does not weigh on another's time or memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { messyExportLines } from '../scripts/messy-export.js';
import type { ExportMapping } from '../src/csv/index.js';
import type * as Csv from '../src/csv/index.js';
import type * as Outcomes from '../src/outcomes/index.js';

interface Figures {
  readonly pcn: string;
  readonly referrals: number;
  readonly engaged: number;
  readonly medianContacts: number | null;
  readonly swemwbsPairs: number;
  readonly swemwbsMeanChange: number | null;
}

interface Run {
  readonly seconds: number;
  readonly figures: Figures[];
  readonly peakRssMb?: Record<string, number>;
}

const MAPPING: ExportMapping = JSON.parse(readFileSync(join(import.meta.dirname, '../examples/data/messy-export.mapping.json'), 'utf8'));
const kebab = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
const sorted = (figures: Figures[]): Figures[] => [...figures].sort((a, b) => (a.pcn < b.pcn ? -1 : 1));

/**
 * The library as a user's script runs it: the built package (`npm run build`), which `tsx` leaves
 * as it is, as Node runs any package; the TypeScript sources when there is no build (slower: `tsx`
 * wraps every function it transpiles).
 */
async function library(): Promise<{ csv: typeof Csv; outcomes: typeof Outcomes; from: string }> {
  const dist = join(import.meta.dirname, '../dist');
  if (existsSync(join(dist, 'csv/index.js')) && existsSync(join(dist, 'outcomes/index.js'))) {
    return { csv: await import(join(dist, 'csv/index.js')), outcomes: await import(join(dist, 'outcomes/index.js')), from: 'dist (built package)' };
  }
  return { csv: await import('../src/csv/index.js'), outcomes: await import('../src/outcomes/index.js'), from: 'src through tsx (run npm run build first to time the package)' };
}

async function runLibrary(file: string): Promise<Run & { from: string }> {
  const { csv, outcomes, from } = await library();
  const { referralsFromExportStream } = csv;
  const { summarizeOutcomesAsync } = outcomes;
  const start = performance.now();
  const peaks: Record<string, number> = {};
  let peak = 0;
  const stream = referralsFromExportStream(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), MAPPING, {
    input: 'chunks',
    onProgress: ({ rowsRead }) => {
      peak = Math.max(peak, process.memoryUsage().rss);
      if (rowsRead === 250_000) peaks['250000'] = Math.round(peak / 2 ** 20);
    },
  });
  const summary = await summarizeOutcomesAsync(stream.referrals, { groupBy: 'pcn' });
  const seconds = (performance.now() - start) / 1000;
  peaks[String(stream.report().rowsRead)] = Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
  if (stream.report().rejectedTotal !== 0) throw new Error('the clean export had rejected rows');
  const figures = summary.groups.map((row) => ({
    pcn: String(row.key),
    referrals: row.referrals,
    engaged: row.engaged,
    medianContacts: row.contacts.median,
    swemwbsPairs: row.wellbeing['swemwbs']?.paired ?? 0,
    swemwbsMeanChange: row.wellbeing['swemwbs']?.meanChange ?? null,
  }));
  return { seconds, figures: sorted(figures), peakRssMb: peaks, from };
}

function runArquero(file: string): Run {
  const start = performance.now();
  const text = readFileSync(file, 'utf8');
  const number = (value: string): number | null => {
    const trimmed = value.trim().replaceAll(',', '');
    return trimmed === '' || Number.isNaN(Number(trimmed)) ? null : Number(trimmed);
  };
  const table = aq.fromCSV(text, {
    parse: {
      PCN: kebab,
      'Number of Contacts': number,
      'SWEMWBS Start': number,
      'SWEMWBS End': number,
      'Referral Date': (value: string) => {
        const [d, m, y] = value.split('/').map(Number);
        return y! * 10_000 + m! * 100 + d!;
      },
    },
  });
  const rows = table
    .derive({
      engaged: (d: any) => (d['Number of Contacts'] > 0 ? 1 : 0),
      contactsIfEngaged: (d: any) => (d['Number of Contacts'] > 0 ? d['Number of Contacts'] : null),
      change: (d: any) => (d['SWEMWBS Start'] !== null && d['SWEMWBS End'] !== null ? d['SWEMWBS End'] - d['SWEMWBS Start'] : null),
    })
    .groupby('PCN')
    .rollup({
      referrals: aq.op.count(),
      engaged: (d: any) => aq.op.sum(d.engaged),
      medianContacts: (d: any) => aq.op.median(d.contactsIfEngaged),
      swemwbsPairs: (d: any) => aq.op.valid(d.change),
      swemwbsMeanChange: (d: any) => aq.op.mean(d.change),
    })
    .objects() as { PCN: string; referrals: number; engaged: number; medianContacts: number; swemwbsPairs: number; swemwbsMeanChange: number }[];
  const seconds = (performance.now() - start) / 1000;
  return {
    seconds,
    figures: sorted(rows.map((r) => ({ pcn: r.PCN, referrals: r.referrals, engaged: r.engaged, medianContacts: r.medianContacts, swemwbsPairs: r.swemwbsPairs, swemwbsMeanChange: r.swemwbsMeanChange }))),
  };
}

const PANDAS = `
import json, sys, time
import pandas as pd
start = time.perf_counter()
df = pd.read_csv(sys.argv[1], encoding='utf-8-sig', thousands=',', na_values=['N/A'], parse_dates=['Referral Date', 'Date Closed'], dayfirst=True,
                 dtype={'Client Ref': 'string', 'PCN': 'string', 'Referral Source': 'string', 'Status': 'string', 'Outcome': 'string'})
df['pcn'] = (df['PCN'].str.strip().str.replace(r'\\s+', ' ', regex=True).str.lower()
             .str.replace(r'[^0-9a-z]+', '-', regex=True).str.strip('-'))
contacts = pd.to_numeric(df['Number of Contacts'], errors='coerce')
df['engaged'] = (contacts > 0).astype(int)
df['contacts_if_engaged'] = contacts.where(contacts > 0)
df['change'] = pd.to_numeric(df['SWEMWBS End'], errors='coerce') - pd.to_numeric(df['SWEMWBS Start'], errors='coerce')
g = df.groupby('pcn').agg(referrals=('pcn', 'size'), engaged=('engaged', 'sum'), medianContacts=('contacts_if_engaged', 'median'),
                          swemwbsPairs=('change', 'count'), swemwbsMeanChange=('change', 'mean'))
seconds = time.perf_counter() - start
figures = [dict(pcn=pcn, referrals=int(r.referrals), engaged=int(r.engaged), medianContacts=float(r.medianContacts),
                swemwbsPairs=int(r.swemwbsPairs), swemwbsMeanChange=float(r.swemwbsMeanChange)) for pcn, r in g.iterrows()]
assert df['Referral Date'].notna().all()
print(json.dumps(dict(seconds=seconds, figures=figures)))
`;

function runPandas(file: string): Run | string {
  const probe = spawnSync('python3', ['-c', 'import pandas'], { encoding: 'utf8' });
  if (probe.status !== 0) return `pandas skipped: python3 -c "import pandas" failed (${(probe.stderr || probe.error?.message || '').trim().split('\n').pop() ?? ''})`;
  const script = join(tmpdir(), `sp-export-bench-${process.pid}.py`);
  writeFileSync(script, PANDAS);
  try {
    // OpenBLAS settings of this machine slow a current numpy; pandas' groupby does not use BLAS, so they are left as they are.
    const out = execFileSync('python3', [script, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const run = JSON.parse(out) as Run;
    return { ...run, figures: sorted(run.figures) };
  } finally {
    rmSync(script, { force: true });
  }
}

function same(a: Figures[], b: Figures[]): boolean {
  const close = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) < 1e-9);
  return (
    a.length === b.length &&
    a.every((row, i) => {
      const other = b[i]!;
      return row.pcn === other.pcn && row.referrals === other.referrals && row.engaged === other.engaged && close(row.medianContacts, other.medianContacts) && row.swemwbsPairs === other.swemwbsPairs && close(row.swemwbsMeanChange, other.swemwbsMeanChange);
    })
  );
}

const [mode, fileArg] = process.argv.slice(2);
if (mode === 'library' || mode === 'arquero') {
  const run = mode === 'library' ? await runLibrary(fileArg!) : runArquero(fileArg!);
  console.log(JSON.stringify({ ...run, finalRssMb: Math.round(process.memoryUsage().rss / 2 ** 20) }));
} else {
  const rows = Number(mode ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'sp-export-bench-'));
  const file = join(dir, 'export.csv');
  const out = createWriteStream(file);
  out.write('\uFEFF');
  for (const line of messyExportLines(rows, 42)) if (!out.write(`${line}\r\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
  try {
    const self = fileURLToPath(import.meta.url);
    const child = (which: string): Run & { finalRssMb: number } =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, which, file], { encoding: 'utf8', maxBuffer: 1 << 24 }));
    const library = child('library') as Run & { finalRssMb: number; from: string };
    console.log(`social-prescribing loaded from ${library.from}`);
    const arquero = child('arquero');
    const pandas = runPandas(file);
    console.log(`\n## ${rows.toLocaleString('en-GB')}-row flat export to the per-PCN table (end to end, one run each)`);
    const table: Record<string, unknown>[] = [
      { reader: 'social-prescribing (streaming)', seconds: Number(library.seconds.toFixed(2)), 'peak RSS MB': JSON.stringify(library.peakRssMb) },
      { reader: 'arquero (whole text in memory)', seconds: Number(arquero.seconds.toFixed(2)), 'peak RSS MB': `final ${arquero.finalRssMb}` },
    ];
    if (typeof pandas === 'string') console.log(pandas);
    else table.push({ reader: 'pandas', seconds: Number(pandas.seconds.toFixed(2)), 'peak RSS MB': '' });
    console.table(table);
    console.log(`arquero / social-prescribing: ${(arquero.seconds / library.seconds).toFixed(2)}x; figures equal: ${same(library.figures, arquero.figures)}`);
    if (typeof pandas !== 'string') {
      console.log(`social-prescribing / pandas: ${(library.seconds / pandas.seconds).toFixed(2)}x (target at most 1.5x); figures equal: ${same(library.figures, pandas.figures)}`);
    }
    if (!same(library.figures, arquero.figures) || (typeof pandas !== 'string' && !same(library.figures, pandas.figures))) {
      console.log(JSON.stringify({ library: library.figures, arquero: arquero.figures, pandas: typeof pandas === 'string' ? null : pandas.figures }, null, 1));
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
