/* eslint-disable no-sparse-arrays */
/**
 * Issue 14, defects 4 and 5: holes in item arrays gave NaN and undefined scores
 * (`scoreSwemwbs([3,3,,3,3,3,3])` → `{ raw: NaN, metric: undefined }`, `scoreUcla3([1,,3])` → NaN,
 * `scoreMycaw({ concerns: [,,] })` a profile of 1); a hole in `groupBy` or `groupNames` dropped a
 * grouping. Each hole is now an error at its path.
 */
import { describe, expect, it } from 'vitest';
import { createOutcomeAccumulator, scoreMycaw, scoreSwemwbs, scoreUcla3, summarizeOutcomes } from '../../src/outcomes/index.js';
import { errorOf } from '../support/errorOf.js';

describe('instrument items with holes', () => {
  it('scoreSwemwbs([3,3,,3,3,3,3]) names the hole', () => {
    expect(errorOf(() => scoreSwemwbs([3, 3, , 3, 3, 3, 3] as never))).toEqual({
      code: 'outcomes/invalid-items',
      issues: [{ path: [2], message: 'must be a whole number from 1 to 5' }],
    });
  });

  it('scoreUcla3([1,,3]) names the hole', () => {
    expect(errorOf(() => scoreUcla3([1, , 3] as never, { lonelyAtOrAbove: 6 }))).toEqual({
      code: 'outcomes/invalid-items',
      issues: [{ path: [1], message: 'must be a whole number from 1 to 3' }],
    });
  });

  it('scoreMycaw with concerns [,,] names both holes', () => {
    expect(errorOf(() => scoreMycaw({ concerns: [, ,] as never, wellbeing: 3 }))).toEqual({
      code: 'outcomes/invalid-items',
      issues: [
        { path: ['concerns', 0], message: 'must be a whole number from 0 to 6' },
        { path: ['concerns', 1], message: 'must be a whole number from 0 to 6' },
      ],
    });
  });

  it('an array of holes of the right length is not a set of answers, and a too-long one says both', () => {
    expect(errorOf(() => scoreUcla3(new Array(3) as never, { lonelyAtOrAbove: 6 }))?.issues.map((issue) => issue.path)).toEqual([[0], [1], [2]]);
    expect(errorOf(() => scoreUcla3([1, 1, 1, ,] as never, { lonelyAtOrAbove: 6 }))).toEqual({
      code: 'outcomes/invalid-items',
      issues: [
        { path: [], message: 'must have exactly 3 items' },
        { path: [3], message: 'must be a whole number from 1 to 3' },
      ],
    });
  });

  it('the same items without the hole still score', () => {
    expect(scoreSwemwbs([3, 3, 3, 3, 3, 3, 3])).toEqual({ raw: 21, metric: 19.25 });
    expect(scoreUcla3([1, 2, 3], { lonelyAtOrAbove: 6 })).toEqual({ total: 6, lonely: true });
    expect(scoreMycaw({ concerns: [2, 4], wellbeing: 3 })).toEqual({ concerns: 3, wellbeing: 3, profile: 3 });
  });
});

describe('grouping options with holes', () => {
  const GROUP_BY = 'must be a function or one of pcn, practiceCode, workerId, source, schemeId, month';

  it('a hole in groupBy is an error at its index, not a dropped grouping', () => {
    const error = errorOf(() => summarizeOutcomes([], { groupBy: ['pcn', , 'source'] as never }));
    expect(error?.code).toBe('outcomes/invalid-options');
    expect(error?.issues.map((issue) => issue.path)).toEqual([['groupBy', 1]]);
    expect(errorOf(() => createOutcomeAccumulator({ groupBy: [, 'pcn'] as never }))?.issues.map((issue) => issue.path)).toEqual([['groupBy', 0]]);
  });

  it('a hole in groupNames is an error, not an undefined column name', () => {
    expect(errorOf(() => summarizeOutcomes([], { groupBy: ['pcn', 'source'], groupNames: ['a', ,] as never }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['groupNames', 1], message: 'must be one non-empty name per groupBy entry' }],
    });
    expect(summarizeOutcomes([], { groupBy: ['pcn', 'source'], groupNames: ['a', 'b'] }).groupNames).toEqual(['a', 'b']);
  });

  it('pins the groupBy message', () => {
    expect(errorOf(() => summarizeOutcomes([], { groupBy: [, 'pcn'] as never }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['groupBy', 0], message: GROUP_BY }],
    });
  });
});
