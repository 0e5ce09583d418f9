/**
 * Worked cases for every eligibility preset, each from the seed document its service comes from.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, findEligibleSchemes, schemes, withArea, type Person } from '../../src/eligibility/index.js';

const JUNE_2025 = '2025-06-01';
const on = (source?: string, referredOn = JUNE_2025) => (source === undefined ? { referredOn } : { referredOn, source });

describe('Ways to Wellness (uk-social-prescribing-models.txt): 40 to 74 with a long-term condition', () => {
  const wtw = withArea(schemes.waysToWellness, ['A86004', 'A86016', 'A86018']);
  const at = (person: Person) => checkEligibility(wtw, { registeredPractice: 'A86016', ...person }, on());

  it('39 with diabetes is ineligible, because of age', () => {
    const result = at({ birthDate: '1986-03-15', conditions: ['diabetes-type-2'] });
    expect(result.decision).toBe('ineligible');
    expect(result.checks.checks[0]?.reason).toBe('aged 39 on 2025-06-01; the scheme takes 40 to 74');
  });

  it('50 with depression alone is ineligible', () => {
    const result = at({ age: 50, conditions: ['depression'] });
    expect(result.decision).toBe('ineligible');
    expect(result.checks.checks[1]?.reason).toBe(
      'has depression, none of which the scheme takes (copd, asthma, diabetes-type-1, diabetes-type-2, heart-disease, epilepsy or osteoporosis)',
    );
  });

  it('74 with COPD and anxiety is eligible', () => {
    expect(at({ birthDate: '1950-12-31', conditions: ['copd', 'anxiety'] }).decision).toBe('eligible');
  });

  it('75 is too old, and each listed condition qualifies at 40', () => {
    expect(at({ age: 75, conditions: ['copd'] }).decision).toBe('ineligible');
    for (const condition of ['copd', 'asthma', 'diabetes-type-1', 'diabetes-type-2', 'heart-disease', 'epilepsy', 'osteoporosis']) {
      expect(at({ age: 40, conditions: [condition, 'depression'] }).decision).toBe('eligible');
    }
  });

  it('a practice outside the former Newcastle West CCG is ineligible; without the area set, nobody is eligible', () => {
    expect(at({ age: 60, conditions: ['asthma'], registeredPractice: 'B12345' }).decision).toBe('ineligible');
    const unset = checkEligibility(schemes.waysToWellness, { age: 60, conditions: ['asthma'], registeredPractice: 'A86016' }, on());
    expect(unset.decision).toBe('needs-information');
    expect(unset.missing).toEqual(['scheme.area']);
  });
});

describe('North West Surrey services (nw-surrey-role-mapping-2022.txt)', () => {
  const splw = withArea(schemes.nwSurreySocialPrescribing, ['NWS-PCN-1', 'NWS-PCN-2']);

  it('social prescribing link worker: 18+, registered in a NW Surrey PCN, referred by practice, ASC, discharge or GPimhs', () => {
    const adult = { age: 18, pcn: 'NWS-PCN-1' };
    for (const source of ['gp-practice', 'adult-social-care', 'hospital-discharge', 'gpimhs']) {
      expect(checkEligibility(splw, adult, on(source)).decision).toBe('eligible');
    }
    expect(checkEligibility(splw, adult, on('self')).decision).toBe('ineligible');
    expect(checkEligibility(splw, { age: 17, pcn: 'NWS-PCN-1' }, on('gp-practice')).decision).toBe('ineligible');
    // Works to PCN boundaries: where the person lives does not matter.
    expect(checkEligibility(splw, { ...adult, residence: { borough: 'Hounslow' } }, on('gp-practice')).decision).toBe('eligible');
    expect(schemes.nwSurreySocialPrescribing.support?.weeks).toEqual({ min: 6, max: 6 });
    expect(schemes.nwSurreySocialPrescribing.availability).toEqual([{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }]);
  });

  it('wellbeing coordinator: over 65s, with exceptions for frailty, dementia and chronic illness', () => {
    const wc = schemes.nwSurreyWellbeingCoordinator;
    const inWoking = { residence: { borough: 'Woking' } };
    expect(checkEligibility(wc, { ...inWoking, age: 65 }, on('gp-practice')).decision).toBe('eligible');
    expect(checkEligibility(wc, { ...inWoking, age: 58, conditions: ['frailty'] }, on('hospital')).decision).toBe('eligible');
    expect(checkEligibility(wc, { ...inWoking, age: 58, conditions: ['copd'] }, on('hospital')).decision).toBe('eligible');
    expect(checkEligibility(wc, { ...inWoking, age: 58, conditions: ['anxiety'] }, on('hospital')).decision).toBe('ineligible');
    expect(checkEligibility(wc, { age: 80, residence: { borough: 'Mole Valley' } }, on('gp-practice')).decision).toBe('ineligible');
    expect(checkEligibility(wc, { ...inWoking, age: 80 }, on('self')).decision).toBe('ineligible');
    expect(wc.support?.weeks).toBe('open-ended');
  });

  it('dementia navigator: people affected by dementia or MCI, their carers, in the four areas', () => {
    const dn = withArea(schemes.dementiaNavigator, ['Knaphill', 'Goldsworth Park', 'Cobham and Downside']);
    expect(checkEligibility(dn, { conditions: ['mild-cognitive-impairment'], residence: { borough: 'Spelthorne' } }, on('self')).decision).toBe(
      'eligible',
    );
    expect(
      checkEligibility(dn, { conditions: [], flags: { caresForPersonWithDementia: true }, residence: { ward: 'Knaphill' } }, on('professional'))
        .decision,
    ).toBe('eligible');
    expect(checkEligibility(dn, { conditions: ['dementia'], residence: { borough: 'Guildford', ward: 'Stoke' } }, on()).decision).toBe(
      'ineligible',
    );
    expect(schemes.dementiaNavigator.availability).toEqual([
      { label: 'phone line', days: [1, 2, 3, 4, 5, 6, 7] },
      { label: 'local support', days: [1, 2, 3, 4, 5] },
    ]);
  });

  it('borough discharge support officer: NW Surrey residents in hospital who are medically fit for discharge', () => {
    const bdso = withArea(schemes.boroughDischargeSupport, ['Woking', 'Runnymede', 'Spelthorne', 'Surrey Heath']);
    const patient = { residence: { borough: 'Runnymede' }, flags: { inHospital: true, medicallyFitForDischarge: true } };
    expect(checkEligibility(bdso, patient, on('hospital')).decision).toBe('eligible');
    expect(checkEligibility(bdso, { ...patient, flags: { inHospital: true, medicallyFitForDischarge: false } }, on('hospital')).decision).toBe(
      'ineligible',
    );
    const unknown = checkEligibility(bdso, { residence: { borough: 'Runnymede' }, flags: { inHospital: true } }, on('hospital'));
    expect(unknown.decision).toBe('needs-information');
    expect(unknown.missing).toEqual(['flags.medicallyFitForDischarge']);
    expect(checkEligibility(bdso, patient, on('gp-practice')).decision).toBe('ineligible');
  });

  it('communities and prevention coordinator: 18+ in Woking, Runnymede, Spelthorne or Surrey Heath; anyone may get in touch', () => {
    const cpc = schemes.communitiesPreventionCoordinator;
    expect(checkEligibility(cpc, { age: 30, residence: { borough: 'Surrey Heath' } }, on('self')).decision).toBe('eligible');
    expect(checkEligibility(cpc, { age: 30, residence: { borough: 'Elmbridge' } }, on('adult-social-care')).decision).toBe('ineligible');
    expect(cpc.support?.note).toMatch(/no case holding/);
  });

  it('local area coordinator: anyone in Sheerwater and Maybury, by introduction', () => {
    const lac = withArea(schemes.localAreaCoordinator, ['Canalside']);
    expect(checkEligibility(lac, { residence: { ward: 'Canalside' } }, on('introduction')).decision).toBe('eligible');
    expect(checkEligibility(lac, { residence: { ward: 'Byfleet and West Byfleet' } }, on()).decision).toBe('ineligible');
  });

  it('a resident sees every NW Surrey service that fits, eligible first', () => {
    const nwSurrey = [
      splw,
      schemes.nwSurreyWellbeingCoordinator,
      withArea(schemes.dementiaNavigator, ['Knaphill']),
      withArea(schemes.boroughDischargeSupport, ['Woking', 'Runnymede', 'Spelthorne', 'Surrey Heath']),
      schemes.communitiesPreventionCoordinator,
      withArea(schemes.localAreaCoordinator, ['Canalside']),
    ];
    const resident = { birthDate: '1948-09-12', conditions: ['dementia'], pcn: 'NWS-PCN-2', residence: { borough: 'Woking', ward: 'Knaphill' } };
    expect(findEligibleSchemes(nwSurrey, resident, on('gp-practice')).map((r) => [r.schemeId, r.decision])).toEqual([
      ['nw-surrey-social-prescribing', 'eligible'],
      ['nw-surrey-wellbeing-coordinator', 'eligible'],
      ['dementia-navigator', 'eligible'],
      ['communities-prevention-coordinator', 'eligible'],
      ['borough-discharge-support', 'ineligible'],
      ['local-area-coordinator', 'ineligible'],
    ]);
  });
});

describe('Luton and Rotherham (uk-social-prescribing-models.txt)', () => {
  it('Luton community navigator: GP referral; 12-week prescription with a review at 12 weeks', () => {
    const luton = withArea(schemes.lutonCommunityNavigator, ['E81001']);
    expect(checkEligibility(luton, { registeredPractice: 'E81001' }, on('gp-practice')).decision).toBe('eligible');
    expect(checkEligibility(luton, { registeredPractice: 'E81001' }, on('self')).decision).toBe('ineligible');
    expect(luton.support?.weeks).toEqual({ min: 12, max: 12 });
  });

  it('Rotherham: referral by GP-led integrated case management; 8 to 16 weeks', () => {
    const rotherham = withArea(schemes.rotherhamSocialPrescribing, ['C87001']);
    expect(checkEligibility(rotherham, { registeredPractice: 'C87001' }, on('multidisciplinary-team')).decision).toBe('eligible');
    expect(checkEligibility(rotherham, { registeredPractice: 'C87001' }, on('gp-practice')).decision).toBe('ineligible');
    expect(rotherham.support?.weeks).toEqual({ min: 8, max: 16 });
  });
});

describe('NHS England link workers (nhse-splw-role-guidance.txt, sefton-splw-expression-of-interest.txt)', () => {
  const splw = withArea(schemes.nhsEnglandSplw, ['SEFTON-NORTH']);
  const person = { pcn: 'SEFTON-NORTH' };

  it('year one (2019/20) takes referrals from PCN members only', () => {
    expect(checkEligibility(splw, person, on('gp-practice', '2019-10-01')).decision).toBe('eligible');
    const vcse = checkEligibility(splw, person, on('vcse', '2019-10-01'));
    expect(vcse.decision).toBe('ineligible');
    expect(vcse.checks.checks[1]?.checks.map((c) => c.reason)).toEqual([
      'referred by vcse; the scheme takes referrals from gp-practice or pcn-staff (2019-07-01 to 2020-03-31)',
      "referred on 2019-10-01, outside this rule's dates (from 2020-04-01)",
    ]);
  });

  it('from 2020/21 a wide range of agencies and self-referral', () => {
    for (const source of ['vcse', 'self', 'police', 'fire-service', 'jobcentre', 'housing', 'community-pharmacy', 'gp-practice']) {
      expect(checkEligibility(splw, person, on(source, '2020-04-01')).decision).toBe('eligible');
    }
  });

  it('all ages, and 6 to 12 contacts', () => {
    expect(checkEligibility(splw, { ...person, age: 9 }, on('self')).decision).toBe('eligible');
    expect(checkEligibility(splw, { ...person, age: 97 }, on('self')).decision).toBe('eligible');
    expect(schemes.nhsEnglandSplw.support?.contacts).toEqual({ min: 6, max: 12 });
  });
});
