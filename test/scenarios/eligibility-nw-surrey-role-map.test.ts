/**
 * Every North West Surrey preset against the role map it comes from: "NWS Community of
 * Practice – Role Mapping", North West Surrey Community of Practice, draft of 1 December
 * 2022 (bibliography: docs/sources.md). Each test quotes the cell of the role map its
 * criterion rests on, and checks the decision and its reason.
 *
 * Area codes here (PCN ids, wards, LSOAs) are illustrative: the role map names areas
 * without codes, so the presets leave them to `withArea`.
 */
import { describe, expect, it } from 'vitest';
import { schemes, withArea } from '../../src/eligibility/index.js';
import { decide, on } from './eligibilityDecision.js';

const WEEKDAYS_9_TO_5 = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }];

describe('Social Prescribing Link Worker row (schemes.nwSurreySocialPrescribing)', () => {
  const splw = withArea(schemes.nwSurreySocialPrescribing, ['NWS-PCN-1', 'NWS-PCN-2']);
  const adult = { age: 30, pcn: 'NWS-PCN-1' };

  it('"18+ Registered with a GP surgery in North West Surrey": 18 and over, in a North West Surrey PCN', () => {
    expect(decide(splw, { ...adult, age: 18 }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(splw, { ...adult, age: 17 }, on('gp-practice'), 0)).toEqual({
      decision: 'ineligible',
      reason: 'aged 17 on 2025-06-02; the scheme takes 18 or over',
      missing: [],
    });
    expect(decide(splw, { ...adult, pcn: 'HOUNSLOW-PCN' }, on('gp-practice'), 1)).toEqual({
      decision: 'ineligible',
      reason: "in PCN HOUNSLOW-PCN, not one of the scheme's 2 PCNs",
      missing: [],
    });
  });

  it('"Referral by GP practice staff or via Adult Social Care, Hospital Discharge and GPimhs": those four routes only', () => {
    for (const source of ['gp-practice', 'adult-social-care', 'hospital-discharge', 'gpimhs']) {
      expect(decide(splw, adult, on(source)).decision).toBe('eligible');
    }
    expect(decide(splw, adult, on('self'), 2)).toEqual({
      decision: 'ineligible',
      reason: 'referred by self; the scheme takes referrals from gp-practice, adult-social-care, hospital-discharge or gpimhs',
      missing: [],
    });
  });

  it('"Work to PCN boundaries meaning some patients referred live outside North West Surrey": residence does not matter, the PCN does', () => {
    expect(decide(splw, { ...adult, residence: { borough: 'Hounslow' } }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(schemes.nwSurreySocialPrescribing, adult, on('gp-practice'))).toMatchObject({
      decision: 'needs-information',
      missing: ['scheme.area'],
    });
  });

  it('"6 weeks although this can be longer where beneficial", "Monday – Friday 9am – 5pm", "12 across North west", "250 a year per link worker"', () => {
    const preset = schemes.nwSurreySocialPrescribing;
    expect(preset.support).toEqual({ weeks: { min: 6, max: 6 }, note: '6 weeks, longer where beneficial in terms of achieving objectives' });
    expect(preset.availability).toEqual(WEEKDAYS_9_TO_5);
    expect(preset.workforce?.posts).toBe(12);
    expect(preset.caseload?.peoplePerWorkerPerYear).toEqual({ min: 250, max: 250 });
    expect(preset.caseload?.note).toContain('1.2–1.6% of patients for each PCN');
  });
});

describe('Care Coordinator row (schemes.nwSurreyCareCoordinator)', () => {
  const cc = withArea(schemes.nwSurreyCareCoordinator, ['H81001']);
  const patient = { registeredPractice: 'H81001', flags: { inSurgeryCohort: true } };

  it('"Cohort of patients identified by GP surgery": in the surgery\'s cohort, or not, or not yet known', () => {
    expect(decide(cc, patient, on('gp-practice')).decision).toBe('eligible');
    expect(decide(cc, { ...patient, flags: { inSurgeryCohort: false } }, on('gp-practice'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'inSurgeryCohort is no; the scheme needs yes',
      missing: [],
    });
    expect(decide(cc, { registeredPractice: 'H81001' }, on('gp-practice'))).toMatchObject({
      decision: 'needs-information',
      missing: ['flags.inSurgeryCohort'],
    });
  });

  it('"Surgery / PCN boundaries": registered with the surgery; the surgery is left to withArea', () => {
    expect(decide(cc, { ...patient, registeredPractice: 'H81099' }, on('gp-practice'), 0)).toEqual({
      decision: 'ineligible',
      reason: "registered with practice H81099, not one of the scheme's 1 practice",
      missing: [],
    });
    expect(decide(schemes.nwSurreyCareCoordinator, patient, on('gp-practice'))).toMatchObject({ decision: 'needs-information', missing: ['scheme.area'] });
  });

  it('"Via GP surgery": other routes are not taken', () => {
    expect(decide(cc, patient, on('self'), 2)).toEqual({
      decision: 'ineligible',
      reason: 'referred by self; the scheme takes referrals from gp-practice',
      missing: [],
    });
  });

  it('states no age, hours or length of support, and an expected caseload of "Unknown"', () => {
    expect(decide(cc, { ...patient, age: 9 }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(cc, { ...patient, age: 99 }, on('gp-practice')).decision).toBe('eligible');
    const preset = schemes.nwSurreyCareCoordinator;
    expect([preset.support, preset.availability, preset.caseload]).toEqual([undefined, undefined, { note: 'unknown (the role map answers "Unknown")' }]);
  });
});

describe('Wellbeing Coordinators row (schemes.nwSurreyWellbeingCoordinator)', () => {
  const wc = schemes.nwSurreyWellbeingCoordinator;
  const inWoking = { residence: { borough: 'Woking' } };

  it('"Over 65\'s (With exceptions) (Frailty, Dementia and Chronic illness)": 65 and over, or younger with one of the exceptions', () => {
    expect(decide(wc, { ...inWoking, age: 65 }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(wc, { ...inWoking, age: 58, conditions: ['frailty'] }, on('hospital')).decision).toBe('eligible');
    expect(decide(wc, { ...inWoking, age: 58, conditions: ['diabetes-type-2'] }, on('hospital')).decision).toBe('eligible');
    expect(decide(wc, { ...inWoking, age: 58, conditions: ['anxiety'] }, on('hospital'), 0)).toEqual({
      decision: 'ineligible',
      reason: 'none of 2 alternatives met',
      missing: [],
    });
  });

  it('"Spelthorne, Woking, Runnymede, Elmbridge, Surrey Heath and Guildford."', () => {
    expect(decide(wc, { age: 80, residence: { borough: 'Guildford' } }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(wc, { age: 80, residence: { borough: 'Mole Valley' } }, on('gp-practice'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'lives in borough Mole Valley; the scheme covers Spelthorne, Woking, Runnymede, Elmbridge, Surrey Heath or Guildford',
      missing: [],
    });
  });

  it('"Referral via GP\'s and Hospital"', () => {
    expect(decide(wc, { ...inWoking, age: 80 }, on('self'), 2)).toEqual({
      decision: 'ineligible',
      reason: 'referred by self; the scheme takes referrals from gp-practice, hospital or hospital-discharge',
      missing: [],
    });
  });

  it('"Patient receives long term care - not discharged.", "9 (3 x bedser hub, 3 x Thames medical, 3 x Ashford)"', () => {
    expect(wc.support?.weeks).toBe('open-ended');
    expect(wc.availability).toEqual(WEEKDAYS_9_TO_5);
    expect(wc.workforce).toEqual({ posts: 9, note: '3 at the Bedser hub, 3 at Thames Medical, 3 at Ashford' });
    expect(wc.caseload?.note).toContain('no cases are closed');
  });
});

describe('Dementia Navigator row (schemes.dementiaNavigator)', () => {
  const dn = withArea(schemes.dementiaNavigator, ['Knaphill', 'Walton North']);

  it('"People effected by dementia or mild cognitive impairment": the person, or someone caring for them', () => {
    expect(decide(dn, { conditions: ['mild-cognitive-impairment'], residence: { borough: 'Spelthorne' } }, on('self')).decision).toBe('eligible');
    expect(decide(dn, { conditions: [], flags: { caresForPersonWithDementia: true }, residence: { ward: 'Knaphill' } }, on('professional')).decision).toBe(
      'eligible',
    );
    expect(decide(dn, { conditions: ['copd'], flags: { caresForPersonWithDementia: false }, residence: { borough: 'Runnymede' } }, on('self'), 0)).toEqual({
      decision: 'ineligible',
      reason: 'none of 2 alternatives met',
      missing: [],
    });
  });

  it('"Surrey, for NW Woking, Spelthorne, West Elmbridge, Runnymede": two boroughs, and the wards of the two part-boroughs', () => {
    expect(decide(dn, { conditions: ['dementia'], residence: { borough: 'Guildford', ward: 'Stoke' } }, on('self'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'none of 2 alternatives met',
      missing: [],
    });
    expect(decide(schemes.dementiaNavigator, { conditions: ['dementia'], residence: { borough: 'Woking' } }, on('self'))).toMatchObject({
      decision: 'needs-information',
      missing: ['scheme.area'],
    });
  });

  it('"Phone line 7 days a week, Local support Mon to Fri", "Open ended and as frequently as they require"', () => {
    expect(schemes.dementiaNavigator.availability).toEqual([
      { label: 'phone line', days: [1, 2, 3, 4, 5, 6, 7] },
      { label: 'local support', days: [1, 2, 3, 4, 5] },
    ]);
    expect(schemes.dementiaNavigator.support?.weeks).toBe('open-ended');
  });
});

describe('Borough Discharge Support Officer row (schemes.boroughDischargeSupport)', () => {
  const bdso = withArea(schemes.boroughDischargeSupport, ['Woking', 'Runnymede', 'Spelthorne', 'Surrey Heath']);
  const patient = { residence: { borough: 'Runnymede' }, flags: { inHospital: true, medicallyFitForDischarge: true } };

  it('"NWS residents in hospital that are MFFD"', () => {
    expect(decide(bdso, patient, on('hospital')).decision).toBe('eligible');
    expect(decide(bdso, { ...patient, flags: { inHospital: true, medicallyFitForDischarge: false } }, on('hospital'), 2)).toEqual({
      decision: 'ineligible',
      reason: 'medicallyFitForDischarge is no; the scheme needs yes',
      missing: [],
    });
  });

  it('"Hospital staff refer those being discharged to BDSO\'s."', () => {
    expect(decide(bdso, patient, on('gp-practice'), 3)).toEqual({
      decision: 'ineligible',
      reason: 'referred by gp-practice; the scheme takes referrals from hospital or hospital-discharge',
      missing: [],
    });
  });

  it('"usually very short term and supported further by Social Prescribing (6 weeks) post discharge", 4 in post', () => {
    expect(schemes.boroughDischargeSupport.support?.weeks).toBeUndefined();
    expect(schemes.boroughDischargeSupport.support?.note).toContain('usually very short term');
    expect(schemes.boroughDischargeSupport.workforce).toEqual({ posts: 4 });
  });
});

describe('Communities Prevention co-ordinator row (schemes.communitiesPreventionCoordinator)', () => {
  const cpc = schemes.communitiesPreventionCoordinator;

  it('"Age 18+" in "NW Surrey: Woking, Runnymede, Spelthorne and Surrey Heath"', () => {
    expect(decide(cpc, { age: 30, residence: { borough: 'Surrey Heath' } }, on('adult-social-care')).decision).toBe('eligible');
    expect(decide(cpc, { age: 17, residence: { borough: 'Woking' } }, on('adult-social-care'), 0).reason).toBe(
      'aged 17 on 2025-06-02; the scheme takes 18 or over',
    );
    expect(decide(cpc, { age: 30, residence: { borough: 'Elmbridge' } }, on('adult-social-care'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'lives in borough Elmbridge; the scheme covers Woking, Runnymede, Spelthorne or Surrey Heath',
      missing: [],
    });
  });

  it('"Issue-based referrals received from adult social care teams, although anyone welcome to get in touch": no route is required', () => {
    for (const referral of [on('self'), on('vcse'), on()]) {
      expect(decide(cpc, { age: 30, residence: { borough: 'Woking' } }, referral).decision).toBe('eligible');
    }
  });

  it('"Referrals received, but no case holding.", "1 part time (18 hour) role per locality team"', () => {
    expect(cpc.caseload).toEqual({ note: 'referrals received, but no case holding' });
    expect(cpc.workforce).toEqual({ note: 'one part-time (18-hour) role per adult social care locality team' });
  });
});

describe('Community Link Worker row (schemes.nwSurreyCommunityLinkWorker)', () => {
  const clw = withArea(schemes.nwSurreyCommunityLinkWorker, ['LSOA-A', 'LSOA-B']);

  it('"Priority neighbourhoods based on LSOA": the LSOAs of Canalside/G WP, Cobham/Downside, Walton North and Walton South, left to withArea', () => {
    expect(decide(clw, { residence: { lsoa: 'LSOA-A' } }, on()).decision).toBe('eligible');
    expect(decide(clw, { residence: { lsoa: 'LSOA-Z' } }, on())).toEqual({
      decision: 'ineligible',
      reason: 'lives in LSOA LSOA-Z; the scheme covers LSOA-A or LSOA-B',
      missing: [],
    });
    expect(decide(schemes.nwSurreyCommunityLinkWorker, { residence: { lsoa: 'LSOA-A' } }, on())).toEqual({
      decision: 'needs-information',
      reason: "the scheme's LSOAs are not set: supply them with withArea",
      missing: ['scheme.area'],
    });
  });

  it('"Work with local assets and with SCC": no age and no referral route are stated, so none is required', () => {
    expect(decide(clw, { age: 8, residence: { lsoa: 'LSOA-B' } }, on('self')).decision).toBe('eligible');
    expect(decide(clw, { age: 88, residence: { lsoa: 'LSOA-B' } }, on()).decision).toBe('eligible');
  });

  it('"Monday – Friday 9am – 5pm", 4 in post, hosted by Surrey County Council', () => {
    const preset = schemes.nwSurreyCommunityLinkWorker;
    expect([preset.availability, preset.workforce, preset.host, preset.support]).toEqual([WEEKDAYS_9_TO_5, { posts: 4 }, 'Surrey County Council', undefined]);
  });
});

describe('Local area Coordinator row (schemes.localAreaCoordinator)', () => {
  const lac = withArea(schemes.localAreaCoordinator, ['Canalside']);

  it('"anyone that needs handholding/support in Sheerwater/Maybury": anyone, in the wards left to withArea', () => {
    expect(decide(lac, { residence: { ward: 'Canalside' } }, on('introduction'), 1)).toEqual({ decision: 'eligible', reason: 'open to anyone', missing: [] });
    expect(decide(lac, { residence: { ward: 'Byfleet and West Byfleet' } }, on('introduction'), 0)).toEqual({
      decision: 'ineligible',
      reason: 'lives in ward Byfleet and West Byfleet; the scheme covers Canalside',
      missing: [],
    });
  });

  it('"No referral as such, via introduction": no route is required', () => {
    expect(decide(lac, { residence: { ward: 'Canalside' } }, on()).decision).toBe('eligible');
    expect(decide(lac, { residence: { ward: 'Canalside' } }, on('self')).decision).toBe('eligible');
    expect(schemes.localAreaCoordinator.workforce).toEqual({ posts: 2 });
  });
});

it('every preset from the role map cites it, row by row', () => {
  const presets = [
    schemes.nwSurreySocialPrescribing,
    schemes.nwSurreyCareCoordinator,
    schemes.nwSurreyWellbeingCoordinator,
    schemes.dementiaNavigator,
    schemes.boroughDischargeSupport,
    schemes.communitiesPreventionCoordinator,
    schemes.nwSurreyCommunityLinkWorker,
    schemes.localAreaCoordinator,
  ];
  expect(presets.map((p) => p.source?.map((c) => [c.title, c.publisher, c.date, c.section]))).toEqual(
    [
      'Social Prescribing Link Worker row',
      'Care Coordinator row',
      'Wellbeing Coordinators row',
      'Dementia Navigator row',
      'Borough Discharge Support Officer row',
      'Communities Prevention co-ordinator row',
      'Community Link Worker row',
      'Local area Coordinator row',
    ].map((section) => [['NWS Community of Practice – Role Mapping', 'North West Surrey Community of Practice', '1 December 2022 (draft)', section]]),
  );
});
