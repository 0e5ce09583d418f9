/**
 * The PCN link worker presets: Sefton's, from "Provision of a Social Prescribing Service
 * to Primary Care Networks: Expression of Interest – Stage 1" (Sefton CVS, 2019), and NHS
 * England's national model, from the same document's "Key actions ... (from National
 * Guidance)" and NHS England's role guidance as quoted by training hubs (bibliography:
 * docs/sources.md). Each test quotes the sentence its criterion rests on and checks the
 * decision and its reason. PCN ids here are illustrative.
 */
import { describe, expect, it } from 'vitest';
import { schemes, withArea, type EligibilityReferral } from '../../src/eligibility/index.js';
import { decide } from './eligibilityDecision.js';

const on = (source: string, referredOn: string): EligibilityReferral => ({ referredOn, source });

describe('Sefton (schemes.seftonSocialPrescribing)', () => {
  const sefton = withArea(schemes.seftonSocialPrescribing, ['SEFTON-BOOTLE', 'SEFTON-FORMBY']);
  const patient = { pcn: 'SEFTON-BOOTLE' };

  it('"7.5 Link Workers who will work across the 7 Primary Care Networks in Sefton": registered in one of the 7 PCNs, left to withArea', () => {
    expect(decide(sefton, patient, on('gp-practice', '2019-10-01')).decision).toBe('eligible');
    expect(decide(sefton, { pcn: 'KNOWSLEY-1' }, on('gp-practice', '2019-10-01'), 0).reason).toBe("in PCN KNOWSLEY-1, not one of the scheme's 2 PCNs");
    expect(decide(schemes.seftonSocialPrescribing, patient, on('gp-practice', '2019-10-01')).missing).toEqual(['scheme.area']);
    expect(schemes.seftonSocialPrescribing.workforce?.wte).toBe(7.5);
    expect(schemes.seftonSocialPrescribing.area).toContain('North, Central, Ainsdale and Birkdale, Formby, Crosby and Maghull, Seaforth and Litherland, Bootle');
  });

  it('"Referrals will come from PCN members within the first year": from July 2019 to March 2020, PCN members only', () => {
    expect(decide(sefton, patient, on('pcn-staff', '2019-07-01')).decision).toBe('eligible');
    expect(decide(sefton, patient, on('vcse', '2020-03-31'), 1, 0)).toEqual({
      decision: 'ineligible',
      reason: 'referred by vcse; the scheme takes referrals from gp-practice or pcn-staff (2019-07-01 to 2020-03-31)',
      missing: [],
    });
    expect(decide(sefton, patient, on('gp-practice', '2019-06-30'), 1)).toEqual({
      decision: 'ineligible',
      reason: 'none of 2 alternatives met',
      missing: [],
    });
  });

  it('"expanding from 2020/21 to take referrals from a wide range of agencies": every agency, but the document names no self-referral', () => {
    for (const source of ['vcse', 'police', 'fire-service', 'jobcentre', 'housing', 'community-pharmacy', 'local-authority', 'gp-practice']) {
      expect(decide(sefton, patient, on(source, '2020-04-01')).decision).toBe('eligible');
    }
    expect(decide(sefton, patient, on('self', '2021-05-10'), 1, 1).reason).toBe(
      'referred by self; the scheme takes referrals from gp-practice, pcn-staff, adult-social-care, hospital, hospital-discharge, gpimhs, multidisciplinary-team, community-pharmacy and 8 more (from 2020-04-01)',
    );
  });

  it('"between 6 – 12 contacts", "approximately 250 people throughout the year"; no age is stated, so none is required', () => {
    expect(schemes.seftonSocialPrescribing.support).toEqual({ contacts: { min: 6, max: 12 } });
    expect(schemes.seftonSocialPrescribing.caseload).toEqual({
      peoplePerWorkerPerYear: { min: 250, max: 250 },
      note: 'approximately 250 people throughout the year',
    });
    expect(decide(sefton, { ...patient, age: 11 }, on('gp-practice', '2022-01-10')).decision).toBe('eligible');
  });
});

describe('NHS England (schemes.nhsEnglandSplw)', () => {
  const splw = withArea(schemes.nhsEnglandSplw, ['PCN-1']);
  const person = { pcn: 'PCN-1' };

  it('"an all-age, whole population social prescribing approach": anyone in the PCN, at any age', () => {
    expect(decide(splw, { ...person, age: 9 }, on('self', '2021-01-04'), 2)).toEqual({ decision: 'eligible', reason: 'open to anyone', missing: [] });
    expect(decide(splw, { ...person, age: 97 }, on('self', '2021-01-04')).decision).toBe('eligible');
    expect(decide(splw, { pcn: 'PCN-2' }, on('self', '2021-01-04'), 0).reason).toBe("in PCN PCN-2, not one of the scheme's 1 PCN");
  });

  it('"Referrals will come from PCN members within the first year expanding from 2020/21": then "easy referral from all local agencies" and self-referral', () => {
    expect(decide(splw, person, on('vcse', '2019-10-01'), 1, 0).reason).toBe(
      'referred by vcse; the scheme takes referrals from gp-practice or pcn-staff (2019-07-01 to 2020-03-31)',
    );
    for (const source of ['vcse', 'self', 'police', 'hospital-discharge', 'allied-health-professional']) {
      expect(decide(splw, person, on(source, '2020-04-01')).decision).toBe('eligible');
    }
  });

  it('"on average over 6-12 contacts (including phone calls, meetings and home visits) with a typical caseload of 200- 250 people per year"', () => {
    expect(schemes.nhsEnglandSplw.support?.contacts).toEqual({ min: 6, max: 12 });
    expect(schemes.nhsEnglandSplw.caseload?.peoplePerWorkerPerYear).toEqual({ min: 200, max: 250 });
  });

  it('cites the training hubs\' pages by address, and the Sefton document and NHS England\'s questions and answers', () => {
    expect(schemes.nhsEnglandSplw.source?.map((c) => [c.publisher, c.url ?? null])).toEqual([
      ['Suffolk and North East Essex (SNEE) Training Hub, quoting NHS England', 'https://sneetraininghub.org.uk/social-prescriber'],
      ['Sefton CVS, for the Sefton social prescribing group', null],
      ['Surrey Training Hub, quoting NHS England', 'https://www.surreytraininghub.co.uk/Primary-Care-Roles/Social-Prescriber'],
      ['NHS England', 'https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/'],
    ]);
  });
});
