import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { findEligibleSchemes, type Scheme } from '../../src/eligibility/index.js';

const flag = (id: string, name: string): Scheme => ({ id, name: id, criteria: { kind: 'flag', name } });

describe('findEligibleSchemes', () => {
  const person = { flags: { yes: true, no: false } };
  const on = { referredOn: '2025-06-01' };

  it('puts eligible first, then needs-information, then ineligible, stable within each', () => {
    const list = [flag('a', 'no'), flag('b', 'maybe'), flag('c', 'yes'), flag('d', 'no'), flag('e', 'yes'), flag('f', 'maybe')];
    expect(findEligibleSchemes(list, person, on).map((r) => `${r.schemeId}:${r.decision}`)).toEqual([
      'c:eligible',
      'e:eligible',
      'b:needs-information',
      'f:needs-information',
      'a:ineligible',
      'd:ineligible',
    ]);
    expect(findEligibleSchemes([], person, on)).toEqual([]);
  });

  it('rejects repeated scheme ids, bad schemes with their index, and bad persons even with no schemes', () => {
    const error = (() => {
      try {
        findEligibleSchemes([flag('a', 'x'), flag('a', 'y')], person, on);
      } catch (e) {
        return e as SocialPrescribingError;
      }
      return null;
    })();
    expect(error?.code).toBe('eligibility/duplicate-scheme-id');
    expect(error?.issues).toEqual([{ path: [1, 'id'], message: 'repeats the id of an earlier scheme' }]);
    expect(() => findEligibleSchemes([flag('a', 'x'), { id: 'b', name: '' } as never], person, on)).toThrow(
      'eligibility/invalid-scheme: 1.name',
    );
    expect(() => findEligibleSchemes('schemes' as never, person, on)).toThrow('eligibility/invalid-scheme');
    expect(() => findEligibleSchemes([], { age: -1 }, on)).toThrow('eligibility/invalid-person');
    const broken = {
      get id(): string {
        throw new TypeError('broken getter');
      },
    };
    expect(() => findEligibleSchemes([broken as never], person, on)).toThrow(TypeError);
  });
});
