/** fast-check arbitraries for eligibility: random valid criteria, schemes, persons and referrals. */
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../../src/core/index.js';
import type { Criterion, EligibilityReferral, Person, Scheme } from '../../src/eligibility/index.js';

export const CONDITIONS = ['copd', 'asthma', 'depression', 'dementia', 'local-code-7'];
export const PRACTICES = ['P1', 'P2', 'P3'];
export const PCNS = ['N1', 'N2'];
export const BOROUGHS = ['Woking', 'Runnymede', 'Surrey Heath'];
export const WARDS = ['Canalside', 'Byfleet'];
export const LSOAS = ['E01030001', 'E01030002'];
export const DISTRICTS = ['GU21', 'GU22'];
export const FLAGS = ['inHospital', 'medicallyFitForDischarge'];
export const SOURCES = ['gp-practice', 'self', 'vcse', 'hospital'];

const FIRST_DAY = toDayNumber('2018-01-01');
const LAST_DAY = toDayNumber('2027-12-31');
const dateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);
const someOf = (values: readonly string[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });
const someOrNone = (values: readonly string[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 0, maxLength: values.length });

const ageArb: fc.Arbitrary<Criterion> = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }))
  .filter(([a, b]) => a !== undefined || b !== undefined)
  .map(([a, b]) => {
    const [min, max] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return { kind: 'age', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  });

const registeredArb: fc.Arbitrary<Criterion> = fc.oneof(
  someOrNone(PRACTICES).map((practices) => ({ kind: 'registeredWith' as const, practices })),
  someOrNone(PCNS).map((pcns) => ({ kind: 'registeredWith' as const, pcns })),
  fc.tuple(someOf(PRACTICES), someOf(PCNS)).map(([practices, pcns]) => ({ kind: 'registeredWith' as const, practices, pcns })),
);

const residentArb: fc.Arbitrary<Criterion> = fc.oneof(
  someOrNone(BOROUGHS).map((anyOf) => ({ kind: 'residentIn' as const, areaType: 'borough' as const, anyOf })),
  someOf(WARDS).map((anyOf) => ({ kind: 'residentIn' as const, areaType: 'ward' as const, anyOf })),
  someOf(LSOAS).map((anyOf) => ({ kind: 'residentIn' as const, areaType: 'lsoa' as const, anyOf })),
  someOf(DISTRICTS).map((anyOf) => ({ kind: 'residentIn' as const, areaType: 'postcode-district' as const, anyOf })),
);

const conditionArb: fc.Arbitrary<Criterion> = someOf(CONDITIONS).map((anyOf) => ({ kind: 'hasCondition' as const, anyOf }));

const sourceArb: fc.Arbitrary<Criterion> = fc
  .tuple(someOf(SOURCES), fc.option(dateArb, { nil: undefined }), fc.option(dateArb, { nil: undefined }))
  .map(([anyOf, a, b]) => {
    const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return { kind: 'referralSource' as const, anyOf, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  });

const flagArb: fc.Arbitrary<Criterion> = fc
  .tuple(fc.constantFrom(...FLAGS), fc.option(fc.boolean(), { nil: undefined }))
  .map(([name, equals]) => ({ kind: 'flag' as const, name, ...(equals === undefined ? {} : { equals }) }));

const anyoneArb: fc.Arbitrary<Criterion> = fc.constant({ kind: 'anyone' as const });

export const leafArb: fc.Arbitrary<Criterion> = fc.oneof(ageArb, registeredArb, residentArb, conditionArb, sourceArb, flagArb, anyoneArb);

/** Random criterion trees, up to a few levels deep. */
export const criterionArb: fc.Arbitrary<Criterion> = fc.letrec<{ node: Criterion }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'criterion' },
    leafArb,
    fc.array(tie('node'), { maxLength: 6 }).map((of) => ({ kind: 'all' as const, of })),
    fc.array(tie('node'), { maxLength: 6 }).map((of) => ({ kind: 'any' as const, of })),
    tie('node').map((criterion) => ({ kind: 'not' as const, criterion })),
  ),
})).node;

