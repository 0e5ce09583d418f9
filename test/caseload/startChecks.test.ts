/**
 * caseload's hand-written number kernel (startChecks, kept for planCaseload's no-zod size budget)
 * accepts and rejects exactly what its zod rule, QUANTITY_SCHEMAS, does, for every quantity.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { QUANTITY_SCHEMAS, startChecks, type Quantity } from '../../src/caseload/validate.js';

const quantities = Object.keys(QUANTITY_SCHEMAS) as Quantity[];
const edges = fc.constantFrom(0, -0, 1, -1, 0.5, 1.6, 366, 367, 1e308, Number.MAX_SAFE_INTEGER, 2 ** 53, 5e-324, NaN, Infinity, -Infinity);
const number = fc.oneof(edges, fc.integer({ min: -5, max: 400 }), fc.double({ min: -2, max: 2 }), fc.double());
const hostile = fc.oneof(fc.constantFrom(undefined, null, true, '1', [], [1], {}), fc.anything());
const value = fc.oneof(
  { arbitrary: number, weight: 6 },
  { arbitrary: fc.record({ min: fc.oneof(number, hostile), max: fc.oneof(number, hostile), other: hostile }, { requiredKeys: [] }), weight: 4 },
  { arbitrary: fc.record({ min: number, max: number }), weight: 4 },
  { arbitrary: hostile, weight: 1 },
);

function kernelAccepts(input: unknown, quantity: Quantity): boolean {
  const checks = startChecks();
  checks.range(input, ['value'], quantity);
  try {
    checks.done();
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(SocialPrescribingError);
    return false;
  }
}

describe('startChecks', () => {
  test.prop([fc.constantFrom(...quantities), value], { numRuns: 5000 })('accepts and rejects exactly what QUANTITY_SCHEMAS does', (quantity, input) => {
    expect(kernelAccepts(input, quantity)).toBe(QUANTITY_SCHEMAS[quantity].safeParse(input).success);
  });
});
