/**
 * Freezes `value` and every object and array it holds, all the way down, and returns it (the
 * same reference, typed as before): what every module uses for the presets, policies,
 * defaults and tables it exports, so no caller can change a value another caller relies on.
 * Primitives come back as they are; shared parts and cycles are visited once.
 *
 * @param value - The value to freeze in place.
 * @returns `value`, frozen all the way down.
 * @category Data
 * @example
 * ```ts
 * import { deepFreeze } from 'social-prescribing/core';
 *
 * const policy = deepFreeze({ id: 'x', weeks: { min: 6, max: 12 }, days: [1, 2] });
 * [Object.isFrozen(policy), Object.isFrozen(policy.weeks), Object.isFrozen(policy.days)];
 * //=> [true, true, true]
 * deepFreeze('text');
 * //=> 'text'
 * ```
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    // Functions are left alone: freezing one would freeze its prototype chain's users' view of it.
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    Object.freeze(node);
    for (const child of Object.values(node)) stack.push(child);
  }
  return value;
}
