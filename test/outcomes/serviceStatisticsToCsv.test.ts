import { describe, expect, it } from 'vitest';
import { serviceStatisticsToCsv, type ServiceStatisticsRow } from '../../src/outcomes/index.js';
import { errorOf } from '../support/errorOf.js';
import { fullRow, statisticsOf } from './serviceRows.js';

const HEADER =
  'serviceId,organisationId,received,replied,medianReplyWorkingDays,p90ReplyWorkingDays,accepted,acceptanceRate,acceptanceRate.low,acceptanceRate.high,attended,attendanceRate,attendanceRate.low,attendanceRate.high,overdue,enteredInError';

/** A row with a rate on each side, with no overdue figure and nothing entered in error. */
const csvRow = (overrides: Partial<ServiceStatisticsRow> = {}): ServiceStatisticsRow => fullRow({ overdue: null, enteredInError: 0, ...overrides });

describe('serviceStatisticsToCsv', () => {
  it('writes the header and one CRLF line per service, a missing value as an empty field', () => {
    expect(serviceStatisticsToCsv(statisticsOf([csvRow()]))).toBe(`${HEADER}\r\nwalk,org-1,3,2,1,4,1,0.5,0.094531,0.905469,1,1,0.206549,1,,0\r\n`);
  });

  it('rounds to the digits asked for', () => {
    expect(serviceStatisticsToCsv(statisticsOf([csvRow()]), { digits: 1 })).toBe(`${HEADER}\r\nwalk,org-1,3,2,1,4,1,0.5,0.1,0.9,1,1,0.2,1,,0\r\n`);
  });

  it('neutralises a service id that starts like a formula unless told not to', () => {
    expect(serviceStatisticsToCsv(statisticsOf([csvRow({ serviceId: '=walk', organisationId: null })])).split('\r\n')[1]).toBe(
      `"'=walk",,3,2,1,4,1,0.5,0.094531,0.905469,1,1,0.206549,1,,0`,
    );
    expect(serviceStatisticsToCsv(statisticsOf([csvRow({ serviceId: '=walk', organisationId: null })]), { escapeFormulas: false }).split('\r\n')[1]).toBe(
      '=walk,,3,2,1,4,1,0.5,0.094531,0.905469,1,1,0.206549,1,,0',
    );
  });

  it('refuses options that are not an object and an escapeFormulas that is not a boolean', () => {
    expect(errorOf(() => serviceStatisticsToCsv(statisticsOf([]), 'no' as never))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: [], message: 'must be an options object' }],
    });
    expect(errorOf(() => serviceStatisticsToCsv(statisticsOf([]), { escapeFormulas: 'no' as never }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['escapeFormulas'], message: 'must be true or false' }],
    });
  });

  it('refuses statistics without rows', () => {
    expect(errorOf(() => serviceStatisticsToCsv(null as never))).toEqual({
      code: 'outcomes/invalid-summary',
      issues: [{ path: ['summary', 'rows'], message: 'is not an outcome summary: pass a result of summarizeOutcomes or createOutcomeAccumulator().result()' }],
    });
  });
});
