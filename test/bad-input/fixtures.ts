/**
 * Valid baseline inputs for the bad-input catalogue, each seeded with the fake
 * NHS number and birth date in its ids, names and free text.
 */
import { BIRTH_DATE, NHS_COMPACT, NHS_SPACED } from './hostile.js';

export const referral = (): any => ({
  // Not the NHS number: a referral id holding one is refused (containsNhsNumber); the birth date is seeded instead.
  id: `R-${BIRTH_DATE}`,
  referredOn: '2025-04-01',
  source: 'gp-practice',
  pcn: `PCN ${NHS_SPACED}`,
  workerId: `worker ${BIRTH_DATE}`,
  person: { birthYear: 1961, sex: 'female' },
  needs: ['housing', 'social-isolation'],
  events: [
    { type: 'accepted', on: '2025-04-02' },
    { type: 'closed', on: '2025-06-30', reason: 'goals-met' },
  ],
  contacts: [
    { on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true },
    { on: '2025-04-16', mode: 'face-to-face', minutes: 45, attended: false },
    { on: '2025-04-23', mode: 'group', attended: true },
  ],
  goals: [{ setOn: '2025-04-09', status: 'met', need: 'housing' }],
  onward: [{ kind: 'signpost', organisationId: `org-${NHS_COMPACT}`, on: '2025-04-16' }],
  measures: [
    { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] },
    { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-30', items: [4, 4, 3, 4, 3, 3, 4] },
  ],
});

/** A referral with every kind of event, contact mode and measure, for the fhir module. */
export const fullReferral = (): any => ({
  ...referral(),
  schemeId: `scheme-${NHS_COMPACT}`,
  practiceCode: 'A81001',
  needs: ['housing', 'social-isolation', 'money-and-debt'],
  events: [
    { type: 'unable-to-contact', on: '2025-04-02', reason: 'no-reply-to-three-calls' },
    { type: 'accepted', on: '2025-04-03' },
    { type: 'on-hold', on: '2025-04-20', reason: 'in-hospital' },
    { type: 'accepted', on: '2025-04-27' },
    { type: 'closed', on: '2025-05-14', reason: 'goals-met' },
    { type: 'reopened', on: '2025-05-20' },
    { type: 'declined', on: '2025-05-21' },
    { type: 'closed', on: '2025-06-30', reason: 'declined-further-support' },
  ],
  contacts: [
    { on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true },
    { on: '2025-04-10', mode: 'face-to-face', minutes: 45, attended: true },
    { on: '2025-04-11', mode: 'video', attended: false },
    { on: '2025-04-12', mode: 'home-visit', minutes: 60, attended: true },
    { on: '2025-04-13', mode: 'group', attended: true },
    { on: '2025-04-14', mode: 'text', attended: true },
    { on: '2025-04-15', mode: 'email', attended: true },
  ],
  goals: [
    { setOn: '2025-04-09', status: 'met', need: 'housing' },
    { setOn: '2025-04-10', status: 'partly-met' },
  ],
  onward: [
    { kind: 'signpost', organisationId: `org-${NHS_COMPACT}`, on: '2025-04-16' },
    { kind: 'referral', organisationId: 'org-2', activityId: 'act-7', on: '2025-04-17' },
  ],
  measures: [
    { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] },
    { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-30', score: 23.21 },
    { instrument: 'ons4', timepoint: 'baseline', on: '2025-04-09', items: [4, 6, 8, 1] },
    { instrument: 'ucla3', timepoint: 'review', on: '2025-05-01', items: [2, 2, 1] },
    { instrument: 'mycaw', timepoint: 'exit', on: '2025-06-30', items: [5, 3, 4] },
    { instrument: 'pam', timepoint: 'exit', on: '2025-06-30', score: 62.5 },
  ],
});

export const person = (): any => ({
  birthDate: BIRTH_DATE,
  conditions: ['copd', 'depression'],
  registeredPractice: 'A86001',
  pcn: `pcn-${NHS_COMPACT}`,
  residence: { borough: 'Woking', ward: 'Canalside' },
  flags: { medicallyFitForDischarge: true },
});

export const eligibilityReferral = (): any => ({ referredOn: '2025-06-01', source: 'gp-practice' });

