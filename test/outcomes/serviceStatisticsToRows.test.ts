import { describe, expect, it } from 'vitest';
import { serviceStatistics, serviceStatisticsToRows } from '../../src/outcomes/index.js';
import { serviceTable } from '../../src/outcomes/serviceStatisticsToRows.js';
import { responsePolicies } from '../../src/referrals/index.js';
import { errorOf } from '../support/errorOf.js';
import { emptyRow, fullRow, statisticsOf } from './serviceRows.js';
import { referral } from './helpers.js';

const SUMMARY_MESSAGE = 'is not an outcome summary: pass a result of summarizeOutcomes or createOutcomeAccumulator().result()';


/** The columns, in order: one per figure, three per rate. */
const COLUMNS = [
  'serviceId',
  'organisationId',
  'received',
  'replied',
  'medianReplyWorkingDays',
  'p90ReplyWorkingDays',
  'accepted',
  'acceptanceRate',
  'acceptanceRate.low',
  'acceptanceRate.high',
  'attended',
  'attendanceRate',
  'attendanceRate.low',
  'attendanceRate.high',
  'overdue',
  'enteredInError',
];

describe('serviceStatisticsToRows', () => {
  it('flattens a row to one column per figure and three per rate, in order', () => {
    const rows = serviceStatisticsToRows(statisticsOf([fullRow()]));
    expect(rows).toEqual([
      {
        serviceId: 'walk',
        organisationId: 'org-1',
        received: 3,
        replied: 2,
        medianReplyWorkingDays: 1,
        p90ReplyWorkingDays: 4,
        accepted: 1,
        acceptanceRate: 0.5,
        'acceptanceRate.low': 0.094531,
        'acceptanceRate.high': 0.905469,
        attended: 1,
        attendanceRate: 1,
        'attendanceRate.low': 0.206549,
        'attendanceRate.high': 1,
        overdue: 2,
        enteredInError: 1,
      },
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual(COLUMNS);
  });

  it('writes null for a missing rate, reply time, service, organisation and overdue figure', () => {
    const rows = serviceStatisticsToRows(
      statisticsOf([
        emptyRow({ received: 3, enteredInError: 1 }),
      ]),
    );
    expect(rows).toEqual([
      {
        serviceId: null,
        organisationId: null,
        received: 3,
        replied: 0,
        medianReplyWorkingDays: null,
        p90ReplyWorkingDays: null,
        accepted: 0,
        acceptanceRate: null,
        'acceptanceRate.low': null,
        'acceptanceRate.high': null,
        attended: 0,
        attendanceRate: null,
        'attendanceRate.low': null,
        'attendanceRate.high': null,
        overdue: null,
        enteredInError: 1,
      },
    ]);
  });

  it('rounds every number to the digits asked for and leaves text alone', () => {
    const [row] = serviceStatisticsToRows(statisticsOf([fullRow({ serviceId: '0.123456' })]), { digits: 2 });
    expect(row).toEqual({
      serviceId: '0.123456',
      organisationId: 'org-1',
      received: 3,
      replied: 2,
      medianReplyWorkingDays: 1,
      p90ReplyWorkingDays: 4,
      accepted: 1,
      acceptanceRate: 0.5,
      'acceptanceRate.low': 0.09,
      'acceptanceRate.high': 0.91,
      attended: 1,
      attendanceRate: 1,
      'attendanceRate.low': 0.21,
      'attendanceRate.high': 1,
      overdue: 2,
      enteredInError: 1,
    });
    const [whole] = serviceStatisticsToRows(statisticsOf([fullRow()]), { digits: 0 });
    expect([whole?.['acceptanceRate.low'], whole?.['acceptanceRate.high'], whole?.['attendanceRate.low']]).toEqual([0, 1, 0]);
  });

  it('keeps full precision without digits', () => {
    const [row] = serviceStatisticsToRows(statisticsOf([fullRow({ acceptanceRate: { value: 1 / 3, low: 0.0123456789012, high: 0.98765432109876 } })]));
    expect([row?.acceptanceRate, row?.['acceptanceRate.low'], row?.['acceptanceRate.high']]).toEqual([1 / 3, 0.0123456789012, 0.98765432109876]);
  });

  it('writes a negative zero as zero', () => {
    const [row] = serviceStatisticsToRows(statisticsOf([fullRow({ overdue: -0 })]));
    expect(Object.is(row?.overdue, 0)).toBe(true);
  });

  it('writes one row per service of real statistics, in their order', () => {
    const stats = serviceStatistics(
      [referral({ serviceId: 'walk', events: [{ type: 'accepted', on: '2025-04-02' }] }), referral({ serviceId: 'swim' })],
      { from: '2025-04-01', to: '2025-04-30', policy: responsePolicies.twoWeekMarketplace },
    );
    expect(serviceStatisticsToRows(stats, { digits: 2 }).map((row) => [row['serviceId'], row['received'], row['replied'], row['acceptanceRate.low'], row['overdue']])).toEqual([
      ['swim', 1, 0, null, 1],
      ['walk', 1, 1, 0.21, 0],
    ]);
    expect(serviceStatisticsToRows(statisticsOf([]))).toEqual([]);
  });

  it('gives the column names and rows as lists from serviceTable', () => {
    expect(serviceTable(statisticsOf([fullRow()]), { digits: 1 })).toEqual({
      columns: COLUMNS,
      rows: [['walk', 'org-1', 3, 2, 1, 4, 1, 0.5, 0.1, 0.9, 1, 1, 0.2, 1, 2, 1]],
    });
  });
});

describe('serviceStatisticsToRows refuses what serviceStatistics did not return', () => {
  const invalidRows = { code: 'outcomes/invalid-summary', issues: [{ path: ['summary', 'rows'], message: SUMMARY_MESSAGE }] };
  const invalidSummary = { code: 'outcomes/invalid-summary', issues: [{ path: ['summary'], message: SUMMARY_MESSAGE }] };

  it('refuses null, a value without rows and rows that are not a list', () => {
    expect(errorOf(() => serviceStatisticsToRows(null as never))).toEqual(invalidRows);
    expect(errorOf(() => serviceStatisticsToRows({} as never))).toEqual(invalidRows);
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf('none')))).toEqual(invalidRows);
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf({ map: () => [] })))).toEqual(invalidRows);
  });

  it('refuses a list of rows with a hole or a missing row', () => {
    const sparse: unknown[] = [];
    sparse.length = 1;
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf(sparse)))).toEqual(invalidRows);
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([fullRow(), undefined])))).toEqual(invalidRows);
  });

  it('refuses a row that is not an object', () => {
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([null])))).toEqual(invalidRows);
  });

  it('refuses a figure that is not a finite number', () => {
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([fullRow({ received: Number.NaN })])))).toEqual(invalidSummary);
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([fullRow({ received: undefined as never })])))).toEqual(invalidSummary);
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([fullRow({ acceptanceRate: { value: 0.5, low: Infinity, high: 1 } })]), { digits: 2 }))).toEqual(
      invalidSummary,
    );
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([fullRow({ overdue: true as never })])))).toEqual(invalidSummary);
  });

  it('refuses options that are not an object and digits outside 0 to 15', () => {
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([]), null as never))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: [], message: 'must be an options object' }],
    });
    expect(errorOf(() => serviceStatisticsToRows(statisticsOf([]), { digits: 16 }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['digits'], message: 'must be a whole number from 0 to 15' }],
    });
  });
});
