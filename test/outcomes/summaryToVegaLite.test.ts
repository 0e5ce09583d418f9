import { describe, expect, it } from 'vitest';
import { summaryToVegaLite } from '../../src/outcomes/index.js';
import { outcomeRow, outcomeSummary, rate } from './outcomeRows.js';

describe('summaryToVegaLite: disclosure control', () => {
  it('draws no bar for a suppressed rate and names its group after the groups with no rate', () => {
    const groups = [
      outcomeRow({ referrals: 3, engaged: 2, engagementRate: rate(2, 3) }, 'A'),
      outcomeRow({ referrals: 20, engaged: 12, engagementRate: rate(12, 20) }, 'B'),
      outcomeRow({}, 'C'),
      outcomeRow({ referrals: 4, engaged: 0, engagementRate: rate(0, 4) }, 'D'),
    ];
    const spec = summaryToVegaLite(outcomeSummary(groups, outcomeRow({ referrals: 27, engaged: 14, engagementRate: rate(14, 27) })), { disclosure: true });
    expect(spec.description).toBe(
      'Engaged (at least one attended contact) by pcn; error bars are 95% Wilson intervals. No referrals in: C. Not shown (small numbers): A, D.',
    );
    expect(spec.data).toEqual({
      values: [
        { group: 'B', ...rate(10, 20), n: 20 },
        { group: 'Total', ...rate(15, 25), n: 25 },
      ],
    });
  });
});
