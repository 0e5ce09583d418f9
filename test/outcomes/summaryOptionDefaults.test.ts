/**
 * How the summary options resolve: group names counted against `groupBy` when there is none,
 * an instrument the defaults do not know given only a threshold, and the period check
 * when only one end is given.
 */
import { describe, expect, it } from 'vitest';
import { summarizeOutcomes } from '../../src/outcomes/index.js';
import { instrumentSettings, resolveOptions } from '../../src/outcomes/options.js';
import { attended, referral } from './helpers.js';
import { errorOf } from '../support/errorOf.js';

const NAMES = 'must be one non-empty name per groupBy entry';

describe('group names without groupBy', () => {
  it('accepts no names when there is no groupBy', () => {
    expect(summarizeOutcomes([referral()], { groupNames: [] }).groupNames).toEqual([]);
    expect(resolveOptions({ groupNames: [] }).groupNames).toEqual([]);
  });

  it('rejects a name when there is no groupBy to name', () => {
    expect(errorOf(() => resolveOptions({ groupNames: ['PCN'] }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['groupNames'], message: NAMES }],
    });
  });

  it('reports a wrong count of names and a period whose from is after to together, as invalid options', () => {
    expect(errorOf(() => resolveOptions({ groupBy: 'pcn', groupNames: ['a', 'b'], from: '2025-05-01', to: '2025-04-01' }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [
        { path: ['groupNames'], message: NAMES },
        { path: ['from'], message: 'must not be after to' },
      ],
    });
  });
});

describe('a period with one end', () => {
  it('accepts a from without a to, and a to without a from', () => {
    expect(resolveOptions({ from: '2025-05-01' })).toMatchObject({ from: '2025-05-01', to: null });
    expect(resolveOptions({ to: '2025-04-01' })).toMatchObject({ from: null, to: '2025-04-01' });
  });
});

describe('instruments the defaults do not know', () => {
  it('leaves the direction of a new instrument given only a threshold unknown', () => {
    const options = resolveOptions({ instruments: { pam: { meaningfulChange: 2 } } });
    expect(instrumentSettings(options, 'pam')).toEqual({ higherIsBetter: null, meaningfulChange: 2 });
  });

  it('reports the change of such an instrument without counting an improvement', () => {
    const summary = summarizeOutcomes(
      [
        referral({
          contacts: attended(1),
          measures: [
            { instrument: 'pam', timepoint: 'baseline', on: '2025-04-02', score: 40 },
            { instrument: 'pam', timepoint: 'exit', on: '2025-06-02', score: 50 },
          ],
        }),
      ],
      { instruments: { pam: { meaningfulChange: 2 } } },
    );
    expect(summary.total.wellbeing['pam']).toEqual({
      higherIsBetter: null,
      paired: 1,
      unscorable: 0,
      meanBaseline: 40,
      meanFollowUp: 50,
      meanChange: 10,
      improved: 0,
      improvedRate: null,
      meaningfulChange: 2,
      meaningfullyImproved: 0,
      meaningfulImprovementRate: null,
    });
    expect(summary.total.positiveOutcomes).toBe(0);
  });

  it('keeps the default direction of a known instrument given only a new threshold', () => {
    expect(instrumentSettings(resolveOptions({ instruments: { ucla3: { meaningfulChange: 1 } } }), 'ucla3')).toEqual({
      higherIsBetter: false,
      meaningfulChange: 1,
    });
  });
});
