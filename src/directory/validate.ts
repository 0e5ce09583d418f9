import { isIsoDate, isRecord, issuesFromZod, keyPlaceholder, SocialPrescribingError, type IsoDate, type ValidationIssue } from '../core/index.js';
import { AssurancePolicySchema, assurancePolicies, type AssurancePolicy } from './assurancePolicies.js';
import { ASSURANCE_INSURANCE_ITEMS, ASSURANCE_POLICY_ITEMS } from './constants.js';
import { ServiceSchema, type Service } from './schemas.js';

type Path = readonly (string | number)[];

const POLICY_ITEMS: ReadonlySet<string> = /* @__PURE__ */ new Set(ASSURANCE_POLICY_ITEMS);
const INSURANCE_ITEMS: ReadonlySet<string> = /* @__PURE__ */ new Set(ASSURANCE_INSURANCE_ITEMS);


/**
 * Reads an options argument, which must be a plain object.
 *
 * Checked first, so that a call such as `assessProvider(null)` fails with a coded library
 * error naming the function rather than a `TypeError` from reading a field of `null`.
 *
 * @throws SocialPrescribingError `directory/invalid-options` for `null`, an array or any other non-object.
 * @example
 * ```ts
 * import { readOptions } from './validate.js';
 *
 * readOptions({ asOf: '2025-04-01' }, 'assessProvider');
 * //=> { asOf: '2025-04-01' }
 * readOptions('2025-04-01', 'assessProvider');
 * //=> throws 'directory/invalid-options'
 * readOptions([], 'assessProvider');
 * //=> throws 'directory/invalid-options'
 * ```
 */
export function readOptions(value: unknown, name: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: [], message: `${name} takes an options object` }]);
  }
  return value;
}

/**
 * Reads a required `IsoDate`, throwing `directory/invalid-date`.
 *
 * Only real calendar dates written `YYYY-MM-DD` pass, so the review-date arithmetic after it
 * never sees 30 February or a date written the British way round.
 *
 * @throws SocialPrescribingError `directory/invalid-date` for anything but a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { readDate } from './validate.js';
 *
 * readDate('2025-04-01', ['asOf']);
 * //=> '2025-04-01'
 * readDate('2025-02-30', ['asOf']);
 * //=> throws 'directory/invalid-date'
 * readDate('01/04/2025', ['asOf']);
 * //=> throws 'directory/invalid-date'
 * ```
 */
export function readDate(value: unknown, path: Path): IsoDate {
  if (!isIsoDate(value)) {
    throw new SocialPrescribingError('directory/invalid-date', [
      { path, message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
  }
  return value;
}

function unknownItems(value: unknown, known: ReadonlySet<string>, path: Path, kind: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string' && !known.has(item)) {
        issues.push({ path: [...path, index], message: `is not a known ${kind} item` });
      }
    });
  } else if (isRecord(value)) {
    // The key is the caller's: point at it by position, never echo it.
    Object.keys(value).forEach((key, position) => {
      if (!known.has(key)) issues.push({ path: [...path, keyPlaceholder(position)], message: `is not a known ${kind} item` });
    });
  }
  return issues;
}

/**
 * Validates an assurance policy, defaulting to Sefton's.
 *
 * An item that is not on the form (a typo such as `'fire-safety'` for a policy) gets its own
 * code, `directory/unknown-assurance-item`, before the schema check, so the caller can tell a
 * misspelt item from a malformed policy.
 *
 * @throws SocialPrescribingError `directory/unknown-assurance-item`, `directory/invalid-policy`.
 * @example
 * ```ts
 * import { readPolicy } from './validate.js';
 *
 * readPolicy(undefined).id;
 * //=> 'sefton-expression-of-interest'
 * const policy = { id: 'safeguarding-only', name: 'Safeguarding only', policies: ['safeguarding'], insurances: [], reviewWithinMonths: 24 };
 * readPolicy(policy).policies;
 * //=> ['safeguarding']
 * readPolicy({ ...policy, policies: ['fire-safety'] });
 * //=> throws 'directory/unknown-assurance-item'
 * readPolicy({ ...policy, reviewWithinMonths: 0 });
 * //=> throws 'directory/invalid-policy'
 * ```
 */
