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

  it('keeps holes, lengths, -0, index-free array keys, null prototypes and sharing', () => {
    const shared = { id: 'R-1' };
    // eslint-disable-next-line no-sparse-arrays
    const sparse = Object.assign([, -0, , shared] as unknown[], { extra: 1 });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: shared });
    const copy = copyData({ sparse, bare, again: shared })!;
    expect(sameData(copy, { sparse, bare, again: shared })).toBe(true);
    expect(0 in copy.sparse).toBe(false);
    expect(copy.sparse).toHaveLength(4);
    expect(Object.is(copy.sparse[1], -0)).toBe(true);
    expect((copy.sparse as unknown as { extra: number }).extra).toBe(1);
    expect(Object.getPrototypeOf(copy.bare)).toBeNull();
    expect(copy.sparse[3]).toBe(copy.again);
    expect(copy.again).not.toBe(shared);
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
