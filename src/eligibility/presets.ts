import type { Scheme } from './schemas.js';

const NW_SURREY = 'shared/seeds/nw-surrey-role-mapping-2022.txt';
const MODELS = 'shared/seeds/uk-social-prescribing-models.txt';
const WEEKDAYS_9_TO_5 = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] satisfies Scheme['availability'];
/** Chronic illnesses among the condition ids, for "chronic illness" exceptions. */
const CHRONIC = ['long-term-condition', 'copd', 'asthma', 'diabetes-type-1', 'diabetes-type-2', 'heart-disease', 'epilepsy', 'osteoporosis'];

const nwSurreySocialPrescribing: Scheme = {
  id: 'nw-surrey-social-prescribing',
  name: 'Social prescribing link worker (North West Surrey)',
  host: 'Districts and boroughs (ARRS and Better Care Fund posts); some PCNs employ their own',
  description: 'Link workers for adults registered with a GP practice in North West Surrey.',
  area: 'PCN boundaries in North West Surrey, so some patients live outside North West Surrey',
  access: 'Referral by GP practice staff or via adult social care, hospital discharge and GPimhs',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'age', min: 18, label: 'aged 18 or over' },
      { kind: 'registeredWith', id: 'area', label: 'registered with a GP practice in a North West Surrey PCN', pcns: [] },
      {
        kind: 'referralSource',
        label: 'referred by GP practice staff, adult social care, hospital discharge or GPimhs',
        anyOf: ['gp-practice', 'adult-social-care', 'hospital-discharge', 'gpimhs'],
      },
    ],
  },
  support: { weeks: { min: 6, max: 6 }, note: '6 weeks, longer where beneficial in terms of achieving objectives' },
  availability: WEEKDAYS_9_TO_5,
  source: `${NW_SURREY} (Social Prescribing Link Worker row)`,
};

const nwSurreyWellbeingCoordinator: Scheme = {
  id: 'nw-surrey-wellbeing-coordinator',
  name: 'Wellbeing coordinator (North West Surrey)',
  host: 'CSH Surrey (Bedser hub, Thames Medical, Ashford)',
  description: 'Long-term support for people over 65, and younger people with frailty, dementia or a chronic illness.',
  area: 'Spelthorne, Woking, Runnymede, Elmbridge, Surrey Heath and Guildford',
  access: 'Referral via GPs and hospital; cases triaged by a matron',
  criteria: {
    kind: 'all',
    of: [
      {
        kind: 'any',
        label: "over 65s, with exceptions for frailty, dementia and chronic illness",
        of: [
          { kind: 'age', min: 65, label: 'aged 65 or over' },
          { kind: 'hasCondition', label: 'frailty, dementia or a chronic illness', anyOf: ['frailty', 'dementia', ...CHRONIC] },
        ],
      },
      {
        kind: 'residentIn',
        areaType: 'borough',
        anyOf: ['Spelthorne', 'Woking', 'Runnymede', 'Elmbridge', 'Surrey Heath', 'Guildford'],
      },
      { kind: 'referralSource', label: 'referred by a GP or the hospital', anyOf: ['gp-practice', 'hospital', 'hospital-discharge'] },
    ],
  },
  support: { weeks: 'open-ended', note: 'long-term care, not discharged: no cases are closed, so people can get back in contact' },
  availability: WEEKDAYS_9_TO_5,
  source: `${NW_SURREY} (Wellbeing Coordinators row; "over 65's" read as 65 and over)`,
};

const dementiaNavigator: Scheme = {
  id: 'dementia-navigator',
  name: 'Dementia navigator',
  host: "Alzheimer's Society",
  description: 'One-to-one support for people affected by dementia or mild cognitive impairment, and their carers.',
  area: 'Surrey: North West Woking, Spelthorne, West Elmbridge and Runnymede',
  access: 'Self-referral or professional referral',
  criteria: {
    kind: 'all',
    of: [
      {
        kind: 'any',
        label: 'affected by dementia or mild cognitive impairment',
        of: [
          { kind: 'hasCondition', anyOf: ['dementia', 'mild-cognitive-impairment'] },
          { kind: 'flag', name: 'caresForPersonWithDementia', label: 'cares for someone with dementia or mild cognitive impairment' },
        ],
      },
      {
        kind: 'any',
        label: 'lives in the area covered',
        of: [
          { kind: 'residentIn', areaType: 'borough', anyOf: ['Spelthorne', 'Runnymede'] },
          { kind: 'residentIn', id: 'area', label: 'wards of North West Woking and West Elmbridge', areaType: 'ward', anyOf: [] },
        ],
      },
    ],
  },
  support: { weeks: 'open-ended', note: 'open ended and as frequently as they require' },
  availability: [
    { label: 'phone line', days: [1, 2, 3, 4, 5, 6, 7] },
    { label: 'local support', days: [1, 2, 3, 4, 5] },
  ],
  source: `${NW_SURREY} (Dementia Navigator row)`,
};

