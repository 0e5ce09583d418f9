/**
 * A community service directory for link workers and commissioners: services
 * described with Open Referral HSDS 3.0 field names, provider assurance against
 * Sefton's policies-and-insurances form, matching a person's needs to assured
 * services they are eligible for, and the gaps in provision per need. Services
 * are read from and written to Open Referral HSDS 3.0 without loss (`fromHsds`,
 * `toHsds`, whole feeds and paginated API lists), valid against the official schema.
 *
 * Uses the `eligibility` module for who a service takes and the need categories
 * of the `referrals` module.
 *
 * @module directory
 */
export {
  ASSURANCE_INSURANCE_ITEMS,
  ASSURANCE_ITEM_LABELS,
  ASSURANCE_POLICY_ITEMS,
  CAPACITY_PERIODS,
  CONTACT_ROUTES,
  SERVICE_STATUSES,
  type AssuranceInsuranceItem,
  type AssuranceItem,
  type AssurancePolicyItem,
  type CapacityPeriod,
  type ContactRoute,
  type ServiceStatus,
} from './constants.js';
export {
  AssuranceRecordSchema,
  AssuranceSchema,
  HsdsFieldsSchema,
  ServiceHsdsSchema,
  type HsdsFields,
  type ServiceHsds,
  ServiceAreaSchema,
  ServiceAvailabilitySchema,
  ServiceCapacitySchema,
  ServiceOrganizationSchema,
  ServiceScheduleSchema,
  ServiceSchema,
  type Assurance,
  type AssuranceRecord,
  type Service,
  type ServiceArea,
  type ServiceAvailability,
  type ServiceCapacity,
  type ServiceOrganization,
  type ServiceSchedule,
} from './schemas.js';
export { validateDirectory, type DirectoryValidation, type InvalidServiceRecord } from './validateDirectory.js';
export { AssurancePolicySchema, assurancePolicies, type AssurancePolicy } from './assurancePolicies.js';
export {
  assessProvider,
  type AssessProviderOptions,
  type AssuranceItemAssessment,
  type AssuranceItemStatus,
  type ProviderAssessment,
} from './assessProvider.js';
export type { PlacesStatus } from './places.js';
export { createDirectoryIndex, type DirectoryIndex, type DirectoryIndexOptions } from './createDirectoryIndex.js';
export {
  matchServices,
  type ExcludedServiceMatch,
  type MatchExclusionReason,
  type MatchServicesRequest,
  type ServiceMatch,
  type ServiceMatches,
} from './matchServices.js';
export {
  provisionGaps,
  type GapExclusion,
  type GapExclusionReason,
  type NeedsDemand,
  type ProvisionGapRow,
  type ProvisionGaps,
  type ProvisionGapsOptions,
} from './provisionGaps.js';
export {
  HSDS_ID_NAMESPACE,
  HSDS_ID_TAXONOMY,
  HSDS_NEED_TAXONOMY,
  HSDS_PROFILE_URIS,
  HSDS_PROFILES,
  HsdsOrganizationSchema,
  HsdsServicePageSchema,
  HsdsServiceSchema,
  type HsdsOrganization,
  type HsdsProfile,
  type HsdsService,
  type HsdsServicePage,
} from './hsdsSchema.js';
export { toHsds, type ToHsdsOptions } from './toHsds.js';
export { fromHsds, type FromHsdsOptions } from './fromHsds.js';
export type { HsdsFeedOptions, HsdsFeedServices } from './hsdsFeed.js';
export { fromHsdsOrganization, type HsdsOrganizationRead } from './fromHsdsOrganization.js';
export { fromHsdsServicePage, type HsdsServicePageRead } from './fromHsdsServicePage.js';
export { readHsdsServicePages, type FetchHsdsPage, type ReadHsdsServicePagesOptions } from './readHsdsServicePages.js';
export type { HsdsJson } from './hsdsJson.js';
export { DIRECTORY_ERRORS, type DirectoryErrorCode } from './errors.js';
