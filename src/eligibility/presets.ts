import { deepFreeze } from '../core/index.js';
import {
  NHSE_SOCIAL_PRESCRIBING_FAQS,
  NW_SURREY_ROLE_MAP,
  SCOTLAND_CLW_PAPER,
  SEFTON_EOI,
  SNEE_SPLW_ROLE_PAGE,
  SURREY_SPLW_ROLE_PAGE,
  UK_MODELS,
} from './citations.js';
import { REFERRAL_SOURCE_IDS } from './constants.js';
import type { Citation, Scheme } from './schemas.js';

/** One citation of a document, pointing at a part of it. */
const at = (document: Citation, section: string): Citation => ({ ...document, section });
const WEEKDAYS_9_TO_5 = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] satisfies Scheme['availability'];
/** Frailty, dementia, and the chronic illnesses among the condition ids, for the wellbeing coordinators' exceptions. */
const FRAILTY_DEMENTIA_OR_CHRONIC = [
  'frailty',
  'dementia',
  'long-term-condition',
  'copd',
  'asthma',
  'diabetes-type-1',
  'diabetes-type-2',
  'heart-disease',
  'epilepsy',
  'osteoporosis',
];

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
  caseload: {
    peoplePerWorkerPerYear: { min: 250, max: 250 },
    note: 'decided by % of patient list size in the DES contract: 1.2–1.6% of patients for each PCN; national guidance suggests 250 a year per link worker',
  },
  workforce: { posts: 12, note: 'ARRS-funded PCN link workers and Better Care Fund posts for non-GP referrals, mainly employed by the boroughs' },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Social Prescribing Link Worker row')],
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
          { kind: 'hasCondition', label: 'frailty, dementia or a chronic illness', anyOf: FRAILTY_DEMENTIA_OR_CHRONIC },
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
  caseload: { note: 'no cases are closed; cases are triaged by a matron and divided up between the team (Bedser hub)' },
  workforce: { posts: 9, note: '3 at the Bedser hub, 3 at Thames Medical, 3 at Ashford' },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Wellbeing Coordinators row')],
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
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Dementia Navigator row')],
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
  workforce: { posts: 4 },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Borough Discharge Support Officer row')],
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
  caseload: { note: 'referrals received, but no case holding' },
  workforce: { note: 'one part-time (18-hour) role per adult social care locality team' },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Communities Prevention co-ordinator row')],
};

const localAreaCoordinator: Scheme = {
  id: 'local-area-coordinator',
  name: 'Local area coordinator (Sheerwater and Maybury)',
  host: 'Surrey County Council',
  description: 'Anyone who needs handholding or support, with a focus on going with people to activities at first.',
  area: 'Sheerwater and Maybury',
  access: 'No referral as such: by introduction',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'residentIn', id: 'area', label: 'Sheerwater and Maybury', areaType: 'ward', anyOf: [] },
      { kind: 'anyone', label: 'anyone that needs handholding or support' },
    ],
  },
  availability: WEEKDAYS_9_TO_5,
  workforce: { posts: 2 },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Local area Coordinator row')],
};

const nwSurreyCareCoordinator: Scheme = {
  id: 'nw-surrey-care-coordinator',
  name: 'Care coordinator (North West Surrey)',
  description: 'Works with a cohort of patients identified by the GP surgery.',
  area: 'Surgery / PCN boundaries',
  access: 'Via the GP surgery',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with the surgery (surgery / PCN boundaries)', practices: [] },
      { kind: 'flag', name: 'inSurgeryCohort', label: 'in a cohort of patients identified by the GP surgery' },
      { kind: 'referralSource', label: 'via the GP surgery', anyOf: ['gp-practice'] },
    ],
  },
  caseload: { note: 'unknown (the role map answers "Unknown")' },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Care Coordinator row')],
};

