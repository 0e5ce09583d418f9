/** The catalogue's argument copier must copy what sameData compares, or the mutation check would miss a change. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROTO_JSON, copyData, sameData } from './hostile.js';

describe('copyData', () => {
  it('copies deeply: changing the copy leaves the original alone', () => {
    const original = { list: [{ on: '2025-04-01' }], day: new Date(5), tags: new Set(['a']), map: new Map([['k', { n: 1 }]]) };
    const copy = copyData(original)!;
    copy.list[0]!.on = '2025-04-02';
    copy.day.setTime(6);
    copy.tags.add('b');
    copy.map.get('k')!.n = 2;
    expect(original).toEqual({ list: [{ on: '2025-04-01' }], day: new Date(5), tags: new Set(['a']), map: new Map([['k', { n: 1 }]]) });
    expect(sameData(copy, original)).toBe(false);
  });

  it('keeps holes, lengths, -0, null prototypes and sharing, and leaves out named properties of an array', () => {
    const shared = { id: 'R-1' };
    // eslint-disable-next-line no-sparse-arrays
    const sparse = Object.assign([, -0, , shared] as unknown[], { extra: 1 });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: shared });
    const copy = copyData({ sparse, bare, again: shared })!;
    expect(sameData(copy, { sparse, bare, again: shared })).toBe(true);
    expect(0 in copy.sparse).toBe(false);
    expect(copy.sparse).toHaveLength(4);
    expect(Object.is(copy.sparse[1], -0)).toBe(true);
    expect(Object.keys(copy.sparse)).toEqual(['1', '3']);
    expect(Object.getPrototypeOf(copy.bare)).toBeNull();
    expect(copy.sparse[3]).toBe(copy.again);
    expect(copy.again).not.toBe(shared);
  });

  it('copies a run of one shared value once, and each value after the run afresh', () => {
    const shared = { id: 'R-1' };
    const other = { id: 'R-2' };
    // eslint-disable-next-line no-sparse-arrays
    const copy = copyData([shared, shared, , shared, other, shared])!;
    expect(copy).toEqual([{ id: 'R-1' }, { id: 'R-1' }, undefined, { id: 'R-1' }, { id: 'R-2' }, { id: 'R-1' }]);
    expect(2 in copy).toBe(false);
    expect(new Set([copy[0], copy[1], copy[3], copy[5]]).size).toBe(1);
    expect(copy[4]).not.toBe(copy[0]);
    expect(copy[0]).not.toBe(shared);
  });

  it('copies a __proto__ key as an own key, never as a prototype', () => {
    const parsed = JSON.parse(PROTO_JSON) as Record<string, unknown>;
    const copy = copyData(parsed)!;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(sameData(copy, parsed)).toBe(true);
  });

  it('copies cycles', () => {
    const loop: Record<string, unknown> = { n: 1 };
    loop['self'] = loop;
    const copy = copyData(loop)!;
    expect(copy['self']).toBe(copy);
    expect(copy).not.toBe(loop);
  });

  it('keeps functions and symbols as they are, and gives null for other class instances', () => {
    const fn = (): number => 1;
    const symbol = Symbol('s');
    expect(copyData([fn, symbol])).toEqual([fn, symbol]);
    expect(copyData({ schema: z.string() })).toBeNull();
    expect(copyData([/x/])).toBeNull();
  });
});
