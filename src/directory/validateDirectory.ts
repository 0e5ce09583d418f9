import { SocialPrescribingError, type ValidationIssue } from '../core/index.js';
import type { Service } from './schemas.js';
import { readService } from './validate.js';

/**
 * A service {@link validateDirectory} left out, and why.
 *
 * @category Services
 */
export interface InvalidServiceRecord {
  /** Its place in the input. */
  readonly index: number;
  /** Its `id` when that is a non-empty string, else `null`. */
  readonly id: string | null;
  /** The error code: `directory/invalid-service`, `directory/unknown-assurance-item` or `directory/duplicate-service-id`. */
  readonly code: string;
  /** What is wrong: paths from the record's root, never the values. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The result of {@link validateDirectory}.
 *
 * @category Services
 */
export interface DirectoryValidation {
  /** The valid services, validated, in input order. */
  readonly services: readonly Service[];
  /** Every record left out, in input order. */
  readonly invalid: readonly InvalidServiceRecord[];
  /** How many records were left out (`invalid.length`). */
  readonly excluded: number;
}

/**
 * Validates a directory loaded from a database or a file, keeping the valid services
 * and reporting every invalid record (its index, id, error code and issues) instead of
 * stopping at the first, as {@link createDirectoryIndex} does.
 *
 * A record whose id repeats an earlier valid record's id is left out with
 * `directory/duplicate-service-id`.
 *
 * @param directory - An array of candidate services.
 * @returns The valid services, the invalid records and how many were left out.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-directory` when `directory` is not an array.
 * @category Services
 * @example
 * ```ts
 * import { validateDirectory } from 'social-prescribing/directory';
 *
 * const result = validateDirectory([
 *   { id: 'walk', name: 'Walk and Talk', organization: { id: 'o1' }, needs: ['social-isolation'] },
 *   { id: 'walk', name: 'Walk and Talk again', organization: { id: 'o1' }, needs: [] },
 *   { id: 'bad', name: 'No organisation', needs: [] },
 * ]);
 * [result.services.length, result.excluded];
 * //=> [1, 2]
 * result.invalid.map((record) => [record.index, record.id, record.code]);
 * //=> [[1, 'walk', 'directory/duplicate-service-id'], [2, 'bad', 'directory/invalid-service']]
 * ```
 */
export function validateDirectory(directory: readonly unknown[]): DirectoryValidation {
  if (!Array.isArray(directory)) {
    throw new SocialPrescribingError('directory/invalid-directory', [{ path: [], message: 'must be an array of services' }]);
  }
  const services: Service[] = [];
  const invalid: InvalidServiceRecord[] = [];
  const seen = new Set<string>();
  (directory as readonly unknown[]).forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : null;
    try {
      const service = readService(raw, []);
      if (seen.has(service.id)) {
        invalid.push({ index, id, code: 'directory/duplicate-service-id', issues: [{ path: ['id'], message: 'repeats the id of an earlier service' }] });
        return;
      }
      seen.add(service.id);
      services.push(service);
    } catch (error) {
      /* v8 ignore next -- readService throws nothing else */
      if (!(error instanceof SocialPrescribingError)) throw error;
      invalid.push({ index, id, code: error.code, issues: error.issues });
    }
  });
  return { services, invalid, excluded: invalid.length };
}
