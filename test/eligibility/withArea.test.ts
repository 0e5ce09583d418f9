import { describe, expect, it } from 'vitest';
import { checkEligibility, defineScheme, schemes, withArea, type Scheme } from '../../src/eligibility/index.js';
import { codeOf } from '../support/errorOf.js';

describe('withArea', () => {
  it('fills every unset area criterion from one list, in the list the criterion declares', () => {
    const before = JSON.stringify(schemes.waysToWellness);
    const wtw = withArea(schemes.waysToWellness, ['A86001']);
    expect(JSON.stringify(schemes.waysToWellness)).toBe(before);
    const registered = wtw.criteria.kind === 'all' ? wtw.criteria.of[2] : null;
    expect(registered).toMatchObject({ kind: 'registeredWith', practices: ['A86001'] });
    const nhse = withArea(schemes.nhsEnglandSplw, ['U12345']);
    expect(nhse.criteria.kind === 'all' ? nhse.criteria.of[0] : null).toMatchObject({ kind: 'registeredWith', pcns: ['U12345'] });
  });

  it('fills criteria by id, inside any combinator', () => {
    const dementia = withArea(schemes.dementiaNavigator, { area: ['Goldsworth Park', 'Walton North'] });
    const person = { conditions: ['dementia'], residence: { borough: 'Woking', ward: 'goldsworth park' } };
    expect(checkEligibility(dementia, person, { referredOn: '2025-06-01' }).decision).toBe('eligible');
    const nested: Scheme = {
      id: 'n',
      name: 'N',
      criteria: {
        kind: 'not',
        criterion: {
          kind: 'any',
          of: [
            { kind: 'residentIn', id: 'wards', areaType: 'ward', anyOf: [] },
            { kind: 'residentIn', id: 'districts', areaType: 'postcode-district', anyOf: [] },
            { kind: 'flag', name: 'x' },
          ],
        },
      },
    };
    const filled = withArea(nested, { wards: ['W1'], districts: ['GU21'] });
    expect(filled.criteria).toEqual({
      kind: 'not',
      criterion: {
        kind: 'any',
        of: [
          { kind: 'residentIn', id: 'wards', areaType: 'ward', anyOf: ['W1'] },
          { kind: 'residentIn', id: 'districts', areaType: 'postcode-district', anyOf: ['GU21'] },
          { kind: 'flag', name: 'x' },
        ],
      },
    });
    expect(withArea(nested, { wards: ['W1'] }).criteria).toMatchObject({ criterion: { of: [{ anyOf: ['W1'] }, { anyOf: [] }, { kind: 'flag' }] } });
  });

  it('rejects bad values and schemes with nothing to set', () => {
    expect(codeOf(() => withArea(schemes.waysToWellness, []))).toBe('eligibility/invalid-area');
    expect(codeOf(() => withArea(schemes.waysToWellness, ['A1', 'A1']))).toBe('eligibility/invalid-area');
    expect(codeOf(() => withArea(schemes.waysToWellness, ['A1', ''] as never))).toBe('eligibility/invalid-area');
    expect(codeOf(() => withArea(schemes.waysToWellness, {}))).toBe('eligibility/invalid-area');
    expect(codeOf(() => withArea(schemes.waysToWellness, 'A1' as never))).toBe('eligibility/invalid-area');
    expect(codeOf(() => withArea(schemes.waysToWellness, { area: 'A1' } as never))).toBe('eligibility/invalid-area');
    expect(codeOf(() => withArea(schemes.communitiesPreventionCoordinator, ['Woking']))).toBe('eligibility/no-area-to-set');
    expect(codeOf(() => withArea(schemes.waysToWellness, { area: ['A1'], wards: ['W1'] }))).toBe('eligibility/no-area-to-set');
    expect(codeOf(() => withArea({ id: 'x' } as never, ['A1']))).toBe('eligibility/invalid-scheme');
  });

  it('returns a valid scheme that round-trips', () => {
    const lac = withArea(schemes.localAreaCoordinator, ['Canalside']);
    expect(defineScheme(JSON.parse(JSON.stringify(lac)))).toEqual(lac);
  });
});
