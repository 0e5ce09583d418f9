/**
 * The `anyone` criterion: a service that takes anyone says so, rather than leaving its
 * criteria empty. It is always met, in the explained and the fast path alike, and combines
 * like any other met criterion.
 */
import { describe, expect, it } from 'vitest';
import {
  AnyoneCriterionSchema,
  checkEligibility,
  compileScheme,
  defineScheme,
  formatEligibility,
  type Criterion,
  type Scheme,
} from '../../src/eligibility/index.js';
import { compileCriterion } from '../../src/eligibility/engine.js';
import { readFacts } from '../../src/eligibility/facts.js';
import { errorOf } from '../support/errorOf.js';

const on = { referredOn: '2025-06-01' };
const scheme = (criteria: Criterion): Scheme => ({ id: 's', name: 'Open scheme', criteria });

describe('anyone', () => {
  it('is met for a person about whom nothing is known, with its reason and no missing facts', () => {
    const result = checkEligibility(scheme({ kind: 'anyone' }), {}, on);
    expect(result.decision).toBe('eligible');
    expect(result.missing).toEqual([]);
    expect(result.checks).toEqual({ kind: 'anyone', id: null, label: null, status: 'met', reason: 'open to anyone', missing: [], checks: [] });
  });

  it('keeps its id and label, and reads no fact', () => {
    const compiled = compileCriterion({ kind: 'anyone', id: 'open', label: 'anyone in the practice area who needs it' });
    const nothing = readFacts({}, on);
    expect(compiled.decide(nothing)).toBe(2);
    expect(compiled.explain(nothing)).toEqual({
      kind: 'anyone',
      id: 'open',
      label: 'anyone in the practice area who needs it',
      status: 'met',
      reason: 'open to anyone',
      missing: [],
      checks: [],
    });
  });

  it('leaves the decision to the other criteria of an `all`', () => {
    const inPractice: Criterion = {
      kind: 'all',
      of: [
        { kind: 'registeredWith', practices: ['Z99001'] },
        { kind: 'anyone', label: 'anyone in the practice area who needs it' },
      ],
    };
    const compiled = compileScheme(scheme(inPractice));
    expect([compiled({ registeredPractice: 'Z99001' }, on), compiled({ registeredPractice: 'Z99002' }, on), compiled({}, on)]).toEqual([
      'eligible',
      'ineligible',
      'needs-information',
    ]);
    expect(formatEligibility(checkEligibility(scheme(inPractice), { registeredPractice: 'Z99001' }, on)).split('\n')).toEqual([
      'Open scheme: eligible',
      '- met: all 2 required criteria met',
      "  - met: registered with practice Z99001, one of the scheme's 1 practice",
      '  - met (anyone in the practice area who needs it): open to anyone',
    ]);
  });

  it('makes an `any` met and a `not` not met, on both paths', () => {
    const either: Criterion = { kind: 'any', of: [{ kind: 'flag', name: 'carer' }, { kind: 'anyone' }] };
    const never: Criterion = { kind: 'not', criterion: { kind: 'anyone' } };
    expect(checkEligibility(scheme(either), {}, on).decision).toBe('eligible');
    expect(compileScheme(scheme(either))({}, on)).toBe('eligible');
    const excluded = checkEligibility(scheme(never), {}, on);
    expect([excluded.decision, excluded.checks.reason]).toEqual(['ineligible', 'the excluded criterion is met']);
    expect(compileScheme(scheme(never))({}, on)).toBe('ineligible');
  });

  it('takes only kind, id and label', () => {
    expect(AnyoneCriterionSchema.safeParse({ kind: 'anyone' }).success).toBe(true);
    expect(errorOf(() => defineScheme(scheme({ kind: 'anyone', anyOf: ['self'] } as never)))).toEqual({
      code: 'eligibility/invalid-scheme',
      issues: [{ path: ['criteria', 'anyOf'], message: 'is not a known field' }],
    });
    expect(errorOf(() => defineScheme(scheme({ kind: 'anyone', label: '' })))).toEqual({
      code: 'eligibility/invalid-scheme',
      issues: [{ path: ['criteria', 'label'], message: 'must not be empty' }],
    });
  });
});
