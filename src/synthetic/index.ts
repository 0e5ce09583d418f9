/**
 * Seeded, realistic, fictional referral data for demos, documentation, tests
 * and benchmarks, and fictional practice lists of people to screen against
 * eligibility schemes (`generatePeople`). The same seed gives the same records on every machine (the
 * module has its own small generator and never uses `Math.random`), and the
 * distributions follow the seed documents: Tower Hamlets' needs mix and onward
 * referrals, Dundee's engagement, goals and ages.
 *
 * @module synthetic
 */
export { generateReferrals } from './generateReferrals.js';
export { referralStream } from './referralStream.js';
export { SYNTHETIC_DISTRIBUTIONS } from './distributions.js';
export { SyntheticReferralOptionsSchema, type SyntheticPcn, type SyntheticReferralOptions } from './referralOptions.js';
export { generatePeople, GeneratePeopleOptionsSchema, type GeneratePeopleOptions } from './generatePeople.js';
export { SYNTHETIC_AGE_BANDS, SYNTHETIC_PEOPLE_DISTRIBUTIONS, type SyntheticAgeBand } from './peopleDistributions.js';
export { SYNTHETIC_ERRORS, type SyntheticErrorCode } from './errors.js';
