/**
 * isoToYmd reads only YYYY-MM-DD with ten ASCII digits: a character just below or above '0'-'9'
 * (`/`, `:`) in any digit's place is refused, even where the arithmetic would land on a real
 * month or day ('2025-0:-15' would read as October, '2025-1/-01' as September).
 */
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoToYmd } from '../../src/core/index.js';

describe('isoToYmd', () => {
  it('refuses a non-digit in each place of the year', () => {
    for (const text of ['/025-01-01', '2/25-01-01', '20/5-01-01', '202/-01-01', ':025-01-01', '2:25-01-01', '20:5-01-01', '202:-01-01']) {
      expect(isoToYmd(text)).toBe(-1);
    }
  });

  it("refuses a non-digit in the units of the month or the day, where the sum would be a real date", () => {
    expect(['2025-0:-15', '2025-1/-01', '2025-01-0:', '2025-01-1/'].map(isoToYmd)).toEqual([-1, -1, -1, -1]);
    expect(['2025-10-15', '2025-09-01', '2025-01-10', '2025-01-09'].map(isoToYmd)).toEqual([20251015, 20250901, 20250110, 20250109]);
  });

  it('is never 0, so isIsoDate is the same test as isoToYmd(value) >= 0', () => {
    expect(isoToYmd('1000-01-01')).toBe(10000101);
    expect(isIsoDate('1000-01-01')).toBe(true);
    expect(isIsoDate('0000-00-00')).toBe(false);
  });
});
