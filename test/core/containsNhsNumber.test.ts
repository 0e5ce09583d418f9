/**
 * Issue 14, defect 2: the one guard against ids that could be NHS (or CHI) numbers. It normalises
 * (NFKC), strips whitespace, invisible characters and the separators `-` `.` `/`, then looks for ten
 * consecutive digits that pass the modulus 11 check digit.
 */
import { describe, expect, it } from 'vitest';
import { containsNhsNumber } from '../../src/core/index.js';

// Valid numbers (weights 10 down to 2, check digit 11 - remainder, 11 read as 0):
// 943 476 5919 (the NHS's own example), 150665 1232 (CHI-shaped), 401 023 2137,
// 100 000 0060 (remainder 0, so check digit 0) and 000 000 0000.
const VALID = ['9434765919', '1506651232', '4010232137', '1000000060', '0000000000'];

describe('containsNhsNumber', () => {
  it('finds the NHS number written the ways issue 14 listed', () => {
    for (const id of ['943-476-5919', '943.476.5919', 'NHS 9434765919', '９４３４７６５９１９', '943\u200b4765919', '943 476 5919']) {
      expect(containsNhsNumber(id), id).toBe(true);
    }
  });

  it('accepts every valid number alone and rejects each with a wrong check digit', () => {
    for (const number of VALID) {
      expect(containsNhsNumber(number), number).toBe(true);
      const check = Number(number[9]);
      for (let digit = 0; digit <= 9; digit++) {
        if (digit !== check) expect(containsNhsNumber(`${number.slice(0, 9)}${digit}`), `${number} with ${digit}`).toBe(false);
      }
    }
  });

  it('never passes nine digits whose check digit would be 10', () => {
    // 100 000 001: 1 x 10 + 1 x 2 = 12, remainder 1, check digit 10, which no digit equals.
    for (let digit = 0; digit <= 9; digit++) expect(containsNhsNumber(`100000001${digit}`)).toBe(false);
  });

  it('weights the digits 10 down to 2: swapping two digits breaks the check', () => {
    expect(containsNhsNumber('9434765919')).toBe(true);
    expect(containsNhsNumber('4934765919')).toBe(false);
    expect(containsNhsNumber('9434765199')).toBe(false);
  });

  it('strips whitespace, zero-width and format characters, dashes, dots and slashes', () => {
    const separators = [' ', '\t', '\n', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '-', '\u2013', '\u2010', '.', '/'];
    for (const separator of separators) {
      expect(containsNhsNumber(`943${separator}476${separator}5919`), JSON.stringify(separator)).toBe(true);
    }
  });

  it('keeps other characters, which break a run of digits', () => {
    for (const separator of [',', '_', ':', '+', 'A', '|', '\\']) {
      expect(containsNhsNumber(`943${separator}476${separator}5919`), separator).toBe(false);
    }
  });

  it('reads compatibility digits after NFKC normalisation (full-width, mathematical, circled)', () => {
    expect(containsNhsNumber('\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19')).toBe(true);
    expect(containsNhsNumber('𝟗𝟒𝟑𝟒𝟕𝟔𝟓𝟗𝟏𝟗')).toBe(true);
  });

  it('checks every ten-digit window of a longer run, and needs ten digits', () => {
    expect(containsNhsNumber('19434765919')).toBe(true);
    expect(containsNhsNumber('94347659191')).toBe(true);
    expect(containsNhsNumber('55559434765919')).toBe(true);
    expect(containsNhsNumber('943476591')).toBe(false);
    expect(containsNhsNumber('R-943476591-9')).toBe(true);
    expect(containsNhsNumber('R-943476591-A9')).toBe(false);
    expect(containsNhsNumber('9434765919'.repeat(3))).toBe(true);
    expect(containsNhsNumber('R1 9434765919 and 1234')).toBe(true);
  });

  it('finds a number after a first run that holds none', () => {
    expect(containsNhsNumber('1234567890 x 9434765919')).toBe(true);
  });

  it('passes pseudonymous keys, ten digits that fail the check, and anything that is not a string', () => {
    for (const id of ['R-0001', 'R-2025-0001', 'R-20250401-A0001', '1234567890', '', 'NHS']) expect(containsNhsNumber(id), id).toBe(false);
    for (const value of [9434765919, null, undefined, ['9434765919'], { id: '9434765919' }]) expect(containsNhsNumber(value as never)).toBe(false);
  });
});
