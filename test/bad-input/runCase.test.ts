/**
 * One catalogue case end to end, on planted functions: the harness reports a function that
 * changes its input (off the site or on it), one that pollutes a prototype, one that returns NaN
 * and one that throws something other than a SocialPrescribingError, and passes a clean one.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from './catalogue.js';
import { runCase } from './describeCatalogue.js';
import { HOSTILE_VALUES } from './hostile.js';

const hostile = (name: string) => HOSTILE_VALUES.find((value) => value.name === name)!;
const args = (): unknown[] => [{ records: [{ id: 'R-1', needs: ['housing'] }], options: { from: '2025-04-01' } }];
const planted = (call: (args: unknown[]) => unknown): Entry => ({ args, call });
type Call = [{ records: { id: string; needs: string[] }[]; options: Record<string, unknown> }];

describe('runCase', () => {
  it('passes a function that reads its input and returns clean data', async () => {
    expect(await runCase('planted.clean', planted((a) => ({ count: (a as Call)[0]?.records?.length ?? 0 })), hostile('null'))).toEqual([]);
  });

  it.each([
    ['off the site', (a: unknown[]) => (a as Call)[0].records[0]!.needs.push('debt')],
    ['on the site', (a: unknown[]) => ((a as Call)[0].records[0]!.id = 'R-2')],
    ['by removing a field', (a: unknown[]) => Reflect.deleteProperty((a as Call)[0].options, 'from')],
  ])('reports a function that changes its input %s', async (_, mutate) => {
    const call = (a: unknown[]): number => {
      // Only where the site leaves the mutated part in place (a hostile value at records.0.id, say).
      try {
        mutate(a);
      } catch {
        // The hostile value replaced the part it changes.
      }
      return 1;
    };
    const problems = await runCase('planted.mutator', planted(call), hostile('empty string'));
    expect(problems.some((problem) => problem.endsWith('input mutated'))).toBe(true);
  });

  it('reports every call that changes its input, not only the first (each site gets unchanged arguments)', async () => {
    const pushes = (a: unknown[]): number => {
      try {
        (a as Call)[0].records[0]!.needs.push('debt');
      } catch {
        // The hostile value replaced a part on the way to needs.
      }
      return 1;
    };
    const problems = await runCase('planted.mutator', planted(pushes), hostile('null'));
    // needs can still be reached with null at records.0.id, options and options.from (null was once left unchecked).
    expect(problems.filter((problem) => problem.endsWith('input mutated')).map((problem) => problem.split(' at ')[1])).toEqual([
      '0.records.0.id: input mutated',
      '0.options: input mutated',
      '0.options.from: input mutated',
    ]);
  });

  it('reports a polluted prototype, a NaN result and a foreign error', async () => {
    const polluting = planted(() => {
      Reflect.set(Object.prototype, 'plantedKey', 1);
      return 1;
    });
    expect((await runCase('planted.polluting', polluting, hostile('null'))).some((p) => p.endsWith('built-in prototype changed'))).toBe(true);
    expect(Reflect.has({}, 'plantedKey')).toBe(false);
    expect((await runCase('planted.nan', planted(() => ({ rate: Number.NaN })), hostile('null')))[0]).toMatch(/result \$\.rate is NaN$/);
    expect((await runCase('planted.throws', planted(() => { throw new TypeError('x'); }), hostile('null')))[0]).toMatch(/threw something other than SocialPrescribingError/);
  });
});