const nwSurreyCommunityLinkWorker: Scheme = {
  id: 'nw-surrey-community-link-worker',
  name: 'Community link worker (North West Surrey)',
  host: 'Surrey County Council',
  description: 'Works with local assets and with Surrey County Council in priority neighbourhoods.',
  area: 'Priority neighbourhoods based on LSOA: Canalside/G WP, Cobham/Downside, Walton North, Walton South',
  criteria: {
    kind: 'residentIn',
    id: 'area',
    label: 'lives in a priority neighbourhood (LSOAs of Canalside/G WP, Cobham/Downside, Walton North, Walton South)',
    areaType: 'lsoa',
    anyOf: [],
  },
  availability: WEEKDAYS_9_TO_5,
  workforce: { posts: 4 },
  source: [/* @__PURE__ */ at(NW_SURREY_ROLE_MAP, 'Community Link Worker row')],
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
  source: [/* @__PURE__ */ at(UK_MODELS, 'Way to Wellness')],
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
  source: [/* @__PURE__ */ at(UK_MODELS, 'Luton Council')],
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
  workforce: { posts: 5, note: 'five social prescribing workers funded by the CCG' },
  source: [/* @__PURE__ */ at(UK_MODELS, 'Rotherham')],
};

const culmValleyHealthFacilitator: Scheme = {
  id: 'culm-valley-health-facilitator',
  name: 'Health facilitator (Culm Valley Integrated Centre for Health)',
  host: 'Culm Valley Integrated Centre for Health',
  description:
    'A face-to-face health resource: advice on exercise and nutrition, self-care, signposting to voluntary organisations and self-help groups, and a catalyst for those groups.',
  area: 'Patients of Culm Valley Integrated Centre for Health',
  access: 'Referred by other professionals (particularly GPs) or self-referred',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'a patient of Culm Valley Integrated Centre for Health', practices: [] },
      { kind: 'anyone', label: 'any patient, referred by a professional (particularly a GP) or self-referred' },
    ],
  },
  workforce: { note: 'a health facilitator with training in motivational skills' },
  source: [/* @__PURE__ */ at(UK_MODELS, 'Culm Valley Integrated Centre For Health')],
};

const eastRidingSocialPrescribing: Scheme = {
  id: 'east-riding-social-prescribing',
  name: 'Social prescribing (East Riding of Yorkshire)',
  host: 'East Riding of Yorkshire Council, with local GPs, leisure services and libraries; funded by public health',
  description: 'GPs refer directly to exercise on prescription, the Live Well programme and books on prescription.',
  area: 'East Riding of Yorkshire',
  access: 'Direct referral by a GP',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with a GP practice in the East Riding of Yorkshire', practices: [] },
      { kind: 'referralSource', label: 'direct referral by a GP', anyOf: ['gp-practice'] },
    ],
  },
  source: [/* @__PURE__ */ at(UK_MODELS, 'East Riding of Yorkshire')],
};

const blackburnWithDarwenVolunteering: Scheme = {
  id: 'blackburn-with-darwen-volunteering-on-prescription',
  name: 'Volunteering on prescription (Blackburn with Darwen)',
  host: 'CVS-led, with project officers, a care navigator and recovery support officers',
  description:
    'Two volunteering programmes, one for people with drug and alcohol problems, one for people with mental health problems; project officers link each person with the most appropriate volunteering opportunity.',
  area: 'Blackburn with Darwen',
  access: 'GP, social care or other council teams refer',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'residentIn', label: 'lives in Blackburn with Darwen', areaType: 'borough', anyOf: ['Blackburn with Darwen'] },
      {
        kind: 'any',
        label: 'one of the two programmes',
        of: [
          { kind: 'hasCondition', id: 'drug-and-alcohol', label: 'drug and alcohol programme', anyOf: ['substance-use'] },
          { kind: 'hasCondition', id: 'mental-health', label: 'mental health programme', anyOf: ['mental-health-problem', 'depression', 'anxiety'] },
        ],
      },
      {
        kind: 'referralSource',
        label: 'referred by a GP, social care or other council teams',
        anyOf: ['gp-practice', 'adult-social-care', 'local-authority'],
      },
    ],
  },
  workforce: { note: 'project officers, with the help of a community navigator or recovery support officer' },
  source: [/* @__PURE__ */ at(UK_MODELS, 'Blackburn with Darwin')],
};