const boroughDischargeSupport: Scheme = {
  id: 'borough-discharge-support',
  name: 'Borough discharge support officer (North West Surrey)',
  host: 'Woking Borough Council',
  description: 'Support for North West Surrey residents in hospital who are medically fit for discharge.',
  area: 'North West Surrey',
  access: 'Hospital staff refer those being discharged',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'residentIn', id: 'area', label: 'lives in North West Surrey', areaType: 'borough', anyOf: [] },
      { kind: 'flag', name: 'inHospital', label: 'in hospital' },
      { kind: 'flag', name: 'medicallyFitForDischarge', label: 'medically fit for discharge (MFFD)' },
      { kind: 'referralSource', label: 'referred by hospital staff', anyOf: ['hospital', 'hospital-discharge'] },
    ],
  },
  support: { note: 'varies with the discharge date but usually very short term, then social prescribing (6 weeks) after discharge' },
  availability: WEEKDAYS_9_TO_5,
  source: `${NW_SURREY} (Borough Discharge Support Officer row)`,
};

const communitiesPreventionCoordinator: Scheme = {
  id: 'communities-prevention-coordinator',
  name: 'Communities and prevention coordinator (North West Surrey)',
  host: 'Surrey County Council',
  description:
    'Based in each adult social care locality team: sources community support for issue-based referrals, keeps a database of community services and works with communities on gaps.',
  area: 'North West Surrey: Woking, Runnymede, Spelthorne and Surrey Heath',
  access: 'Issue-based referrals from adult social care teams, although anyone is welcome to get in touch',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'age', min: 18, label: 'aged 18 or over' },
      { kind: 'residentIn', areaType: 'borough', anyOf: ['Woking', 'Runnymede', 'Spelthorne', 'Surrey Heath'] },
    ],
  },
  support: { note: 'no case holding: information is passed to the referrer, who holds the case' },
  availability: WEEKDAYS_9_TO_5,
  source: `${NW_SURREY} (Communities Prevention co-ordinator row)`,
};

const localAreaCoordinator: Scheme = {
  id: 'local-area-coordinator',
  name: 'Local area coordinator (Sheerwater and Maybury)',
  host: 'Surrey County Council',
  description: 'Anyone who needs handholding or support, with a focus on going with people to activities at first.',
  area: 'Sheerwater and Maybury',
  access: 'No referral as such: by introduction',
  criteria: { kind: 'residentIn', id: 'area', label: 'Sheerwater and Maybury', areaType: 'ward', anyOf: [] },
  availability: WEEKDAYS_9_TO_5,
  source: `${NW_SURREY} (Local area Coordinator row)`,
};

const waysToWellness: Scheme = {
  id: 'ways-to-wellness',
  name: 'Ways to Wellness (Newcastle)',
  host: 'Ways to Wellness',
  description: 'Link workers for people aged 40 to 74 with certain long-term health conditions.',
  area: 'GP practices of the former NHS Newcastle West CCG (now part of Newcastle Gateshead CCG)',
  access: 'Through GP practices',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'age', min: 40, max: 74, label: 'aged 40 to 74' },
      {
        kind: 'hasCondition',
        label: 'an eligible long-term condition (depression or anxiety alone does not qualify)',
        anyOf: ['copd', 'asthma', 'diabetes-type-1', 'diabetes-type-2', 'heart-disease', 'epilepsy', 'osteoporosis'],
      },
      { kind: 'registeredWith', id: 'area', label: 'registered with a former NHS Newcastle West CCG practice', practices: [] },
    ],
  },
  source: `${MODELS} (Ways to Wellness)`,
};

const lutonCommunityNavigator: Scheme = {
  id: 'luton-community-navigator',
  name: 'Community navigator (Luton)',
  host: 'Luton Council',
  description: 'GPs refer to a community navigator, who arranges a 12-week prescription of activities from accredited providers.',
  area: 'Luton',
  access: 'GP referral',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with a GP practice in Luton', practices: [] },
      { kind: 'referralSource', label: 'referred by a GP', anyOf: ['gp-practice'] },
    ],
  },
  support: { weeks: { min: 12, max: 12 }, note: '12-week prescription; the person returns to the navigator for an assessment at 12 weeks' },
  source: `${MODELS} (Luton Council)`,
};

