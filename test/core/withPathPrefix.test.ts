/** withPathPrefix puts the caller's position in front of every issue of a library error, and passes any other error on as it is. */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError, withPathPrefix } from '../../src/core/index.js';
import { errorOf } from '../support/errorOf.js';

describe('withPathPrefix', () => {
  it('prefixes every issue of a library error, keeping its code and messages', () => {
    const failing = (): never => {
      throw new SocialPrescribingError('caseload/invalid-list-size', [
        { path: ['listSize'], message: 'must be a whole number' },
        { path: [], message: 'is not a PCN' },
      ]);
    };
    expect(errorOf(() => withPathPrefix(['pcns', 2], failing))).toEqual({
      code: 'caseload/invalid-list-size',
      issues: [
        { path: ['pcns', 2, 'listSize'], message: 'must be a whole number' },
        { path: ['pcns', 2], message: 'is not a PCN' },
      ],
    });
  });

  it('passes other errors on untouched, and returns what the function returns', () => {
    const other = new RangeError('not ours');
    expect(() =>
      withPathPrefix([0], () => {
        throw other;
      }),
    ).toThrow(other);
    expect(withPathPrefix([0], () => 'done')).toBe('done');
  });
});
