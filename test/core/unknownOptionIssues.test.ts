/**
 * unknownOptionIssues names each option a function does not know, by name (option names are the
 * caller's code) or, for a key that could be personal data, by position; a caller's wrong
 * arguments are core/invalid-argument, whichever argument is wrong.
 */
import { describe, expect, it } from 'vitest';
import { unknownOptionIssues } from '../../src/core/index.js';
import { errorOf } from '../support/errorOf.js';

describe('unknownOptionIssues', () => {
  it('takes the known names as a list or a set, under a path prefix', () => {
    expect(unknownOptionIssues({ listSize: 1, wteInpost: 2 }, new Set(['listSize']), ['options'])).toEqual([{ path: ['options', 'wteInpost'], message: 'is not a known option' }]);
    expect(unknownOptionIssues({ listSize: 1 }, ['listSize'])).toEqual([]);
  });

  it('refuses options that are not an object, names that are not a list or set, and a prefix that is not an array', () => {
    const refused = { code: 'core/invalid-argument', issues: [{ path: [], message: 'needs an object, a list or set of option names and a path array' }] };
    expect(errorOf(() => unknownOptionIssues(null as never, ['a']))).toEqual(refused);
    expect(errorOf(() => unknownOptionIssues('a' as never, ['a']))).toEqual(refused);
    expect(errorOf(() => unknownOptionIssues({}, 'a' as never))).toEqual(refused);
    expect(errorOf(() => unknownOptionIssues({}, ['a'], 'options' as never))).toEqual(refused);
  });
});
