import { SocialPrescribingError } from '../core/index.js';

/**
 * An incremental RFC 4180 parser: feed it text in chunks of any size, take the
 * complete rows out as they finish.
 *
 * @category CSV
 */
export interface CsvParser {
  /** Parses a chunk and returns the rows it completed. */
  push(chunk: string): string[][];
  /** Ends the input and returns the last row, if any. Throws on an unterminated quote. */
  end(): string[][];
}

/**
 * Creates an incremental RFC 4180 CSV parser.
 *
 * Fields are separated by commas, records by CRLF or LF; a field in double
 * quotes may hold commas, line breaks and doubled quotes (`""`). A byte order
 * mark at the start is dropped. Blank lines are skipped. Cells are returned as
 * strings, untrimmed.
 *
 * @returns A parser with `push(chunk)` and `end()`.
 * @throws {@link core!SocialPrescribingError} `csv/unterminated-quote` from `end()` when a quoted field never closes
 * (the path is the 0-based row number); `csv/invalid-input` from `push()` when a chunk is not a string.
 * @category CSV
 * @example
 * ```ts
 * import { createCsvParser } from 'social-prescribing/csv';
 *
 * const parser = createCsvParser();
 * parser.push('id,needs\nR-1,"housing;money');
 * //=> [['id', 'needs']]
 * parser.push('-and-debt"\r\nR-2,');
 * //=> [['R-1', 'housing;money-and-debt']]
 * parser.end();
 * //=> [['R-2', '']]
 * ```
 */
export function createCsvParser(): CsvParser {
  let field = '';
  let row: string[] = [];
  let inQuotes = false;
  let quoteInQuotes = false; // saw a quote inside a quoted field: either "" or the closing quote
  let started = false;
  let rowNumber = 0;

  const endRow = (rows: string[][]): void => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row);
      rowNumber++;
    }
    row = [];
  };

  return {
    push(chunk: string): string[][] {
      const rows: string[][] = [];
      const given: unknown = chunk;
      if (typeof given !== 'string') {
        throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'chunks must be strings (open the file with an encoding)' }]);
      }
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        if (inQuotes) {
          if (quoteInQuotes) {
            quoteInQuotes = false;
            if (c === '"') {
              field += '"';
              continue;
            }
            inQuotes = false; // the quote closed the field; fall through to handle c
          } else if (c === '"') {
            quoteInQuotes = true;
            continue;
          } else {
            field += c;
            continue;
          }
        }
        if (c === ',') {
          row.push(field);
          field = '';
        } else if (c === '\n' || c === '\r') {
          // A CRLF ends the row at the CR; the LF then ends an empty row, which endRow drops as a blank line.
          endRow(rows);
        } else if (c === '"' && field === '') {
          inQuotes = true;
        } else {
          field += c;
        }
      }
      return rows;
    },
    end(): string[][] {
      const rows: string[][] = [];
      if (inQuotes && !quoteInQuotes) {
        throw new SocialPrescribingError('csv/unterminated-quote', [{ path: [rowNumber], message: 'a quoted field is never closed' }]);
      }
      inQuotes = false;
      quoteInQuotes = false;
      endRow(rows); // with nothing pending this is a blank row, which endRow drops
      return rows;
    },
  };
}
