import { SocialPrescribingError, type ValidationIssue } from './SocialPrescribingError.js';

// A name as code writes it: a letter, `_` or `$`, then word characters or `-`, up to 64 in all.
const CODE_NAME = /^[A-Za-z_$][\w$-]{0,63}$/;

/**
 * Whether a key is written like a name in code (and so may be shown in an issue's path): the one
 * rule behind {@link keyLabel} and the paths of `issuesFromZod` where no schema says what a key is.
 * Internal.
 *
 * @example
 * ```ts
 * import { isCodeName } from './keyLabel.js';
 *
 * [isCodeName('wteInpost'), isCodeName('area-1'), isCodeName('Jane Smith'), isCodeName('9434765919')];
 * //=> [true, true, false, false]
 * ```
 */
export function isCodeName(key: string): boolean {
  return CODE_NAME.test(key);
}

/**
 * The path segment for a key the caller supplied: `<key N>`, its position among the object's own
 * keys, so an issue can point at it without echoing it (a key in data can be a name or an NHS number).
 *
 * @param position - The key's index in `Object.keys` of its object.
 * @returns `<key N>`.
 * @category Errors
 * @example
 * ```ts
 * import { keyPlaceholder } from 'social-prescribing/core';
 *
 * keyPlaceholder(2);
 * //=> '<key 2>'
 * ```
 */
export function keyPlaceholder(position: number): string {
  return `<key ${position}>`;
}

/**
 * The path segment for a key the caller wrote in code (an option's name, a criterion's id): the key
 * itself when it is written like a name in code (letters, digits, `_`, `$`, `-`, not starting with
 * a digit, up to 64 characters), otherwise `<key N>`, so a key that may be data is never echoed.
 *
 * @param key - The key.
 * @param position - Its index in `Object.keys` of its object.
 * @returns `key` or `<key N>`.
 * @category Errors
 * @example
 * ```ts
 * import { keyLabel } from 'social-prescribing/core';
 *
 * [keyLabel('wteInpost', 0), keyLabel('area-1', 1), keyLabel('Jane Smith', 2), keyLabel('9434765919', 3)];
 * //=> ['wteInpost', 'area-1', '<key 2>', '<key 3>']
 * ```
 */
export function keyLabel(key: string, position: number): string {
  return isCodeName(key) ? key : keyPlaceholder(position);
}

/**
 * One issue per key of an options object that is not a known option: the option's name when it is
 * written like a name in code (`wteInpost`, `bnad`), so a typo is easy to find, and `<key N>` for
 * anything else (a key with spaces or one starting with a digit is data, not code, and is never echoed).
 *
 * @param options - The options object as given.
 * @param known - The names of the function's options.
 * @param prefix - Path segments in front of the key (default none).
 * @param message - What the issue says (default `'is not a known option'`; `'is not a known field'` inside an option).
 * @returns An issue per unknown option, in the object's key order; none when every key is known.
 * @throws {@link SocialPrescribingError} `core/invalid-argument` when `options` is not an object, `known` not an array or set, or `prefix` not an array.
 * @category Errors
 * @example
 * ```ts
 * import { unknownOptionIssues } from 'social-prescribing/core';
 *
 * unknownOptionIssues({ listSize: 1, wteInpost: 2, 'Jane Smith': 3 }, ['listSize', 'wteInPost']);
 * //=> [
 * //   { path: ['wteInpost'], message: 'is not a known option' },
 * //   { path: ['<key 2>'], message: 'is not a known option' },
 * // ]
 * ```
 */
export function unknownOptionIssues(
  options: object,
  known: readonly string[] | ReadonlySet<string>,
  prefix: readonly (string | number)[] = [],
  message = 'is not a known option',
): ValidationIssue[] {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || !(Array.isArray(known) || known instanceof Set) || !Array.isArray(prefix)) {
    throw new SocialPrescribingError('core/invalid-argument', [{ path: [], message: 'needs an object, a list or set of option names and a path array' }]);
  }
  const names: ReadonlySet<string> = new Set(known);
  const issues: ValidationIssue[] = [];
  Object.keys(options).forEach((key, position) => {
    if (!names.has(key)) issues.push({ path: [...(prefix as readonly (string | number)[]), keyLabel(key, position)], message });
  });
  return issues;
}
