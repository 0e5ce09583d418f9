import * as z from 'zod';
import { fromDayNumber, IsoDateSchema, issuesFromZod, SocialPrescribingError, toDayNumber } from '../core/index.js';
import type { Person } from '../eligibility/index.js';
import { SYNTHETIC_AGE_BANDS, SYNTHETIC_PEOPLE_DISTRIBUTIONS as D } from './peopleDistributions.js';
import { cumulate, hashSeed, intBetween, pickWeighted, recordRandom, type Random } from './random.js';

const AREA_FIELDS = ['lsoa', 'ward', 'borough', 'postcodeDistrict'] as const;

/**
 * Zod schema of the options of {@link generatePeople}, the source of their type.
 *
 * @category Synthetic
 * @example
 * ```ts
 * import { GeneratePeopleOptionsSchema } from 'social-prescribing/synthetic';
 *
 * GeneratePeopleOptionsSchema.safeParse({ count: 100, seed: 'demo', asOf: '2025-06-01', areas: [{ borough: 'Woking' }] }).success;
 * //=> true
 * GeneratePeopleOptionsSchema.safeParse({ count: 100, seed: 'demo', asOf: '2025-06-01', areas: [{ weight: 2 }] }).success;
 * //=> false
 * ```
 */
export const GeneratePeopleOptionsSchema = /* @__PURE__ */ (() => {
  const code = z.string().min(1, { message: 'must not be empty' }).max(128, { message: 'must be at most 128 characters' });
  const weight = z.number().positive({ message: 'must be a number above 0' });
  return z.strictObject({
    /** How many people, a whole number from 0 to 10,000,000. */
    count: z.number().int().min(0).max(10_000_000),
    /** The seed: the same seed and options give the same people on every machine. A string or a whole number. */
    seed: z.union([z.string(), z.number().int()]),
    /** The date ages are reached on (birth dates are drawn so that each person has the drawn age on it); from the year 1200. */
    asOf: IsoDateSchema.refine((date) => date >= '1200-01-01', { message: 'must be from the year 1200 on (birth dates go back 101 years)' }),
    /** Practices people are registered with, each with its PCN and relative size; default three fictional practices in two PCNs. */
    practices: z
      .array(z.strictObject({ code, pcn: code.optional(), weight: weight.optional() }))
      .min(1)
      .max(10_000)
      .optional(),
    /** Areas people live in, each a consistent set of area values and a relative size; default two fictional wards of one borough. */
    areas: z
      .array(
        z
          .strictObject({ lsoa: code.optional(), ward: code.optional(), borough: code.optional(), postcodeDistrict: code.optional(), weight: weight.optional() })
          .refine((area) => AREA_FIELDS.some((field) => area[field] !== undefined), { message: 'needs at least one of lsoa, ward, borough, postcodeDistrict' }),
      )
      .min(1)
      .max(10_000)
      .optional(),
    /** Share of people whose conditions, residence and flags are each not recorded, from 0 to 1. Default 0.1. */
    unknownShare: z.number().min(0).max(1).optional(),
  });
})();

/**
 * Options of {@link generatePeople} (see {@link GeneratePeopleOptionsSchema}).
 *
 * @category Synthetic
 */
export type GeneratePeopleOptions = z.input<typeof GeneratePeopleOptionsSchema>;

type PracticeOption = NonNullable<z.output<typeof GeneratePeopleOptionsSchema>['practices']>[number];
type AreaOption = NonNullable<z.output<typeof GeneratePeopleOptionsSchema>['areas']>[number];

const DEFAULT_PRACTICES: readonly PracticeOption[] = [
  { code: 'syn-practice-1', pcn: 'syn-pcn-1' },
  { code: 'syn-practice-2', pcn: 'syn-pcn-1' },
  { code: 'syn-practice-3', pcn: 'syn-pcn-2' },
];
const DEFAULT_AREAS: readonly AreaOption[] = [
  { ward: 'syn-ward-1', borough: 'syn-borough' },
  { ward: 'syn-ward-2', borough: 'syn-borough' },
];
// Pure calls, so that a bundler drops the tables when generatePeople is not imported.
const BANDS = /* @__PURE__ */ (() => SYNTHETIC_AGE_BANDS.map((band) => band.split('-').map(Number) as [number, number]))();
const BAND_CUMULATIVE = /* @__PURE__ */ (() => cumulate(D.ageBandWeights))();
const CONDITIONS = /* @__PURE__ */ (() => Object.entries(D.conditionRates) as [string, readonly number[]][])();

/** Relative weights scaled by the largest, so that their sum stays finite. */
function cumulativeOf(items: readonly { weight?: number | undefined }[]): number[] {
  const weights = items.map((item) => item.weight ?? 1);
  const largest = Math.max(...weights);
  return cumulate(weights.map((w) => w / largest));
}

