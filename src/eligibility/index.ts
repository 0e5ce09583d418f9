/**
 * Eligibility: is this person eligible for this scheme, why, and what is missing;
 * which schemes fit. Schemes are JSON data validated by zod, decisions are
 * three-valued (`eligible`, `ineligible`, `needs-information`) and every decision
 * comes with a tree of plain-English reasons.
 *
 * @module eligibility
 */
export {
  AREA_TYPES,
  CONDITION_IDS,
  MAX_CRITERION_DEPTH,
  REFERRAL_SOURCE_IDS,
  type ConditionId,
  type ReferralSourceId,
} from './constants.js';
export {
  AgeCriterionSchema,
  AllCriterionSchema,
  AnyCriterionSchema,
  AnyoneCriterionSchema,
  AvailabilitySchema,
  CitationSchema,
  CriterionSchema,
  EligibilityReferralSchema,
  FlagCriterionSchema,
  HasConditionCriterionSchema,
  NotCriterionSchema,
  PersonSchema,
  ReferralSourceCriterionSchema,
  RegisteredWithCriterionSchema,
  ResidentInCriterionSchema,
  SchemeSchema,
  type AgeCriterion,
  type AllCriterion,
  type AnyCriterion,
  type AnyoneCriterion,
  type Availability,
  type Citation,
  type Criterion,
  type CriterionKind,
  type EligibilityReferral,
  type FlagCriterion,
  type HasConditionCriterion,
  type NotCriterion,
  type Person,
  type ReferralSourceCriterion,
  type RegisteredWithCriterion,
  type ResidentInCriterion,
  type Scheme,
} from './schemas.js';
export type { CheckStatus, EligibilityCheck } from './engine.js';
export { defineScheme } from './defineScheme.js';
export { checkEligibility, type EligibilityDecision, type EligibilityResult } from './checkEligibility.js';
export { compileScheme, type CompiledScheme } from './compileScheme.js';
export { findEligibleSchemes } from './findEligibleSchemes.js';
export { withArea, type AreaValues } from './withArea.js';
export { formatEligibility } from './formatEligibility.js';
export { schemes } from './presets.js';
export { schemeById } from './schemeById.js';
export { summarizeScreening, type ScreeningOptions } from './summarizeScreening.js';
export { ScreeningSummarySchema, type ScreeningSummary } from './screeningSummary.js';
export { screeningToRows, type ScreeningTableRow } from './screeningToRows.js';
export { screeningToMarkdown } from './screeningToMarkdown.js';
export { ELIGIBILITY_ERRORS, type EligibilityErrorCode } from './errors.js';
