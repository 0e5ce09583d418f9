/**
 * Secondary suppression leaves no set that adds up with exactly one hidden cell: such a cell is
 * the total less the other cells (or the sum of its parts), so hiding it alone protects nobody.
 * The sets are a row's close reasons (to `closed.total`), its age bands and its sexes (each to
 * `referrals`), and each count's column across the group rows (to the total row).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CLOSE_REASONS, PERSON_SEXES, type PersonSex, type Referral } from '../../src/referrals/index.js';
import { AGE_BANDS } from '../../src/outcomes/defaults.js';
import { NHS_DIGITAL_DISCLOSURE, summarizeOutcomes, type OutcomeRow, type OutcomeSummary } from '../../src/outcomes/index.js';
import { discloseSummary, type OutcomeDisclosureRule } from '../../src/outcomes/disclosure.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { referral } from './helpers.js';

/** NHS Digital's rule without rounding: the one where secondary suppression acts. */
const exact: OutcomeDisclosureRule = { ...NHS_DIGITAL_DISCLOSURE, roundTo: 1 };

function valueAt(row: OutcomeRow, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], row);
}

const REASONS = [...CLOSE_REASONS.map((reason) => `closed.byReason.${reason}`), 'closed.reasonUnknown'];
const AGES = [...AGE_BANDS, 'unknown'].map((band) => `demographics.ageBands.${band}`);
const SEXES = PERSON_SEXES.map((sex) => `demographics.sex.${sex}`);
const ROW_SETS: readonly (readonly [total: string, parts: readonly string[]])[] = [
  ['closed.total', REASONS],
  ['referrals', AGES],
  ['referrals', SEXES],
];
const COLUMNS = ['referrals', 'accepted', 'declined', 'unableToContact', 'engaged', 'closed.total', ...REASONS, ...AGES, ...SEXES];

/** Every set of a disclosed summary with exactly one hidden cell, named by row and total. */
function loneHiddenCells(safe: OutcomeSummary): string[] {
  const hidden = (row: OutcomeRow, path: string): boolean => valueAt(row, path) === exact.symbol;
  const rows = [...safe.groups, safe.total];
  const lone: string[] = [];
  rows.forEach((row, r) => {
    for (const [total, parts] of ROW_SETS) {
      if ([total, ...parts].filter((path) => hidden(row, path)).length === 1) lone.push(`row ${r}: ${total} = ${parts[0]} + ...`);
    }
  });
  if (safe.groups.length > 0) {
    for (const path of COLUMNS) if (rows.filter((row) => hidden(row, path)).length === 1) lone.push(`column ${path}`);
  }
  return lone;
}

const person = (sex: PersonSex): Referral['person'] => ({ sex, birthYear: 1970 });
const many = (n: number, pcn: string, who?: PersonSex): Referral[] =>
  Array.from({ length: n }, () => referral({ pcn, ...(who === undefined ? {} : { person: person(who) }) }));

describe('secondary suppression (counts not rounded)', () => {
  it('keeps going until no set has one hidden cell, past three passes', () => {
    // A's 3 women hide A; each pass then hides one more cell along the chain B, C, D.
    const referrals = [
      ...many(3, 'A', 'female'),
      ...many(10, 'B', 'female'),
      ...many(10, 'B', 'male'),
      ...many(12, 'C', 'male'),
      ...many(9, 'C', 'other'),
      ...many(15, 'D', 'female'),
      ...many(11, 'D', 'other'),
      ...many(9, 'E'),
    ];
    const safe = discloseSummary(summarizeOutcomes(referrals, { groupBy: 'pcn' }), exact);
    // Stopped after three passes, D's other (11) was hidden alone: 26 - 15 gave it back, and from it C's, B's and A's figures.
    expect(loneHiddenCells(safe)).toEqual([]);
  });

  it('hides a part of a set whose total is hidden and whose parts were all shown', () => {
    // E's referrals are hidden to protect A's 3 across the groups; E's 9 of unknown sex would give them back.
    const referrals = [...many(3, 'A', 'female'), ...many(10, 'B', 'female'), ...many(10, 'B', 'male'), ...many(9, 'E')];
    const safe = discloseSummary(summarizeOutcomes(referrals, { groupBy: 'pcn' }), exact);
    const e = safe.groups.find((row) => row.key === 'E')!;
    expect(e.referrals).toBe('*');
    expect(valueAt(e, 'demographics.sex.unknown')).toBe('*');
    expect(loneHiddenCells(safe)).toEqual([]);
  });

  test.prop(
    [fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 })],
    { numRuns: 60 },
  )('leaves no set with exactly one hidden cell, for any small service', (count, seed, anonymous) => {
    const referrals = generateReferrals({ count, seed, from: '2025-04-01', to: '2026-03-31', pcns: ['A', 'B', 'C', 'D'] }).map((r, i) => {
      if (!anonymous[i]) return r;
      const rest: Partial<Referral> = { ...r };
      delete rest.person;
      return rest as Referral;
    });
    const safe = discloseSummary(summarizeOutcomes(referrals, { groupBy: 'pcn' }), exact);
    expect(loneHiddenCells(safe)).toEqual([]);
  });
});
