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
      // Unquoted runs are sliced whole between delimiters, and quoted runs up to the next quote,
      // so the text is scanned once without building fields a character at a time.
      const n = text.length;
      let i = 0;
      while (i < n) {
        if (inQuotes) {
          if (quoteInQuotes) {
            quoteInQuotes = false;
            if (text.charCodeAt(i) === 34) {
              field += '"';
              i++;
              continue;
            }
            inQuotes = false; // the quote closed the field; handle text[i] below
          } else {
            const quote = text.indexOf('"', i);
            if (quote < 0) {
              field += text.slice(i);
              break;
            }
            field += text.slice(i, quote);
            quoteInQuotes = true;
            i = quote + 1;
            continue;
          }
        }
        if (field === '' && text.charCodeAt(i) === 34) {
          inQuotes = true;
          i++;
          continue;
        }
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        if (j > i) field += text.slice(i, j);
        if (j === n) break;
        if (text.charCodeAt(j) === 44) {
          row.push(field);
          field = '';
        } else {
          // A CRLF ends the row at the CR; the LF then ends an empty row, which endRow drops as a blank line.
          endRow(rows);
        }
        i = j + 1;
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
