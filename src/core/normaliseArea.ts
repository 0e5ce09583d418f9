/**
 * An area, practice or PCN name as the library compares it: upper-cased, trimmed, inner spaces
 * collapsed, so `'gu21 '` matches `'GU21'` and `'surrey  heath'` matches `'Surrey Heath'`. The one
 * rule for eligibility's area criteria, the directory's service areas and `withArea`'s duplicates.
 *
 * @param value - An area as written.
 * @returns The form areas are compared in.
 * @category Areas
 * @example
 * ```ts
 * import { normaliseArea } from 'social-prescribing/core';
 *
 * [normaliseArea('gu21 '), normaliseArea('GU21')];
 * //=> ['GU21', 'GU21']
 * normaliseArea('surrey  heath') === normaliseArea('Surrey Heath');
 * //=> true
 * ```
 */
export function normaliseArea(value: string): string {
  const upper = value.toUpperCase();
  // Most areas have no space to tidy; skipping the regex replace keeps bulk screening fast.
  return /\s/.test(upper) ? upper.trim().replace(/\s+/g, ' ') : upper;
}
