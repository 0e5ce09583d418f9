/** issuesFromZod checks its arguments: core/invalid-argument rather than a TypeError or a NaN path segment. */
import { describe, expect, it } from 'vitest';
import { issuesFromZod, SocialPrescribingError } from '../../src/core/index.js';
import { codeOf } from '../support/errorOf.js';

const issue = { code: 'invalid_type', path: ['age'], message: 'Invalid input' };

describe('issuesFromZod', () => {
  it.each<[string, unknown, unknown]>([
    ['issues null', null, []],
    ['issues an object', { 0: issue }, []],
    ['prefix a string', [issue], 'pcns'],
    ['an issue without a path', [{ message: 'x' }], []],
    ['an issue without a message', [{ path: [] }], []],
    ['a null issue', [null], []],
    ['a NaN path segment', [{ ...issue, path: [Number.NaN] }], []],
    ['an infinite prefix segment', [issue], [Number.POSITIVE_INFINITY]],
    ['an object path segment', [{ ...issue, path: [{}] }], []],
  ])('rejects %s with core/invalid-argument', (_, issues, prefix) => {
    expect(codeOf(() => issuesFromZod(issues as never, prefix as never))).toBe('core/invalid-argument');
  });

  it('writes -0 as 0 and a symbol as its description', () => {
    const [out] = issuesFromZod([{ ...issue, path: [-0, Symbol('key')] } as never], [-0]);
    expect(Object.is(out?.path[0], 0) && Object.is(out?.path[1], 0)).toBe(true);
    expect(out?.path[2]).toBe('key');
  });

  it('never echoes the input value in the error', () => {
    try {
      issuesFromZod([{ path: ['943 476 5919'] }] as never);
      expect.unreachable();
    } catch (error) {
      expect((error as SocialPrescribingError).message).not.toContain('943');
    }
  });
});