const towerHamletsSocialPrescribing: Scheme = {
  id: 'tower-hamlets-social-prescribing',
  name: 'Social prescribing (Tower Hamlets)',
  host: 'Tower Hamlets GP Care Group (lead provider), funded by Tower Hamlets CCG',
  description: 'Social prescribing across the borough, rolled out from 2016: each GP practice has a named social prescriber.',
  area: "Tower Hamlets' 8 GP networks",
  criteria: { kind: 'registeredWith', id: 'area', label: "registered with a practice in one of Tower Hamlets' 8 GP networks", practices: [] },
  workforce: { posts: 10, wte: 9, note: 'across 8 GP networks; each GP practice has a named social prescriber' },
  source: [/* @__PURE__ */ at(UK_MODELS, 'Tower Hamlets')],
};

const mertonSocialPrescribingNavigator: Scheme = {
  id: 'merton-social-prescribing-navigator',
  name: 'Social prescribing navigator (Merton)',
  host: 'Merton Voluntary Service Council (MVSC); a pilot funded by the CCG and public health',
  description:
    'A link worker in each of 2 pilot GP practices offers strategies to self-manage: signposting, a 1:1 assessment where needs are complex, or help with forms, benefits checks and first steps into counselling.',
  area: 'The 2 pilot GP practices',
  access: 'GP referral',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with one of the 2 pilot practices', practices: [] },
      { kind: 'referralSource', label: 'referred by a GP', anyOf: ['gp-practice'] },
    ],
  },
  support: { note: 'a one-hour initial consultation, then signposting or a 1:1 assessment; a follow-up appointment is offered' },
  workforce: { note: 'a navigator at each of the 2 practices, two days a week' },
  source: [/* @__PURE__ */ at(UK_MODELS, 'Merton')],
};

const dundeeCommunityLinkWorker: Scheme = {
  id: 'dundee-community-link-worker',
  name: 'Community link worker (Dundee)',
  host: 'Dundee Health and Social Care Partnership',
  description:
    'Non-clinical social practitioners embedded in general practice: structured conversations, a plan of action agreed with the patient, and visits to services with them.',
  area: 'GP practices with a higher than average proportion of deprived patients',
  access: 'Referral by practice staff',
  criteria: {
    kind: 'all',
    of: [
      {
        kind: 'registeredWith',
        id: 'area',
        label: 'registered with a practice with a higher than average proportion of deprived patients',
        practices: [],
      },
      { kind: 'anyone', label: 'the whole practice population' },
      { kind: 'referralSource', label: 'referred by practice staff', anyOf: ['gp-practice'] },
    ],
  },
  support: { note: 'a plan of action reviewed together regularly; support until appropriate services become available' },
  source: [/* @__PURE__ */ at(SCOTLAND_CLW_PAPER, 'Community Link Workers Dundee HSCP Case Study')],
};

const shetlandTherapeuticLinkWorker: Scheme = {
  id: 'shetland-therapeutic-link-worker',
  name: 'Therapeutic link worker (NHS Shetland)',
  host: 'NHS Shetland (Health Improvement Practitioners)',
  description:
    'Link workers in localities across the islands, partly in GP practices and partly in schools or community work offices: holistic and behavioural support and low-level psychological therapies.',
  area: 'The practice area, in localities across Shetland',
  access: 'Mostly through local GP practices; some from schools; links with local workplaces',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'in the practice area (registered with the practice)', practices: [] },
      { kind: 'anyone', label: 'anyone in the practice area who needs it' },
    ],
  },
  support: { note: 'seen at whatever venue is most appropriate: school, workplace, or Lerwick' },
  source: [/* @__PURE__ */ at(SCOTLAND_CLW_PAPER, 'Therapeutic Link Workers (NHS Shetland) Case Study')],
};

const edinburghSpecialistLinkWorker: Scheme = {
  id: 'edinburgh-specialist-link-worker',
  name: 'Specialist link worker: welfare rights adviser (Edinburgh)',
  host: 'Third sector advice services accredited under the Scottish National Standards for Information and Advice Providers',
  description:
    'Welfare rights advisers embedded in general practice: income maximisation, debt resolution, housing problems and employability support, and representation at tribunals.',
  area: 'Edinburgh GP practices that host an adviser',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: 'registered with a practice that hosts an adviser', practices: [] },
      { kind: 'anyone', label: 'the whole practice population' },
    ],
  },
  support: { note: 'case management: the patient sees the same worker throughout the entire process' },
  workforce: { note: 'based in the practice approximately one session a week' },
  source: [/* @__PURE__ */ at(SCOTLAND_CLW_PAPER, 'Specialist Link Workers Edinburgh HSCP Case Study')],
};

