/**
 * Every code system and code the module writes, each with its source. No other
 * code is written: where no verified code exists the module writes `text` only.
 *
 * @module
 */
import { deepFreeze } from '../core/index.js';

/**
 * The code systems, identifier systems and codes the `fhir` module writes, each
 * with the document it comes from. Nothing else is coded: need categories,
 * contact modes, timepoints and the wellbeing instruments (SWEMWBS, ONS4,
 * UCLA-3, MYCaW) have no verified SNOMED CT or LOINC code, so they are written
 * as `text` only.
 *
 * - `snomed`: SNOMED CT (`http://snomed.info/sct`); the referral code
 *   871731000000106 and the declined code 871711000000103 (see
 *   {@link referrals!snomed}).
 * - `taskCode`: `fulfill` from the FHIR R4 Task code system
 *   (`http://hl7.org/fhir/CodeSystem/task-code`), as the Gravity SDOH referral
 *   Task uses it.
 * - `resultingActivity`: `resulting-activity` from the Gravity SDOH Clinical Care
 *   temporary code system, the type of a completed referral Task's `output`.
 * - `encounterClass`: `AMB`, `HH` and `VR` from HL7 v3 ActCode, the codes of
 *   FHIR R4's `Encounter.class` value set (v3 ActEncounterCode).
 * - `observationCategory`: `survey` from the FHIR R4 observation category code system.
 * - `goalAchievement`: `in-progress`, `achieved` and `not-achieved` from the FHIR R4
 *   goal achievement code system (a partly met or newly set goal has no code: its
 *   status is written as text).
 * - `ucum`: the UCUM unit `min` for a contact's length.
 *
 * @see https://hl7.org/fhir/R4/codesystem-task-code.html (Task code system: fulfill)
 * @see https://hl7.org/fhir/us/sdoh-clinicalcare/ (HL7 Gravity SDOH Clinical Care IG: referral Task, resulting-activity)
 * @see https://hl7.org/fhir/R4/v3/ActEncounterCode/vs.html (Encounter class: AMB ambulatory, HH home health, VR virtual)
 * @see https://hl7.org/fhir/R4/codesystem-observation-category.html (survey)
 * @see https://hl7.org/fhir/R4/codesystem-goal-achievement.html (in-progress, achieved, not-achieved)
 * @see https://ucum.org/ucum (UCUM: min)
 * @see NHS England's coding guidance for social prescribing link workers, as quoted by Transformation Partners in Health and Care, Social Prescribing Link Workers' FAQs (https://www.transformationpartnersinhealthandcare.nhs.uk/our-work/personalised_care/arrs-roles/social-prescribing/faqs/)
 * @category Coding
 * @example
 * ```ts
 * import { FHIR_CODES } from 'social-prescribing/fhir';
 *
 * FHIR_CODES.taskCode;
 * //=> { system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill', display: 'Fulfill the focal request' }
 * FHIR_CODES.encounterClass.VR.display;
 * //=> 'virtual'
 * ```
 */
export const FHIR_CODES = /* @__PURE__ */ deepFreeze({
  snomedSystem: 'http://snomed.info/sct',
  taskCode: { system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill', display: 'Fulfill the focal request' },
  resultingActivity: {
    system: 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes',
    code: 'resulting-activity',
    display: 'Resulting Activity',
  },
  encounterClass: {
    AMB: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    HH: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'HH', display: 'home health' },
    VR: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' },
  },
  observationCategory: { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' },
  goalAchievement: {
    'in-progress': { system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'in-progress', display: 'In Progress' },
    achieved: { system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'achieved', display: 'Achieved' },
    'not-achieved': { system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'not-achieved', display: 'Not Achieved' },
  },
  ucum: { system: 'http://unitsofmeasure.org', minutes: 'min' },
} as const);
