import type { SupervisionPolicy } from './schemas.js';
import { deepFreeze } from '../core/index.js';

/**
 * NHS England's recommended minimum for social prescribing link workers: a 1-hour
 * supervision meeting every month. Sessions of any kind count.
 *
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber) ("Recommended minimum frequency of a 1-hour supervision meeting
 * is monthly. (NHSE Supervision guidance, 2023)"); NHS England, Supervision guidance for primary care network
 * multidisciplinary teams (2023). Guidance, not a contractual term.
 */
const nhsEnglandMonthly: SupervisionPolicy = {
  name: 'NHS England recommended minimum',
  source: 'NHS England, Supervision guidance for primary care network multidisciplinary teams (2023)',
  frequency: 'monthly',
  minutesPerPeriod: 60,
};

/**
 * Sefton's combination: line management by the employing organisation (recorded as `practice`),
 * GP clinical supervision (`clinical-professional`) and peer reflective practice with the other
 * link workers (`peer`), on top of NHS England's monthly hour overall.
 *
 * The Sefton document names these three strands but gives no frequency for any of them. The
 * frequencies here are explicit choices, each to be replaced by the local agreement:
 * - `clinical-professional`: monthly, 60 minutes, following NHS England's recommended minimum
 *   ("GP supervision would also be required as per the guidance");
 * - `practice` (line management): monthly, 60 minutes, a choice (not in the seed);
 * - `peer`: monthly, 60 minutes, a choice (the seed says only "regularly connect").
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("Line management will be provided by the employing
 * organisation, training and peer support will be provided through Living Well Sefton although GP supervision
 * would also be required as per the guidance"; "The Link Worker will regularly connect with the other Link
 * Workers to facilitate learning and reflective practice")
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber)
 */
const sefton: SupervisionPolicy = {
  name: 'Living Well Sefton link workers',
  source:
    'Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019); NHS England, Supervision guidance for primary care network multidisciplinary teams (2023)',
  frequency: 'monthly',
  minutesPerPeriod: 60,
  kinds: {
    'clinical-professional': { frequency: 'monthly', minutesPerPeriod: 60 },
    practice: { frequency: 'monthly', minutesPerPeriod: 60 },
    peer: { frequency: 'monthly', minutesPerPeriod: 60 },
  },
};

/**
 * Preset supervision policies, plain data valid against {@link SupervisionPolicySchema}:
 *
 * - `nhsEnglandMonthly`: NHS England's recommended minimum, a 1-hour meeting a month
 *   (the default of {@link supervisionSchedule} and {@link supervisionCompliance});
 * - `sefton`: Sefton's line management, GP clinical supervision and peer reflective
 *   practice, each with its own monthly requirement (frequencies not in the seed are
 *   documented choices).
 *
 * Exported as `supervisionPolicies` only (not `policies`), so the name stays unique in the
 * package's root export.
 *
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber)
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019)
 * @category Supervision
 * @example
 * ```ts
 * import { supervisionPolicies } from 'social-prescribing/supervision';
 *
 * supervisionPolicies.nhsEnglandMonthly.minutesPerPeriod;
 * //=> 60
 * Object.keys(supervisionPolicies.sefton.kinds ?? {});
 * //=> ['clinical-professional', 'practice', 'peer']
 * ```
 */
export const supervisionPolicies: {
  /** NHS England's recommended minimum: 60 minutes a month of any kind. */
  readonly nhsEnglandMonthly: SupervisionPolicy;
  /** Sefton: line management, GP clinical supervision and peer reflective practice. */
  readonly sefton: SupervisionPolicy;
} = /* @__PURE__ */ deepFreeze({ nhsEnglandMonthly, sefton });
