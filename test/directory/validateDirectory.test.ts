import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { validateDirectory } from '../../src/directory/index.js';
import { service } from './fixtures.js';

describe('validateDirectory', () => {
  it('keeps valid services and reports every bad record', () => {
    const result = validateDirectory([
      service({ id: 'a' }),
      { id: 7, name: 'Bad id' },
      null,
      { ...service({ id: 'b' }), assurance: { insurances: { 'motor-insurance': { held: true } } } },
      service({ id: 'a', name: 'Second a' }),
      service({ id: 'c' }),
    ]);
    expect(result.services.map((s) => s.id)).toEqual(['a', 'c']);
    expect(result.excluded).toBe(4);
    expect(result.invalid.map((r) => [r.index, r.id, r.code])).toEqual([
      [1, null, 'directory/invalid-service'],
      [2, null, 'directory/invalid-service'],
      [3, 'b', 'directory/unknown-assurance-item'],
      [4, 'a', 'directory/duplicate-service-id'],
    ]);
    expect(result.invalid[2]?.issues).toEqual([{ path: ['assurance', 'insurances', '<key 0>'], message: 'is not a known insurance item' }]);
  });

  it('throws only when the directory is not an array', () => {
    expect(() => validateDirectory({} as never)).toThrow(SocialPrescribingError);
    expect(validateDirectory([])).toEqual({ services: [], invalid: [], excluded: 0 });
  });
});
