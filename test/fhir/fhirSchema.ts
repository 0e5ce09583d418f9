/**
 * The official HL7 FHIR R4 JSON Schema (draft-06), loaded in ajv 8 as the standards README says:
 * `id` moved to `$id`, `$schema` dropped, `discriminator` off. Compiling it takes seconds, so each
 * test file calls `fhirValidator()` once.
 */
import { standardsPath } from '../support/standards.js';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

/** The official FHIR files, in the standards folder beside the repository (CI clones with it beside). */
export const STANDARDS = standardsPath('fhir-r4');

export interface FhirValidator {
  /** The schema errors of a resource or bundle, as `instancePath message` strings; empty when it validates. */
  (value: unknown): string[];
}

export function fhirValidator(): FhirValidator {
  const schema = JSON.parse(readFileSync(`${STANDARDS}/fhir.schema.json`, 'utf8')) as Record<string, unknown>;
  const id = schema['id'] as string;
  schema['$id'] = id;
  delete schema['id'];
  delete schema['$schema'];
  const ajv = new Ajv({ discriminator: false, validateSchema: false, strict: false });
  ajv.addSchema(schema);
  const whole = ajv.getSchema(id)!;
  return (value) => {
    if (whole(value)) return [];
    // The whole schema is a oneOf over every resource type, so its errors list every type; the
    // resource type's own definition says what is wrong.
    const type = (value as { resourceType?: unknown } | null)?.resourceType;
    const own = typeof type === 'string' ? ajv.getSchema(`${id}#/definitions/${type}`) : undefined;
    if (own === undefined || own(value)) return ['does not validate against the FHIR R4 schema'];
    return (own.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };
}

/** One of the Gravity SDOH examples, parsed. */
export function gravityExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${STANDARDS}/gravity-sdoh-examples/${name}.json`, 'utf8')) as Record<string, unknown>;
}
