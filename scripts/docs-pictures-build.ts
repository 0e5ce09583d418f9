/**
 * The builders of the guides' pictures (see docs-pictures.ts, which calls {@link build} only when
 * its inputs changed). Each picture is the library's own output: charts are its Vega-Lite specs
 * drawn by its `render` module, the lifecycle and the decision tree are SVG drawn from its results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ukBankHolidays, UkRegionSchema, workingDaysBetween } from 'social-prescribing/calendar';
import { pcnListSizes, planCaseloadByGroup, planToVegaLite, REFERRAL_RATES, type PcnListSize } from 'social-prescribing/caseload';
import { parseCsv } from 'social-prescribing/csv';
import { provisionGaps } from 'social-prescribing/directory';
import {
  checkEligibility,
  schemes,
  summarizeScreening,
  withArea,
  type EligibilityCheck,
  type EligibilityResult,
} from 'social-prescribing/eligibility';
import { summarizeOutcomes, summaryToVegaLite } from 'social-prescribing/outcomes';
import { REFERRAL_STATUSES, referralStatus, validateReferral, type Referral, type ReferralStatus } from 'social-prescribing/referrals';
import { chartToPng, chartToSvg, type ChartSpec } from 'social-prescribing/render';
import { supervisionCompliance, supervisionPolicies, supervisionSchedule, SupervisionKindSchema } from 'social-prescribing/supervision';
import { generatePeople, generateReferrals } from 'social-prescribing/synthetic';
import { nwSurreyServices } from '../examples/demo/eligibility.js';
import { riversideDirectory, riversideNeeds } from '../examples/demo/directory.js';

const root = resolve(import.meta.dirname, '..');
const images = join(root, 'docs/images');
const VEGA_LITE = 'https://vega.github.io/schema/vega-lite/v6.json';

// ---------------------------------------------------------------------------------------------
// Caseload: WTE needed against WTE in post, per PCN of the sample ICB (NHS Digital's April 2026
// files, first rows; WTE in post illustrative), as examples/england-plan.ts plans it.

function caseloadSpec(): ChartSpec {
  const fixture = (file: string) => readFileSync(join(root, 'examples/data/nhs-digital', file), 'utf8');
  const sizes = pcnListSizes(parseCsv(fixture('gp-reg-pat-prac-all.2026-04.first-rows.csv')), parseCsv(fixture('gp-reg-pat-prac-map.2026-04.first-rows.csv')));
  const [header, ...rows] = parseCsv(fixture('wte-in-post.illustrative.csv'));
  const id = header!.indexOf('id');
  const value = header!.indexOf('linkWorkerWte');
  const wte = new Map(rows.filter((row) => row[value]?.trim()).map((row) => [row[id]!.trim(), Number(row[value])]));
  const pcns = sizes.pcns.map((pcn): PcnListSize & { linkWorkerWte?: number } => (wte.has(pcn.id) ? { ...pcn, linkWorkerWte: wte.get(pcn.id)! } : pcn));
  const plan = planCaseloadByGroup({ pcns, groupBy: 'icbCode', groupNameBy: 'icbName', rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023] });
  const icb = plan.rows.find((row) => row.kind === 'group')!.id;
  return planToVegaLite(plan, { group: icb });
}

// ---------------------------------------------------------------------------------------------
// Outcomes: engagement and onward referrals by PCN, from 5,000 seeded synthetic referrals.

function outcomeSpecs(): { engagement: ChartSpec; onward: ChartSpec } {
  const PCNS = ['riv-north', 'riv-central', 'riv-docks', 'riv-heath', 'riv-mill', 'riv-park', 'riv-vale'];
  const referrals = generateReferrals({ count: 5000, seed: 'guide', from: '2024-04-01', to: '2025-03-31', pcns: PCNS });
  const summary = summarizeOutcomes(referrals, { groupBy: 'pcn', from: '2024-04-01', to: '2025-03-31' });
  return {
    engagement: summaryToVegaLite(summary, { rate: 'engagement' }),
    onward: summaryToVegaLite(summary, { rate: 'onward-three-or-more' }),
  };
}

// ---------------------------------------------------------------------------------------------
// Eligibility: a resident's tree of checks for the dementia navigator, and the decisions of
// 20,000 seeded synthetic residents screened against the North West Surrey services.

const resident = {
  birthDate: '1957-09-14',
  conditions: ['copd'],
  pcn: 'NWS-PCN-WOKING',
  residence: { borough: 'Woking', ward: 'Knaphill' },
};
const referral = { referredOn: '2025-06-02', source: 'gp-practice' };

function residentResult(): EligibilityResult {
  return checkEligibility(withArea(schemes.dementiaNavigator, ['Knaphill', 'Goldsworth Park', 'Walton North', 'Walton South']), resident, referral);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = 'font-family="sans-serif"';
const STATUS_STYLE: Record<EligibilityCheck['status'], { fill: string; stroke: string; word: string }> = {
  met: { fill: '#e3f4e6', stroke: '#2e7d32', word: 'met' },
  'not-met': { fill: '#fde7e7', stroke: '#c62828', word: 'not met' },
  unknown: { fill: '#fff4db', stroke: '#b26a00', word: 'unknown' },
};

/** An indented tree of the checks, one row per check: its status, its label and its reason. */
function decisionTreeSvg(result: EligibilityResult): string {
  const rows: { check: EligibilityCheck; depth: number; parent: number | null }[] = [];
  const walk = (check: EligibilityCheck, depth: number, parent: number | null) => {
    const at = rows.push({ check, depth, parent }) - 1;
    for (const child of check.checks) walk(child, depth + 1, at);
  };
  walk(result.checks, 0, null);
  const ROW = 46;
  const TOP = 64;
  const INDENT = 30;
  const CHAR = 6.9;
  const text = (check: EligibilityCheck) => (check.label === null ? '' : check.label);
  const width = Math.ceil(Math.max(...rows.map(({ check, depth }) => 40 + depth * INDENT + 90 + Math.max(text(check).length, check.reason.length) * CHAR))) + 20;
  const height = TOP + rows.length * ROW + 40;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  const decision = STATUS_STYLE[result.decision === 'eligible' ? 'met' : result.decision === 'ineligible' ? 'not-met' : 'unknown'];
  out.push(`<text x="20" y="30" font-size="17" font-weight="bold">${escape(result.schemeName)}: ${escape(result.decision)}</text>`);
  out.push(
    `<text x="20" y="50" font-size="13" fill="${decision.stroke}">${result.missing.length > 0 ? `Missing: ${escape(result.missing.join(', '))}` : 'Nothing missing'}</text>`,
  );
  rows.forEach(({ check, depth, parent }, i) => {
    const x = 20 + depth * INDENT;
    const y = TOP + i * ROW;
    const style = STATUS_STYLE[check.status];
    if (parent !== null) {
      const px = 20 + (depth - 1) * INDENT + 10;
      const py = TOP + parent * ROW + 30;
      out.push(`<path d="M${px} ${py} V${y + 15} H${x}" fill="none" stroke="#9e9e9e" stroke-width="1.2"/>`);
    }
    out.push(`<rect x="${x}" y="${y + 4}" width="78" height="22" rx="11" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"/>`);
    out.push(`<text x="${x + 39}" y="${y + 19}" font-size="12" text-anchor="middle" fill="${style.stroke}" font-weight="bold">${style.word}</text>`);
    const label = text(check);
    if (label !== '') {
      out.push(`<text x="${x + 88}" y="${y + 14}" font-size="13" font-weight="bold">${escape(label)}</text>`);
      out.push(`<text x="${x + 88}" y="${y + 31}" font-size="12" fill="#424242">${escape(check.reason)}</text>`);
    } else {
      out.push(`<text x="${x + 88}" y="${y + 20}" font-size="12" fill="#424242">${escape(check.reason)}</text>`);
    }
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function screeningSpec(): ChartSpec {
  const people = generatePeople({
    count: 20_000,
    seed: 'guide',
    asOf: '2025-06-02',
    practices: [
      { code: 'H81001', pcn: 'NWS-PCN-WOKING' },
      { code: 'H81002', pcn: 'NWS-PCN-RUNNYMEDE' },
      { code: 'H81003', pcn: 'OTHER-PCN', weight: 0.5 },
    ],
    areas: [{ borough: 'Woking', ward: 'Knaphill' }, { borough: 'Woking', ward: 'Canalside' }, { borough: 'Runnymede' }, { borough: 'Guildford', weight: 0.5 }],
  });
  const summary = summarizeScreening(nwSurreyServices, people, referral);
  const values = summary.schemes.flatMap((scheme) => [
    { scheme: scheme.schemeName, decision: 'eligible', people: scheme.eligible, order: 0 },
    { scheme: scheme.schemeName, decision: 'needs information', people: scheme.needsInformation, order: 1 },
    { scheme: scheme.schemeName, decision: 'ineligible', people: scheme.ineligible, order: 2 },
  ]);
  return {
    $schema: VEGA_LITE,
    title: { text: `Decisions for ${summary.people.toLocaleString('en-GB')} synthetic residents, by service`, subtitle: `referred by a GP practice on ${referral.referredOn}; summarizeScreening` },
    width: 560,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'scheme', type: 'nominal', title: null, sort: null, axis: { labelLimit: 0 } },
      x: { field: 'people', type: 'quantitative', stack: 'zero', title: 'people' },
      color: {
        field: 'decision',
        type: 'nominal',
        title: 'decision',
        sort: ['eligible', 'needs information', 'ineligible'],
        scale: { domain: ['eligible', 'needs information', 'ineligible'], range: ['#2e7d32', '#f2a900', '#c9c9c9'] },
        legend: { orient: 'bottom' },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'scheme' }, { field: 'decision' }, { field: 'people', type: 'quantitative' }],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Referrals: the lifecycle, found by asking `referralStatus` what each move does from each status.

type Move = { readonly label: string; readonly apply: (referral: Referral) => Referral };

const BASE: Referral = { id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] };
const event = (on: string, type: Referral['events'][number]['type']) =>
  (type === 'closed' ? { on, type, reason: 'other' } : { on, type }) as Referral['events'][number];

/** A referral that is in `status` on 2025-04-10, reached the plainest way. */
function reaching(status: ReferralStatus): Referral {
  switch (status) {
    case 'referred':
      return BASE;
    case 'engaged':
      return { ...BASE, contacts: [{ on: '2025-04-10', mode: 'telephone', attended: true }] };
    default:
      return { ...BASE, events: [event('2025-04-10', status)] };
  }
}

const MOVES: readonly Move[] = [
  { label: 'accepted', apply: (r) => ({ ...r, events: [...r.events, event('2025-04-20', 'accepted')] }) },
  { label: 'unable-to-contact', apply: (r) => ({ ...r, events: [...r.events, event('2025-04-20', 'unable-to-contact')] }) },
  { label: 'attended contact', apply: (r) => ({ ...r, contacts: [...r.contacts, { on: '2025-04-20', mode: 'telephone', attended: true }] }) },
  { label: 'declined', apply: (r) => ({ ...r, events: [...r.events, event('2025-04-20', 'declined')] }) },
  { label: 'closed (reason)', apply: (r) => ({ ...r, events: [...r.events, event('2025-04-20', 'closed')] }) },
  { label: 'reopened', apply: (r) => ({ ...r, events: [...r.events, event('2025-04-20', 'reopened')] }) },
  { label: 'on-hold', apply: (r) => ({ ...r, events: [...r.events, event('2025-04-20', 'on-hold')] }) },
];

interface Transition {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly move: string;
}

/** Every move that changes a status, found with `referralStatus` (a move `validateReferral` rejects, such as reopening what is not closed, is no move). */
function lifecycle(): Transition[] {
  const found: Transition[] = [];
  for (const from of REFERRAL_STATUSES) {
    const before = reaching(from);
    if (referralStatus(before, '2025-04-15') !== from) throw new Error(`the lifecycle probe did not reach ${from}`);
    for (const move of MOVES) {
      const after = move.apply(before);
      if (!validateReferral(after).ok) continue;
      const to = referralStatus(after, '2025-04-30');
      if (to !== from) found.push({ from, to, move: move.label });
    }
  }
  return found;
}

/** The statuses left to right in order of progress; forward moves arc above, moves back arc below. */
function lifecycleSvg(transitions: readonly Transition[]): string {
  const GAP = 185;
  const LEFT = 40;
  const BOX = { w: 150, h: 40 };
  const forward = transitions.filter((t) => REFERRAL_STATUSES.indexOf(t.to) > REFERRAL_STATUSES.indexOf(t.from));
  const back = transitions.filter((t) => REFERRAL_STATUSES.indexOf(t.to) < REFERRAL_STATUSES.indexOf(t.from));
  const span = (t: Transition) => Math.abs(REFERRAL_STATUSES.indexOf(t.to) - REFERRAL_STATUSES.indexOf(t.from));
  const maxUp = Math.max(...forward.map(span));
  const maxDown = Math.max(0, ...back.map(span));
  const LIFT = 46;
  const axis = 70 + maxUp * LIFT;
  const width = LEFT * 2 + (REFERRAL_STATUSES.length - 1) * GAP + BOX.w;
  const height = axis + BOX.h + maxDown * LIFT + 50;
  const cx = (status: ReferralStatus) => LEFT + BOX.w / 2 + REFERRAL_STATUSES.indexOf(status) * GAP;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#546e7a"/></marker></defs>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${LEFT}" y="26" font-size="16" font-weight="bold">The referral lifecycle: what each event does to the status (referralStatus)</text>`);
  const labels: string[] = [];
  const arc = (t: Transition, up: boolean, nth: number) => {
    // Arcs of the same span are spread a little so that their labels do not sit on one another.
    const x1 = cx(t.from) + (up ? 12 : -12) + nth * 4;
    const x2 = cx(t.to) - (up ? 12 : -12) + nth * 4;
    const y = up ? axis : axis + BOX.h;
    const lift = span(t) * LIFT + nth * 6;
    const peak = up ? y - lift : y + lift;
    const colour = up ? '#546e7a' : '#6a1b9a';
    out.push(`<path d="M${x1} ${y} C${x1} ${peak}, ${x2} ${peak}, ${x2} ${y}" fill="none" stroke="${colour}" stroke-width="1.4" marker-end="url(#arrow)"/>`);
    const lx = (x1 + x2) / 2;
    const ly = up ? y - lift * 0.75 : y + lift * 0.75;
    labels.push(`<text x="${lx}" y="${ly + 4}" font-size="11.5" text-anchor="middle" fill="${colour}" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escape(t.move)}</text>`);
  };
  const seen = new Map<string, number>();
  const nthOf = (t: Transition, up: boolean) => {
    const key = `${up}:${span(t)}:${t.move}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  };
  for (const t of [...forward].sort((a, b) => span(b) - span(a))) arc(t, true, nthOf(t, true));
  for (const t of back) arc(t, false, nthOf(t, false));
  out.push(...labels);
  for (const status of REFERRAL_STATUSES) {
    const x = cx(status) - BOX.w / 2;
    out.push(`<rect x="${x}" y="${axis}" width="${BOX.w}" height="${BOX.h}" rx="8" fill="#e8eef7" stroke="#1f4e79" stroke-width="1.6"/>`);
    out.push(`<text x="${cx(status)}" y="${axis + 25}" font-size="14" text-anchor="middle" font-weight="bold" fill="#1f4e79">${status}</text>`);
  }
  const unchanged = MOVES.filter((move) => !transitions.some((t) => t.move === move.label)).map((move) => move.label);
  out.push(
    `<text x="${LEFT}" y="${height - 18}" font-size="12" fill="#424242">Above: moves forward (the status never moves back within an episode). Below: moves back, only by reopening. ${unchanged.length > 0 ? `Changes no status: ${escape(unchanged.join(', '))}.` : ''}</text>`,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Supervision: a year under Sefton's policy (GP, line management and peer supervision, an hour a
// month each) for a worker whose July peer meeting did not happen, whose October line
// management was cut to 30 minutes and who had no GP supervision in December.

function supervisionSpec(): ChartSpec {
  const options = { from: '2026-01-01', to: '2026-12-31', policy: supervisionPolicies.sefton, calendar: { region: 'england-and-wales' } } as const;
  const held = supervisionSchedule(options)
    .filter((s) => !(s.kind === 'peer' && s.on.startsWith('2026-07')))
    .filter((s) => !(s.kind === 'clinical-professional' && s.on.startsWith('2026-12')))
    .map((s) => (s.kind === 'practice' && s.on.startsWith('2026-10') ? { ...s, minutes: 30 } : s));
  const report = supervisionCompliance(held, options);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const cell = (row: string, period: { start: string; minutes: number; requiredMinutes: number; met: boolean | null }) => ({
    row,
    month: MONTHS[Number(period.start.slice(5, 7)) - 1],
    minutes: period.minutes,
    required: period.requiredMinutes,
    state: period.met === null ? 'not assessed' : period.met ? 'met' : period.minutes === 0 ? 'missed' : 'short',
  });
  const values = [
    ...report.periods.map((period) => cell('all kinds together', period)),
    ...SupervisionKindSchema.options.flatMap((kind) => (report.byKind[kind].requirement?.periods ?? []).map((period) => cell(kind, period))),
  ];
  const rows = [...new Set(values.map((v) => v.row))];
  const kindsShort = SupervisionKindSchema.options.reduce((sum, kind) => sum + (report.byKind[kind].requirement?.missedPeriods ?? 0), 0);
  return {
    $schema: VEGA_LITE,
    title: {
      text: '2026 supervision against Sefton’s policy, by month and kind',
      subtitle: `minutes held; months short: ${report.missedPeriods} overall, ${kindsShort} of a kind's own hour; supervisionCompliance`,
    },
    data: { values },
    width: 12 * 52,
    height: rows.length * 40,
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: MONTHS, title: null, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'row', type: 'nominal', sort: rows, title: null, axis: { labelLimit: 200 } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'state',
            type: 'nominal',
            title: null,
            scale: { domain: ['met', 'short', 'missed', 'not assessed'], range: ['#a5d6a7', '#ffcc80', '#ef9a9a', '#eeeeee'] },
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
        },
      },
      { mark: { type: 'text', fontSize: 12 }, encoding: { text: { field: 'minutes', type: 'quantitative' } } },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Directory: people presenting with each need against the places a year of the assured services.

function directorySpec(): ChartSpec {
  const gaps = provisionGaps(riversideDirectory, riversideNeeds, { asOf: '2025-04-01' });
  const shown = gaps.rows.filter((row) => row.demand > 0 || row.capacity > 0);
  const values = shown.flatMap((row) => [
    { need: row.need, measure: 'people presenting', value: row.demand },
    { need: row.need, measure: 'places a year (assured services)', value: Math.round(row.capacity * 100) / 100 },
  ]);
  return {
    $schema: VEGA_LITE,
    title: { text: 'Riverside: people presenting against places, by need', subtitle: 'largest gap first; provisionGaps, as of 2025-04-01 (fictional borough, Tower Hamlets needs mix)' },
    data: { values },
    width: 520,
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'need', type: 'nominal', sort: shown.map((row) => row.need), title: null, axis: { labelLimit: 0 } },
      yOffset: { field: 'measure', sort: ['people presenting', 'places a year (assured services)'] },
      x: { field: 'value', type: 'quantitative', title: 'people a year' },
      color: {
        field: 'measure',
        type: 'nominal',
        title: null,
        scale: { domain: ['people presenting', 'places a year (assured services)'], range: ['#c62828', '#2e7d32'] },
        legend: { orient: 'bottom', labelLimit: 0 },
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Calendar: the working days of each month of 2026 in each region, with its bank holidays.

function calendarSpec(): ChartSpec {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const values = UkRegionSchema.options.flatMap((region) => {
    const holidays = ukBankHolidays(2026, region);
    return MONTHS.map((month, i) => {
      const mm = String(i + 1).padStart(2, '0');
      const names = holidays.filter((h) => h.date.startsWith(`2026-${mm}`)).map((h) => h.name);
      return {
        region,
        month,
        workingDays: workingDaysBetween(`2026-${mm}-01`, `2026-${mm}-${LAST_DAY[i]}`, { region }),
        bankHolidays: names.length,
        names: names.join('; '),
      };
    });
  });
  return {
    $schema: VEGA_LITE,
    title: { text: 'Working days in each month of 2026, by region', subtitle: 'Monday to Friday less bank holidays (dots: one per bank holiday); workingDaysBetween, ukBankHolidays' },
    data: { values },
    width: 12 * 52,
    height: UkRegionSchema.options.length * 40,
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: MONTHS, title: null, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'region', type: 'nominal', sort: UkRegionSchema.options, title: null, axis: { labelLimit: 0 } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2 },
        encoding: {
          color: { field: 'workingDays', type: 'quantitative', title: 'working days', scale: { scheme: 'blues', domain: [12, 28] }, legend: { orient: 'bottom', direction: 'horizontal' } },
          tooltip: [{ field: 'region' }, { field: 'month' }, { field: 'workingDays' }, { field: 'names', title: 'bank holidays' }],
        },
      },
      { mark: { type: 'text', fontSize: 12, dy: -4 }, encoding: { text: { field: 'workingDays', type: 'quantitative' } } },
      {
        mark: { type: 'text', fontSize: 12, dy: 10, color: '#b71c1c' },
        encoding: { text: { value: { expr: "datum.bankHolidays > 0 ? slice('●●●●', 0, datum.bankHolidays) : ''" } } },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

/** Renders every picture into docs/images/ and returns the files written. */
export async function build(): Promise<string[]> {
  const written: string[] = [];
  const write = (file: string, content: string | Uint8Array) => {
    writeFileSync(join(images, file), content);
    written.push(file);
  };
  const outcomes = outcomeSpecs();
  write('caseload-icb-plan.svg', await chartToSvg(caseloadSpec()));
  write('outcomes-engagement.svg', await chartToSvg(outcomes.engagement));
  write('outcomes-onward.svg', await chartToSvg(outcomes.onward));
  write('charts-engagement.png', await chartToPng(outcomes.engagement, { scale: 2 }));
  write('eligibility-decision-tree.svg', decisionTreeSvg(residentResult()));
  write('eligibility-screening.svg', await chartToSvg(screeningSpec()));
  write('referrals-lifecycle.svg', lifecycleSvg(lifecycle()));
  write('supervision-year.svg', await chartToSvg(supervisionSpec()));
  write('directory-gaps.svg', await chartToSvg(directorySpec()));
  write('calendar-working-days.svg', await chartToSvg(calendarSpec()));
  return written;
}