/** Every agency among the referral source ids, for "a wide range of agencies" (self-referral and introductions are not agencies). */
const AGENCIES = /* @__PURE__ */ REFERRAL_SOURCE_IDS.filter((id) => id !== 'self' && id !== 'introduction');

const seftonSocialPrescribing: Scheme = {
  id: 'sefton-social-prescribing',
  name: 'Social prescribing link worker (Sefton PCNs)',
  host: 'Voluntary sector organisations of the Living Well Sefton partnership, coordinated by Sefton CVS',
  description: 'Link workers for the 7 Primary Care Networks in Sefton, funded through the national GP contract from July 2019.',
  area: 'The 7 Sefton PCNs: North, Central, Ainsdale and Birkdale, Formby, Crosby and Maghull, Seaforth and Litherland, Bootle',
  access: 'From PCN members in the first year; from 2020/21, from a wide range of agencies',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'registeredWith', id: 'area', label: "registered with a practice in one of Sefton's 7 PCNs", pcns: [] },
      {
        kind: 'any',
        label: 'referred by a route open on the referral date',
        of: [
          {
            kind: 'referralSource',
            id: 'year-one',
            label: 'first year (2019/20): PCN members',
            anyOf: ['gp-practice', 'pcn-staff'],
            from: '2019-07-01',
            to: '2020-03-31',
          },
          { kind: 'referralSource', id: 'from-2020-21', label: 'from 2020/21: a wide range of agencies', anyOf: AGENCIES, from: '2020-04-01' },
        ],
      },
    ],
  },
  support: { contacts: { min: 6, max: 12 } },
  caseload: { peoplePerWorkerPerYear: { min: 250, max: 250 }, note: 'approximately 250 people throughout the year' },
  workforce: { wte: 7.5, note: '7.5 link workers across the 7 PCNs, each serving 30,000–50,000 patients' },
  source: [/* @__PURE__ */ at(SEFTON_EOI, 'Background; Key actions of the Social Prescribing Link Worker (from National Guidance)')],
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
      { kind: 'anyone', label: 'all ages, the whole population' },
    ],
  },
  support: { contacts: { min: 6, max: 12 }, note: 'on average 6–12 contacts, including phone calls, meetings and home visits' },
  caseload: {
    peoplePerWorkerPerYear: { min: 200, max: 250 },
    note: "typically 200–250 people a year, depending on the complexity of people's needs and the maturity of the scheme",
  },
  source: [
    /* @__PURE__ */ at(SNEE_SPLW_ROLE_PAGE, 'Role Responsibilities'),
    /* @__PURE__ */ at(SEFTON_EOI, 'Key actions of the Social Prescribing Link Worker (from National Guidance)'),
    SURREY_SPLW_ROLE_PAGE,
    NHSE_SOCIAL_PRESCRIBING_FAQS,
  ],
};

