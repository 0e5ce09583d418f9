import { describe, expect, it } from 'vitest';
import { compileScheme, schemes, withArea } from '../../src/eligibility/index.js';

describe('compileScheme', () => {
  const wtw = compileScheme(withArea(schemes.waysToWellness, ['A86001']));
  const on = { referredOn: '2025-06-01' };

  it('decides without explanations', () => {
    expect(wtw({ age: 74, conditions: ['copd', 'anxiety'], registeredPractice: 'A86001' }, on)).toBe('eligible');
    expect(wtw({ age: 50, conditions: ['depression'], registeredPractice: 'A86001' }, on)).toBe('ineligible');
    expect(wtw({ age: 50, registeredPractice: 'A86001' }, on)).toBe('needs-information');
  });

  it('validates each person as checkEligibility does', () => {
    expect(() => wtw({ birthDate: 'yesterday' }, on)).toThrow('eligibility/invalid-person: birthDate must be a real calendar date written YYYY-MM-DD');
    expect(() => wtw({}, { referredOn: '1.6.2025' })).toThrow('eligibility/invalid-referral');
  });

  it('validates the scheme once, when compiling', () => {
    expect(() => compileScheme({ id: '', name: 'x', criteria: { kind: 'all', of: [] } })).toThrow('eligibility/invalid-scheme');
  });
});
