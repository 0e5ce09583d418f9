/**
 * Loading schemes, referrals, services, supervision policies and outcome
 * options from JSON whose objects carry `__proto__` and `constructor` keys
 * (JSON.parse makes them own properties) never changes a built-in prototype.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { parseCsv, referralsFromCsv } from '../../src/csv/index.js';
import { ServiceSchema, fromHsds, matchServices, provisionGaps, validateDirectory } from '../../src/directory/index.js';
import { SchemeSchema, checkEligibility, compileScheme, defineScheme, findEligibleSchemes, withArea } from '../../src/eligibility/index.js';
import { createOutcomeAccumulator, summarizeOutcomes } from '../../src/outcomes/index.js';
import { ReferralSchema, validateReferrals, type Referral } from '../../src/referrals/index.js';
import { SupervisionPolicySchema, supervisionCompliance, supervisionSchedule } from '../../src/supervision/index.js';
import * as f from './fixtures.js';
import { errorProblems, findBadValue, polluted, prototypeKeys, restorePrototypes } from './hostile.js';

const PROTO = '"__proto__": { "polluted": "yes", "isAdmin": true }, "constructor": { "prototype": { "polluted": "yes" } }';

/** JSON text of `value` with the hostile keys added to every object in it. */
function hostileJson(value: unknown): string {
  return JSON.stringify(value).replace(/\{(?=")/g, `{${PROTO}, `).replace(/\{\}/g, `{${PROTO}}`);
}

/** Runs `load`, then checks the prototypes and that the outcome is a clean library error or a clean value. */
function expectNoPollution(load: () => unknown): void {
  const before = prototypeKeys();
  let problems: string[] = [];
  try {
    const value = load();
    const items = typeof value === 'object' && value !== null && !Array.isArray(value) && Symbol.iterator in value ? [...(value as Iterable<unknown>)] : value;
    const bad = findBadValue(items);
    if (bad !== null) problems.push(bad);
  } catch (error) {
    problems = errorProblems(error);
  }
  const after = prototypeKeys();
  const wasPolluted = polluted();
  restorePrototypes(before);
  expect(after).toBe(before);
  expect(wasPolluted).toBe(false);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  expect(problems).toEqual([]);
}

let snapshot = '';
beforeEach(() => {
  snapshot = prototypeKeys();
});
afterEach(() => {
  expect(prototypeKeys()).toBe(snapshot);
});

describe('JSON with __proto__ keys does not pollute Object.prototype', () => {
  it('the hostile JSON really has own __proto__ keys', () => {
    const parsed = JSON.parse(hostileJson({ a: { b: 1 } })) as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(Object.hasOwn(parsed['a'] as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('schemes: defineScheme, SchemeSchema, withArea, checkEligibility, compileScheme, findEligibleSchemes', () => {
    const scheme = JSON.parse(hostileJson(f.scheme()));
    const person = JSON.parse(hostileJson(f.person()));
    const referral = JSON.parse(hostileJson(f.eligibilityReferral()));
    expectNoPollution(() => defineScheme(scheme));
    expectNoPollution(() => SchemeSchema.safeParse(scheme));
    expectNoPollution(() => withArea(JSON.parse(hostileJson(f.areaScheme())), JSON.parse(hostileJson({ ward: ['Canalside'] }))));
    expectNoPollution(() => checkEligibility(scheme, person, referral));
    expectNoPollution(() => compileScheme(scheme));
    expectNoPollution(() => findEligibleSchemes([scheme], person, referral));
    // A clean scheme with a hostile person: flags and residence are records keyed by the input.
    const clean = defineScheme(f.scheme());
    expectNoPollution(() => checkEligibility(clean, person, referral));
    expectNoPollution(() => compileScheme(clean)(person, referral));
  });

  it('referrals: ReferralSchema, validateReferrals, referralsFromCsv via parseCsv', () => {
    const referral = JSON.parse(hostileJson(f.referral()));
    expectNoPollution(() => ReferralSchema.safeParse(referral));
    expectNoPollution(() => validateReferrals([referral, JSON.parse(hostileJson({ ...f.referral(), id: 'R-2' }))]));
    const header = 'id,referredOn,source,__proto__,constructor,needs';
    const csv = `${header}\nR-1,2025-04-01,gp-practice,{"polluted":"yes"},prototype,housing\n__proto__,2025-04-01,self,x,y,`;
    expectNoPollution(() => referralsFromCsv(parseCsv(csv)));
    expectNoPollution(() => referralsFromCsv(parseCsv(csv), { columns: JSON.parse(`{${PROTO}, "referredOn": "__proto__"}`) }));
  });

  it('services: ServiceSchema, fromHsds, validateDirectory, matchServices, provisionGaps', () => {
    const service = JSON.parse(hostileJson(f.service()));
    expectNoPollution(() => ServiceSchema.safeParse(service));
    expectNoPollution(() => fromHsds(JSON.parse(hostileJson(f.hsds())), JSON.parse(hostileJson({ needs: ['housing'] }))));
    expectNoPollution(() => validateDirectory([service, f.service()]));
    const request = JSON.parse(hostileJson({ person: f.person(), referral: f.eligibilityReferral(), needs: ['social-isolation'], asOf: '2025-06-01' }));
    expectNoPollution(() => matchServices([service], request));
    expectNoPollution(() => matchServices([f.service()], request));
    expectNoPollution(() => provisionGaps([f.service()], JSON.parse(`{${PROTO}, "social-isolation": 10}`), { asOf: '2025-06-01' }));
    expectNoPollution(() => provisionGaps([f.service()], JSON.parse(`{"needs": {${PROTO}, "housing": { "count": 3 }}}`), { asOf: '2025-06-01' }));
  });

  it('supervision policies: SupervisionPolicySchema, supervisionSchedule, supervisionCompliance', () => {
    const policy = JSON.parse(hostileJson({ frequency: 'monthly', minutesPerPeriod: 60, kinds: { peer: { frequency: 'monthly', minutesPerPeriod: 30 } } }));
    expectNoPollution(() => SupervisionPolicySchema.safeParse(policy));
    expectNoPollution(() => supervisionSchedule({ from: '2025-04-01', to: '2025-06-30', policy }));
    expectNoPollution(() => supervisionCompliance(JSON.parse(hostileJson(f.supervisionRecords())), { from: '2025-04-01', to: '2025-06-30', policy }));
    expectNoPollution(() => supervisionCompliance(f.supervisionRecords(), JSON.parse(hostileJson({ from: '2025-04-01', to: '2025-06-30' }))));
  });

  it('outcome options: createOutcomeAccumulator and summarizeOutcomes', () => {
    const options = JSON.parse(hostileJson({ groupBy: 'pcn', instruments: { swemwbs: { higherIsBetter: true, meaningfulChange: 3 } } }));
    expectNoPollution(() => createOutcomeAccumulator(options));
    expectNoPollution(() => summarizeOutcomes([f.referral() as Referral], options));
    expectNoPollution(() => summarizeOutcomes([f.referral() as Referral], JSON.parse(`{"instruments": {${PROTO}}}`)));
    expectNoPollution(() => summarizeOutcomes([JSON.parse(hostileJson(f.referral()))], { validate: true, groupBy: 'pcn' }));
  });

  it('rejects a hostile scheme with a stable code and no personal data', () => {
    const scheme = JSON.parse(hostileJson(f.scheme()));
    let caught: unknown = null;
    try {
      defineScheme(scheme);
    } catch (error) {
      caught = error;
    }
    expect(caught === null || caught instanceof SocialPrescribingError).toBe(true);
    if (caught !== null) expect(errorProblems(caught)).toEqual([]);
  });
});

describe('regressions found by the catalogue', () => {
  it('an instrument id named "constructor" is summarised and leaves Object alone (outcomes/groupState, options)', () => {
    const measure = (instrument: string, timepoint: string, on: string, score: number) => ({ instrument, timepoint, on, score });
    const referral = {
      ...f.referral(),
      measures: [
        measure('constructor', 'baseline', '2025-04-09', 10),
        measure('constructor', 'exit', '2025-06-30', 14),
        measure('to-string', 'baseline', '2025-04-09', 10),
        measure('to-string', 'exit', '2025-06-30', 12),
      ],
    } as Referral;
    const summary = summarizeOutcomes([referral], { validate: true });
    expect(Object.keys(summary.total.wellbeing).sort()).toEqual(['constructor', 'to-string']);
    expect(summary.total.wellbeing['constructor']).toMatchObject({ higherIsBetter: null, paired: 1, meanChange: 4 });
    expect(findBadValue(summary)).toBeNull();
    expect(Object.hasOwn(Object, 'paired')).toBe(false);
    const accumulator = createOutcomeAccumulator();
    accumulator.add(referral);
    const merged = createOutcomeAccumulator();
    merged.merge(JSON.parse(JSON.stringify(accumulator.state())));
    expect(merged.result().total.wellbeing['constructor']?.paired).toBe(1);
    expect(Object.hasOwn(Object, 'paired')).toBe(false);
  });

  it('merging a serialised state with a "__proto__" instrument does not pollute Object.prototype', () => {
    const accumulator = createOutcomeAccumulator();
    accumulator.add(f.referral() as Referral);
    const text = JSON.stringify(accumulator.state()).replace('"wellbeing":{', `"wellbeing":{"__proto__":{"paired":1,"unscorable":0,"sumBaseline":0,"sumFollowUp":0,"improved":0,"meaningfullyImproved":0},`);
    expectNoPollution(() => {
      const target = createOutcomeAccumulator();
      target.merge(JSON.parse(text));
      return target.state();
    });
  });
});
