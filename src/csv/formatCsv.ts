import { SocialPrescribingError } from '../core/index.js';

/**
 * A CSV cell value: text, a finite number, a boolean, or `null` for an empty cell.
 *
 * @category CSV
 */
export type CsvCell = string | number | boolean | null;

/**
 * Options of the CSV writers: {@link formatCsv}, {@link referralsToCsv} and `summaryToCsv` (module `outcomes`).
 *
 * @category CSV
 */
export interface FormatCsvOptions {
  /**
   * Neutralise text cells a spreadsheet would run as a formula (default `true`): a text cell
   * starting with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a single quote
   * in front and in double quotes (`=1+1` becomes `"'=1+1"`), as OWASP advises against CSV
   * injection. Numbers are never changed, and nor is text that is a plain decimal number
   * (`'-3'`, `'+2.5'`), which a spreadsheet reads as that number. Set `false` only for a file
   * that no spreadsheet will open.
   */
  readonly escapeFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
/** Text a spreadsheet could run as a formula, after any quotes this writer put in front of it. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** Text that is a plain decimal number: a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** The quote this writer put in front of a text cell it neutralised. */
const ADDED_QUOTE = /^'(?='*[=+\-@\t\r])/;

/**
 * Formats rows as RFC 4180 CSV: fields with commas, quotes or line breaks are
 * quoted, quotes doubled, records ended with CRLF; `null` is an empty cell.
 *
 * Text cells a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) are neutralised: written with a single quote
 * in front and in double quotes, as OWASP advises against CSV injection. Numbers
 * are written as they are (`-3` is not a formula), and so is text that is a plain
 * decimal number (`'-3'`). Turn it off with `escapeFormulas: false`.
 *
 * @param rows - Rows of cells, the header first.
 * @param options - `escapeFormulas` (default `true`).
 * @returns The CSV text.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-input` when `rows` is not an iterable of arrays
 * (the path is the 0-based row number); `csv/invalid-cell` when a cell is not text, a finite number, a
 * boolean or `null` (`undefined`, an object, a hole in a sparse row; the path is `[row, column]`, 0-based);
 * `csv/invalid-options` when `options` is not an object or `escapeFormulas` is not a boolean.
 * @see OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection)
 * @category CSV
 * @example
 * ```ts
 * import { formatCsv } from 'social-prescribing/csv';
 *
 * formatCsv([['pcn', 'note'], ['North', 'a, "b"'], ['South', null]]);
 * //=> 'pcn,note\r\nNorth,"a, ""b"""\r\nSouth,\r\n'
 * formatCsv([['=HYPERLINK("http://x","y")', -3, '-3', '-x']]);
 * //=> '"\'=HYPERLINK(""http://x"",""y"")",-3,-3,"\'-x"\r\n'
 * formatCsv([['=1+1']], { escapeFormulas: false });
 * //=> '=1+1\r\n'
 * formatCsv([['pcn', undefined]] as never);
 * //=> throws 'csv/invalid-cell'
 * formatCsv(null as never);
 * //=> throws 'csv/invalid-input'
 * formatCsv([['pcn'], 'North'] as never);
 * //=> throws 'csv/invalid-input'
 * ```
 */
export function formatCsv(rows: Iterable<readonly CsvCell[]>, options?: FormatCsvOptions): string {
  const given: unknown = rows;
  if (typeof given !== 'object' || given === null || !(Symbol.iterator in given)) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'rows must be an iterable of arrays of cells' }]);
  }
  const escapeFormulas = readEscapeFormulas(options);
  let out = '';
  let index = 0;
  for (const row of rows) out += writeCsvRow(row, index++, escapeFormulas);
  return out;
}

/** Reads the writers' options: whether to neutralise formulas (default `true`); throws `csv/invalid-options`. */
function readEscapeFormulas(options: unknown): boolean {
  if (options === undefined) return true;
  if (typeof options !== 'object' || options === null) {
    throw new SocialPrescribingError('csv/invalid-options', [{ path: [], message: 'must be an options object' }]);
  }
  const { escapeFormulas } = options as FormatCsvOptions;
  if (escapeFormulas !== undefined && typeof escapeFormulas !== 'boolean') {
    throw new SocialPrescribingError('csv/invalid-options', [{ path: ['escapeFormulas'], message: 'must be true or false' }]);
  }
  return escapeFormulas !== false;
}

/**
 * One RFC 4180 record, CRLF-terminated, its cells checked (a hole in a sparse row is a bad cell):
 * `csv/invalid-input` at `[index]` when `row` is not an array, `csv/invalid-cell` at `[index, column]`.
 */
function writeCsvRow(row: unknown, index: number, escapeFormulas: boolean): string {
  if (!Array.isArray(row)) throw new SocialPrescribingError('csv/invalid-input', [{ path: [index], message: 'must be an array of cells' }]);
  let line = '';
  // An index loop, not map: map skips the holes of a sparse row, which would be written as empty cells.
  for (let column = 0; column < row.length; column++) {
    line += `${column === 0 ? '' : ','}${formatCsvCell(row[column], escapeFormulas, index, column)}`;
  }
  return `${line}\r\n`;
}

function formatCsvCell(cell: unknown, escapeFormulas: boolean, row: number, column: number): string {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    if (escapeFormulas && FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) return `"'${cell.replaceAll('"', '""')}"`;
    return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  // Number.isFinite does not coerce: it is true only for a finite number.
  if (typeof cell === 'boolean' || Number.isFinite(cell)) return `${cell as number | boolean}`;
  throw new SocialPrescribingError('csv/invalid-cell', [{ path: [row, column], message: 'must be text, a finite number, true, false or null' }]);
}

/**
 * Takes off the quote {@link formatCsv} put in front of a neutralised formula, so that
 * `referralsFromCsv` reads back exactly what `referralsToCsv` wrote (text that began with
 * quotes and a formula character had one more quote added, and loses only that one).
 *
 * @example
 * ```ts
 * import { unescapeFormula } from './formatCsv.js';
 *
 * [unescapeFormula("'=1+1"), unescapeFormula("''-x"), unescapeFormula("'quoted"), unescapeFormula('-3')];
 * //=> ['=1+1', "'-x", "'quoted", '-3']
 * ```
 */
export function unescapeFormula(text: string): string {
  return text.replace(ADDED_QUOTE, '');
}
