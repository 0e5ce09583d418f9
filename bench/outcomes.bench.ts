/**
 * Outcomes benchmarks (run: `node --import tsx --expose-gc bench/outcomes.bench.ts`, or `npm run bench outcomes`).
 *
 * On 1,000,000 synthetic referrals grouped by PCN:
 * - `summarizeOutcomes` against a hand-written single-pass loop that computes the
 *   same figures (budget: at most 2x);
 * - `summarizeOutcomes` against arquero computing the counts and rates it can
 *   express (referrals, accepted, declined, engaged, goals set and met, people
 *   referred on and with 3 or more, attended contacts and within 6–12, mean and
 *   median contacts), reported two ways: arquero including the per-record column
 *   derivation it needs (a flat table cannot hold the nested lists), and arquero's
 *   rollup alone on columns prepared beforehand.
 */
import * as aq from 'arquero';
import { summarizeOutcomes, wilsonInterval } from '../src/outcomes/index.js';
import { CLOSE_REASONS, NEED_CATEGORIES, PERSON_SEXES, type Referral, type ReferralMeasure } from '../src/referrals/index.js';
import { referralStream } from '../src/synthetic/index.js';
import { compare, consumed } from './measure.js';

const COUNT = Number(process.env.OUTCOMES_BENCH_COUNT ?? 1_000_000);
const PCNS = ['riv-north', 'riv-central', 'riv-docks', 'riv-heath', 'riv-mill', 'riv-park', 'riv-vale'];

console.log(`generating ${COUNT.toLocaleString('en-GB')} synthetic referrals ...`);
const referrals: Referral[] = [...referralStream({ count: COUNT, seed: 'bench', from: '2024-04-01', to: '2025-03-31', pcns: PCNS })];

// ---- the hand-written single pass: same figures, no abstractions -------------------------------
const CLOSE = new Map<string, number>(CLOSE_REASONS.map((r, i) => [r, i]));
const NEED = new Map<string, number>(NEED_CATEGORIES.map((n, i) => [n, i]));
const SEX = new Map<string, number>(PERSON_SEXES.map((s, i) => [s, i]));
const GOALS_MET = CLOSE.get('goals-met')!;
const SWEMWBS = [7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0];

interface Hand {
  n: number; accepted: number; declined: number; utc: number; engaged: number; closed: number[];
  goalsSet: number; goalsMet: number; partly: number; positive: number; attended: number; missed: number;
  hist: number[]; within: number; withNeeds: number; needs: number[]; onward: number; onwardRef: number; signposts: number;
  orgs: Set<string>; acts: Set<string>; onwardPeople: number; three: number;
  well: Map<string, { paired: number; bad: number; b: number; f: number; imp: number; mean: number }>;
  ages: number[]; sex: number[];
}

function score(m: ReferralMeasure): number | null {
  const items = m.items;
  if (m.instrument === 'swemwbs') {
    if (items === undefined) return m.score !== undefined && m.score >= 7 && m.score <= 35 ? m.score : null;
    if (items.length !== 7) return null;
    let raw = 0;
    for (const x of items) { if (!Number.isInteger(x) || x < 1 || x > 5) return null; raw += x; }
    return SWEMWBS[raw - 7]!;
  }
  if (m.instrument === 'ucla3') {
    if (items === undefined) return m.score !== undefined && m.score >= 3 && m.score <= 9 ? m.score : null;
    if (items.length !== 3) return null;
    let t = 0;
    for (const x of items) { if (!Number.isInteger(x) || x < 1 || x > 3) return null; t += x; }
    return t;
  }
  return m.score ?? null;
}

