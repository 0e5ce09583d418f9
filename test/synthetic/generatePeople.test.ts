import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/core/index.js';
import { checkEligibility, PersonSchema, schemes } from '../../src/eligibility/index.js';
import { birthWindow } from '../../src/synthetic/generatePeople.js';
import { generatePeople, SYNTHETIC_AGE_BANDS, SYNTHETIC_PEOPLE_DISTRIBUTIONS } from '../../src/synthetic/index.js';
import { errorOf } from '../support/errorOf.js';

const base = { seed: 'list', asOf: '2025-06-01' } as const;

/** Whole years from birth to on, both ISO dates (29 February reached on 1 March in common years). */
function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m * 100 + d < bm * 100 + bd ? 1 : 0);
}

/** Paths of every property, at any depth, whose value is undefined. */
function undefinedPaths(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [`${path}.${key}`] : undefinedPaths(item, `${path}.${key}`)));
}

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('generatePeople', () => {
  const people = () => generatePeople({ ...base, count: 5000 });

  it('gives the same people for a seed on every machine and in every time zone (pinned digest)', () => {
    const digest = createHash('sha256').update(JSON.stringify(generatePeople({ ...base, count: 500 }))).digest('hex').slice(0, 16);
    expect(digest).toMatchInlineSnapshot(`"e181d21eb333357c"`);
    expect(generatePeople({ ...base, count: 3 })).toEqual(people().slice(0, 3));
    expect(generatePeople({ ...base, seed: 'other', count: 3 })).not.toEqual(people().slice(0, 3));
    expect(generatePeople({ ...base, seed: 7, count: 3 })).not.toEqual(generatePeople({ ...base, seed: '7', count: 3 }));
  });

  it('gives valid persons, with no undefined field', () => {
    for (const person of people()) expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(undefinedPaths(people())).toEqual([]);
    const given = generatePeople({ ...base, count: 200, unknownShare: 0, areas: [{ ward: 'W', lsoa: undefined }], practices: [{ code: 'P', pcn: undefined, weight: undefined }] });
    expect(undefinedPaths(given)).toEqual([]);
    expect(given.every((p) => Object.keys(p.residence!).join() === 'ward' && !('pcn' in p))).toBe(true);
    expect(JSON.parse(JSON.stringify(people()))).toEqual(people());
  });

  it('draws ages 0 to 100 on the date given, in the shape of the age bands', () => {
    const ages = people().map((person) => ageOn(person.birthDate!, base.asOf));
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(100);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(95);
    const total = SYNTHETIC_PEOPLE_DISTRIBUTIONS.ageBandWeights.reduce((a, b) => a + b, 0);
    SYNTHETIC_AGE_BANDS.forEach((band, i) => {
      const [low, high] = band.split('-').map(Number) as [number, number];
      const share = ages.filter((age) => age >= low && age <= high).length / ages.length;
      expect(Math.abs(share - SYNTHETIC_PEOPLE_DISTRIBUTIONS.ageBandWeights[i]! / total), band).toBeLessThan(0.025);
    });
  });

  it('draws birth dates on every day of the year of an age, so an age is reached on the date given exactly', () => {
    const onLeapDay = generatePeople({ count: 3000, seed: 1, asOf: '2024-02-29' });
    for (const person of onLeapDay) expect(ageOn(person.birthDate!, '2024-02-29')).toBeGreaterThanOrEqual(0);
    const youngest = onLeapDay.map((person) => person.birthDate!).sort().at(-1)!;
    expect(youngest <= '2024-02-29').toBe(true);
    const babies = generatePeople({ count: 4000, seed: 2, asOf: '2025-06-01' }).filter((p) => ageOn(p.birthDate!, '2025-06-01') === 0);
    const days = babies.map((p) => toDayNumber(p.birthDate!) - toDayNumber('2024-06-02'));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...days)).toBeLessThanOrEqual(364);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(300);
  });

  it('draws birth dates between the same date a year apart, taking 28 February where 29 February does not exist', () => {
    expect(birthWindow('2025-06-01', 0)).toEqual({ earliest: '2024-06-02', latest: '2025-06-01' });
    expect(birthWindow('2025-06-01', 100)).toEqual({ earliest: '1924-06-02', latest: '1925-06-01' });
    expect(birthWindow('2024-02-29', 1)).toEqual({ earliest: '2022-03-01', latest: '2023-02-28' });
    expect(birthWindow('2024-02-29', 4)).toEqual({ earliest: '2019-03-01', latest: '2020-02-29' });
    // 1900 is not a leap year (divisible by 100), 2000 and 1600 are (divisible by 400).
    expect(birthWindow('2000-02-29', 100)).toEqual({ earliest: '1899-03-01', latest: '1900-02-28' });
    expect(birthWindow('2000-02-29', 0)).toEqual({ earliest: '1999-03-01', latest: '2000-02-29' });
    expect(birthWindow('1700-02-28', 100)).toEqual({ earliest: '1599-03-01', latest: '1600-02-28' });
    expect(birthWindow('1604-02-29', 3)).toEqual({ earliest: '1600-03-01', latest: '1601-02-28' });
    expect(birthWindow('1604-02-29', 3 + 1)).toEqual({ earliest: '1599-03-01', latest: '1600-02-29' });
    // Only 29 February moves: the 29th of another month, and 28 February, stay.
    expect(birthWindow('2025-05-29', 2)).toEqual({ earliest: '2022-05-30', latest: '2023-05-29' });
    expect(birthWindow('2024-02-28', 1)).toEqual({ earliest: '2022-03-01', latest: '2023-02-28' });
    expect(birthWindow('2024-03-29', 1)).toEqual({ earliest: '2022-03-30', latest: '2023-03-29' });
    expect(birthWindow('2024-02-10', 1)).toEqual({ earliest: '2022-02-11', latest: '2023-02-10' });
  });

  it('keeps very large and very small weights finite', () => {
    const list = generatePeople({
      ...base,
      count: 400,
      practices: [{ code: 'A', weight: 1e308 }, { code: 'B', weight: 1e308 }, { code: 'C', weight: Number.MIN_VALUE }],
    });
    const counts = new Map<string, number>();
    for (const p of list) counts.set(p.registeredPractice!, (counts.get(p.registeredPractice!) ?? 0) + 1);
    expect(counts.get('A')! > 150 && counts.get('B')! > 150).toBe(true);
    expect(counts.get('C')).toBeUndefined();
  });

  it('gives conditions more often with age, as the table says', () => {
    const share = (condition: string, low: number, high: number) => {
      const group = people().filter((p) => p.conditions !== undefined && ageOn(p.birthDate!, base.asOf) >= low && ageOn(p.birthDate!, base.asOf) <= high);
      return group.filter((p) => p.conditions!.includes(condition)).length / group.length;
    };
    expect(share('dementia', 0, 44)).toBe(0);
    expect(share('frailty', 85, 100)).toBeGreaterThan(0.15);
    expect(share('depression', 16, 64)).toBeGreaterThan(0.09);
    expect(share('depression', 16, 64)).toBeLessThan(0.17);
  });

  it('leaves about a tenth of conditions, residences and flags unrecorded by default, none at 0 and all at 1', () => {
    const missing = (list: ReturnType<typeof people>, field: 'conditions' | 'residence' | 'flags') => list.filter((p) => p[field] === undefined).length / list.length;
    for (const field of ['conditions', 'residence', 'flags'] as const) {
      expect(Math.abs(missing(people(), field) - 0.1), field).toBeLessThan(0.02);
    }
    const known = generatePeople({ ...base, count: 500, unknownShare: 0 });
    const unknown = generatePeople({ ...base, count: 500, unknownShare: 1 });
    for (const field of ['conditions', 'residence', 'flags'] as const) {
      expect(missing(known, field)).toBe(0);
      expect(missing(unknown, field)).toBe(1);
    }
    expect(unknown.every((p) => p.birthDate !== undefined && p.registeredPractice !== undefined)).toBe(true);
  });

  it('registers people with fictional practices in two PCNs by default, and lives them in fictional wards', () => {
    expect(new Set(people().map((p) => `${p.registeredPractice} ${p.pcn}`))).toEqual(
      new Set(['syn-practice-1 syn-pcn-1', 'syn-practice-2 syn-pcn-1', 'syn-practice-3 syn-pcn-2']),
    );
    expect(new Set(people().filter((p) => p.residence).map((p) => JSON.stringify(p.residence)))).toEqual(
      new Set(['{"ward":"syn-ward-1","borough":"syn-borough"}', '{"ward":"syn-ward-2","borough":"syn-borough"}']),
    );
  });

  it('spreads people over the practices and areas given, by weight, keeping only the area fields given', () => {
    const list = generatePeople({
      ...base,
      count: 4000,
      unknownShare: 0,
      practices: [{ code: 'P1', weight: 3 }, { code: 'P2', pcn: 'N2' }],
      areas: [{ borough: 'Woking', ward: 'Maybury', lsoa: 'E01000001', postcodeDistrict: 'GU21', weight: 1e308 }, { borough: 'Runnymede', weight: 1e308 }],
    });
    const p1 = list.filter((p) => p.registeredPractice === 'P1');
    expect(Math.abs(p1.length / list.length - 0.75)).toBeLessThan(0.03);
    expect(p1.every((p) => !('pcn' in p))).toBe(true);
    expect(list.filter((p) => p.registeredPractice === 'P2').every((p) => p.pcn === 'N2')).toBe(true);
    const woking = list.filter((p) => p.residence?.borough === 'Woking');
    expect(Math.abs(woking.length / list.length - 0.5)).toBeLessThan(0.03);
    expect(woking[0]!.residence).toEqual({ lsoa: 'E01000001', ward: 'Maybury', borough: 'Woking', postcodeDistrict: 'GU21' });
    expect(list.find((p) => p.residence?.borough === 'Runnymede')!.residence).toEqual({ borough: 'Runnymede' });
  });

  it('gives the facts the presets test: medically fit for discharge only in hospital', () => {
    const list = generatePeople({ ...base, count: 20_000, unknownShare: 0 });
    const inHospital = list.filter((p) => p.flags!.inHospital);
    expect(inHospital.length).toBeGreaterThan(40);
    expect(inHospital.length).toBeLessThan(130);
    expect(list.filter((p) => p.flags!.medicallyFitForDischarge).every((p) => p.flags!.inHospital)).toBe(true);
    expect(inHospital.some((p) => p.flags!.medicallyFitForDischarge)).toBe(true);
    expect(inHospital.some((p) => !p.flags!.medicallyFitForDischarge)).toBe(true);
    const carers = list.filter((p) => p.flags!.caresForPersonWithDementia).length / list.length;
    expect(Math.abs(carers - 0.01)).toBeLessThan(0.004);
  });

  it('screens into every decision against a preset', () => {
    const list = generatePeople({ ...base, count: 2000, areas: [{ borough: 'Woking' }, { borough: 'Guildford' }, { borough: 'Leeds' }] });
    const decisions = new Set(list.map((p) => checkEligibility(schemes.nwSurreyWellbeingCoordinator, p, { referredOn: base.asOf, source: 'gp-practice' }).decision));
    expect(decisions).toEqual(new Set(['eligible', 'ineligible', 'needs-information']));
  });

  it('gives none for a count of 0', () => {
    expect(generatePeople({ ...base, count: 0 })).toEqual([]);
  });
});

