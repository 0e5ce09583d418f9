/**
 * `social-prescribing`: types and pure functions for social prescribing in UK
 * primary care. Every module is also its own subpath export
 * (`social-prescribing/caseload`, ...), which keeps bundles small.
 *
 * @module social-prescribing
 */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './caseload/index.js';
export * from './eligibility/index.js';
export * from './referrals/index.js';
export * from './supervision/index.js';
export * from './outcomes/index.js';
export * from './directory/index.js';
export * from './synthetic/index.js';
export * from './csv/index.js';
export * from './fhir/index.js';
