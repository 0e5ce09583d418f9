/**
 * Eligibility benchmark: 100,000 random persons against the Ways to Wellness preset.
 *
 * Cases (sync, timed with `compare` from bench/measure.ts, median of 5 rounds after a warm-up):
 *   - hand-written `if` chain for the same three-valued rule (baseline),
 *   - `compileScheme` (validates each person, no explanations),
 *   - `checkEligibility` (validates each person, full explanation tree).
 * json-rules-engine is async, so `compare` cannot time it: it is timed by awaiting
 * `engine.run(facts)` for each person in turn, with the age as a dynamic fact computed from
 * the birth date (as our rule does). The ratios are taken from an interleaved run (see
 * `interleaved` below), in which every case meets the same machine load.
 *
 * Run: node --import tsx bench/eligibility.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Engine } from 'json-rules-engine';
import { checkEligibility, compileScheme, schemes, withArea, type EligibilityDecision, type Person } from '../src/eligibility/index.js';
import { compare, seededRandom } from './measure.js';

const COUNT = 100_000;

// A full garbage collection between timed chunks, so no case pays for another's garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const REFERRAL = { referredOn: '2025-06-01' } as const;
const PRACTICES = Array.from({ length: 30 }, (_, i) => `A86${String(i).padStart(3, '0')}`);
const CONDITIONS = ['copd', 'asthma', 'diabetes-type-1', 'diabetes-type-2', 'heart-disease', 'epilepsy', 'osteoporosis'];
const ALL_CONDITIONS = [...CONDITIONS, 'depression', 'anxiety', 'dementia', 'frailty'];


const random = seededRandom(20250601);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

// Built, then passed through JSON as records from a database or file would be (flat strings).
const generated: Person[] = Array.from({ length: COUNT }, () => {
  const person: Person = {};
  const r = random();
  if (r < 0.7) person.birthDate = `${1925 + Math.floor(random() * 100)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  else if (r < 0.95) person.age = Math.floor(random() * 100);
  if (random() < 0.95) person.conditions = Array.from({ length: Math.floor(random() * 3) }, () => pick(ALL_CONDITIONS));
  if (random() < 0.95) person.registeredPractice = random() < 0.8 ? pick(PRACTICES) : 'B99999';
  return person;
});
const persons = JSON.parse(JSON.stringify(generated)) as Person[];

const scheme = withArea(schemes.waysToWellness, PRACTICES);

// The same rule written by hand: three-valued, with the same facts, no validation.
const practiceSet = new Set(PRACTICES);
const referredOn = 20250601;
function handWritten(person: Person): EligibilityDecision {
  let unknown = false;
  let age: number | null = null;
  const born = person.birthDate;
  if (born !== undefined) {
    age = Math.floor((referredOn - (Number(born.slice(0, 4)) * 10000 + Number(born.slice(5, 7)) * 100 + Number(born.slice(8, 10)))) / 10000);
  }
  else if (person.age !== undefined) age = person.age;
  if (age === null) unknown = true;
  else if (age < 40 || age > 74) return 'ineligible';
  if (person.conditions === undefined) unknown = true;
  else if (!person.conditions.some((c) => CONDITIONS.includes(c))) return 'ineligible';
  if (person.registeredPractice === undefined) unknown = true;
  else if (!practiceSet.has(person.registeredPractice)) return 'ineligible';
  return unknown ? 'needs-information' : 'eligible';
}

const decide = compileScheme(scheme);

// Check the three agree before timing them.
for (const person of persons) {
  const expected = handWritten(person);
  if (decide(person, REFERRAL) !== expected || checkEligibility(scheme, person, REFERRAL).decision !== expected) {
    throw new Error('implementations disagree');
  }
}
const tally: Record<string, number> = {};
for (const person of persons) {
  const d = handWritten(person);
  tally[d] = (tally[d] ?? 0) + 1;
}
console.log(`${COUNT.toLocaleString('en-GB')} persons:`, tally);

const results = compare(`Ways to Wellness, ${COUNT.toLocaleString('en-GB')} persons`, [
  { name: 'hand-written if chain', run: () => persons.map(handWritten) },
  { name: 'compileScheme', run: () => persons.map((p) => decide(p, REFERRAL)) },
  { name: 'checkEligibility (explained)', run: () => persons.map((p) => checkEligibility(scheme, p, REFERRAL).decision) },
]);

// json-rules-engine: the equivalent (two-valued) rule, evaluated from the same records:
// the age is a dynamic fact worked out from the birth date on the referral date, as it is for us.
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addFact('age', async (_params, almanac) => {
  const birthDate = await almanac.factValue<string | undefined>('birthDate');
  if (birthDate !== undefined) {
    return Math.floor((referredOn - (Number(birthDate.slice(0, 4)) * 10000 + Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10)))) / 10000);
  }
  return (await almanac.factValue<number | undefined>('givenAge')) ?? null;
});
engine.addRule({
  conditions: {
    all: [
      { fact: 'age', operator: 'greaterThanInclusive', value: 40 },
      { fact: 'age', operator: 'lessThanInclusive', value: 74 },
      { any: CONDITIONS.map((c) => ({ fact: 'conditions', operator: 'contains', value: c })) },
      { fact: 'practice', operator: 'in', value: PRACTICES },
    ],
  },
  event: { type: 'eligible' },
});
const jreFacts = persons.map((p) => ({
  birthDate: p.birthDate,
  givenAge: p.age,
  conditions: p.conditions ?? [],
  practice: p.registeredPractice ?? null,
}));

async function runEngine(from: number, to: number): Promise<number> {
  let eligible = 0;
  for (let i = from; i < to; i++) {
    const { events } = await engine.run(jreFacts[i] as Record<string, unknown>);
    if (events.length > 0) eligible++;
  }
  return eligible;
}

// The two engines agree on who is eligible.
const jreEligible = await runEngine(0, COUNT);
if (jreEligible !== tally.eligible) throw new Error('json-rules-engine disagrees');

/**
 * The machine running this is shared, so its speed drifts from second to second. To compare
 * like with like, every case is timed on the same 5,000-person chunk one after another, chunk
 * by chunk (with a garbage collection before each chunk, outside the timings, so our cases do not
 * pay for json-rules-engine's garbage), and each case's
 * chunk times are summed into a round; the median of 3 rounds is kept.
 */
