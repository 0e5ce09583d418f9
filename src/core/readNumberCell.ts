const WHOLE = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads a number as a spreadsheet or export writes it: digits, with commas between thousands or
 * none (`42,117` or `42117`), and for `whole: false` a decimal part (`1.5`). The caller trims
 * spaces when its format allows them. The one number reader of the library's CSV and export readers.
 *
 * Anything else (blank, `N/A`, `1.2.3`, `4,2`, `-1`, `1e3`) is `null`: the caller decides whether
 * that is unknown or an error; so is anything not a string. Callers that need a safe integer check `Number.isSafeInteger`.
 *
 * @param text - The cell's text.
 * @param whole - Whether only whole numbers are read (default `true`).
 * @returns The number, or `null` when the text is not one.
 * @category CSV cells
 * @example
 * ```ts
 * import { readNumberCell } from 'social-prescribing/core';
 *
 * [readNumberCell('42,117'), readNumberCell('7'), readNumberCell('1.5', false)];
 * //=> [42117, 7, 1.5]
 * [readNumberCell(''), readNumberCell('N/A'), readNumberCell('4,2'), readNumberCell('1.5')];
 * //=> [null, null, null, null]
 * ```
 */
export function readNumberCell(text: string, whole = true): number | null {
  const given: unknown = text;
  if (typeof given !== 'string' || !(whole ? WHOLE : DECIMAL).test(text)) return null;
  return Number(text.includes(',') ? text.replaceAll(',', '') : text);
}
