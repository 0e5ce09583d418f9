import { describe, expect, it } from 'vitest';
import { summaryToCsv, type OutcomeSummary } from '../../src/outcomes/index.js';
import { errorOf } from '../support/errorOf.js';
import { outcomeRow, outcomeSummary, rate } from './outcomeRows.js';

/** One PCN whose name would run as a spreadsheet formula. */
function formulaPcn(): OutcomeSummary {
  return outcomeSummary([outcomeRow({ referrals: 3, engaged: 1, engagementRate: rate(1, 3) }, '=1+1')], outcomeRow({ referrals: 3, engaged: 1, engagementRate: rate(1, 3) }));
}

const groupLine = (csv: string): string => (csv.split('\r\n')[1] ?? '').split(',').slice(0, 4).join(',');

describe('summaryToCsv: formulas', () => {
  it('writes a group name that starts like a formula as quoted text by default', () => {
    expect(groupLine(summaryToCsv(formulaPcn()))).toBe(`group,"'=1+1",3,0`);
    expect(groupLine(summaryToCsv(formulaPcn(), { escapeFormulas: true }))).toBe(`group,"'=1+1",3,0`);
  });

  it('writes it as it is with escapeFormulas: false', () => {
    expect(groupLine(summaryToCsv(formulaPcn(), { escapeFormulas: false }))).toBe('group,=1+1,3,0');
  });

  it('refuses an escapeFormulas that is not a boolean, before reading the summary', () => {
    const refused = { code: 'outcomes/invalid-options', issues: [{ path: ['escapeFormulas'], message: 'must be true or false' }] };
    expect(errorOf(() => summaryToCsv(formulaPcn(), { escapeFormulas: 'no' as never }))).toEqual(refused);
    expect(errorOf(() => summaryToCsv(null as never, { escapeFormulas: 0 as never }))).toEqual(refused);
  });

  it('writes the suppressed figures of a disclosed summary as the symbol', () => {
    expect(groupLine(summaryToCsv(formulaPcn(), { disclosure: { symbol: '[c]' } }))).toBe(`group,"'=1+1",[c],0`);
  });
});
