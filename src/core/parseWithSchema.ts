import type * as z from 'zod';
import { SocialPrescribingError, type ValidationIssue } from './SocialPrescribingError.js';

/**
 * Turns zod issues into {@link ValidationIssue}s: the path and zod's message,
 * which names expected types and limits but never the received value.
 *
 * @param issues - `error.issues` from a failed `safeParse`.
 * @param prefix - Path segments to put in front of each issue's path.
 * @returns One validation issue per zod issue.
 * @category Errors
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { issuesFromZod } from 'social-prescribing/core';
 *
 * const result = z.object({ age: z.number() }).safeParse({ age: 'old' });
 * result.success ? [] : issuesFromZod(result.error.issues, [3]);
 * //=> [{ path: [3, 'age'], message: 'Invalid input: expected number, received string' }]
 * ```
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment.description) : segment))],
    message: issue.message,
  }));
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
