import { SocialPrescribingError } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { createCsvParser } from './createCsvParser.js';
import type { ExportMapping } from './exportMapping.js';
import { bindHeader, finishExportReading, readExportRow, startExportReading, type ExportReadOptions, type ExportReport } from './exportReader.js';

/**
 * Options of {@link referralsFromExportStream}: those of {@link referralsFromExport}, and what
 * an iterable holds.
 *
 * @category CSV
 */
export interface ExportStreamOptions extends ExportReadOptions {
  /**
   * What each string of an iterable is: `'lines'` (default), lines without their line break, as
   * `readline` gives them; or `'chunks'`, pieces of the text cut anywhere, as a file stream opened
   * with an encoding gives them.
   */
  readonly input?: 'lines' | 'chunks';
}

/**
 * The referrals of an export as they are read, and its report once they have all been read.
 *
 * @category CSV
 */
export interface ExportStream {
  /** The referrals, one at a time; iterate once. */
  readonly referrals: AsyncIterable<Referral>;
  /** Rows read, rejected and unmapped: complete once `referrals` has been iterated to the end. */
  report(): ExportReport;
}

const SLICE = 1 << 20;

async function* pieces(input: string | Iterable<string> | AsyncIterable<string>, lines: boolean): AsyncGenerator<string> {
  if (typeof input === 'string') {
    for (let at = 0; at < input.length; at += SLICE) yield input.slice(at, at + SLICE);
    return;
  }
  for await (const piece of input as AsyncIterable<unknown>) {
    if (typeof piece !== 'string') {
      throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'every line or chunk must be a string (open the file with an encoding)' }]);
    }
    yield lines ? `${piece}\n` : piece;
  }
}

/**
 * Reads a flat export as it streams in, with the same mapping and rules as
 * {@link referralsFromExport}: CSV text, or an iterable or async iterable of its lines (or
 * chunks). Memory stays flat in the number of rows: a row is read, mapped and handed on before
 * the next, and the report keeps at most `maxRejectedRows` rows and `maxUnmappedValues` values
 * per column. Hand `referrals` straight to `summarizeOutcomesAsync`.
 *
 * @param input - The CSV text, or its lines or chunks (a BOM and CRLF line ends are fine).
 * @param mapping - The mapping, plain JSON (see {@link ExportMappingSchema}).
 * @param options - `input: 'lines' | 'chunks'`, `onProgress`, `progressEvery` and report limits.
 * @returns `{ referrals, report }`.
 * @throws {@link core!SocialPrescribingError} at once: `csv/invalid-mapping`, `csv/invalid-options`,
 * `csv/invalid-input`; while iterating: `csv/missing-column`, `csv/invalid-input` (a line that is
 * not a string), `csv/unterminated-quote`.
 * @category CSV
 * @example
 * ```ts
 * import { referralsFromExportStream } from 'social-prescribing/csv';
 *
 * const lines = ['\uFEFFReferral Date,Referral Source,Status,Outcome', '01/04/2025,GP,Closed,Goals achieved', '03/04/2025,Social services,Open,'];
 * const stream = referralsFromExportStream(lines, {
 *   referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' },
 *   source: { column: 'Referral Source' },
 *   status: { column: 'Status' },
 *   closeReason: { column: 'Outcome' },
 * });
 * const read = [];
 * for await (const referral of stream.referrals) read.push([referral.source, referral.undated]);
 * read;
 * //=> [['gp-practice', { status: 'closed', closeReason: 'goals-met' }], ['adult-social-care', { status: 'accepted' }]]
 * stream.report().rowsRead;
 * //=> 2
 * ```
 */
export function referralsFromExportStream(
  input: string | Iterable<string> | AsyncIterable<string>,
  mapping: ExportMapping,
  options: ExportStreamOptions = {},
): ExportStream {
  const given: unknown = input;
  if (typeof given !== 'string' && (typeof given !== 'object' || given === null || !(Symbol.asyncIterator in given || Symbol.iterator in given))) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'must be CSV text or an iterable or async iterable of its lines' }]);
  }
  const givenOptions: unknown = options;
  if (typeof givenOptions !== 'object' || givenOptions === null || Array.isArray(givenOptions)) {
    throw new SocialPrescribingError('csv/invalid-options', [{ path: [], message: 'must be an options object' }]);
  }
  const { input: kind, ...readOptions } = options;
  const kindGiven: unknown = kind;
  if (kindGiven !== undefined && kindGiven !== 'lines' && kindGiven !== 'chunks') {
    throw new SocialPrescribingError('csv/invalid-options', [{ path: ['input'], message: "must be 'lines' or 'chunks'" }]);
  }
  const reading = startExportReading(mapping, readOptions);
  let report: ExportReport | null = null;
  let started = false;
  async function* referrals(): AsyncGenerator<Referral, void, undefined> {
    if (started) throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'the referrals of a stream can be iterated once' }]);
    started = true;
    const parser = createCsvParser();
    let header = true;
    const source = pieces(input, kind !== 'chunks');
    let done = false;
    while (!done) {
      const next = await source.next();
      done = next.done === true;
      const rows = next.done === true ? parser.end() : parser.push(next.value);
      // Rows are read here, not through `yield*` of a sync generator, which would wrap every referral in one more promise.
      for (const cells of rows) {
        if (header) {
          bindHeader(reading, cells);
          header = false;
          continue;
        }
        const referral = readExportRow(reading, cells);
        if (referral !== null) yield referral;
      }
    }
    report = finishExportReading(reading);
  }
  return {
    referrals: { [Symbol.asyncIterator]: referrals },
    report: () => report ?? { rowsRead: reading.rowsRead, rejected: [...reading.rejected], rejectedTotal: reading.rejectedTotal, unmapped: {} },
  };
}
