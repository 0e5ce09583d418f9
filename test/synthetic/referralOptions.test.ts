/**
 * SyntheticReferralOptionsSchema's own rules, parsed directly: the date bound, unique PCN ids, the
 * not-an-object message and from after to, each with its exact issues and both sides of its boundary.
 * (The generator checks its options by hand; optionsKernel.test.ts proves that check agrees with this schema.)
 */
import { describe, expect, it } from 'vitest';
import { SyntheticReferralOptionsSchema } from '../../src/synthetic/index.js';

type Issue = { code: string; path: PropertyKey[]; message: string };

/** The parse's result: the parsed options, or every issue as code, path and message. */
function parse(value: unknown): { success: true; data: unknown } | { success: false; issues: Issue[] } {
  const result = SyntheticReferralOptionsSchema.safeParse(value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })) };
}

const rejected = (...issues: Issue[]) => ({ success: false, issues });
const accepted = (data: unknown) => ({ success: true, data });

const DATE = 'must be a real calendar date written YYYY-MM-DD';
const LAST_START = 'must be on or before 9997-12-31, leaving two years for follow-up within the years to 9999';

describe('SyntheticReferralOptionsSchema: not an options object', () => {
  it('rejects a value that is not an object with one issue at the root', () => {
    for (const value of [null, undefined, 5, 'options', true, []]) {
      expect(parse(value)).toEqual(rejected({ code: 'invalid_type', path: [], message: 'must be an options object' }));
    }
  });

  it('keeps zod’s own message for an unknown option (only a wrong type gets the options-object message)', () => {
    const options = { count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', colour: 1 };
    expect(parse(options)).toEqual(rejected({ code: 'unrecognized_keys', path: [], message: 'Unrecognized key: "colour"' }));
  });
});

describe('SyntheticReferralOptionsSchema: the last start date', () => {
  it('accepts 9997-12-31 as from and to', () => {
    const options = { count: 1, seed: 's', from: '9997-12-31', to: '9997-12-31' };
    expect(parse(options)).toEqual(accepted({ count: 1, seed: 's', from: '9997-12-31', to: '9997-12-31' }));
  });

  it('rejects 9998-01-01, the day after, as from and as to', () => {
    expect(parse({ count: 1, seed: 's', from: '9997-12-30', to: '9998-01-01' })).toEqual(rejected({ code: 'custom', path: ['to'], message: LAST_START }));
    expect(parse({ count: 1, seed: 's', from: '9998-01-01', to: '9998-01-01' })).toEqual(
      rejected({ code: 'custom', path: ['from'], message: LAST_START }, { code: 'custom', path: ['to'], message: LAST_START }),
    );
  });

  it('accepts an ordinary date well before the bound', () => {
    const options = { count: 1, seed: 's', from: '1000-01-01', to: '2025-06-30' };
    expect(parse(options)).toEqual(accepted({ count: 1, seed: 's', from: '1000-01-01', to: '2025-06-30' }));
  });

  it('gives a string that is not a date only the date issue, even when it sorts after 9997-12-31', () => {
    // '9999-02-30' and 'x' sort after '9997-12-31', so only the not-a-date guard keeps the bound's issue away.
    expect(parse({ count: 1, seed: 's', from: '9999-02-30', to: 'x' })).toEqual(rejected({ code: 'custom', path: ['from'], message: DATE }, { code: 'custom', path: ['to'], message: DATE }));
    expect(parse({ count: 1, seed: 's', from: '2025-02-29', to: '2025-06-30' })).toEqual(rejected({ code: 'custom', path: ['from'], message: DATE }));
  });
});

describe('SyntheticReferralOptionsSchema: unique PCN ids', () => {
  it('accepts distinct ids, written as strings and as objects', () => {
    const options = { count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', pcns: ['a', 'b', { id: 'c' }, { id: 'd', weight: 2 }] };
    expect(parse(options)).toEqual(
      accepted({ count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', pcns: ['a', 'b', { id: 'c' }, { id: 'd', weight: 2 }] }),
    );
  });

  it('flags every repeat after the first, at its id, whichever way each is written', () => {
    const options = { count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', pcns: ['a', 'a', { id: 'a' }, 'b', { id: 'b', weight: 2 }] };
    expect(parse(options)).toEqual(
      rejected({ code: 'custom', path: ['pcns', 1, 'id'], message: 'must be unique' }, { code: 'custom', path: ['pcns', 2, 'id'], message: 'must be unique' }, { code: 'custom', path: ['pcns', 4, 'id'], message: 'must be unique' }),
    );
  });

  it('flags a repeat between two objects', () => {
    const options = { count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', pcns: [{ id: 'a' }, { id: 'a', weight: 3 }] };
    expect(parse(options)).toEqual(rejected({ code: 'custom', path: ['pcns', 1, 'id'], message: 'must be unique' }));
  });

  it('accepts a single PCN', () => {
    const options = { count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', pcns: ['only'] };
    expect(parse(options)).toEqual(accepted({ count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', pcns: ['only'] }));
  });
});

describe('SyntheticReferralOptionsSchema: from is not after to', () => {
  it('accepts from equal to to and from the day before to', () => {
    expect(parse({ count: 1, seed: 's', from: '2025-06-30', to: '2025-06-30' })).toEqual(accepted({ count: 1, seed: 's', from: '2025-06-30', to: '2025-06-30' }));
    expect(parse({ count: 1, seed: 's', from: '2025-06-29', to: '2025-06-30' })).toEqual(accepted({ count: 1, seed: 's', from: '2025-06-29', to: '2025-06-30' }));
  });

  it('rejects from the day after to, at from', () => {
    expect(parse({ count: 1, seed: 's', from: '2025-07-01', to: '2025-06-30' })).toEqual(rejected({ code: 'custom', path: ['from'], message: 'must not be after to' }));
  });

  it('rejects from a year after to across the year end', () => {
    expect(parse({ count: 1, seed: 's', from: '2026-01-01', to: '2025-12-31' })).toEqual(rejected({ code: 'custom', path: ['from'], message: 'must not be after to' }));
  });
});