/** The day number of the date `years` years before `y-m-d`; 29 February becomes 28 February in a common year. */
function yearsBefore(y: number, m: number, d: number, years: number): number {
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return toDayNumber(`${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * The first and last days on which a person can be born to be `age` years old on `asOf`: from the
 * day after the same date `age + 1` years earlier to the same date `age` years earlier. When
 * `asOf` is 29 February and that year is a common year, its 28 February is taken.
 *
 * @example
 * ```ts
 * import { birthWindow } from './generatePeople.js';
 *
 * birthWindow('2025-06-01', 0);
 * //=> { earliest: '2024-06-02', latest: '2025-06-01' }
 * birthWindow('2024-02-29', 1);
 * //=> { earliest: '2022-03-01', latest: '2023-02-28' }
 * birthWindow('2024-02-29', 4);
 * //=> { earliest: '2019-03-01', latest: '2020-02-29' }
 * ```
 */
export function birthWindow(asOf: string, age: number): { earliest: string; latest: string } {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  return { earliest: fromDayNumber(yearsBefore(y, m, d, age + 1) + 1), latest: fromDayNumber(yearsBefore(y, m, d, age)) };
}

/** A birth date drawn evenly from the days on which being born gives age `age` on `asOf`. */
function birthDate(random: Random, asOf: string, age: number): string {
  const { earliest, latest } = birthWindow(asOf, age);
  const first = toDayNumber(earliest);
  return fromDayNumber(first + Math.floor(random.next() * (toDayNumber(latest) - first + 1)));
}

/**
 * Seeded synthetic people shaped like a GP practice list, as eligibility `Person` values, so that a
 * list can be screened against a scheme without a hand-written generator: a birth date (ages from
 * 0 to 100), conditions drawn by age, the practice and PCN registered with, an area of residence
 * and the named facts the presets test (`inHospital`, `medicallyFitForDischarge`,
 * `caresForPersonWithDementia`). A share of people (`unknownShare`, default 10%) has each of
 * conditions, residence and flags not recorded, as in a real list, so screening finds
 * `needs-information` decisions too. The shape is {@link SYNTHETIC_PEOPLE_DISTRIBUTIONS}:
 * illustrative, not measured.
 *
 * Person `i` depends only on the seed, the options and `i`, so the same options give the same
 * people on every machine and in every time zone. The people are fictional; the default practices,
 * PCNs and areas are named `syn-...`.
 *
 * @param options - `count`, `seed`, `asOf` and, optionally, `practices`, `areas` and `unknownShare`.
 * @returns `count` people.
 * @throws {@link core!SocialPrescribingError} `synthetic/invalid-options` for options that do not match
 * {@link GeneratePeopleOptionsSchema} (paths such as `['areas', 0]`).
 * @category Synthetic
 * @example
 * ```ts
 * import { checkEligibility, schemes } from 'social-prescribing/eligibility';
 * import { generatePeople } from 'social-prescribing/synthetic';
 *
 * const people = generatePeople({ count: 1000, seed: 'demo', asOf: '2025-06-01', areas: [{ borough: 'Woking' }, { borough: 'Runnymede' }] });
 * people[0];
 * //=> {
 * //   birthDate: '2013-12-12',
 * //   conditions: [],
 * //   registeredPractice: 'syn-practice-1',
 * //   pcn: 'syn-pcn-1',
 * //   residence: { borough: 'Woking' },
 * //   flags: { inHospital: false, medicallyFitForDischarge: false, caresForPersonWithDementia: false },
 * // }
 * const decisions = people.map((person) => checkEligibility(schemes.nwSurreyWellbeingCoordinator, person, { referredOn: '2025-06-01', source: 'gp-practice' }).decision);
 * ['eligible', 'ineligible', 'needs-information'].every((decision) => decisions.includes(decision));
 * //=> true
 * generatePeople({ count: -1, seed: 'demo', asOf: '2025-06-01' });
 * //=> throws 'synthetic/invalid-options'
 * ```
 */
export function generatePeople(options: GeneratePeopleOptions): Person[] {
  const parsed = GeneratePeopleOptionsSchema.safeParse(options);
  if (!parsed.success) throw new SocialPrescribingError('synthetic/invalid-options', issuesFromZod(parsed.error.issues));
  const o = parsed.data;
  const practices = o.practices ?? DEFAULT_PRACTICES;
  const areas = o.areas ?? DEFAULT_AREAS;
  const practiceCumulative = cumulativeOf(practices);
  const areaCumulative = cumulativeOf(areas);
  const unknown = o.unknownShare ?? D.unknownShare;
  const seedHash = hashSeed(o.seed);
  const people: Person[] = [];
  for (let index = 0; index < o.count; index++) {
    const random = recordRandom(seedHash, index);
    const band = pickWeighted(random, BAND_CUMULATIVE);
    const [youngest, oldest] = BANDS[band] as [number, number];
    const person: Person = { birthDate: birthDate(random, o.asOf, intBetween(random, youngest, oldest)) };
    const conditions = CONDITIONS.filter(([, rates]) => random.next() < (rates[band] as number)).map(([id]) => id);
    if (random.next() >= unknown) person.conditions = conditions;
    const practice = practices[pickWeighted(random, practiceCumulative)] as PracticeOption;
    person.registeredPractice = practice.code;
    if (practice.pcn !== undefined) person.pcn = practice.pcn;
    const area = areas[pickWeighted(random, areaCumulative)] as AreaOption;
    if (random.next() >= unknown) {
      const residence: NonNullable<Person['residence']> = {};
      for (const field of AREA_FIELDS) if (area[field] !== undefined) residence[field] = area[field];
      person.residence = residence;
    }
    const inHospital = random.next() < D.flagRates.inHospital;
    const fit = inHospital && random.next() < D.flagRates.medicallyFitForDischarge;
    const carer = random.next() < D.flagRates.caresForPersonWithDementia;
    if (random.next() >= unknown) person.flags = { inHospital, medicallyFitForDischarge: fit, caresForPersonWithDementia: carer };
    people.push(person);
  }
  return people;
}
