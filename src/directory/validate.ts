import { isIsoDate, issuesFromZod, SocialPrescribingError, type IsoDate, type ValidationIssue } from '../core/index.js';
import { AssurancePolicySchema, assurancePolicies, type AssurancePolicy } from './assurancePolicies.js';
import { ASSURANCE_INSURANCE_ITEMS, ASSURANCE_POLICY_ITEMS } from './constants.js';
import { ServiceSchema, type Service } from './schemas.js';

type Path = readonly (string | number)[];

const POLICY_ITEMS: ReadonlySet<string> = /* @__PURE__ */ new Set(ASSURANCE_POLICY_ITEMS);
const INSURANCE_ITEMS: ReadonlySet<string> = /* @__PURE__ */ new Set(ASSURANCE_INSURANCE_ITEMS);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an options argument, which must be a plain object. */
export function readOptions(value: unknown, name: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: [], message: `${name} takes an options object` }]);
  }
  return value;
}

/** Reads a required `IsoDate`, throwing `directory/invalid-date`. */
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
    for (const key of Object.keys(value)) {
      if (!known.has(key)) issues.push({ path: [...path, key], message: `is not a known ${kind} item` });
    }
  }
  return issues;
}

/** Validates an assurance policy, defaulting to Sefton's. */
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
  if (!result.success) throw new SocialPrescribingError('directory/invalid-policy', issuesFromZod(result.error.issues, path));
  return result.data;
}

/** Validates one service; unknown assurance items get their own code. */
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
  if (!result.success) throw new SocialPrescribingError('directory/invalid-service', issuesFromZod(result.error.issues, path));
  return result.data;
}

/** Validates a directory: an array of services with unique ids. */
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
