/** Whitespace, invisible format characters (zero-width spaces and joiners, soft hyphen, byte order mark) and dashes, dots and slashes. */
const SEPARATORS = /[\s\p{Cf}\p{Pd}./]/gu;
/** Every ten ASCII digits in a row, overlapping windows included (after NFKC, full-width and other compatibility digits are ASCII). */
const TEN_DIGITS = /(?=(\d{10}))/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_DIGITS = /[0-9]/g;

/**
 * Whether a text holds something that could be an NHS number (or a Scottish CHI number, or a
 * Northern Ireland H&C number): ten consecutive digits that pass the modulus 11 check digit,
 * once the text is normalised (Unicode NFKC, so full-width digits count) and stripped of
 * whitespace, invisible characters (a zero-width space, a soft hyphen) and the separators
 * people write inside a number (`-` and other dashes, `.`, `/`).
 *
 * The library uses it to refuse a referral `id` that could identify a person
 * (`'943 476 5919'`, `'943-476-5919'`, `'NHS 9434765919'`); use it on your own keys too.
 * Ten digits that fail the check digit are not an NHS number and pass. A longer run of
 * digits is checked at every ten-digit window, so about one key in eleven that runs ten or more
 * digits together (a date and a sequence number, `'R-20250401-0001'`) is refused: keep a letter
 * between long groups of digits (`'R-20250401-A0001'`). Anything that is not a string holds none.
 *
 * @param text - Any text, such as a key you mean to use as a pseudonymous id.
 * @returns `true` when the text holds ten digits that pass the NHS number check.
 * @see NHS Data Dictionary, "NHS Number" (the modulus 11 check digit, https://www.datadictionary.nhs.uk/attributes/nhs_number.html)
 * @category Privacy
 * @example
 * ```ts
 * import { containsNhsNumber } from 'social-prescribing/core';
 *
 * ['9434765919', '943-476-5919', 'NHS 943.476.5919', '９４３４７６５９１９', '943\u200b4765919'].map(containsNhsNumber);
 * //=> [true, true, true, true, true]
 * ['9434765910', 'R-0001', 'R-2025-0001'].map(containsNhsNumber);
 * //=> [false, false, false]
 *
 * // Separators are removed first, so a date and a sequence number can join into ten digits that pass.
 * [containsNhsNumber('R-20250401-0001'), containsNhsNumber('R-20250401-A0001')];
 * //=> [true, false]
 * ```
 */
export function containsNhsNumber(text: string): boolean {
  const given: unknown = text;
  if (typeof given !== 'string') return false;
  // Fast path for the usual key (every referral id is checked): printable ASCII with under ten digits cannot hold one.
  if (PRINTABLE_ASCII.test(given) && (given.match(ASCII_DIGITS)?.length ?? 0) < 10) return false;
  for (const [, digits] of given.normalize('NFKC').replace(SEPARATORS, '').matchAll(TEN_DIGITS)) {
    if (passesCheckDigit(digits as string)) return true;
  }
  return false;
}

/** Whether ten digits pass the NHS modulus 11 check: the first nine weighted 10 down to 2, the tenth the check digit. */
function passesCheckDigit(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  // 11 - remainder, with 11 read as 0; a result of 10 means no valid number, and never equals a digit.
  return (11 - (sum % 11)) % 11 === digits.charCodeAt(9) - 48;
}