export const criteria = (): any => ({
  kind: 'all',
  of: [
    { kind: 'age', min: 18, max: 90 },
    { kind: 'any', of: [{ kind: 'hasCondition', anyOf: ['copd'] }, { kind: 'flag', name: 'medicallyFitForDischarge' }] },
    { kind: 'not', criterion: { kind: 'residentIn', areaType: 'borough', anyOf: ['Runnymede'] } },
    { kind: 'referralSource', anyOf: ['gp-practice', 'self'] },
  ],
});

export const scheme = (): any => ({
  id: `scheme-${NHS_COMPACT}`,
  name: `Scheme for ${NHS_SPACED} born ${BIRTH_DATE}`,
  description: `Patient ${NHS_SPACED}`,
  criteria: criteria(),
  support: { weeks: { min: 8, max: 16 }, contacts: { min: 6, max: 12 } },
});

/** A scheme with an area left to set, for `withArea`. */
export const areaScheme = (): any => ({
  id: 'lac',
  name: `Local area ${NHS_SPACED}`,
  criteria: { kind: 'residentIn', id: 'area', label: `Area ${BIRTH_DATE}`, areaType: 'ward', anyOf: [] },
});

export const policy = (): any => ({
  id: 'p',
  name: `Policy ${NHS_SPACED}`,
  policies: ['safeguarding'],
  insurances: [],
  reviewWithinMonths: 12,
});

export const service = (): any => ({
  id: `svc-${NHS_COMPACT}`,
  name: `Walk and talk ${NHS_SPACED}`,
  description: `Ask for ${NHS_SPACED}, born ${BIRTH_DATE}`,
  organization: { id: 'o1', name: `Org ${NHS_COMPACT}` },
  needs: ['social-isolation', 'physical-activity'],
  capacity: { people: 5, per: 'month' },
  availability: [{ unit: 'place', available: 2, maximum: 12, updatedOn: '2025-05-28' }],
  eligibility: { id: 'adults', name: `Adults ${BIRTH_DATE}`, criteria: { kind: 'age', min: 18 } },
  assurance: { policies: { safeguarding: { held: true, lastReviewed: '2025-01-10' } } },
});

export const hsds = (): any => ({
  id: `s-${NHS_COMPACT}`,
  name: `Money matters ${NHS_SPACED}`,
  description: `Born ${BIRTH_DATE}`,
  status: 'active',
  organization: { id: 'o1', name: `Advice ${NHS_SPACED}` },
  minimum_age: 18,
  capacities: [{ id: 'c1', unit: { id: 'u1', name: 'place' }, available: 0, maximum: 12, description: `Ask ${NHS_SPACED}`, updated: '2025-05-28T09:00:00+01:00' }],
});

export const hsdsOrganization = (): any => ({
  id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
  name: `Advice ${NHS_SPACED}`,
  description: `Ask for ${NHS_COMPACT}, born ${BIRTH_DATE}`,
  services: [{ ...hsds(), organization: undefined }, { ...hsds(), id: 'ac148810-d857-441c-9679-408f346de14b', organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' }],
});

/** Two pages of an HSDS `/services` list, with the `Page` header of the HSDS 3.0 API. */
export const hsdsPages = (): any[] => [
  { total_items: 3, total_pages: 2, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: [hsds(), { ...hsds(), id: 's2' }] },
  { total_items: 3, total_pages: 2, page_number: 2, size: 2, first_page: false, last_page: true, empty: false, contents: [{ ...hsds(), id: 's3', phones: [{ number: NHS_SPACED }] }] },
];

export const supervisionRecords = (): any[] => [
  { on: '2025-04-10', minutes: 60, kind: 'clinical-professional' },
  { on: '2025-05-08', minutes: 30, kind: 'peer' },
  { on: '2025-05-22', minutes: 30, kind: 'peer' },
];

export const csvText = (): string =>
  [
    'id,referredOn,source,pcn,needs,events,contacts',
    `R-${BIRTH_DATE},2025-04-01,gp-practice,${NHS_SPACED},housing,accepted:2025-04-02,2025-04-09:telephone:30:yes`,
    `R-2,2025-02-30,gp-practice,${BIRTH_DATE},,,`,
  ].join('\n');
