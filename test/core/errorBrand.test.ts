/**
 * Issue 14, defect 13: `instanceof SocialPrescribingError` holds across copies of the library (the ESM
 * and CJS builds, a second bundled copy), through the brand Symbol.for('social-prescribing.error');
 * isSocialPrescribingError(e, code?) checks the same brand and the code. The built copies themselves
 * are tested in test/package/dual-error.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isSocialPrescribingError, SocialPrescribingError, toDayNumber } from '../../src/core/index.js';

const BRAND = Symbol.for('social-prescribing.error');

/** What an error thrown by another copy of the library looks like to this one: a different class, the same brand. */
function foreignError(code: string): Error {
  class OtherCopy extends Error {
    readonly code = code;
    readonly issues = [];
  }
  return Object.assign(new OtherCopy(code), { [BRAND]: true });
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('SocialPrescribingError brand', () => {
  it('marks every instance with Symbol.for("social-prescribing.error") = true, out of JSON and Object.keys', () => {
    const error = new SocialPrescribingError('core/example-code' as never, [{ path: ['a'], message: 'm' }]);
    expect((error as unknown as Record<symbol, unknown>)[BRAND]).toBe(true);
    expect(Object.getOwnPropertySymbols(error)).toEqual([BRAND]);
    expect(Object.keys(error).sort()).toEqual(['code', 'issues', 'name']);
    expect(JSON.stringify(error)).not.toContain('social-prescribing.error');
  });

  it('an error of another copy (another class, the same brand) is an instance; an unbranded error is not', () => {
    expect(foreignError('core/invalid-date') instanceof SocialPrescribingError).toBe(true);
    expect(new Error('core/invalid-date') instanceof SocialPrescribingError).toBe(false);
    expect(Object.assign(new Error('x'), { [BRAND]: 'yes' }) instanceof SocialPrescribingError).toBe(false);
    expect(Object.assign(new Error('x'), { [Symbol('social-prescribing.error')]: true }) instanceof SocialPrescribingError).toBe(false);
  });

  it('values that are not objects are never instances, and checking them does not throw', () => {
    for (const value of [null, undefined, 0, 'core/invalid-date', true, Symbol('x'), 10n] as unknown[]) {
      expect(value instanceof SocialPrescribingError).toBe(false);
    }
  });

  it('a thrown library error is an instance, and so is a plain object carrying the brand (the brand is the contract)', () => {
    expect(caught(() => toDayNumber('2025-02-30')) instanceof SocialPrescribingError).toBe(true);
    expect({ [BRAND]: true } instanceof SocialPrescribingError).toBe(true);
  });

  it('the brand is the whole test, for a subclass too (the class is not meant to be subclassed)', () => {
    class CaseloadError extends SocialPrescribingError {}
    const sub = new CaseloadError('caseload/example' as never, []);
    expect(sub instanceof SocialPrescribingError).toBe(true);
    expect(sub instanceof Error).toBe(true);
    expect(new SocialPrescribingError('caseload/example' as never, []) instanceof CaseloadError).toBe(true);
    expect(new Error('caseload/example') instanceof CaseloadError).toBe(false);
  });

  it('keeps code, issues and name as own properties, the message built from them', () => {
    const error = new SocialPrescribingError('core/example-code' as never, [{ path: ['a', 0], message: 'must be a number' }, { path: [], message: 'is wrong' }]);
    expect([error.name, error.code, error.issues, error.message]).toEqual([
      'SocialPrescribingError',
      'core/example-code',
      [{ path: ['a', 0], message: 'must be a number' }, { path: [], message: 'is wrong' }],
      'core/example-code: a.0 must be a number; is wrong',
    ]);
    const many = new SocialPrescribingError('core/example-code' as never, Array.from({ length: 7 }, (_, i) => ({ path: [i], message: 'm' })));
    expect(many.message).toBe('core/example-code: 0 m; 1 m; 2 m; 3 m; 4 m (and 2 more)');
    expect(new SocialPrescribingError('core/example-code' as never, Array.from({ length: 5 }, () => ({ path: [], message: 'm' }))).message).toBe('core/example-code: m; m; m; m; m');
    expect(new SocialPrescribingError('core/example-code' as never, []).message).toBe('core/example-code');
  });
});

describe('isSocialPrescribingError', () => {
  it('is true for a library error from this copy or another, and checks the code when given', () => {
    const error = caught(() => toDayNumber('2025-02-30'));
    expect(isSocialPrescribingError(error)).toBe(true);
    expect(isSocialPrescribingError(error, 'core/invalid-date')).toBe(true);
    expect(isSocialPrescribingError(error, 'core/invalid-day-number')).toBe(false);
    expect(isSocialPrescribingError(error, '' as never)).toBe(false);
    expect(isSocialPrescribingError(foreignError('csv/invalid-cell'), 'csv/invalid-cell')).toBe(true);
    expect(isSocialPrescribingError(foreignError('csv/invalid-cell'), 'csv/invalid-input')).toBe(false);
  });

  it('is false for other errors and non-errors, and a code that is not a string matches nothing', () => {
    expect(isSocialPrescribingError(new Error('core/invalid-date'), 'core/invalid-date')).toBe(false);
    expect(isSocialPrescribingError({ code: 'core/invalid-date', issues: [] }, 'core/invalid-date')).toBe(false);
    expect(isSocialPrescribingError(null)).toBe(false);
    expect(isSocialPrescribingError(undefined)).toBe(false);
    const error = new SocialPrescribingError('core/invalid-date', []);
    expect(isSocialPrescribingError(error, 42 as never)).toBe(false);
    expect(isSocialPrescribingError(error, null as never)).toBe(false);
    expect(isSocialPrescribingError(error, undefined)).toBe(true);
  });

  it('narrows the type to SocialPrescribingError', () => {
    const error: unknown = new SocialPrescribingError('core/invalid-date', [{ path: ['date'], message: 'm' }]);
    if (isSocialPrescribingError(error, 'core/invalid-date')) expect(error.issues[0]?.path).toEqual(['date']);
    else expect.unreachable();
  });
});