export const schemeArb: fc.Arbitrary<Scheme> = criterionArb.map((criteria) => ({ id: 'random', name: 'Random scheme', criteria }));

/** A referral and a consistent person (age and birth date agree when both are present). */
export const caseArb: fc.Arbitrary<{ person: Person; referral: EligibilityReferral }> = fc
  .record({
    referredOn: dateArb,
    source: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
    ageMode: fc.constantFrom('none', 'birthDate', 'age', 'both'),
    daysOld: fc.integer({ min: 0, max: 100 * 366 }),
    conditions: fc.option(someOrNone(CONDITIONS), { nil: undefined }),
    registeredPractice: fc.option(fc.constantFrom(...PRACTICES, 'P9'), { nil: undefined }),
    pcn: fc.option(fc.constantFrom(...PCNS, 'N9'), { nil: undefined }),
    residence: fc.option(
      fc.record(
        {
          borough: fc.constantFrom(...BOROUGHS, 'luton', ' surrey  heath '),
          ward: fc.constantFrom(...WARDS, 'Goldsworth Park'),
          lsoa: fc.constantFrom(...LSOAS),
          postcodeDistrict: fc.constantFrom(...DISTRICTS, 'gu21'),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    flags: fc.option(fc.record({ inHospital: fc.boolean(), medicallyFitForDischarge: fc.boolean() }, { requiredKeys: [] }), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const birthDate = addDays(r.referredOn, -r.daysOld);
    const person: Person = {};
    if (r.ageMode === 'birthDate' || r.ageMode === 'both') person.birthDate = birthDate;
    if (r.ageMode === 'age' || r.ageMode === 'both') {
      const on = Number(r.referredOn.replaceAll('-', ''));
      const born = Number(birthDate.replaceAll('-', ''));
      person.age = Math.min(150, Math.floor((on - born) / 10000));
    }
    if (r.conditions !== undefined) person.conditions = r.conditions;
    if (r.registeredPractice !== undefined) person.registeredPractice = r.registeredPractice;
    if (r.pcn !== undefined) person.pcn = r.pcn;
    if (r.residence !== undefined) person.residence = r.residence;
    if (r.flags !== undefined) person.flags = r.flags;
    const referral: EligibilityReferral = { referredOn: r.referredOn };
    if (r.source !== undefined) referral.source = r.source;
    return { person, referral };
  });

/** Removes some known facts (whole fields, residence parts, flags, the referral source). */
export function forget(
  person: Person,
  referral: EligibilityReferral,
  drop: readonly boolean[],
): { person: Person; referral: EligibilityReferral } {
  let i = 0;
  const dropNext = () => drop[i++ % drop.length] === true;
  const fewer: Person = {};
  if (person.birthDate !== undefined && !dropNext()) fewer.birthDate = person.birthDate;
  if (person.age !== undefined && !dropNext()) fewer.age = person.age;
  if (person.conditions !== undefined && !dropNext()) fewer.conditions = person.conditions;
  if (person.registeredPractice !== undefined && !dropNext()) fewer.registeredPractice = person.registeredPractice;
  if (person.pcn !== undefined && !dropNext()) fewer.pcn = person.pcn;
  if (person.residence !== undefined && !dropNext()) {
    fewer.residence = Object.fromEntries(Object.entries(person.residence).filter(() => !dropNext()));
  }
  if (person.flags !== undefined && !dropNext()) {
    fewer.flags = Object.fromEntries(Object.entries(person.flags).filter(() => !dropNext()));
  }
  const lessReferral: EligibilityReferral = { referredOn: referral.referredOn };
  if (referral.source !== undefined && !dropNext()) lessReferral.source = referral.source;
  return { person: fewer, referral: lessReferral };
}