/**
 * Eligibility presets for every service in the seed documents, as plain scheme data,
 * deeply frozen (see the eligibility guide for the table). Each preset's `source` cites
 * its document by title, publisher and date; the guide "Sources" quotes the sentence
 * every criterion rests on.
 *
 * A preset holds only the criteria its source states. Where a source names an area
 * without codes, the criterion is left unset (`id: 'area'`): fill it with
 * {@link withArea} before relying on an `eligible` decision. Where a source says the
 * service takes anyone, the preset says so with an `anyone` criterion; where a source
 * is silent (no age, no referral route), the preset has no criterion for it, as listed.
 *
 * | preset | who | unset area | not stated in the source |
 * | --- | --- | --- | --- |
 * | `nwSurreySocialPrescribing` | 18+; GP practice staff, adult social care, hospital discharge, GPimhs; 6 weeks | PCNs | |
 * | `nwSurreyCareCoordinator` | a cohort identified by the GP surgery, via the surgery | practices | age, hours, length of support |
 * | `nwSurreyWellbeingCoordinator` | 65+, or frailty, dementia or chronic illness; six boroughs; GP or hospital | none | |
 * | `dementiaNavigator` | dementia or MCI, or their carers; phone line 7 days | wards of NW Woking and West Elmbridge | age |
 * | `boroughDischargeSupport` | in hospital, medically fit for discharge, hospital referral | boroughs of NW Surrey | age |
 * | `communitiesPreventionCoordinator` | 18+; Woking, Runnymede, Spelthorne, Surrey Heath | none | |
 * | `nwSurreyCommunityLinkWorker` | priority neighbourhoods by LSOA | LSOAs | who, age, referral route, length of support |
 * | `localAreaCoordinator` | anyone, by introduction | wards of Sheerwater and Maybury | length of support |
 * | `culmValleyHealthFacilitator` | any patient, referred by professionals or self-referred | practice | age, length of support |
 * | `waysToWellness` | 40–74 with COPD, asthma, diabetes, heart disease, epilepsy or osteoporosis | practices | referral route |
 * | `eastRidingSocialPrescribing` | direct GP referral | practices | age, length of support |
 * | `blackburnWithDarwenVolunteering` | drug and alcohol, or mental health problems; GP, social care or council teams | none | age, length of support |
 * | `lutonCommunityNavigator` | GP referral; 12 weeks | practices | age |
 * | `rotherhamSocialPrescribing` | GP-led case management; 8–16 weeks | practices | age |
 * | `towerHamletsSocialPrescribing` | every practice of 8 GP networks | practices | age, referral route, length of support |
 * | `mertonSocialPrescribingNavigator` | GP referral; one-hour initial consultation | practices | age |
 * | `dundeeCommunityLinkWorker` | whole practice population of practices with more deprived patients; practice staff refer | practices | age, length of support |
 * | `shetlandTherapeuticLinkWorker` | anyone in the practice area | practices | referral route (mostly practices; some schools) |
 * | `edinburghSpecialistLinkWorker` | whole practice population; welfare rights | practices | referral route, age |
 * | `seftonSocialPrescribing` | PCN members in 2019/20, a wide range of agencies from 2020/21; 6–12 contacts | PCNs | age |
 * | `nhsEnglandSplw` | all ages; PCN staff in 2019/20, many agencies and self-referral from 2020/21; 6–12 contacts | PCNs | |
 *
 * @see NWS Community of Practice – Role Mapping, North West Surrey Community of Practice, draft of 1 December 2022
 * @see Social prescribing models in the UK (an untitled table; author and date not stated)
 * @see What is a Community Link Worker? Paper 2, last updated August 2018 (Dundee, Shetland and Edinburgh case studies)
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1, Sefton CVS, 2019
 * @see NHS England's social prescribing link worker guidance, as quoted by training hubs (https://sneetraininghub.org.uk/social-prescriber)
 * @category Schemes
 * @example
 * ```ts
 * import { schemes } from 'social-prescribing/eligibility';
 *
 * Object.keys(schemes).length;
 * //=> 21
 * schemes.rotherhamSocialPrescribing.support;
 * //=> { weeks: { min: 8, max: 16 }, note: 'people can continue with an activity after the prescription ends' }
 * schemes.shetlandTherapeuticLinkWorker.source?.[0]?.title;
 * //=> 'What is a Community Link Worker? Paper 2'
 * Object.isFrozen(schemes.waysToWellness.criteria);
 * //=> true
 * ```
 */
export const schemes = /* @__PURE__ */ deepFreeze({
  nwSurreySocialPrescribing,
  nwSurreyCareCoordinator,
  nwSurreyWellbeingCoordinator,
  dementiaNavigator,
  boroughDischargeSupport,
  communitiesPreventionCoordinator,
  nwSurreyCommunityLinkWorker,
  localAreaCoordinator,
  culmValleyHealthFacilitator,
  waysToWellness,
  eastRidingSocialPrescribing,
  blackburnWithDarwenVolunteering,
  lutonCommunityNavigator,
  rotherhamSocialPrescribing,
  towerHamletsSocialPrescribing,
  mertonSocialPrescribingNavigator,
  dundeeCommunityLinkWorker,
  shetlandTherapeuticLinkWorker,
  edinburghSpecialistLinkWorker,
  seftonSocialPrescribing,
  nhsEnglandSplw,
} as const);
