import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/core/index.js';

describe('isRecord', () => {
  it('accepts objects with keys and rejects null, arrays and primitives', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect([null, undefined, [], [1], 'a', 1, true, () => 1].map(isRecord)).toEqual(Array(8).fill(false));
  });
});