export function readPolicy(value: unknown, path: Path = ['policy']): AssurancePolicy {
  if (value === undefined) return assurancePolicies.sefton;
  if (isRecord(value)) {
    const issues = [
      ...unknownItems(value.policies, POLICY_ITEMS, [...path, 'policies'], 'policy'),
      ...unknownItems(value.insurances, INSURANCE_ITEMS, [...path, 'insurances'], 'insurance'),
    ];
    if (issues.length > 0) throw new SocialPrescribingError('directory/unknown-assurance-item', issues);
  }
  const result = AssurancePolicySchema.safeParse(value);
  if (!result.success) throw new SocialPrescribingError('directory/invalid-policy', issuesFromZod(result.error.issues, path, { schema: AssurancePolicySchema, input: value }));
  return result.data;
}

/**
 * Validates one service; unknown assurance items get their own code.
 *
 * `path` is where the service sits in the caller's input, so an issue points at the field to fix.
 *
 * @throws SocialPrescribingError `directory/unknown-assurance-item`, `directory/invalid-service`.
 * @example
 * ```ts
 * import { readService } from './validate.js';
 *
 * const service = { id: 'walk-and-talk', name: 'Walk and Talk', organization: { id: 'org-1' }, needs: ['social-isolation'] };
 * readService(service, ['service']).id;
 * //=> 'walk-and-talk'
 * readService({ ...service, assurance: { policies: { 'fire-safety': { held: true } } } }, ['service']);
 * //=> throws 'directory/unknown-assurance-item'
 * readService({ ...service, needs: ['gardening'] }, ['service']);
 * //=> throws 'directory/invalid-service'
 * ```
 */
export function readService(value: unknown, path: Path): Service {
  if (isRecord(value) && isRecord(value.assurance)) {
    const assurance = value.assurance;
    const issues = [
      ...unknownItems(assurance.policies, POLICY_ITEMS, [...path, 'assurance', 'policies'], 'policy'),
      ...unknownItems(assurance.insurances, INSURANCE_ITEMS, [...path, 'assurance', 'insurances'], 'insurance'),
    ];
    if (issues.length > 0) throw new SocialPrescribingError('directory/unknown-assurance-item', issues);
  }
  const result = ServiceSchema.safeParse(value);
  if (!result.success) throw new SocialPrescribingError('directory/invalid-service', issuesFromZod(result.error.issues, path, { schema: ServiceSchema, input: value }));
  return result.data;
}

/**
 * Validates a directory: an array of services with unique ids.
 *
 * Ids must be unique because results and indexes refer to services by id.
 *
 * @throws SocialPrescribingError `directory/invalid-directory` for a non-array,
 * `directory/duplicate-service-id`, and the codes of {@link readService}.
 * @example
 * ```ts
 * import { readDirectory } from './validate.js';
 *
 * const walk = { id: 'walk-and-talk', name: 'Walk and Talk', organization: { id: 'org-1' }, needs: ['social-isolation'] };
 * const yoga = { ...walk, id: 'chair-yoga', name: 'Chair Yoga' };
 * readDirectory([walk, yoga]).map((service) => service.id);
 * //=> ['walk-and-talk', 'chair-yoga']
 * readDirectory([walk, walk]);
 * //=> throws 'directory/duplicate-service-id'
 * readDirectory({ services: [walk] });
 * //=> throws 'directory/invalid-directory'
 * ```
 */
export function readDirectory(value: unknown, path: Path = ['directory']): Service[] {
  if (!Array.isArray(value)) {
    throw new SocialPrescribingError('directory/invalid-directory', [{ path, message: 'must be an array of services' }]);
  }
  const seen = new Set<string>();
  return (value as readonly unknown[]).map((raw, index) => {
    const service = readService(raw, [...path, index]);
    if (seen.has(service.id)) {
      throw new SocialPrescribingError('directory/duplicate-service-id', [
        { path: [...path, index, 'id'], message: 'repeats the id of an earlier service' },
      ]);
    }
    seen.add(service.id);
    return service;
  });
}
