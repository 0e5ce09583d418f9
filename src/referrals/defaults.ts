/**
 * Defaults of the referrals module, each with its source.
 *
 * @module
 */
import type { Range } from '../core/index.js';

/**
 * The expected number of attended contacts per person: 6 to 12, including
 * phone calls, meetings and home visits. {@link contactSummary} bands a
 * referral's attended contacts against it.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("There is an expectation that there may be between 6 – 12 contacts with an individual referred to the Link Worker")
 * @see NHS England social prescribing link worker guidance (6–12 contacts on average)
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_CONTACT_BAND } from 'social-prescribing/referrals';
 *
 * DEFAULT_CONTACT_BAND;
 * //=> { min: 6, max: 12 }
 * ```
 */
export const DEFAULT_CONTACT_BAND: Range = /* @__PURE__ */ Object.freeze({ min: 6, max: 12 });
