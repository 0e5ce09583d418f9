import { describe, expect, it } from 'vitest';
import { serviceStatistics, serviceStatisticsToMarkdown } from '../../src/outcomes/index.js';
import { responsePolicies } from '../../src/referrals/index.js';
import { errorOf } from '../support/errorOf.js';
import { emptyRow, fullRow, statisticsOf } from './serviceRows.js';
import { referral } from './helpers.js';

const HEADER = [
  '| service | provider | received | median reply (working days) | 90th percentile reply | accepted | attended | overdue |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];


describe('serviceStatisticsToMarkdown', () => {
  it('writes a header, a rule and one line per service, rates as whole percentages with their intervals', () => {
    const rows = [
      fullRow(),
      emptyRow({ received: 1, enteredInError: 1 }),
    ];
    expect(serviceStatisticsToMarkdown(statisticsOf(rows))).toBe(
      [...HEADER, '| walk | org-1 | 3 | 1 | 4 | 50% (9–91) | 100% (21–100) | 2 |', '| – | – | 1 | – | – | – | – | – |', ''].join('\n'),
    );
  });

  it('writes only the header and rule for no services', () => {
    expect(serviceStatisticsToMarkdown(statisticsOf([]))).toBe(`${HEADER.join('\n')}\n`);
  });

  it('writes percentages to the decimal places asked for, and no other number rounded', () => {
    expect(serviceStatisticsToMarkdown(statisticsOf([fullRow({ medianReplyWorkingDays: 1.25 })]), { digits: 1 })).toBe(
      [...HEADER, '| walk | org-1 | 3 | 1.25 | 4 | 50.0% (9.5–90.5) | 100.0% (20.7–100.0) | 2 |', ''].join('\n'),
    );
    expect(serviceStatisticsToMarkdown(statisticsOf([fullRow()]), { digits: 0 })).toBe(
      [...HEADER, '| walk | org-1 | 3 | 1 | 4 | 50% (9–91) | 100% (21–100) | 2 |', ''].join('\n'),
    );
  });

  it('escapes a backslash and a pipe in an id and turns each run of line breaks into one space', () => {
    const text = serviceStatisticsToMarkdown(statisticsOf([fullRow({ serviceId: 'a|b\\c', organisationId: 'one\r\ntwo\nthree' })]));
    expect(text.split('\n')[2]).toBe('| a\\|b\\\\c | one two three | 3 | 1 | 4 | 50% (9–91) | 100% (21–100) | 2 |');
  });

  it('writes a zero overdue count as 0, not as none', () => {
    const text = serviceStatisticsToMarkdown(statisticsOf([fullRow({ overdue: 0, received: 0 })]));
    expect(text.split('\n')[2]).toBe('| walk | org-1 | 0 | 1 | 4 | 50% (9–91) | 100% (21–100) | 0 |');
  });

  it('writes the table of real statistics with a policy', () => {
    const stats = serviceStatistics(
      [referral({ serviceId: 'walk', events: [{ type: 'accepted', on: '2025-04-02' }] }), referral({ serviceId: 'swim' })],
      { from: '2025-04-01', to: '2025-04-30', policy: responsePolicies.twoWeekMarketplace },
    );
    expect(serviceStatisticsToMarkdown(stats)).toBe(
      [...HEADER, '| swim | – | 1 | – | – | – | – | 1 |', '| walk | – | 1 | 1 | 1 | 100% (21–100) | 0% (0–79) | 0 |', ''].join('\n'),
    );
  });

  it('refuses options that are not an object and digits outside 0 to 15', () => {
    expect(errorOf(() => serviceStatisticsToMarkdown(statisticsOf([]), [] as never))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: [], message: 'must be an options object' }],
    });
    expect(errorOf(() => serviceStatisticsToMarkdown(statisticsOf([]), { digits: 1.5 }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['digits'], message: 'must be a whole number from 0 to 15' }],
    });
  });

  it('refuses statistics without rows', () => {
    expect(errorOf(() => serviceStatisticsToMarkdown({} as never))).toEqual({
      code: 'outcomes/invalid-summary',
      issues: [{ path: ['summary', 'rows'], message: 'is not an outcome summary: pass a result of summarizeOutcomes or createOutcomeAccumulator().result()' }],
    });
  });
});
