/**
 * The checks `merge` makes on the per-organisation attendance of a saved state
 * (`onwardByOrganisation`: each organisation id mapped to three counts, attended, did not
 * attend and unknown): the exact `outcomes/incompatible-state` issue, and that nothing is
 * merged when it is thrown.
 */
import { describe, expect, it } from 'vitest';
import { createOutcomeAccumulator, type OutcomeAccumulatorState } from '../../src/outcomes/index.js';
import { referral } from './helpers.js';
import { errorOf } from '../support/errorOf.js';

const KEYED = 'must map each id to a list of whole numbers, 0 or more, of the expected length';
const PATH = ['groups', 0, 'onwardByOrganisation'];

/** JSON of a state with one referral and one onward connection to org-1, attended. */
function savedText(): string {
  const accumulator = createOutcomeAccumulator();
  accumulator.add(referral({ onward: [{ kind: 'referral', organisationId: 'org-1', on: '2025-04-10', attended: 'attended' }] }));
  return JSON.stringify(accumulator.state());
}

/** The error of merging the saved state with `onwardByOrganisation` replaced; the target must be left empty. */
function mergeErrorWith(byOrganisation: unknown): { code: string; issues: readonly unknown[] } {
  const state = JSON.parse(savedText()) as { groups: Record<string, unknown>[] };
  (state.groups[0] as Record<string, unknown>)['onwardByOrganisation'] = byOrganisation;
  const target = createOutcomeAccumulator();
  const error = errorOf(() => {
    target.merge(state as unknown as OutcomeAccumulatorState);
  });
  expect(target.result().recordsRead).toBe(0);
  return error;
}

const incompatible = { code: 'outcomes/incompatible-state', issues: [{ path: PATH, message: KEYED }] };

describe('per-organisation attendance in a saved state', () => {
  it('merges an unedited state, keeping the counts per organisation', () => {
    const target = createOutcomeAccumulator();
    target.merge(JSON.parse(savedText()) as OutcomeAccumulatorState);
    expect(target.result().total.onward.attendance.byOrganisation).toEqual({ 'org-1': { attended: 1, didNotAttend: 0, unknown: 0 } });
  });

  it('accepts an organisation id that is the empty string', () => {
    const state = JSON.parse(savedText()) as { groups: { onwardByOrganisation: Record<string, number[]> }[] };
    (state.groups[0] as { onwardByOrganisation: Record<string, number[]> }).onwardByOrganisation[''] = [0, 0, 0];
    const target = createOutcomeAccumulator();
    target.merge(state as unknown as OutcomeAccumulatorState);
    expect(Object.keys(target.result().total.onward.attendance.byOrganisation)).toEqual(['', 'org-1']);
  });

  it.each([
    ['a number', 5],
    ['an array', [[1, 0, 0]]],
    ['null', null],
    ['a string', 'org-1'],
  ])('rejects a map that is %s', (_, value) => {
    expect(mergeErrorWith(value)).toEqual(incompatible);
  });

  it.each([
    ['too short', [1, 0]],
    ['too long', [1, 0, 0, 0]],
    ['a negative count', [1, -1, 0]],
    ['a fraction', [0.5, 0, 0]],
    ['only the first count good', [1, 'x', null]],
    ['a string of the right length', 'abc'],
    ['an object shaped like a list', { length: 3, 0: 1, 1: 0, 2: 0 }],
    ['missing', null],
  ])('rejects counts that are %s', (_, counts) => {
    expect(mergeErrorWith({ 'org-1': counts })).toEqual(incompatible);
  });

  it('rejects one bad organisation among good ones', () => {
    expect(mergeErrorWith({ 'org-1': [1, 0, 0], 'org-2': [0, 0] })).toEqual(incompatible);
  });

  it('rejects an organisation id of __proto__ (an own key from JSON.parse)', () => {
    const text = savedText().replace('"onwardByOrganisation":{', '"onwardByOrganisation":{"__proto__":[0,0,0],');
    const state = JSON.parse(text) as OutcomeAccumulatorState;
    const target = createOutcomeAccumulator();
    expect(errorOf(() => target.merge(state))).toEqual(incompatible);
    expect(target.result().recordsRead).toBe(0);
  });
});
