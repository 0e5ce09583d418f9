import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { scoreMycaw, scoreOns4, scoreSwemwbs, scoreUcla3, wilsonInterval } from '../../src/outcomes/index.js';

function codeOf(run: () => unknown): { code: string; issues: unknown } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SocialPrescribingError) return { code: error.code, issues: error.issues };
    throw error;
  }
  return undefined;
}

// The published SWEMWBS conversion table (shared/DOMAIN.md), raw 7..35.
const TABLE: Record<number, number> = {
  7: 7.0, 8: 9.51, 9: 11.25, 10: 12.4, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32, 15: 15.84, 16: 16.36, 17: 16.88,
  18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35, 26: 23.21, 27: 24.11,
  28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.7, 34: 32.55, 35: 35.0,
};

describe('scoreSwemwbs', () => {
  it.each(Object.entries(TABLE).map(([raw, metric]) => [Number(raw), metric]))('raw %i gives metric %d', (raw, metric) => {
    const items = [1, 1, 1, 1, 1, 1, 1];
    for (let left = raw - 7, i = 0; left > 0; i = (i + 1) % 7) {
      if (items[i]! < 5) {
        items[i]!++;
        left--;
      }
    }
    expect(scoreSwemwbs(items)).toEqual({ raw, metric });
  });

  it('is increasing in the raw score and independent of item order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }), (items) => {
        const score = scoreSwemwbs(items);
        expect(scoreSwemwbs([...items].reverse())).toEqual(score);
        expect(score.metric).toBe(TABLE[score.raw]);
      }),
    );
  });

  it('reports every bad item by index, never its value', () => {
    expect(codeOf(() => scoreSwemwbs([0, 3, 3, 3, 3, 3, 6]))).toMatchInlineSnapshot(`
      {
        "code": "outcomes/invalid-items",
        "issues": [
          {
            "message": "must be a whole number from 1 to 5",
            "path": [
              0,
            ],
          },
          {
            "message": "must be a whole number from 1 to 5",
            "path": [
              6,
            ],
          },
        ],
      }
    `);
    expect(codeOf(() => scoreSwemwbs([3, 3]))?.issues).toEqual([{ path: [], message: 'must have exactly 7 items' }]);
    expect(codeOf(() => scoreSwemwbs([3, 3, 3, 3, 3, 3, 2.5]))?.code).toBe('outcomes/invalid-items');
    expect(codeOf(() => scoreSwemwbs('3333333' as never))?.issues).toEqual([{ path: [], message: 'must be an array of item scores' }]);
  });
});

describe('scoreOns4', () => {
  it('bands every answer as the ONS does', () => {
    const positive = ['low', 'low', 'low', 'low', 'low', 'medium', 'medium', 'high', 'high', 'very-high', 'very-high'];
    const anxiety = ['very-low', 'very-low', 'low', 'low', 'medium', 'medium', 'high', 'high', 'high', 'high', 'high'];
    for (let score = 0; score <= 10; score++) {
      expect(scoreOns4({ lifeSatisfaction: score, worthwhile: score, happiness: score, anxiety: score })).toEqual({
        lifeSatisfaction: positive[score],
        worthwhile: positive[score],
        happiness: positive[score],
        anxiety: anxiety[score],
      });
    }
  });

  it('names each bad answer', () => {
    expect(codeOf(() => scoreOns4({ lifeSatisfaction: -1, worthwhile: 5, happiness: 5.5 } as never))?.issues).toEqual([
      { path: ['lifeSatisfaction'], message: 'must be a whole number from 0 to 10' },
      { path: ['happiness'], message: 'must be a whole number from 0 to 10' },
      { path: ['anxiety'], message: 'must be a whole number from 0 to 10' },
    ]);
    expect(codeOf(() => scoreOns4(null as never))?.code).toBe('outcomes/invalid-items');
  });
});