describe('generatePeople: a draw of exactly 0', () => {
  // Every draw is k / 2^32, and a draw is exactly 0 when the generator's state is 0. These seeds were built (by inverting
  // the seed hash and the record mix) so that person 0's draw at one position is exactly 0: a rate of 0 must still mean
  // never, and an unknownShare of 0 must still mean always recorded.
  it('gives no condition whose rate for the age band is 0, even on a draw of 0', () => {
    // Draw 4 (COPD, rate 0 in person 0's band, ages 16 to 29) is exactly 0.
    expect(generatePeople({ count: 1, seed: 'zero-copd\u4e00\u5ab1\ufd13', asOf: '2025-06-01', unknownShare: 0 })).toEqual([
      {
        birthDate: '2006-01-13',
        conditions: ['diabetes-type-1'],
        registeredPractice: 'syn-practice-2',
        pcn: 'syn-pcn-1',
        residence: { ward: 'syn-ward-2', borough: 'syn-borough' },
        flags: { inHospital: false, medicallyFitForDischarge: false, caresForPersonWithDementia: false },
      },
    ]);
  });

  it('records conditions at unknownShare 0 when their draw is 0', () => {
    expect(generatePeople({ count: 1, seed: 'zero-conditions\u4e21\ueaf9\u365f', asOf: '2025-06-01', unknownShare: 0 })).toEqual([
      {
        birthDate: '1983-03-02',
        conditions: [],
        registeredPractice: 'syn-practice-1',
        pcn: 'syn-pcn-1',
        residence: { ward: 'syn-ward-1', borough: 'syn-borough' },
        flags: { inHospital: false, medicallyFitForDischarge: false, caresForPersonWithDementia: false },
      },
    ]);
  });

  it('records the residence at unknownShare 0 when its draw is 0', () => {
    expect(generatePeople({ count: 1, seed: 'zero-residence\u4e0c\ueec1\ucfab', asOf: '2025-06-01', unknownShare: 0 })).toEqual([
      {
        birthDate: '1987-12-11',
        conditions: [],
        registeredPractice: 'syn-practice-1',
        pcn: 'syn-pcn-1',
        residence: { ward: 'syn-ward-2', borough: 'syn-borough' },
        flags: { inHospital: false, medicallyFitForDischarge: false, caresForPersonWithDementia: true },
      },
    ]);
  });

  it('records the flags at unknownShare 0 when their draw is 0', () => {
    expect(generatePeople({ count: 1, seed: 'zero-flags\u4e00\u7124\u68cc', asOf: '2025-06-01', unknownShare: 0 })).toEqual([
      {
        birthDate: '1998-02-18',
        conditions: ['anxiety'],
        registeredPractice: 'syn-practice-1',
        pcn: 'syn-pcn-1',
        residence: { ward: 'syn-ward-2', borough: 'syn-borough' },
        flags: { inHospital: false, medicallyFitForDischarge: false, caresForPersonWithDementia: false },
      },
    ]);
  });
});

