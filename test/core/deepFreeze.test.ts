/** deepFreeze freezes every object and array it reaches, once each (cycles end), and leaves functions, null and primitives alone. */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/index.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and returns the value it was given', () => {
    const value = { weeks: [{ days: [1, 2] }], name: 'policy' };
    expect(deepFreeze(value)).toBe(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.weeks), Object.isFrozen(value.weeks[0]), Object.isFrozen(value.weeks[0]!.days)]).toEqual([true, true, true, true]);
  });

  it('ends on a cycle and on shared objects', () => {
    const node: Record<string, unknown> = { id: 'a' };
    node['self'] = node;
    const shared = { n: 1 };
    const frozen = deepFreeze({ node, left: shared, right: shared });
    expect(Object.isFrozen(frozen.node)).toBe(true);
    expect(Object.isFrozen(shared)).toBe(true);
  });

  it('leaves functions unfrozen, and takes null and primitives in its stride', () => {
    const describeIt = (): string => 'a function';
    const value = deepFreeze({ describeIt, nothing: null, text: 'text', count: 3 });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(describeIt)).toBe(false);
    expect(deepFreeze('text')).toBe('text');
    expect(deepFreeze(null)).toBe(null);
  });
});