describe('scoreUcla3', () => {
  it('totals 3 to 9 and applies the required cut-off', () => {
    expect(scoreUcla3([1, 1, 1], { lonelyAtOrAbove: 4 })).toEqual({ total: 3, lonely: false });
    expect(scoreUcla3([3, 3, 3], { lonelyAtOrAbove: 9 })).toEqual({ total: 9, lonely: true });
    expect(scoreUcla3([2, 1, 1], { lonelyAtOrAbove: 4 })).toEqual({ total: 4, lonely: true });
  });

  it('has no default cut-off', () => {
    expect(codeOf(() => scoreUcla3([1, 1, 1], undefined as never))).toMatchInlineSnapshot(`
      {
        "code": "outcomes/invalid-options",
        "issues": [
          {
            "message": "is required: a whole number from 3 to 9 (published cut-offs range from 4 to 6)",
            "path": [
              "lonelyAtOrAbove",
            ],
          },
        ],
      }
    `);
    expect(codeOf(() => scoreUcla3([1, 1, 1], {} as never))?.code).toBe('outcomes/invalid-options');
    expect(codeOf(() => scoreUcla3([1, 1, 1], { lonelyAtOrAbove: 10 }))?.code).toBe('outcomes/invalid-options');
    expect(codeOf(() => scoreUcla3([1, 1, 0], { lonelyAtOrAbove: 6 }))?.issues).toEqual([
      { path: [2], message: 'must be a whole number from 1 to 3' },
    ]);
  });
});

describe('scoreMycaw', () => {
  it('averages concerns and wellbeing', () => {
    expect(scoreMycaw({ concerns: [0], wellbeing: 0 })).toEqual({ concerns: 0, wellbeing: 0, profile: 0 });
    expect(scoreMycaw({ concerns: [6, 5], wellbeing: 1 })).toEqual({ concerns: 5.5, wellbeing: 1, profile: 4 });
  });

  it('rejects bad answers', () => {
    expect(codeOf(() => scoreMycaw({ concerns: [1, 2, 3], wellbeing: 1 }))?.issues).toEqual([
      { path: ['concerns'], message: 'must have 1 to 2 items' },
    ]);
    expect(codeOf(() => scoreMycaw({ concerns: [7], wellbeing: 1 }))?.issues).toEqual([
      { path: ['concerns', 0], message: 'must be a whole number from 0 to 6' },
    ]);
    expect(codeOf(() => scoreMycaw({ concerns: [1], wellbeing: 7 }))?.issues).toEqual([
      { path: ['wellbeing'], message: 'must be a whole number from 0 to 6' },
    ]);
    expect(codeOf(() => scoreMycaw(undefined as never))?.code).toBe('outcomes/invalid-items');
  });
});

describe('wilsonInterval', () => {
  it('matches published values', () => {
    // Brown, Cai and DasGupta (2001) / standard tables: 95% Wilson interval of 7/10 is 0.3968–0.8922.
    const r = wilsonInterval(7, 10)!;
    expect(r.value).toBe(0.7);
    expect(r.low).toBeCloseTo(0.3968, 4);
    expect(r.high).toBeCloseTo(0.8922, 4);
    expect(wilsonInterval(10, 10)).toMatchObject({ value: 1, high: 1 });
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('keeps 0 <= low <= value <= high <= 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.floor(share * n);
        const r = wilsonInterval(k, n)!;
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.low).toBeLessThanOrEqual(r.value);
        expect(r.value).toBeLessThanOrEqual(r.high);
        expect(r.high).toBeLessThanOrEqual(1);
        expect(Number.isFinite(r.low) && Number.isFinite(r.high)).toBe(true);
      }),
    );
  });

  it('rejects counts that are not counts', () => {
    expect(codeOf(() => wilsonInterval(-1, 1.5))?.issues).toEqual([
      { path: ['trials'], message: 'must be a whole number, 0 or more' },
      { path: ['successes'], message: 'must be a whole number, 0 or more' },
    ]);
    expect(codeOf(() => wilsonInterval(3, 2))?.issues).toEqual([{ path: ['successes'], message: 'must not exceed trials' }]);
    expect(codeOf(() => wilsonInterval(3, -2))?.issues).toEqual([{ path: ['trials'], message: 'must be a whole number, 0 or more' }]);
  });
});
