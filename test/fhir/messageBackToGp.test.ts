/**
 * messageBackToGp: the PRSB message back to the GP and referrer: codes only without consent, the
 * structured content and letter with it, what `asOf` leaves out, and what the letter never holds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { messageBackToGp, type MessageBack } from '../../src/fhir/index.js';
import { codeEvents, ReferralSchema, type ReferralInput } from '../../src/referrals/index.js';
import { fullReferral } from '../bad-input/fixtures.js';
import { BIRTH_DATE, NHS_COMPACT, NHS_SPACED } from '../bad-input/hostile.js';
import { errorOf } from '../support/errorOf.js';

const referral = () => ({ ...fullReferral(), id: 'R-0001', pcn: 'north', schemeId: 'splw', workerId: 'lw-1' });

describe('messageBackToGp without consent to share', () => {
  // Built in beforeEach, not in the describe body: mutation testing switches a mutant on only once tests start.
  let message: MessageBack;
  beforeEach(() => {
    message = messageBackToGp(referral(), { consentToShare: false, asOf: '2025-06-30' });
  });

  it('carries the SNOMED CT codes only', () => {
    expect(message.content).toBeNull();
    expect(message.codes).toEqual([
      { system: 'http://snomed.info/sct', code: '871731000000106', term: 'Referral to social prescribing service (procedure)', on: '2025-04-03' },
      { system: 'http://snomed.info/sct', code: '871711000000103', term: 'Social prescribing declined (situation)', on: '2025-05-21' },
    ]);
    expect(message.letter).toBe(
      [
        'Social prescribing: message back to the GP and referrer',
        'Reference: R-0001',
        'Written: 2025-06-30',
        'The person has not consented to share information: this message carries the codes to record only.',
        '',
        'Codes to record:',
        '- 871731000000106 Referral to social prescribing service (procedure), 2025-04-03',
        '- 871711000000103 Social prescribing declined (situation), 2025-05-21',
      ].join('\n'),
    );
  });

  it('gives the codes of codeEvents up to asOf', () => {
    const early = messageBackToGp(referral(), { consentToShare: false, asOf: '2025-05-01' });
    expect(early.codes.map((code) => code.code)).toEqual(['871731000000106']);
    expect(messageBackToGp(referral(), { consentToShare: false, asOf: '2025-04-01' }).letter.endsWith('Codes to record:\n- none yet')).toBe(true);
    expect(message.codes.map(({ code, term, on }) => ({ code, term, on }))).toEqual(
      codeEvents(ReferralSchema.parse(referral())).map(({ code, term, on }) => ({ code, term, on })),
    );
  });
});

describe('messageBackToGp: what asOf keeps', () => {
  // Dated on asOf: kept. Dated after it: left out. Contacts out of order, and a missed one first.
  const dated = (): ReferralInput => ({
    id: 'R-0002',
    referredOn: '2025-04-01',
    source: 'self',
    events: [
      { type: 'accepted', on: '2025-04-02' },
      { type: 'closed', on: '2025-05-02', reason: 'goals-met' },
    ],
    contacts: [
      { on: '2025-04-16', mode: 'telephone', attended: true },
      { on: '2025-04-05', mode: 'telephone', attended: false },
      { on: '2025-04-09', mode: 'face-to-face', attended: true },
      { on: '2025-05-02', mode: 'telephone', attended: true },
    ],
    onward: [
      { kind: 'referral', organisationId: 'org-a', on: '2025-04-10' },
      { kind: 'signpost', organisationId: 'org-b', activityId: 'walk', on: '2025-05-01' },
      { kind: 'referral', organisationId: 'org-c', on: '2025-05-02' },
    ],
    measures: [
      { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-05-01', score: 19.25 },
      { instrument: 'swemwbs', timepoint: 'exit', on: '2025-05-02', score: 23.21 },
    ],
    goals: [
      { setOn: '2025-05-01', status: 'met' },
      { setOn: '2025-05-02', status: 'not-met', need: 'housing' },
    ],
  });

  it('keeps what is dated on asOf and leaves out what comes after it', () => {
    const content = messageBackToGp(dated(), { consentToShare: true, asOf: '2025-05-01' }).content!;
    expect(content.referral).toMatchObject({ status: 'engaged', closedOn: null, closeReason: null, schemeId: null, pcn: null });
    expect(content.contacts).toMatchObject({ attended: 2, missed: 1, firstContactOn: '2025-04-09', lastContactOn: '2025-04-16' });
    expect(content.contacts.byMode).toEqual([
      { mode: 'face-to-face', attended: 1 },
      { mode: 'telephone', attended: 1 },
    ]);
    expect(content.support).toEqual({
      referrals: 1,
      signposts: 1,
      organisations: 2,
      entries: [
        { kind: 'referral', organisationId: 'org-a', activityId: null, on: '2025-04-10' },
        { kind: 'signpost', organisationId: 'org-b', activityId: 'walk', on: '2025-05-01' },
      ],
    });
    expect(content.assessments.map((assessment) => [assessment.timepoint, assessment.on])).toEqual([['baseline', '2025-05-01']]);
    expect(content.plan).toEqual({ goals: [{ setOn: '2025-05-01', status: 'met', need: null }], met: 1 });
  });

  it('a day later, counts the close, the last contact, the second referral and the unmet goal', () => {
    const message = messageBackToGp(dated(), { consentToShare: true, asOf: '2025-05-02' });
    const content = message.content!;
    expect(content.referral).toMatchObject({ status: 'closed', closedOn: '2025-05-02', closeReason: 'goals-met' });
    expect(content.contacts).toMatchObject({ attended: 3, lastContactOn: '2025-05-02' });
    expect([content.support.referrals, content.support.signposts, content.support.organisations]).toEqual([2, 1, 3]);
    expect(content.plan.met).toBe(1);
    expect(message.letter).toContain('status closed on 2025-05-02 (goals-met).');
    expect(message.letter).toContain('Plan: 2 goals (goal met; housing not met).');
    expect(message.letter).toContain('Support offered: 2 onward referrals and 1 signpost, to 3 organisations.');
  });
});

describe('messageBackToGp: a close, a reopening and a second close', () => {
  it('names the close dated up to asOf, not a later one', () => {
    const twice: ReferralInput = {
      id: 'R-0003',
      referredOn: '2025-04-01',
      source: 'self',
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-04-10', reason: 'goals-met' },
        { type: 'reopened', on: '2025-05-01' },
        { type: 'closed', on: '2025-05-20', reason: 'moved-away' },
      ],
    };
    expect(messageBackToGp(twice, { consentToShare: true, asOf: '2025-04-20' }).content!.referral).toMatchObject({ status: 'closed', closedOn: '2025-04-10', closeReason: 'goals-met' });
    expect(messageBackToGp(twice, { consentToShare: true, asOf: '2025-05-20' }).content!.referral).toMatchObject({ status: 'closed', closedOn: '2025-05-20', closeReason: 'moved-away' });
  });

  it('gives a code dated on asOf itself', () => {
    expect(messageBackToGp(referral(), { consentToShare: false, asOf: '2025-04-03' }).codes).toEqual([
      { system: 'http://snomed.info/sct', code: '871731000000106', term: 'Referral to social prescribing service (procedure)', on: '2025-04-03' },
    ]);
  });
});

describe('messageBackToGp with consent to share', () => {
  let message: MessageBack;
  beforeEach(() => {
    message = messageBackToGp(referral(), { consentToShare: true, asOf: '2025-06-30' });
  });

  it('holds every PRSB section the library can fill', () => {
    expect(message.content).toEqual({
      referral: {
        referredOn: '2025-04-01',
        source: 'gp-practice',
        schemeId: 'splw',
        pcn: 'north',
        status: 'closed',
        closedOn: '2025-06-30',
        closeReason: 'declined-further-support',
      },
      contacts: {
        attended: 6,
        missed: 1,
        band: 'within',
        firstContactOn: '2025-04-09',
        lastContactOn: '2025-04-15',
        byMode: [
          { mode: 'email', attended: 1 },
          { mode: 'face-to-face', attended: 1 },
          { mode: 'group', attended: 1 },
          { mode: 'home-visit', attended: 1 },
          { mode: 'telephone', attended: 1 },
          { mode: 'text', attended: 1 },
        ],
      },
      needs: ['housing', 'social-isolation', 'money-and-debt'],
      support: {
        referrals: 1,
        signposts: 1,
        organisations: 2,
        entries: [
          { kind: 'signpost', organisationId: `org-${NHS_COMPACT}`, activityId: null, on: '2025-04-16' },
          { kind: 'referral', organisationId: 'org-2', activityId: 'act-7', on: '2025-04-17' },
        ],
      },
      assessments: [
        {
          instrument: 'swemwbs',
          name: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
          timepoint: 'baseline',
          on: '2025-04-09',
          score: null,
          scores: [
            { name: 'SWEMWBS total (raw score)', value: 19, band: null },
            { name: 'SWEMWBS metric score', value: 17.98, band: null },
          ],
        },
        { instrument: 'swemwbs', name: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)', timepoint: 'exit', on: '2025-06-30', score: 23.21, scores: [] },
        {
          instrument: 'ons4',
          name: 'ONS4 personal wellbeing',
          timepoint: 'baseline',
          on: '2025-04-09',
          score: null,
          scores: [
            { name: 'ONS4 life satisfaction', value: 4, band: 'low' },
            { name: 'ONS4 worthwhile', value: 6, band: 'medium' },
            { name: 'ONS4 happiness yesterday', value: 8, band: 'high' },
            { name: 'ONS4 anxiety yesterday', value: 1, band: 'very-low' },
          ],
        },
        { instrument: 'ucla3', name: 'UCLA 3-item loneliness scale', timepoint: 'review', on: '2025-05-01', score: null, scores: [{ name: 'UCLA-3 total', value: 5, band: null }] },
        {
          instrument: 'mycaw',
          name: 'Measure Yourself Concerns and Wellbeing (MYCaW)',
          timepoint: 'exit',
          on: '2025-06-30',
          score: null,
          scores: [
            { name: 'MYCaW concerns score', value: 4, band: null },
            { name: 'MYCaW wellbeing score', value: 4, band: null },
            { name: 'MYCaW profile score', value: 4, band: null },
          ],
        },
        { instrument: 'pam', name: 'pam', timepoint: 'exit', on: '2025-06-30', score: 62.5, scores: [] },
      ],
      plan: {
        goals: [
          { setOn: '2025-04-09', status: 'met', need: 'housing' },
          { setOn: '2025-04-10', status: 'partly-met', need: null },
        ],
        met: 1,
      },
    });
  });

  it('writes the letter from codes, dates, vocabularies and counts', () => {
    expect(message.letter).toMatchInlineSnapshot(`
      "Social prescribing: message back to the GP and referrer
      Reference: R-0001
      Written: 2025-06-30

      Referral: received 2025-04-01 from gp-practice; status closed on 2025-06-30 (declined-further-support).
      Contacts: 6 attended, 1 missed (within the expected 6 to 12); first 2025-04-09, last 2025-04-15; email 1, face-to-face 1, group 1, home-visit 1, telephone 1, text 1.
      Needs and concerns: housing, social-isolation, money-and-debt.
      Support offered: 1 onward referral and 1 signpost, to 2 organisations.
      Plan: 2 goals (housing met; goal partly met).
      Assessments:
      - Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS), baseline, 2025-04-09: SWEMWBS total (raw score) 19; SWEMWBS metric score 17.98
      - Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS), exit, 2025-06-30: score 23.21
      - ONS4 personal wellbeing, baseline, 2025-04-09: ONS4 life satisfaction 4 (low); ONS4 worthwhile 6 (medium); ONS4 happiness yesterday 8 (high); ONS4 anxiety yesterday 1 (very-low)
      - UCLA 3-item loneliness scale, review, 2025-05-01: UCLA-3 total 5
      - Measure Yourself Concerns and Wellbeing (MYCaW), exit, 2025-06-30: MYCaW concerns score 4; MYCaW wellbeing score 4; MYCaW profile score 4
      - pam, exit, 2025-06-30: score 62.5

      Codes to record:
      - 871731000000106 Referral to social prescribing service (procedure), 2025-04-03
      - 871711000000103 Social prescribing declined (situation), 2025-05-21"
    `);
  });

  it('never puts the ids of schemes, PCNs, workers, practices or organisations in the letter', () => {
    const hostile = {
      ...referral(),
      pcn: `PCN ${NHS_SPACED}`,
      schemeId: `scheme ${BIRTH_DATE}`,
      workerId: `worker ${NHS_COMPACT}`,
      practiceCode: `P${NHS_COMPACT}`,
      person: { birthYear: 1961, sex: 'female' },
    };
    const letter = messageBackToGp(hostile, { consentToShare: true, asOf: '2025-06-30' }).letter;
    for (const secret of [NHS_SPACED, NHS_COMPACT, BIRTH_DATE, '1961', 'female', 'org-']) expect(letter).not.toContain(secret);
  });

  it('leaves out what happened after asOf', () => {
    const early = messageBackToGp(referral(), { consentToShare: true, asOf: '2025-04-12' }).content!;
    expect(early.referral).toMatchObject({ status: 'engaged', closedOn: null, closeReason: null });
    expect(early.contacts).toMatchObject({ attended: 3, missed: 1, band: 'below', lastContactOn: '2025-04-12' });
    expect(early.support.entries).toEqual([]);
    expect(early.assessments.map((assessment) => assessment.instrument)).toEqual(['swemwbs', 'ons4']);
    expect(early.plan.goals).toHaveLength(2);
  });

  it('marks items a scorer refuses as not scored', () => {
    const odd = { ...referral(), measures: [{ instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 7] }] };
    expect(messageBackToGp(odd, { consentToShare: true, asOf: '2025-06-30' }).letter).toContain('- UCLA 3-item loneliness scale, baseline, 2025-04-09: items recorded, not scored');
  });
});

describe('messageBackToGp: bad input', () => {
  it('refuses missing consent, a bad date, unknown keys and asOf before the referral', () => {
    expect(errorOf(() => messageBackToGp(referral(), { asOf: '2025-02-30' } as never))).toEqual({
      code: 'fhir/invalid-options',
      issues: [
        { path: ['consentToShare'], message: 'is required' },
        { path: ['asOf'], message: 'must be a real calendar date written YYYY-MM-DD' },
      ],
    });
    expect(errorOf(() => messageBackToGp(referral(), { consentToShare: true, asOf: '2025-03-31' }))).toEqual({
      code: 'fhir/invalid-options',
      issues: [{ path: ['asOf'], message: 'must not be before the referral date' }],
    });
    expect(errorOf(() => messageBackToGp(referral(), undefined as never)).code).toBe('fhir/invalid-options');
  });

  it('refuses an invalid referral', () => {
    expect(errorOf(() => messageBackToGp({ ...referral(), id: NHS_SPACED }, { consentToShare: true, asOf: '2025-06-30' }))).toEqual({
      code: 'fhir/invalid-referral',
      issues: [{ path: ['id'], message: 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit' }],
    });
  });
});