async function interleaved(rounds: number): Promise<Record<string, number>> {
  const CHUNK = 5_000;
  const perRound: Record<string, number[]> = { 'hand-written': [], compileScheme: [], checkEligibility: [], 'json-rules-engine': [] };
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const totals: Record<string, number> = { 'hand-written': 0, compileScheme: 0, checkEligibility: 0, 'json-rules-engine': 0 };
    for (let from = 0; from < COUNT; from += CHUNK) {
      const to = Math.min(COUNT, from + CHUNK);
      collectGarbage(); // clear json-rules-engine's garbage from the last chunk, outside the timings
      let start = performance.now();
      for (let i = from; i < to; i++) if (handWritten(persons[i] as Person) === 'eligible') sink++;
      totals['hand-written'] = (totals['hand-written'] as number) + performance.now() - start;
      start = performance.now();
      for (let i = from; i < to; i++) if (decide(persons[i] as Person, REFERRAL) === 'eligible') sink++;
      totals.compileScheme = (totals.compileScheme as number) + performance.now() - start;
      start = performance.now();
      for (let i = from; i < to; i++) if (checkEligibility(scheme, persons[i] as Person, REFERRAL).decision === 'eligible') sink++;
      totals.checkEligibility = (totals.checkEligibility as number) + performance.now() - start;
      start = performance.now();
      sink += await runEngine(from, to);
      totals['json-rules-engine'] = (totals['json-rules-engine'] as number) + performance.now() - start;
    }
    for (const [name, ms] of Object.entries(totals)) perRound[name]?.push(ms);
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(
    Object.entries(perRound).map(([name, times]) => [name, [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number]),
  );
}

const ms = await interleaved(3);
const hand = ms['hand-written'] as number;
const compiled = ms.compileScheme as number;
const explained = ms.checkEligibility as number;
const jre = ms['json-rules-engine'] as number;
console.log(`\n## Interleaved by 5,000-person chunks (median of 3 rounds; json-rules-engine awaits engine.run per person)`);
console.table(Object.entries(ms).map(([name, value]) => ({ case: name, 'median ms': Number(value.toFixed(1)) })));
console.table([
  { ratio: 'compileScheme / hand-written (target <= 3)', value: Number((compiled / hand).toFixed(2)) },
  { ratio: 'json-rules-engine / compileScheme (target >= 200)', value: Number((jre / compiled).toFixed(1)) },
  { ratio: 'json-rules-engine / checkEligibility (target >= 20)', value: Number((jre / explained).toFixed(1)) },
]);
if (results.length !== 3) throw new Error('compare returned no results');
