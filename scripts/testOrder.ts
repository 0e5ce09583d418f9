/**
 * The order vitest starts test files in: longest first, so neither core sits idle at the end
 * while the other runs one long file alone.
 *
 * Vitest orders by the durations it cached on the last run, and without them (a fresh clone,
 * CI) by file size. The bad-input catalogue's case files are four lines each and among the
 * longest, so on a fresh clone they started last and the run ended with one worker busy and
 * one idle. Without a cached duration, a file's weight here is its measured seconds from
 * {@link MEASURED_SECONDS} (files not listed take well under 3 s), then its size.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each long file took in one run of the gate's vitest step on a quiet 2-core machine (2026-12-07). */
export const MEASURED_SECONDS: Readonly<Record<string, number>> = {
  'test/package/packed.test.ts': 17,
  'test/examples/examples.test.ts': 15,
  'test/bad-input/catalogue/outcomes.test.ts': 27,
  'test/bad-input/catalogue/eligibility-directory.test.ts': 21,
  'test/bad-input/catalogue/referrals-csv-synthetic.test.ts': 15,
  'test/bad-input/catalogue/fhir.test.ts': 14,
  'test/bad-input/catalogue/core-calendar-caseload-supervision.test.ts': 12,
  'test/site/docs-site.test.ts': 10,
  'test/timezones/hostTimeZone.test.ts': 8,
  'test/bad-input/catalogue/render.test.ts': 4,
  'test/docs/examples.test.ts': 5,
  'test/outcomes/laws.test.ts': 4,
  'test/core/compileCheck.test.ts': 3,
  'test/core/core.test.ts': 3,
  'test/calendar/oracle.test.ts': 3,
  'test/directory/hsdsStandard.test.ts': 3,
};

/** Sorts test files longest first: by cached duration when every file has one, else by {@link MEASURED_SECONDS}, then size. */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const keyOf = (file: TestSpecification): string => `${file.project.name}:${relative(root, file.moduleId)}`;
    const cached = files.every((file) => this.ctx.cache.getFileTestResults(keyOf(file)) !== undefined);
    if (cached) return super.sort(files);
    const weight = (file: TestSpecification): number => MEASURED_SECONDS[relative(root, file.moduleId).split('\\').join('/')] ?? 0;
    const size = (file: TestSpecification): number => this.ctx.cache.getFileStats(keyOf(file))?.size ?? 0;
    return [...files].sort((a, b) => weight(b) - weight(a) || size(b) - size(a));
  }
}
