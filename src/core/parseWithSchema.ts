import type * as z from 'zod';
import { SocialPrescribingError, type ValidationIssue } from './SocialPrescribingError.js';

/**
 * Turns zod issues into {@link ValidationIssue}s: the path and zod's message,
 * which names expected types and limits but never the received value.
 *
 * @param issues - `error.issues` from a failed `safeParse`.
 * @param prefix - Path segments to put in front of each issue's path.
 * @returns One validation issue per zod issue.
 * @throws {@link SocialPrescribingError} `core/invalid-argument` when `issues` or `prefix` is not an array, an
 * issue has no path array or string message, or a path segment is not a string, a symbol or a finite number.
 * @category Errors
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { issuesFromZod } from 'social-prescribing/core';
 *
 * const result = z.object({ age: z.number() }).safeParse({ age: 'old' });
 * result.success ? [] : issuesFromZod(result.error.issues, [3]);
 * //=> [{ path: [3, 'age'], message: 'Invalid input: expected number, received string' }]
 * issuesFromZod(null as never);
 * //=> throws 'core/invalid-argument'
 * ```
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  if (!Array.isArray(issues) || !Array.isArray(prefix)) throw invalidArgument();
  return (issues as unknown[]).map((issue) => {
    const { path, message, code, keys } = (issue ?? {}) as { path?: unknown; message?: unknown; code?: unknown; keys?: unknown };
    if (!Array.isArray(path) || typeof message !== 'string') throw invalidArgument();
    // zod names unknown keys in its message; a key can be personal data (a name, an NHS number), so count them instead.
    const safeMessage =
      code === 'unrecognized_keys' && Array.isArray(keys)
        ? `has ${keys.length} unrecognised ${keys.length === 1 ? 'key' : 'keys'}`
        : message;
    return {
      path: [...(prefix as unknown[]), ...(path as unknown[])].map((segment) => {
        if (typeof segment === 'symbol') return String(segment.description);
        if (typeof segment !== 'string' && !Number.isFinite(segment)) throw invalidArgument();
        return segment === 0 ? 0 : (segment as string | number);
      }),
      message: safeMessage,
    };
  });
}

function invalidArgument(): SocialPrescribingError {
  return new SocialPrescribingError('core/invalid-argument', [
    { path: [], message: 'needs zod issues (each a path array and a message string) and a path array of strings and finite numbers' },
  ]);
}

/**
 * Parses `input` with a zod schema, throwing {@link SocialPrescribingError}
 * with `code` and every issue (path and message, never the value) when it fails.
 *
 * @param schema - Any zod schema.
 * @param input - The untrusted input.
 * @param code - The error code to throw with.
 * @returns The parsed, typed value.
 * @throws {@link SocialPrescribingError} with `code` when the input does not match.
 * @category Errors
 * @example
 * ```ts
 * import { IsoDateSchema, parseWithSchema } from 'social-prescribing/core';
 *
 * parseWithSchema(IsoDateSchema, '2025-04-01', 'core/invalid-date');
 * //=> '2025-04-01'
 * parseWithSchema(IsoDateSchema, '2025-02-30', 'core/invalid-date');
 * //=> throws 'core/invalid-date'
 * ```
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, code: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new SocialPrescribingError(code, issuesFromZod(result.error.issues));
  return result.data;
}
