import { describe, expect, it } from 'vitest';
import { NHS_DIGITAL_DISCLOSURE, summarizeOutcomes, summaryToRows } from '../../src/outcomes/index.js';
import { disclosureRule } from '../../src/outcomes/disclosure.js';
import { errorOf } from '../support/errorOf.js';

const invalid = (...issues: { path: string[]; message: string }[]) => ({ code: 'outcomes/invalid-options', issues });
const notARule = invalid({ path: ['disclosure'], message: 'must be true, false or a rule object' });
const wholeFrom = (name: string, min: number) => invalid({ path: ['disclosure', name], message: `must be a whole number from ${String(min)} to 1000` });
const badSymbol = invalid({ path: ['disclosure', 'symbol'], message: 'must be 1 to 10 characters, not a number' });

describe('disclosureRule: which option means which rule', () => {
  it('means no disclosure control when the option is absent or false, and the NHS Digital rule when it is true', () => {
    expect([disclosureRule(undefined), disclosureRule(false)]).toEqual([null, null]);
    expect(disclosureRule(true)).toBe(NHS_DIGITAL_DISCLOSURE);
    expect(NHS_DIGITAL_DISCLOSURE).toEqual({ suppressUpTo: 7, roundTo: 5, secondary: true, symbol: '*' });
  });

  it('fills each field a rule object leaves out from the NHS Digital rule', () => {
    expect(disclosureRule({})).toEqual({ suppressUpTo: 7, roundTo: 5, secondary: true, symbol: '*' });
    expect(disclosureRule({ roundTo: 10 })).toEqual({ suppressUpTo: 7, roundTo: 10, secondary: true, symbol: '*' });
    expect(disclosureRule({ secondary: false, symbol: '[c]' })).toEqual({ suppressUpTo: 7, roundTo: 5, secondary: false, symbol: '[c]' });
  });

  it('takes every field as given when all are set, including suppression off (0) and rounding off (1)', () => {
    expect(disclosureRule({ suppressUpTo: 0, roundTo: 1, secondary: false, symbol: 'c' })).toEqual({ suppressUpTo: 0, roundTo: 1, secondary: false, symbol: 'c' });
  });

  it('accepts 1000 as the largest suppression limit and rounding base', () => {
    expect(disclosureRule({ suppressUpTo: 1000, roundTo: 1000 })).toEqual({ suppressUpTo: 1000, roundTo: 1000, secondary: true, symbol: '*' });
  });

  it('accepts a symbol of up to 10 characters that does not start like a number', () => {
    for (const symbol of ['x', 'abcdefghij', 'x5', 'c-1', '-', '+', '~']) expect(disclosureRule({ symbol })?.symbol).toBe(symbol);
  });
});

describe('disclosureRule: a bad option is refused with one issue per bad field', () => {
  it('refuses an option that is neither a boolean nor a rule object', () => {
    for (const option of ['yes', null, [], [7], 5, 0]) expect(errorOf(() => disclosureRule(option))).toEqual(notARule);
  });

  it('refuses a suppression limit that is not a whole number from 0 to 1000', () => {
    for (const suppressUpTo of [-1, 1001, 2.5, '3', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null, true]) {
      expect(errorOf(() => disclosureRule({ suppressUpTo }))).toEqual(wholeFrom('suppressUpTo', 0));
    }
  });

  it('refuses a rounding base that is not a whole number from 1 to 1000', () => {
    for (const roundTo of [0, -5, 1001, 0.5, '5']) expect(errorOf(() => disclosureRule({ roundTo }))).toEqual(wholeFrom('roundTo', 1));
  });

  it('refuses a secondary flag that is not a boolean', () => {
    for (const secondary of ['yes', 1, 0, {}]) {
      expect(errorOf(() => disclosureRule({ secondary }))).toEqual(invalid({ path: ['disclosure', 'secondary'], message: 'must be true or false' }));
    }
  });

  it('refuses an empty symbol, one over 10 characters, one that is not a string, and one that reads as a number', () => {
    for (const symbol of ['', 'abcdefghijk', 5, true, Number.NaN, {}, '7', '0', '-1', '+2', '3x']) {
      expect(errorOf(() => disclosureRule({ symbol }))).toEqual(badSymbol);
    }
  });

  it('names a misspelt field and lists every issue in field order', () => {
    expect(errorOf(() => disclosureRule({ supressUpTo: 5, suppressUpTo: -1, roundTo: 0, secondary: 'no', symbol: '' }))).toEqual(
      invalid(
        { path: ['disclosure', 'supressUpTo'], message: 'is not a known option' },
        { path: ['disclosure', 'suppressUpTo'], message: 'must be a whole number from 0 to 1000' },
        { path: ['disclosure', 'roundTo'], message: 'must be a whole number from 1 to 1000' },
        { path: ['disclosure', 'secondary'], message: 'must be true or false' },
        { path: ['disclosure', 'symbol'], message: 'must be 1 to 10 characters, not a number' },
      ),
    );
  });

  it('refuses a bad rule through the writers before reading the summary', () => {
    expect(errorOf(() => summaryToRows(summarizeOutcomes([]), { disclosure: { roundTo: 0 } }))).toEqual(wholeFrom('roundTo', 1));
    expect(errorOf(() => summaryToRows(null as never, { disclosure: 'all' as never }))).toEqual(notARule);
  });
});