const rotherhamSocialPrescribing: Scheme = {
  id: 'rotherham-social-prescribing',
  name: 'Social prescribing (Rotherham)',
  host: 'Voluntary Action Rotherham',
  description: 'A social prescribing worker visits at home for a guided conversation and offers a prescription of 8 to 16 weeks.',
  area: 'Rotherham',
  access: 'Integrated case management led by GPs, with social workers and other health professionals',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with a GP practice in Rotherham', practices: [] },
      { kind: 'referralSource', label: 'referred by GP-led integrated case management', anyOf: ['multidisciplinary-team'] },
    ],
  },
  support: { weeks: { min: 8, max: 16 }, note: 'people can continue with an activity after the prescription ends' },
  source: `${MODELS} (Rotherham)`,
};

const nhsEnglandSplw: Scheme = {
  id: 'nhs-england-splw',
  name: 'Social prescribing link worker (NHS England, PCN)',
  host: 'Primary Care Network, or a VCSE organisation, local authority or other host',
  description:
    'All-age, whole-population link workers for people who are lonely, have complex social needs, low-level mental health needs or long-term conditions.',
  area: 'The Primary Care Network',
  access: 'In 2019/20, PCN practice staff; from 2020/21, a wide range of agencies and self-referral',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with a practice in the PCN', pcns: [] },
      {
        kind: 'any',
        label: 'referred by a route open on the referral date',
        of: [
          {
            kind: 'referralSource',
            id: 'year-one',
            label: '2019/20: PCN practice staff only',
            anyOf: ['gp-practice', 'pcn-staff'],
            from: '2019-07-01',
            to: '2020-03-31',
          },
          {
            kind: 'referralSource',
            id: 'from-2020-21',
            label: 'from 2020/21: a wide range of agencies and self-referral',
            anyOf: [
              'gp-practice',
              'pcn-staff',
              'community-pharmacy',
              'multidisciplinary-team',
              'hospital-discharge',
              'allied-health-professional',
              'fire-service',
              'police',
              'jobcentre',
              'adult-social-care',
              'housing',
              'vcse',
              'self',
            ],
            from: '2020-04-01',
          },
        ],
      },
    ],
  },
  support: { contacts: { min: 6, max: 12 }, note: 'about 250 people a year per link worker' },
  source:
    'shared/seeds/nhse-splw-role-guidance.txt; shared/seeds/sefton-splw-expression-of-interest.txt ("Referrals will come from PCN members within the first year expanding from 2020/21"; "between 6 – 12 contacts")',
};

/**
 * Eligibility presets for every service in the seed documents, as plain scheme data
 * (see the eligibility guide for the table). Where a source names an area without
 * codes, the preset leaves it unset: fill it with {@link withArea} before relying on
 * an `eligible` decision.
 *
 * | preset | who | unset area |
 * | --- | --- | --- |
 * | `nwSurreySocialPrescribing` | 18+, GP practice staff, adult social care, hospital discharge, GPimhs; 6 weeks | PCNs |
 * | `nwSurreyWellbeingCoordinator` | 65+, or frailty, dementia or chronic illness; six boroughs; GP or hospital | none |
 * | `dementiaNavigator` | dementia or MCI, or their carers; phone line 7 days | wards of NW Woking and West Elmbridge |
 * | `boroughDischargeSupport` | in hospital, medically fit for discharge, hospital referral | boroughs of NW Surrey |
 * | `communitiesPreventionCoordinator` | 18+; Woking, Runnymede, Spelthorne, Surrey Heath | none |
 * | `localAreaCoordinator` | anyone, by introduction | wards of Sheerwater and Maybury |
 * | `waysToWellness` | 40–74 with COPD, asthma, diabetes, heart disease, epilepsy or osteoporosis | practices |
 * | `lutonCommunityNavigator` | GP referral; 12 weeks | practices |
 * | `rotherhamSocialPrescribing` | GP-led case management; 8–16 weeks | practices |
 * | `nhsEnglandSplw` | all ages; PCN staff in 2019/20, many agencies and self-referral from 2020/21; 6–12 contacts | PCNs |
 *
 * @see shared/seeds/nw-surrey-role-mapping-2022.txt
 * @see shared/seeds/uk-social-prescribing-models.txt
 * @see shared/seeds/sefton-splw-expression-of-interest.txt
 * @see shared/seeds/nhse-splw-role-guidance.txt
 * @category Schemes
 * @example
 * ```ts
 * import { schemes } from 'social-prescribing/eligibility';
 *
 * Object.keys(schemes).length;
 * //=> 10
 * schemes.rotherhamSocialPrescribing.support;
 * //=> { weeks: { min: 8, max: 16 }, note: 'people can continue with an activity after the prescription ends' }
 * ```
 */
export const schemes = {
  nwSurreySocialPrescribing,
  nwSurreyWellbeingCoordinator,
  dementiaNavigator,
  boroughDischargeSupport,
  communitiesPreventionCoordinator,
  localAreaCoordinator,
  waysToWellness,
  lutonCommunityNavigator,
  rotherhamSocialPrescribing,
  nhsEnglandSplw,
} as const;
