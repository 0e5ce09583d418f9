/** readNumberCell reads digits with or without thousands commas, a decimal part only when asked, and nothing from a value that is not text. */
import { describe, expect, it } from 'vitest';
import { readNumberCell } from '../../src/core/index.js';

describe('readNumberCell', () => {
  it('reads whole numbers with and without thousands commas', () => {
    expect([readNumberCell('42,117'), readNumberCell('1,234,567'), readNumberCell('7'), readNumberCell('0')]).toEqual([42117, 1234567, 7, 0]);
  });

  it('reads a decimal part only when whole is false', () => {
    expect([readNumberCell('1,234.5', false), readNumberCell('1.5', false), readNumberCell('1.5')]).toEqual([1234.5, 1.5, null]);
  });

  it('gives null for a value that is not a string, even one that would print as digits', () => {
    expect([readNumberCell(42 as never), readNumberCell(['7'] as never), readNumberCell(null as never)]).toEqual([null, null, null]);
  });
});