describe('generatePeople options', () => {
  it.each([
    ['a negative count', { count: -1 }, [['count'], 'must be at least 0']],
    ['a fractional count', { count: 1.5 }, [['count'], 'must be a whole number']],
    ['too many', { count: 10_000_001 }, [['count'], 'must be at most 10000000']],
    ['an impossible date', { asOf: '2025-02-29' }, [['asOf'], 'must be a real calendar date written YYYY-MM-DD']],
    ['a date before 1200', { asOf: '1199-12-31' }, [['asOf'], 'must be from the year 1200 on (birth dates go back 101 years)']],
    ['an unknown share above 1', { unknownShare: 1.1 }, [['unknownShare'], 'must be at most 1']],
    ['no practices', { practices: [] }, [['practices'], 'must not be empty']],
    ['a blank practice code', { practices: [{ code: '' }] }, [['practices', 0, 'code'], 'must not be empty']],
    ['a long practice code', { practices: [{ code: 'x'.repeat(129) }] }, [['practices', 0, 'code'], 'must be at most 128 characters']],
    ['a weight of 0', { practices: [{ code: 'P', weight: 0 }] }, [['practices', 0, 'weight'], 'must be a number above 0']],
    ['an infinite weight', { areas: [{ ward: 'W', weight: Infinity }] }, [['areas', 0, 'weight'], 'must be a number']],
    ['an area with no area field', { areas: [{ weight: 1 }] }, [['areas', 0], 'needs at least one of lsoa, ward, borough, postcodeDistrict']],
    ['an area of undefined fields', { areas: [{ ward: undefined }] }, [['areas', 0], 'needs at least one of lsoa, ward, borough, postcodeDistrict']],
    ['an unknown option', { from: '2025-01-01' }, [[], 'has 1 unrecognised key']],
    ['a seed that is not a whole number', { seed: 1.5 }, [['seed'], 'does not match any allowed form']],
  ])('rejects %s', (_name, change, [path, message]) => {
    expect(errorOf(() => generatePeople({ count: 1, ...base, ...change }))).toEqual({
      code: 'synthetic/invalid-options',
      issues: [{ path, message }],
    });
  });

  it('rejects options that are not an object', () => {
    expect(errorOf(() => generatePeople(null as never)).code).toBe('synthetic/invalid-options');
  });

  it('takes the edges of each option', () => {
    expect(generatePeople({ count: 1, seed: 0, asOf: '1200-01-01', unknownShare: 1 })).toHaveLength(1);
    expect(generatePeople({ count: 1, seed: '', asOf: '9999-12-31', practices: [{ code: 'x'.repeat(128), weight: Number.MIN_VALUE }] })[0]!.registeredPractice).toBe('x'.repeat(128));
  });
});

describe('SYNTHETIC_PEOPLE_DISTRIBUTIONS', () => {
  it('is deeply frozen, with a rate per age band for every condition', () => {
    expect(deeplyFrozen(SYNTHETIC_PEOPLE_DISTRIBUTIONS)).toBe(true);
    expect(deeplyFrozen(SYNTHETIC_AGE_BANDS)).toBe(true);
    expect(SYNTHETIC_PEOPLE_DISTRIBUTIONS.ageBandWeights).toHaveLength(SYNTHETIC_AGE_BANDS.length);
    for (const rates of Object.values(SYNTHETIC_PEOPLE_DISTRIBUTIONS.conditionRates)) {
      expect(rates).toHaveLength(SYNTHETIC_AGE_BANDS.length);
      expect(rates.every((rate) => rate >= 0 && rate < 1)).toBe(true);
    }
  });
});
