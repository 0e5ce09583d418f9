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
  return partitionServices(directory as readonly unknown[], (raw) => readService(raw, []), new Set());
}

/**
 * Reads each record of a list with `read`, keeping the services and reporting every bad record
 * (its index, its id when it has a usable one, the code and issues) and every repeated id: the one
 * loop behind {@link validateDirectory} and the HSDS feed readers. `seen` carries ids across pages.
 *
 * @example
 * ```ts
 * import { partitionServices } from './validateDirectory.js';
 *
 * const read = partitionServices([{ id: 'a' }, { id: 'a' }], (raw) => raw as never, new Set());
 * [read.services.length, read.invalid.map((record) => record.code), read.excluded];
 * //=> [1, ['directory/duplicate-service-id'], 1]
 * ```
 */
export function partitionServices(list: readonly unknown[], read: (raw: unknown) => Service, seen: Set<string>): DirectoryValidation {
  const services: Service[] = [];
  const invalid: InvalidServiceRecord[] = [];
  list.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : null;
    try {
      const service = read(raw);
      if (seen.has(service.id)) {
        invalid.push({ index, id, code: 'directory/duplicate-service-id', issues: [{ path: ['id'], message: 'repeats the id of an earlier service' }] });
        return;
      }
      seen.add(service.id);
      services.push(service);
    } catch (error) {
      // The readers throw only library errors once their options are checked.
      /* v8 ignore next */
      if (!(error instanceof SocialPrescribingError)) throw error;
      invalid.push({ index, id, code: error.code, issues: error.issues });
    }
  });
  return { services, invalid, excluded: invalid.length };
}
