/**
 * The catalogue's check on results: findBadValue names the path of the first NaN, ±Infinity,
 * -0 or undefined property, however deep, and passes clean data.
 */
import { describe, expect, it } from 'vitest';
import { findBadValue } from './hostile.js';

describe('findBadValue', () => {
  it('passes clean data, shared objects and cycles', () => {
    const shared = { a: 1, b: 'x', c: null, d: true };
    const cyclic: Record<string, unknown> = { shared };
    cyclic['self'] = cyclic;
    expect(findBadValue({ list: new Array(10_000).fill(shared), cyclic, map: new Map([[1, shared]]), set: new Set([2]) })).toBeNull();
  });

  it.each([
    [{ a: { b: [1, Number.NaN] } }, '$.a.b.1 is NaN'],
    [{ a: [{ x: Number.POSITIVE_INFINITY }] }, '$.a.0.x is Infinity'],
    [[0, -0], '$.1 is -0'],
    [{ rows: [{ value: 1 }, { value: undefined }] }, '$.rows.1.value is undefined'],
    [new Map([['k', Number.NaN]]), '$.get(k) is NaN'],
    [new Set([Number.NEGATIVE_INFINITY]), '$.has() is -Infinity'],
    [new Float64Array([1, Number.NaN]), '$[1] is NaN'],
    [new Set([{ x: Number.NaN }]), '$.has().x is NaN'],
    [[new Map([['k', [1, -0]]])], '$.0.get(k).1 is -0'],
    [Number.NaN, '$ is NaN'],
  ])('reports %j as %s', (value, problem) => {
    expect(findBadValue(value)).toBe(problem);
  });

  it('finds a problem beside a cycle, and past a shared object met before', () => {
    const shared = { ok: 1 };
    const cyclic: Record<string, unknown> = { shared, again: [shared] };
    cyclic['self'] = cyclic;
    cyclic['bad'] = Number.POSITIVE_INFINITY;
    expect(findBadValue(cyclic)).toBe('$.bad is Infinity');
  });

  it('allows undefined as a Map value or Set item, and bigints in typed arrays', () => {
    expect(findBadValue({ map: new Map([['k', undefined]]), set: new Set([undefined]), big: new BigInt64Array([1n]) })).toBeNull();
  });

  it('allows holes and undefined inside arrays (sparse results are caught elsewhere)', () => {
    expect(findBadValue({ list: [1, undefined, 2] })).toBeNull();
  });
});
