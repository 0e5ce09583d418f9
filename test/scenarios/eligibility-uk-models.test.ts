/**
 * Every preset from the table of UK social prescribing models (an untitled, undated table:
 * area, how it is run, description on offer; bibliography: docs/sources.md). Each test
 * quotes the sentence its criterion rests on and checks the decision and its reason.
 *
 * Practice codes here are illustrative: the table names areas without codes, so the
 * presets leave them to `withArea`.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, schemes, withArea, type Person, type Scheme } from '../../src/eligibility/index.js';
import { decide, on } from './eligibilityDecision.js';

const sectionOf = (scheme: Scheme) => scheme.source?.map((c) => [c.title, c.section]);
const TABLE = 'Social prescribing models in the UK (untitled table: area, how it is run, description on offer)';

describe('Culm Valley Integrated Centre For Health (schemes.culmValleyHealthFacilitator)', () => {
  const culm = withArea(schemes.culmValleyHealthFacilitator, ['CULM-VALLEY']);

  it('"a face to face health resource for patients referred by other professionals (particularly GPs) and self-referred": any patient, by any of those routes', () => {
    for (const referral of [on('gp-practice'), on('professional'), on('community-pharmacy'), on('self'), on()]) {
      expect(decide(culm, { registeredPractice: 'CULM-VALLEY' }, referral, 1)).toEqual({ decision: 'eligible', reason: 'open to anyone', missing: [] });
    }
    expect(decide(culm, { registeredPractice: 'CULM-VALLEY', age: 4 }, on('self')).decision).toBe('eligible');
    expect(decide(culm, { registeredPractice: 'OTHER' }, on('self'), 0).reason).toBe("registered with practice OTHER, not one of the scheme's 1 practice");
    expect(decide(schemes.culmValleyHealthFacilitator, { registeredPractice: 'CULM-VALLEY' }, on('self')).missing).toEqual(['scheme.area']);
  });

  it('"Health Facilitator with training in motivational skills"', () => {
    expect(schemes.culmValleyHealthFacilitator.workforce).toEqual({ note: 'a health facilitator with training in motivational skills' });
    expect(sectionOf(schemes.culmValleyHealthFacilitator)).toEqual([[TABLE, 'Culm Valley Integrated Centre For Health']]);
  });
});

describe('Way to Wellness (schemes.waysToWellness)', () => {
  const wtw = withArea(schemes.waysToWellness, ['A86004', 'A86016']);
  const at = (person: Person) => decide(wtw, { registeredPractice: 'A86016', ...person }, on());

  it('"for people with certain long-term health conditions, aged 40 to 74"', () => {
    expect(at({ age: 40, conditions: ['copd'] }).decision).toBe('eligible');
    expect(at({ age: 74, conditions: ['copd'] }).decision).toBe('eligible');
    expect(decide(wtw, { registeredPractice: 'A86016', birthDate: '1985-06-03', conditions: ['copd'] }, on(), 0).reason).toBe(
      'aged 39 on 2025-06-02; the scheme takes 40 to 74',
    );
    expect(at({ age: 75, conditions: ['copd'] }).decision).toBe('ineligible');
  });

  it('"Chronic breathing difficulties (COPD) or Asthma", "Diabetes (Type 1 or Type 2)", "Heart Disease", "Epilepsy", "Thinning of the bones (osteoporosis)"', () => {
    for (const condition of ['copd', 'asthma', 'diabetes-type-1', 'diabetes-type-2', 'heart-disease', 'epilepsy', 'osteoporosis']) {
      expect(at({ age: 60, conditions: [condition] }).decision).toBe('eligible');
    }
  });

  it('"Any of the above with depression and/or anxiety": depression or anxiety alone does not qualify', () => {
    expect(at({ age: 60, conditions: ['asthma', 'depression', 'anxiety'] }).decision).toBe('eligible');
    expect(decide(wtw, { registeredPractice: 'A86016', age: 60, conditions: ['depression', 'anxiety'] }, on(), 1).reason).toBe(
      'has depression and anxiety, none of which the scheme takes (copd, asthma, diabetes-type-1, diabetes-type-2, heart-disease, epilepsy or osteoporosis)',
    );
  });

  it('"who attend GP practices within the pre-existing NHS Newcastle West Clinical Commissioning Group area"', () => {
    expect(decide(wtw, { registeredPractice: 'B12345', age: 60, conditions: ['asthma'] }, on(), 2).reason).toBe(
      "registered with practice B12345, not one of the scheme's 2 practices",
    );
    expect(decide(schemes.waysToWellness, { registeredPractice: 'A86016', age: 60, conditions: ['asthma'] }, on()).missing).toEqual(['scheme.area']);
  });
});

describe('East Riding of Yorkshire (schemes.eastRidingSocialPrescribing)', () => {
  const er = withArea(schemes.eastRidingSocialPrescribing, ['ER-1']);

  it('"Direct referral by GP to exercise on prescription, Live well programme and books on prescription."', () => {
    expect(decide(er, { registeredPractice: 'ER-1' }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(er, { registeredPractice: 'ER-1' }, on('self'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'referred by self; the scheme takes referrals from gp-practice',
      missing: [],
    });
    expect(decide(er, { registeredPractice: 'ER-1' }, on())).toEqual({
      decision: 'needs-information',
      reason: '1 of 2 required criteria unknown, none failed',
      missing: ['referral.source'],
    });
  });

  it('"The Council has developed partnership with local GPs": registered with a local practice, left to withArea; no age or length stated', () => {
    expect(decide(er, { registeredPractice: 'HULL-1' }, on('gp-practice')).decision).toBe('ineligible');
    expect(decide(er, { registeredPractice: 'ER-1', age: 12 }, on('gp-practice')).decision).toBe('eligible');
    expect(schemes.eastRidingSocialPrescribing.support).toBeUndefined();
  });
});

describe('Blackburn with Darwin (schemes.blackburnWithDarwenVolunteering)', () => {
  const bwd = schemes.blackburnWithDarwenVolunteering;
  const resident = { residence: { borough: 'Blackburn with Darwen' } };

  it('"One programme is aimed at people with drug and alcohol and the other is for people with mental health problems."', () => {
    expect(decide(bwd, { ...resident, conditions: ['substance-use'] }, on('gp-practice'), 1, 0)).toEqual({
      decision: 'eligible',
      reason: 'has substance-use; the scheme takes substance-use',
      missing: [],
    });
    for (const condition of ['mental-health-problem', 'depression', 'anxiety']) {
      expect(decide(bwd, { ...resident, conditions: [condition] }, on('gp-practice')).decision).toBe('eligible');
    }
    expect(decide(bwd, { ...resident, conditions: ['copd'] }, on('gp-practice'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'none of 2 alternatives met',
      missing: [],
    });
    const programmes = checkEligibility(bwd, { ...resident, conditions: ['substance-use'] }, on('gp-practice')).checks.checks[1]?.checks;
    expect(programmes?.map((c) => [c.id, c.label, c.status])).toEqual([
      ['drug-and-alcohol', 'drug and alcohol programme', 'met'],
      ['mental-health', 'mental health programme', 'not-met'],
    ]);
  });

  it('"GP, social care or other council teams refer"', () => {
    for (const source of ['gp-practice', 'adult-social-care', 'local-authority']) {
      expect(decide(bwd, { ...resident, conditions: ['anxiety'] }, on(source)).decision).toBe('eligible');
    }
    expect(decide(bwd, { ...resident, conditions: ['anxiety'] }, on('self'), 2).reason).toBe(
      'referred by self; the scheme takes referrals from gp-practice, adult-social-care or local-authority',
    );
  });

  it('the area is the borough it names: lives in Blackburn with Darwen', () => {
    expect(decide(bwd, { residence: { borough: 'blackburn with darwen' }, conditions: ['anxiety'] }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(bwd, { residence: { borough: 'Hyndburn' }, conditions: ['anxiety'] }, on('gp-practice'), 0).reason).toBe(
      'lives in borough Hyndburn; the scheme covers Blackburn with Darwen',
    );
    expect(sectionOf(bwd)).toEqual([[TABLE, 'Blackburn with Darwin']]);
  });
});

describe('Luton Council (schemes.lutonCommunityNavigator)', () => {
  const luton = withArea(schemes.lutonCommunityNavigator, ['E81001']);

  it('"GPs refer to community navigator ... and the navigators arrange 12 week prescription."', () => {
    expect(decide(luton, { registeredPractice: 'E81001' }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(luton, { registeredPractice: 'E81001' }, on('self'), 1).reason).toBe('referred by self; the scheme takes referrals from gp-practice');
    expect(luton.support?.weeks).toEqual({ min: 12, max: 12 });
  });

  it('"The patient returns to community navigator after 12 weeks to have an assessment"', () => {
    expect(schemes.lutonCommunityNavigator.support?.note).toBe('12-week prescription; the person returns to the navigator for an assessment at 12 weeks');
  });
});

describe('Rotherham (schemes.rotherhamSocialPrescribing)', () => {
  const rotherham = withArea(schemes.rotherhamSocialPrescribing, ['C87001']);

  it('"Integrated case management led by GPs and including social workers and other health professionals refer to social prescribing workers."', () => {
    expect(decide(rotherham, { registeredPractice: 'C87001' }, on('multidisciplinary-team')).decision).toBe('eligible');
    expect(decide(rotherham, { registeredPractice: 'C87001' }, on('gp-practice'), 1).reason).toBe(
      'referred by gp-practice; the scheme takes referrals from multidisciplinary-team',
    );
  });

  it('"He prescription can be anything between 8-16 weeks", "five social prescribing workers funded by CCG"', () => {
    expect(schemes.rotherhamSocialPrescribing.support?.weeks).toEqual({ min: 8, max: 16 });
    expect(schemes.rotherhamSocialPrescribing.workforce?.posts).toBe(5);
  });
});

describe('Tower Hamlets (schemes.towerHamletsSocialPrescribing)', () => {
  const th = withArea(schemes.towerHamletsSocialPrescribing, ['F84001', 'F84002']);

  it('"Each GP practice has a named Social Prescriber.": registered with a practice of the borough\'s networks, left to withArea', () => {
    expect(decide(th, { registeredPractice: 'F84002' }, on()).decision).toBe('eligible');
    expect(decide(th, { registeredPractice: 'F85001' }, on())).toEqual({
      decision: 'ineligible',
      reason: "registered with practice F85001, not one of the scheme's 2 practices",
      missing: [],
    });
    expect(decide(schemes.towerHamletsSocialPrescribing, { registeredPractice: 'F84002' }, on()).missing).toEqual(['scheme.area']);
  });

  it('states no referral route and no age, so none is required', () => {
    for (const referral of [on('self'), on('gp-practice'), on()]) expect(decide(th, { registeredPractice: 'F84001', age: 7 }, referral).decision).toBe('eligible');
  });

  it('"The service is delivered by 10 Social Prescribers (9 WTE) through Tower Hamlet’s 8 GP Networks."', () => {
    expect(schemes.towerHamletsSocialPrescribing.workforce).toEqual({
      posts: 10,
      wte: 9,
      note: 'across 8 GP networks; each GP practice has a named social prescriber',
    });
  });
});

describe('Merton (schemes.mertonSocialPrescribingNavigator)', () => {
  const merton = withArea(schemes.mertonSocialPrescribingNavigator, ['H85001', 'H85002']);

  it('"The referral is made when a GP refers a patient to the service"', () => {
    expect(decide(merton, { registeredPractice: 'H85001' }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(merton, { registeredPractice: 'H85001' }, on('self'), 1).reason).toBe('referred by self; the scheme takes referrals from gp-practice');
  });

  it('"CCG and Public health funded a pilot with 2 GP practices with link worker at each practice."', () => {
    expect(decide(merton, { registeredPractice: 'H85003' }, on('gp-practice'), 0).reason).toBe(
      "registered with practice H85003, not one of the scheme's 2 practices",
    );
  });

  it('"books a one-hour initial consultation", "offered a follow-up appointment", "two days a week"', () => {
    expect(schemes.mertonSocialPrescribingNavigator.support).toEqual({
      note: 'a one-hour initial consultation, then signposting or a 1:1 assessment; a follow-up appointment is offered',
    });
    expect(schemes.mertonSocialPrescribingNavigator.workforce).toEqual({ note: 'a navigator at each of the 2 practices, two days a week' });
  });
});
