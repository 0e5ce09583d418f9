/** Hand-made service statistics for the writers' tests. */
import type { ServiceStatistics, ServiceStatisticsRow } from '../../src/outcomes/index.js';

/** A statistics value around hand-made rows. */
export function statisticsOf(rows: unknown): ServiceStatistics {
  return { period: { from: '2025-04-01', to: '2025-04-30' }, policyId: null, rows, recordsRead: 0, outsidePeriod: 0, excluded: { total: 0, issues: [] } } as ServiceStatistics;
}

/** A row with a rate on each side, with overrides. */
export function fullRow(overrides: Partial<ServiceStatisticsRow> = {}): ServiceStatisticsRow {
  return {
    serviceId: 'walk',
    organisationId: 'org-1',
    received: 3,
    replied: 2,
    medianReplyWorkingDays: 1,
    p90ReplyWorkingDays: 4,
    accepted: 1,
    acceptanceRate: { value: 0.5, low: 0.094531, high: 0.905469 },
    attended: 1,
    attendanceRate: { value: 1, low: 0.206549, high: 1 },
    overdue: 2,
    enteredInError: 1,
    ...overrides,
  };
}

/** A row with every figure empty, with overrides. */
export function emptyRow(overrides: Partial<ServiceStatisticsRow> = {}): ServiceStatisticsRow {
  return {
    serviceId: null,
    organisationId: null,
    received: 0,
    replied: 0,
    medianReplyWorkingDays: null,
    p90ReplyWorkingDays: null,
    accepted: 0,
    acceptanceRate: null,
    attended: 0,
    attendanceRate: null,
    overdue: null,
    enteredInError: 0,
    ...overrides,
  };
}
