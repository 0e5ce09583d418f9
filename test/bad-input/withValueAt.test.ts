/**
 * The catalogue's snapshot of a call's arguments: the baseline with the hostile value at the site,
 * copied only along the path. The mutation check must still see any change a function makes.
 */
import { describe, expect, it } from 'vitest';
import { ABSENT, copyData, placeValue, sameData, withValueAt } from './hostile.js';

const baseline = (): unknown[] => [{ records: [{ id: 'R-1', needs: ['housing'] }, { id: 'R-2', needs: [] }], options: { from: '2025-04-01' } }, 'extra'];

describe('withValueAt', () => {
  it('places the value and shares everything off the path, leaving the root alone', () => {
    const root = baseline();
    const placed = withValueAt(root, [0, 'records', 0, 'id'], 'R-9') as typeof root & [{ records: { id: string }[]; options: unknown }];
    expect(placed).toEqual([{ records: [{ id: 'R-9', needs: ['housing'] }, { id: 'R-2', needs: [] }], options: { from: '2025-04-01' } }, 'extra']);
    expect(root).toEqual(baseline());
    const original = root[0] as { records: object[]; options: object };
    expect(placed[0].options).toBe(original.options);
    expect(placed[0].records[1]).toBe(original.records[1]);
    expect(placed[0].records[0]).not.toBe(original.records[0]);
  });

  it('removes a trailing argument, an array element or a key for ABSENT', () => {
    expect(withValueAt(baseline(), [1], ABSENT)).toHaveLength(1);
    expect(withValueAt(baseline(), [0, 'records', 0], ABSENT)).toEqual([{ records: [{ id: 'R-2', needs: [] }], options: { from: '2025-04-01' } }, 'extra']);
    expect(withValueAt(baseline(), [0, 'options', 'from'], ABSENT)).toEqual([{ records: [{ id: 'R-1', needs: ['housing'] }, { id: 'R-2', needs: [] }], options: {} }, 'extra']);
  });

  it('keeps null prototypes and holes along the path, and puts a __proto__ key as an own key', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    // eslint-disable-next-line no-sparse-arrays
    const placed = withValueAt([[, bare]], [0, 1, '__proto__'], { polluted: 'yes' }) as [[unknown, Record<string, unknown>]];
    expect(Object.getPrototypeOf(placed[0][1])).toBeNull();
    expect(0 in placed[0]).toBe(false);
    expect(Object.keys(placed[0][1])).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('lets the mutation check see a change off the path and on it', () => {
    const root = baseline();
    for (const mutate of [
      (args: unknown[]) => (args[0] as { records: { needs: string[] }[] }).records[1]!.needs.push('debt'),
      (args: unknown[]) => ((args[0] as { records: { id: string }[] }).records[0]!.id = 'R-3'),
      (args: unknown[]) => Reflect.deleteProperty(args[0] as object, 'options'),
    ]) {
      const args = copyData(root)!;
      placeValue((args[0] as { records: object[] }).records[0], 'id', 'R-9', false);
      const snapshot = withValueAt(root, [0, 'records', 0, 'id'], 'R-9');
      expect(sameData(args, snapshot)).toBe(true);
      mutate(args);
      expect(sameData(args, snapshot)).toBe(false);
    }
  });
});
