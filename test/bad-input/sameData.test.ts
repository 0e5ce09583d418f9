/** The catalogue's mutation check must see every kind of change a function could make to its input. */
import { describe, expect, it } from 'vitest';
import { sameData } from './hostile.js';

const shared = { id: 'R-1', contacts: [{ on: '2025-04-01' }] };
const input = () => ({ items: Array.from({ length: 10_000 }, () => shared), day: new Date(0), tags: new Set(['a']), n: 0 });

describe('sameData', () => {
  it('holds for a structuredClone of the input', () => {
    const value = input();
    expect(sameData(value, structuredClone(value))).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });

  it('compares an object shared in one value with each of its partners in the other', () => {
    const shared = { n: 1 };
    expect(sameData({ x: shared, y: shared, z: shared }, { x: { n: 1 }, y: { n: 1 }, z: { n: 1 } })).toBe(true);
    expect(sameData({ x: shared, y: shared, z: shared }, { x: { n: 1 }, y: { n: 1 }, z: { n: 2 } })).toBe(false);
  });

  it.each<[string, (value: ReturnType<typeof input>) => void]>([
    ['a nested value changed', (v) => ((v.items[0]!.contacts[0] as { on: string }).on = '2025-04-02')],
    ['a key added', (v) => Object.assign(v, { extra: undefined })],
    ['a key removed', (v) => Reflect.deleteProperty(v, 'n')],
    ['0 turned into -0', (v) => (v.n = -0)],
    ['an array shortened', (v) => v.items.pop()],
    ['a hole made', (v) => Reflect.deleteProperty(v.items, 5)],
    ['one item of a run of one shared value replaced', (v) => (v.items[5_000] = { id: 'R-2', contacts: [{ on: '2025-04-01' }] })],
    ['the last item of a run of one shared value replaced', (v) => (v.items[9_999] = { id: 'R-1', contacts: [] })],
    ['a Date moved', (v) => v.day.setTime(1)],
    ['a Set grown', (v) => v.tags.add('b')],
    ['an object replaced by an array', (v) => Object.assign(v, { day: [] })],
  ])('fails when %s', (_, change) => {
    const before = structuredClone(input());
    const after = structuredClone(before);
    change(after);
    expect(sameData(after, before)).toBe(false);
  });
});
