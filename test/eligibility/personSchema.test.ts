import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { checkEligibility, PersonSchema, type Person } from '../../src/eligibility/index.js';

const anything = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 200 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]));
const maybeString = fc.oneof(fc.constantFrom('Woking', 'GU21', 'A86001'), fc.constant(''), anything);
const looseDate = fc.oneof(
  fc.integer({ min: 0, max: 80_000 }).map((n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('2023-02-29', '2024-02-29', '0999-12-31', '2025-13-01', '2025-1-1', '20250101'),
  anything,
);

/** Persons with each field absent, valid or malformed (but never both `age` and `birthDate`). */
const loosePerson = fc
  .record(
    {
      birthDate: looseDate,
      age: fc.oneof(fc.integer({ min: -2, max: 152 }), fc.double({ min: 0, max: 100 }), anything),
      conditions: fc.oneof(fc.array(fc.oneof(fc.constantFrom('copd', 'asthma'), fc.constant(''), anything), { maxLength: 3 }), anything),
      registeredPractice: maybeString,
      pcn: maybeString,
      residence: fc.oneof(fc.record({ ward: maybeString, borough: maybeString, lsoa: maybeString, postcodeDistrict: maybeString }, { requiredKeys: [] }), anything),
      flags: fc.oneof(fc.dictionary(fc.constantFrom('a', 'b'), fc.oneof(fc.boolean(), anything)), anything),
    },
    { requiredKeys: [] },
  )
  .filter((p) => !('birthDate' in p && 'age' in p));

describe('PersonSchema and checkEligibility agree on what a valid person is', () => {
  it('accepts exactly the persons checkEligibility accepts (up to the referral-date checks)', () => {
    fc.assert(
      fc.property(loosePerson, (person) => {
        let accepted = true;
        try {
          checkEligibility({ id: 's', name: 'S', criteria: { kind: 'all', of: [] } }, person as Person, { referredOn: '9999-12-31' });
        } catch (error) {
          expect(error).toBeInstanceOf(SocialPrescribingError);
          expect((error as SocialPrescribingError).code).toBe('eligibility/invalid-person');
          accepted = false;
        }
        expect(PersonSchema.safeParse(person).success).toBe(accepted);
      }),
      { numRuns: 1000 },
    );
  });
});