function handWritten(records: readonly Referral[]) {
  const groups = new Map<string | null, Hand>();
  for (const r of records) {
    const key = r.pcn ?? null;
    let g = groups.get(key);
    if (g === undefined) {
      g = { n: 0, accepted: 0, declined: 0, utc: 0, engaged: 0, closed: CLOSE_REASONS.map(() => 0), goalsSet: 0, goalsMet: 0, partly: 0,
        positive: 0, attended: 0, missed: 0, hist: [], within: 0, withNeeds: 0, needs: NEED_CATEGORIES.map(() => 0), onward: 0, onwardRef: 0,
        signposts: 0, orgs: new Set(), acts: new Set(), onwardPeople: 0, three: 0, well: new Map(), ages: [0, 0, 0, 0, 0], sex: [0, 0, 0, 0] };
      groups.set(key, g);
    }
    g.n++;
    let acc = false, dec = false, utc = false, close = -1;
    for (const e of r.events) {
      if (e.type === 'accepted') acc = true;
      else if (e.type === 'declined') dec = true;
      else if (e.type === 'unable-to-contact') utc = true;
      else if (e.type === 'closed') close = CLOSE.get(e.reason)!;
      else if (e.type === 'reopened') close = -1;
    }
    if (acc) g.accepted++;
    if (dec) g.declined++;
    if (utc) g.utc++;
    if (close >= 0) g.closed[close]!++;
    let att = 0;
    for (const c of r.contacts) if (c.attended) att++;
    g.attended += att;
    g.missed += r.contacts.length - att;
    if (att > 0) {
      g.engaged++;
      while (g.hist.length <= att) g.hist.push(0);
      g.hist[att]!++;
      if (att >= 6 && att <= 12) g.within++;
    }
    let good = close === GOALS_MET;
    g.goalsSet += r.goals.length;
    for (const goal of r.goals) {
      if (goal.status === 'met') { g.goalsMet++; good = true; } else if (goal.status === 'partly-met') { g.partly++; good = true; }
    }
    if (r.needs.length > 0) {
      g.withNeeds++;
      for (let i = 0; i < r.needs.length; i++) if (r.needs.indexOf(r.needs[i]!) === i) g.needs[NEED.get(r.needs[i]!)!]!++;
    }
    if (r.onward.length > 0) {
      g.onwardPeople++;
      if (r.onward.length >= 3) g.three++;
      g.onward += r.onward.length;
      for (const o of r.onward) {
        if (o.kind === 'referral') g.onwardRef++; else g.signposts++;
        g.orgs.add(o.organisationId);
        if (o.activityId !== undefined) g.acts.add(o.activityId);
      }
    }
    const ms = r.measures;
    for (let i = 0; i < ms.length; i++) {
      const b = ms[i]!;
      if (b.timepoint !== 'baseline') continue;
      let first = true, later = -1, laterOn = '';
      for (let j = 0; j < ms.length; j++) {
        const o = ms[j]!;
        if (j === i || o.instrument !== b.instrument) continue;
        if (o.timepoint === 'baseline') { if (o.on < b.on || (o.on === b.on && j < i)) { first = false; break; } }
        else if (o.on >= b.on && o.on >= laterOn) { later = j; laterOn = o.on; }
      }
      if (!first || later < 0) continue;
      let w = g.well.get(b.instrument);
      if (w === undefined) { w = { paired: 0, bad: 0, b: 0, f: 0, imp: 0, mean: 0 }; g.well.set(b.instrument, w); }
      const s0 = score(b), s1 = score(ms[later]!);
      if (s0 === null || s1 === null) { w.bad++; continue; }
      const x0 = Math.round(s0 * 10_000), x1 = Math.round(s1 * 10_000);
      w.paired++; w.b += x0; w.f += x1;
      const gain = b.instrument === 'swemwbs' ? x1 - x0 : x0 - x1;
      if (gain > 0) { w.imp++; good = true; if (b.instrument === 'swemwbs' && gain >= 30_000) w.mean++; }
    }
    if (att > 0 && good) g.positive++;
    const p = r.person;
    let band = 4, sex = 3;
    if (p !== undefined) {
      if (p.birthYear !== undefined) { const age = Number(r.referredOn.slice(0, 4)) - p.birthYear; band = age < 20 ? 0 : age < 60 ? 1 : age < 75 ? 2 : 3; }
      if (p.sex !== undefined) sex = SEX.get(p.sex)!;
    }
    g.ages[band]!++;
    g.sex[sex]!++;
  }
  // The figures: rates with Wilson intervals, mean and exact median contacts, distinct counts.
  return [...groups].map(([key, g]) => {
    let seen = 0, median = null as number | null, lo = -1;
    for (let v = 0; v < g.hist.length && median === null; v++) {
      seen += g.hist[v]!;
      if (lo < 0 && seen > Math.floor((g.engaged - 1) / 2)) lo = v;
      if (seen > Math.floor(g.engaged / 2)) median = (lo + v) / 2;
    }
    return {
      key, referrals: g.n, engagementRate: wilsonInterval(g.engaged, g.n), acceptanceRate: wilsonInterval(g.accepted, g.n),
      goalsMetRate: wilsonInterval(g.goalsMet, g.goalsSet), positiveRate: wilsonInterval(g.positive, g.engaged),
      withinRate: wilsonInterval(g.within, g.engaged), mean: g.attended / g.engaged, median,
      needs: g.needs.map((c) => wilsonInterval(c, g.n)), three: wilsonInterval(g.three, g.onwardPeople),
      orgs: g.orgs.size, acts: g.acts.size,
      wellbeing: [...g.well].map(([id, w]) => [id, (w.f - w.b) / w.paired / 10_000, wilsonInterval(w.imp, w.paired), wilsonInterval(w.mean, w.paired)]),
      ages: g.ages, sex: g.sex, closed: g.closed,
    };
  });
}

// Sanity: both compute the same headline figures.
{
  const ours = summarizeOutcomes(referrals.slice(0, 50_000), { groupBy: 'pcn' });
  const hand = handWritten(referrals.slice(0, 50_000));
  for (const row of ours.groups) {
    const h = hand.find((x) => x.key === row.key)!;
    const same =
      h.referrals === row.referrals && h.engagementRate?.value === row.engagementRate?.value && h.median === row.contacts.median &&
      h.positiveRate?.value === row.positiveOutcomeRate?.value && h.orgs === row.onward.distinctOrganisations &&
      h.goalsMetRate?.value === row.goals.metRate?.value && h.three?.value === row.onward.threeOrMoreRate?.value;
    if (!same) throw new Error(`hand-written loop disagrees for ${String(row.key)}`);
  }
}

