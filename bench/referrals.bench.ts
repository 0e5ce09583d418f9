/**
 * Referrals benchmarks (run: `node --import tsx bench/referrals.bench.ts`).
 *
 * - validateReferrals over 100,000 synthetic-like records against a bare
 *   `ReferralSchema.safeParse` loop (budget: at most 1.2x);
 * - contactSummary over 1,000,000 referrals against a hand-written loop that
 *   computes the same fields (budget: at most 2x).
 */
import { addDays, toDayNumber } from '../src/core/index.js';
import {
  CLOSE_REASONS,
  CONTACT_MODES,
  NEED_CATEGORIES,
  contactSummary,
  ReferralSchema,
  validateReferrals,
  type Referral,
  type ReferralContact,
  type ReferralEvent,
} from '../src/referrals/index.js';
import { compare, consumed, type BenchCase, seededRandom } from './measure.js';


/** A raw record shaped like the synthetic module's output: ~70% engage, mostly 6–12 contacts, 1 in 50 broken. */
function rawRecord(i: number, next: () => number): Record<string, unknown> {
  const referredOn = addDays('2023-01-02', Math.floor(next() * 700));
  const engaged = next() < 0.7;
  const contactCount = engaged ? 4 + Math.floor(next() * 10) : 0;
  const contacts: ReferralContact[] = [];
  for (let c = 0; c < contactCount; c++) {
    contacts.push({
      on: addDays(referredOn, 3 + c * 7),
      mode: CONTACT_MODES[Math.floor(next() * CONTACT_MODES.length)]!,
      minutes: 30,
      attended: next() < 0.85,
    });
  }
  const events: ReferralEvent[] = engaged
    ? [
        { type: 'accepted', on: addDays(referredOn, 1) },
        { type: 'closed', on: addDays(referredOn, 3 + contactCount * 7), reason: CLOSE_REASONS[Math.floor(next() * 3)]! },
      ]
    : [{ type: next() < 0.5 ? 'declined' : 'unable-to-contact', on: addDays(referredOn, 2) }];
  const record: Record<string, unknown> = {
    id: `R-${i}`,
    referredOn,
    source: 'gp-practice',
    pcn: `pcn-${i % 7}`,
    person: { birthYear: 1940 + Math.floor(next() * 60), sex: next() < 0.6 ? 'female' : 'male' },
    needs: [NEED_CATEGORIES[Math.floor(next() * NEED_CATEGORIES.length)]!],
    events,
    contacts,
    goals: engaged ? [{ setOn: addDays(referredOn, 3), status: next() < 0.65 ? 'met' : 'partly-met' }] : [],
    onward: engaged ? [{ kind: 'signpost', organisationId: `org-${Math.floor(next() * 279)}`, on: addDays(referredOn, 10) }] : [],
    measures: engaged ? [{ instrument: 'swemwbs', timepoint: 'baseline', on: addDays(referredOn, 3), items: [3, 3, 2, 3, 3, 2, 3] }] : [],
  };
  if (i % 50 === 0) record.referredOn = '2023-02-30';
  return record;
}

const next = seededRandom(20251123);
const records = Array.from({ length: 100_000 }, (_, i) => rawRecord(i, next));

/**
 * Runs every case a few times, alternating, before timing: whichever case runs
 * first would otherwise be timed on a fresh JIT and the others on code already
 * made polymorphic by it, which skews the ratio either way.
 */
function warmed(cases: readonly BenchCase[], rounds = 3): readonly BenchCase[] {
  for (let i = 0; i < rounds; i++) for (const c of cases) c.run();
  return cases;
}

/**
 * A second reading that a busy shared machine cannot skew: the cases alternate
 * round by round and each is timed in process CPU time, not wall time.
 */
function interleavedCpu(title: string, cases: readonly BenchCase[], rounds = 7): void {
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    cases.forEach((c, i) => {
      const start = process.cpuUsage();
      c.run();
      const used = process.cpuUsage(start);
      times[i]!.push((used.user + used.system) / 1000);
    });
  }
  const medians = times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(rounds / 2)]!);
  console.log(`${title}, interleaved CPU time:`);
  console.table(cases.map((c, i) => ({ case: c.name, 'median CPU ms': Number(medians[i]!.toFixed(2)), 'x baseline': Number((medians[i]! / medians[0]!).toFixed(2)) })));
}

const validationCases: BenchCase[] = [
  {
    name: 'bare ReferralSchema.safeParse loop',
    run: () => {
      let ok = 0;
      for (const record of records) if (ReferralSchema.safeParse(record).success) ok++;
      return ok;
    },
  },
  {
    name: 'validateReferrals',
    run: () => {
      let ok = 0;
      for (const result of validateReferrals(records)) if (result.ok) ok++;
      return ok;
    },
  },
];
compare('validateReferrals, 100,000 records (budget <= 1.2x)', warmed(validationCases), 7);
interleavedCpu('validateReferrals, 100,000 records', validationCases);

// One million referrals: distinct records over a pool of valid contact and event lists, to keep memory modest.
const pool: Referral[] = records.slice(0, 5000).flatMap((record) => {
  const parsed = ReferralSchema.safeParse(record);
  return parsed.success ? [parsed.data] : [];
});
const million: Referral[] = Array.from({ length: 1_000_000 }, (_, i) => ({ ...pool[i % pool.length]!, id: `M-${i}` }));
records.length = 0;

function handWritten(referral: Referral) {
  let attended = 0;
  let missed = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const contact of referral.contacts) {
    if (contact.attended) {
      attended++;
      if (first === null || contact.on < first) first = contact.on;
      if (last === null || contact.on > last) last = contact.on;
    } else missed++;
  }
  let daysToFirstContact: number | null = null;
  let weeksSupported: number | null = null;
  if (first !== null && last !== null) {
    const start = toDayNumber(referral.referredOn);
    daysToFirstContact = toDayNumber(first) - start;
    const finalEvent = referral.events[referral.events.length - 1];
    const end = finalEvent?.type === 'closed' ? finalEvent.on : last;
    weeksSupported = Math.round(((toDayNumber(end) - start) / 7) * 10) / 10;
  }
  return { attended, missed, band: attended < 6 ? 'below' : attended > 12 ? 'above' : 'within', daysToFirstContact, weeksSupported };
}

const summaryCases: BenchCase[] = [
  {
    name: 'hand-written loop',
    run: () => {
      let within = 0;
      for (const referral of million) if (handWritten(referral).band === 'within') within++;
      return within;
    },
  },
  {
    name: 'contactSummary',
    run: () => {
      let within = 0;
      for (const referral of million) if (contactSummary(referral).band === 'within') within++;
      return within;
    },
  },
  {
    name: 'contactSummary with expected',
    run: () => {
      let within = 0;
      const options = { expected: { min: 6, max: 12 } };
      for (const referral of million) if (contactSummary(referral, options).band === 'within') within++;
      return within;
    },
  },
];
compare('contactSummary, 1,000,000 referrals (budget <= 2x)', warmed(summaryCases), 7);
interleavedCpu('contactSummary, 1,000,000 referrals', summaryCases);
void consumed();
