/**
 * matchServices over a directory of 5,000 services for 10,000 people, against a
 * hand-written loop doing the same eligibility (compiled schemes) and assurance
 * (assessed once per service) checks. Both precompute per directory outside the
 * timed region: the loop compiles schemes and assesses providers, matchServices
 * gets an index from createDirectoryIndex. Run: node --import tsx bench/directory.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { compileScheme, type Scheme } from '../src/eligibility/index.js';
import {
  ASSURANCE_INSURANCE_ITEMS,
  ASSURANCE_POLICY_ITEMS,
  assessProvider,
  createDirectoryIndex,
  matchServices,
  type Assurance,
  type Service,
} from '../src/directory/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../src/referrals/index.js';
import { compare } from './measure.js';

const SERVICES = 5_000;
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const asOf = '2025-06-01';
const referral = { referredOn: asOf, source: 'gp-practice' };

let state = 20251123;
function next(): number {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
function needsOf(max: number): NeedCategory[] {
  const set = new Set<NeedCategory>();
  const n = 1 + Math.floor(next() * max);
  while (set.size < n) set.add(pick(NEED_CATEGORIES));
  return [...set];
}

const boroughs = ['Riverside', 'Northbrook', 'Eastfield', 'Millbrook'];
const schemes: Scheme[] = [
  { id: 'adults', name: 'Adults', criteria: { kind: 'age', min: 18 } },
  { id: 'older', name: 'Over 65', criteria: { kind: 'age', min: 65 } },
  {
    id: 'local-adults',
    name: 'Adults in the borough',
    criteria: { kind: 'all', of: [{ kind: 'age', min: 18 }, { kind: 'residentIn', areaType: 'borough', anyOf: ['Riverside', 'Northbrook'] }] },
  },
  {
    id: 'ltc',
    name: 'Long-term condition',
    criteria: { kind: 'all', of: [{ kind: 'age', min: 40, max: 74 }, { kind: 'hasCondition', anyOf: ['copd', 'asthma', 'diabetes-type-2'] }] },
  },
  { id: 'carers', name: 'Carers or over 75', criteria: { kind: 'any', of: [{ kind: 'flag', name: 'carer' }, { kind: 'age', min: 75 }] } },
];

function assurance(date: string, lapsed: boolean): Assurance {
  const record = { held: true, lastReviewed: date };
  const policies: Record<string, typeof record> = Object.fromEntries(ASSURANCE_POLICY_ITEMS.map((i) => [i, record]));
  if (lapsed) policies.safeguarding = { held: true, lastReviewed: '2023-01-01' };
  return { policies, insurances: Object.fromEntries(ASSURANCE_INSURANCE_ITEMS.map((i) => [i, record])) };
}

const directory: Service[] = Array.from({ length: SERVICES }, (_, i) => {
  const scheme = next() < 0.6 ? pick(schemes) : undefined;
  return {
    id: `svc-${i}`,
    name: `Service ${i % 997}`,
    organization: { id: `org-${i % 1200}` },
    needs: needsOf(3),
    ...(scheme === undefined ? {} : { eligibility: scheme }),
    ...(next() < 0.05 ? { status: 'temporarily closed' as const } : {}),
    capacity: { people: 1 + Math.floor(next() * 20), per: 'month' as const },
    assurance: assurance('2025-01-15', next() < 0.2),
  };
});

const people = Array.from({ length: PEOPLE }, () => {
  const person: Record<string, unknown> = {};
  if (next() < 0.9) person.age = 16 + Math.floor(next() * 75);
  if (next() < 0.8) person.residence = { borough: pick(boroughs) };
  if (next() < 0.7) person.conditions = next() < 0.5 ? [] : [pick(['copd', 'asthma', 'diabetes-type-2', 'depression'])];
  if (next() < 0.3) person.flags = { carer: next() < 0.5 };
  return { person, needs: needsOf(2) };
});

// Precomputation, outside the timed region.
let start = performance.now();
const index = createDirectoryIndex(directory, { asOf });
const indexMs = performance.now() - start;
start = performance.now();
const compiled = directory.map((s) => (s.eligibility === undefined ? null : compileScheme(s.eligibility)));
const assured = directory.map((s) => assessProvider(s, { asOf }).assured);
const handPrepMs = performance.now() - start;
console.log(`precompute: createDirectoryIndex ${indexMs.toFixed(0)} ms; hand-written loop (compile + assess) ${handPrepMs.toFixed(0)} ms`);

function handLoop(): number {
  let found = 0;
  for (const { person, needs } of people) {
    const matches: Service[] = [];
    const needsInformation: Service[] = [];
    const excluded: Service[] = [];
    for (let i = 0; i < directory.length; i++) {
      const service = directory[i]!;
      if (!service.needs.some((n) => needs.includes(n))) continue;
      const decide = compiled[i];
      const decision = decide === null || decide === undefined ? 'eligible' : decide(person, referral);
      const ok = assured[i] && (service.status ?? 'active') === 'active';
      if (ok && decision === 'eligible') matches.push(service);
      else if (ok && decision === 'needs-information') needsInformation.push(service);
      else excluded.push(service);
    }
    found += matches.length + needsInformation.length + excluded.length;
  }
  return found;
}

function withIndex(detail: 'decision' | 'full', count: number): number {
  let found = 0;
  for (let p = 0; p < count; p++) {
    const { person, needs } = people[p]!;
    const r = matchServices(index, { person, referral, needs, detail });
    found += r.matches.length + r.needsInformation.length + r.excluded.length;
  }
  return found;
}

const check = handLoop();
if (check !== withIndex('decision', PEOPLE)) throw new Error('the two methods disagree on the number of services found');
console.log(`services found per person, on average: ${(check / PEOPLE).toFixed(1)}`);

const results = compare(
  `matchServices: ${SERVICES.toLocaleString('en-GB')} services x ${PEOPLE.toLocaleString('en-GB')} people`,
  [
    { name: 'hand-written loop (compiled schemes, assessed providers)', run: handLoop },
    { name: "matchServices(index, { detail: 'decision' })", run: () => withIndex('decision', PEOPLE) },
  ],
  3,
);
console.log(`ratio matchServices / hand-written loop: ${(results[1]!.medianMs / results[0]!.medianMs).toFixed(2)}x (target <= 2x)`);

const FULL = 1_000;
const full = compare(
  `matchServices with explanations, first ${FULL.toLocaleString('en-GB')} people (information only)`,
  [
    { name: "matchServices(index, { detail: 'decision' })", run: () => withIndex('decision', FULL) },
    { name: "matchServices(index, { detail: 'full' })", run: () => withIndex('full', FULL) },
  ],
  3,
);
console.log(`cost of explanations: ${(full[1]!.medianMs / full[0]!.medianMs).toFixed(2)}x the decision-only match`);