// ---- arquero: flat columns derived per record, then a grouped rollup ----------------------------
function deriveColumns(records: readonly Referral[]) {
  const n = records.length;
  const pcn: (string | null)[] = new Array(n);
  const accepted = new Uint8Array(n), declined = new Uint8Array(n), engaged = new Uint8Array(n), within = new Uint8Array(n);
  const attended = new Int32Array(n), goalsSet = new Int32Array(n), goalsMet = new Int32Array(n), onward = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    pcn[i] = r.pcn ?? null;
    for (const e of r.events) { if (e.type === 'accepted') accepted[i] = 1; else if (e.type === 'declined') declined[i] = 1; }
    let a = 0;
    for (const c of r.contacts) if (c.attended) a++;
    attended[i] = a;
    engaged[i] = a > 0 ? 1 : 0;
    within[i] = a >= 6 && a <= 12 ? 1 : 0;
    goalsSet[i] = r.goals.length;
    let met = 0;
    for (const g of r.goals) if (g.status === 'met') met++;
    goalsMet[i] = met;
    onward[i] = r.onward.length;
  }
  return { pcn, accepted, declined, engaged, within, attended, goalsSet, goalsMet, onward };
}

function arqueroRollup(columns: ReturnType<typeof deriveColumns>) {
  return aq
    .table(columns)
    .derive({ referredOn: (d: any) => (d.onward > 0 ? 1 : 0), threePlus: (d: any) => (d.onward >= 3 ? 1 : 0), attendedIfEngaged: (d: any) => (d.engaged ? d.attended : null) })
    .groupby('pcn')
    .rollup({
      referrals: aq.op.count(),
      accepted: (d: any) => aq.op.sum(d.accepted),
      declined: (d: any) => aq.op.sum(d.declined),
      engaged: (d: any) => aq.op.sum(d.engaged),
      within: (d: any) => aq.op.sum(d.within),
      goalsSet: (d: any) => aq.op.sum(d.goalsSet),
      goalsMet: (d: any) => aq.op.sum(d.goalsMet),
      referredOn: (d: any) => aq.op.sum(d.referredOn),
      threePlus: (d: any) => aq.op.sum(d.threePlus),
      meanContacts: (d: any) => aq.op.mean(d.attendedIfEngaged),
      medianContacts: (d: any) => aq.op.median(d.attendedIfEngaged),
    })
    .derive({
      engagementRate: (d: any) => d.engaged / d.referrals,
      goalsMetRate: (d: any) => d.goalsMet / d.goalsSet,
      withinRate: (d: any) => d.within / d.engaged,
      threePlusRate: (d: any) => d.threePlus / d.referredOn,
    })
    .objects();
}

const prepared = deriveColumns(referrals);
// Warm every case up and collect the generator's garbage first, so that neither the JIT nor a
// pending major GC of the 1,000,000-record heap lands on whichever case happens to run first.
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 2; i++) {
  handWritten(referrals);
  summarizeOutcomes(referrals, { groupBy: 'pcn' });
  arqueroRollup(deriveColumns(referrals));
}
gc?.();
console.log(`\n${COUNT.toLocaleString('en-GB')} referrals, 7 PCNs, grouped by PCN`);
const results = compare(`summarizeOutcomes vs a hand-written loop (budget <= 2x)`, [
  { name: 'hand-written single pass', run: () => handWritten(referrals) },
  { name: 'summarizeOutcomes', run: () => summarizeOutcomes(referrals, { groupBy: 'pcn' }) },
]);
gc?.();
const versusArquero = compare(`arquero (counts and rates it can express) vs summarizeOutcomes`, [
  { name: 'summarizeOutcomes (all figures)', run: () => summarizeOutcomes(referrals, { groupBy: 'pcn' }) },
  { name: 'arquero: derive columns + rollup', run: () => arqueroRollup(deriveColumns(referrals)) },
  { name: 'arquero: rollup on prepared columns', run: () => arqueroRollup(prepared) },
]);
const ratio = results[1]!.medianMs / results[0]!.medianMs;
console.log(`summarizeOutcomes / hand-written = ${ratio.toFixed(2)}x (budget 2x): ${ratio <= 2 ? 'PASS' : 'FAIL'}`);
const aq1 = versusArquero[1]!.medianMs / versusArquero[0]!.medianMs;
const aq2 = versusArquero[2]!.medianMs / versusArquero[0]!.medianMs;
console.log(`arquero (derive + rollup) / summarizeOutcomes = ${aq1.toFixed(2)}x; arquero rollup alone / summarizeOutcomes = ${aq2.toFixed(2)}x`);
void consumed();
