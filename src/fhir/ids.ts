/**
 * Internal: deterministic FHIR resource ids derived from a referral id.
 *
 * @module
 */

/** A FHIR id: 1 to 64 of `A-Z a-z 0-9 - .` (FHIR R4 `id` datatype). */
export const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/** Referral ids used as they are: FHIR id characters, short enough for the longest suffix. */
const READABLE = /^[A-Za-z0-9.-]{1,40}$/;

/**
 * The base of every resource id in a referral's bundle: the referral id itself
 * when it is 1 to 40 FHIR id characters, otherwise `sp-` and 16 hex digits of
 * two FNV-1a hashes of it. No randomness, no clock: the same referral id always
 * gives the same ids.
 *
 * @example
 * ```ts
 * import { fhirIdBase } from './ids.js';
 *
 * fhirIdBase('R-0001');
 * //=> 'R-0001'
 * fhirIdBase('referral 1/2');
 * //=> 'sp-a97397c224e7dfa0'
 * ```
 */
export function fhirIdBase(referralId: string): string {
  if (READABLE.test(referralId)) return referralId;
  return `sp-${fnv1a(referralId, 0x811c9dc5)}${fnv1a(referralId, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
