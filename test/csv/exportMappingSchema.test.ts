/** ExportMappingSchema's rules for date formats and score ranges. */
import { describe, expect, it } from 'vitest';
import { ExportMappingSchema } from '../../src/csv/index.js';

const issuesOf = (mapping: unknown): [PropertyKey[], string][] => {
  const parsed = ExportMappingSchema.safeParse(mapping);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.message]);
};

describe('ExportMappingSchema', () => {
  it('refuses a date format without a day or without a month token', () => {
    for (const format of ['MM/yyyy', 'dd/yyyy', 'yyyy']) {
      expect(issuesOf({ referredOn: { column: 'Date', format }, source: { column: 'Source' } })).toEqual([[['referredOn', 'format'], 'must have a day, a month and a year token']]);
    }
    expect(issuesOf({ referredOn: { column: 'Date', format: 'd/M/yy' }, source: { column: 'Source' } })).toEqual([]);
  });

  it('takes a score range with only a min, only a max, or min equal to max', () => {
    const scores = [
      { instrument: 'a', start: 'A', min: 5 },
      { instrument: 'b', start: 'B', max: 5 },
      { instrument: 'c', start: 'C', min: 5, max: 5 },
    ];
    expect(issuesOf({ referredOn: { column: 'Date', format: 'dd/MM/yyyy' }, source: { column: 'Source' }, scores })).toEqual([]);
  });
});
