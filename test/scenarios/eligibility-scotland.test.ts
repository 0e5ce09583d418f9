/**
 * The three Scottish presets against their case studies in "What is a Community Link
 * Worker? Paper 2" (last updated August 2018; bibliography: docs/sources.md). Each test
 * quotes the sentence its criterion rests on and checks the decision and its reason.
 *
 * The paper says all its models are "Accessible to the whole practice population", so
 * each preset states `anyone` within its practices; practice codes here are illustrative.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, schemes, withArea, type Scheme } from '../../src/eligibility/index.js';
import { decide, on } from './eligibilityDecision.js';

const citation = (scheme: Scheme) => scheme.source?.map((c) => [c.title, c.date, c.section]);

describe('Community Link Workers Dundee HSCP Case Study (schemes.dundeeCommunityLinkWorker)', () => {
  const dundee = withArea(schemes.dundeeCommunityLinkWorker, ['DUNDEE-1', 'DUNDEE-2']);

  it('"CLW are embedded, in those GP practices which have higher than average proportion of deprived patients across the localities."', () => {
    expect(decide(dundee, { registeredPractice: 'DUNDEE-2' }, on('gp-practice')).decision).toBe('eligible');
    expect(decide(dundee, { registeredPractice: 'DUNDEE-9' }, on('gp-practice'), 0)).toEqual({
      decision: 'ineligible',
      reason: "registered with practice DUNDEE-9, not one of the scheme's 2 practices",
      missing: [],
    });
    expect(decide(schemes.dundeeCommunityLinkWorker, { registeredPractice: 'DUNDEE-2' }, on('gp-practice')).missing).toEqual(['scheme.area']);
  });

  it('"Accessible to the whole practice population": any age, any need', () => {
    for (const person of [{ age: 19 }, { age: 67, conditions: [] }, { age: 35, conditions: ['depression'] }]) {
      expect(decide(dundee, { registeredPractice: 'DUNDEE-1', ...person }, on('gp-practice'), 1)).toEqual({
        decision: 'eligible',
        reason: 'open to anyone',
        missing: [],
      });
    }
  });

  it('"Patients are referred by practice staff to the CLW"', () => {
    expect(decide(dundee, { registeredPractice: 'DUNDEE-1' }, on('self'), 2)).toEqual({
      decision: 'ineligible',
      reason: 'referred by self; the scheme takes referrals from gp-practice',
      missing: [],
    });
  });

  it('"agree a plan of action which together they regularly review", "support patients until appropriate services become available"', () => {
    expect(schemes.dundeeCommunityLinkWorker.support).toEqual({
      note: 'a plan of action reviewed together regularly; support until appropriate services become available',
    });
    expect(citation(schemes.dundeeCommunityLinkWorker)).toEqual([
      ['What is a Community Link Worker? Paper 2', 'last updated August 2018', 'Community Link Workers Dundee HSCP Case Study'],
    ]);
  });
});

describe('Therapeutic Link Workers (NHS Shetland) Case Study (schemes.shetlandTherapeuticLinkWorker)', () => {
  const shetland = withArea(schemes.shetlandTherapeuticLinkWorker, ['LERWICK-HC', 'YELL-HC']);

  it('"Link Workers offer support to any one in their practice area who needs it."', () => {
    expect(decide(shetland, { registeredPractice: 'YELL-HC', age: 15 }, on(), 1)).toEqual({
      decision: 'eligible',
      reason: 'open to anyone',
      missing: [],
    });
    expect(checkEligibility(shetland, { registeredPractice: 'YELL-HC' }, on()).checks.checks[1]?.label).toBe('anyone in the practice area who needs it');
    expect(decide(shetland, { registeredPractice: 'ORKNEY-1' }, on(), 0).reason).toBe("registered with practice ORKNEY-1, not one of the scheme's 2 practices");
  });

  it('"The majority of referrals come through local GP practices; however some come from schools": no route is required', () => {
    for (const referral of [on('gp-practice'), on('school'), on('self'), on()]) {
      expect(decide(shetland, { registeredPractice: 'LERWICK-HC' }, referral).decision).toBe('eligible');
    }
  });

  it('"They arrange to see them at whatever venue is most appropriate; this may be school, workplace, or within Lerwick"', () => {
    expect(schemes.shetlandTherapeuticLinkWorker.support?.note).toBe('seen at whatever venue is most appropriate: school, workplace, or Lerwick');
  });
});

describe('Specialist Link Workers Edinburgh HSCP Case Study (schemes.edinburghSpecialistLinkWorker)', () => {
  const edinburgh = withArea(schemes.edinburghSpecialistLinkWorker, ['EDIN-1']);

  it('"These specialists are Welfare Rights Advisors embedded in general practice.": the practices that host one, left to withArea', () => {
    expect(decide(edinburgh, { registeredPractice: 'EDIN-1' }, on()).decision).toBe('eligible');
    expect(decide(edinburgh, { registeredPractice: 'EDIN-2' }, on(), 0).reason).toBe("registered with practice EDIN-2, not one of the scheme's 1 practice");
  });

  it('"Accessible to the whole practice population"; the case study names no referral route, so none is required', () => {
    for (const referral of [on('gp-practice'), on('self'), on()]) {
      expect(decide(edinburgh, { registeredPractice: 'EDIN-1', age: 80 }, referral, 1)).toEqual({
        decision: 'eligible',
        reason: 'open to anyone',
        missing: [],
      });
    }
  });

  it('"The Advisors are based in the practice approximately one session a week.", "the patient sees the same worker throughout the entire process"', () => {
    expect(schemes.edinburghSpecialistLinkWorker.workforce).toEqual({ note: 'based in the practice approximately one session a week' });
    expect(schemes.edinburghSpecialistLinkWorker.support).toEqual({ note: 'case management: the patient sees the same worker throughout the entire process' });
    expect(schemes.edinburghSpecialistLinkWorker.description).toContain('income maximisation, debt resolution, housing problems and employability support');
  });
});
