import { SocialPrescribingError } from '../core/index.js';
import { createCsvParser } from './createCsvParser.js';

/**
 * Streams CSV rows from text chunks, such as a file read with
 * `createReadStream(path, { encoding: 'utf8' })`: memory holds one chunk and one row, not the file.
 *
 * @param chunks - Text chunks, sync or async.
 * @returns An async iterable of rows (arrays of string cells), the header first.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-input` when `chunks` is not iterable or a chunk is not a
 * string (open files with an encoding);
 * `csv/unterminated-quote` when a quoted field never closes.
 * @category CSV
 * @example
 * ```ts
 * import { csvRows } from 'social-prescribing/csv';
 *
 * const rows = [];
 * for await (const row of csvRows(['id,pcn\nR-1,', 'north\nR-2,south\n'])) rows.push(row);
 * rows;
 * //=> [['id', 'pcn'], ['R-1', 'north'], ['R-2', 'south']]
 * await csvRows(42 as never).next();
 * //=> throws 'csv/invalid-input'
 * ```
 */
export async function* csvRows(chunks: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string[], void, undefined> {
  const given: unknown = chunks;
  if (typeof given !== 'object' || given === null || !(Symbol.asyncIterator in given || Symbol.iterator in given)) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'chunks must be an iterable or async iterable of strings' }]);
  }
  const parser = createCsvParser();
  for await (const chunk of chunks as AsyncIterable<unknown>) {
    yield* parser.push(chunk as string); // push() rejects a chunk that is not a string (csv/invalid-input)
  }
  yield* parser.end();
}
