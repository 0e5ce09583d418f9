/**
 * The edges of the fhir module: measures the scorers cannot score, a message back with nothing
 * recorded yet, and the corners of reading FHIR written by other systems (class without a mode,
 * lengths in other units, requesters by type, cancelled and in-progress Gravity Tasks, several
 * ServiceRequests).
 */
import { describe, expect, it } from 'vitest';
import { messageBackToGp, referralFromFhir, referralToFhir, type FhirObservation } from '../../src/fhir/index.js';
import { computedScores } from '../../src/fhir/measures.js';
import { ReferralSchema } from '../../src/referrals/index.js';
import { errorOf } from '../support/errorOf.js';
import { gravityExample } from './fhirSchema.js';

const SR = 'ServiceRequest-SDOHCC-ServiceRequestActiveFoodPantryApplicationAssistExample';
const TASK = 'Task-SDOHCC-TaskReferralManagementOrderFulfillmentAcceptedExample';
const bundleOf = (...resources: Record<string, unknown>[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const on = (timepoint: 'baseline' | 'review' | 'exit', instrument: string, items?: number[], score?: number) => ({
  instrument,
  timepoint,
  on: '2025-04-09',
  ...(items !== undefined ? { items } : {}),
  ...(score !== undefined ? { score } : {}),
});

describe('computed scores', () => {
  it('are empty for measures the scorers cannot score, and for other instruments', () => {
    for (const measure of [
      on('baseline', 'swemwbs', undefined, 20),
      on('baseline', 'ons4', [4, 6, 8]),
      on('baseline', 'ons4', [4, 6, 8, 2, 5]),
      on('baseline', 'ons4', [4, 6, 8, 11]),
      on('baseline', 'ucla3', [1, 2]),
      on('baseline', 'mycaw', [3]),
      on('baseline', 'mycaw', [3, 7]),
      on('baseline', 'pam', [1, 2, 3]),
    ]) {
      expect(computedScores(ReferralSchema.parse({ id: 'R-1', referredOn: '2025-04-01', source: 'self', measures: [measure] }).measures[0]!), measure.instrument).toEqual([]);
    }
  });

  it('score one MYCaW concern, and write -0 as 0', () => {
    expect(computedScores({ instrument: 'mycaw', timepoint: 'baseline', on: '2025-04-09', items: [0, 0] })).toEqual([
      { name: 'MYCaW concerns score', value: 0, band: null },
      { name: 'MYCaW wellbeing score', value: 0, band: null },
      { name: 'MYCaW profile score', value: 0, band: null },
    ]);
    const bundle = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', measures: [on('exit', 'pam', [-0], -0)] });
    const observation = bundle.entry.at(-1)!.resource as FhirObservation;
    expect(Object.is(observation.valueQuantity!.value, 0)).toBe(true);
    expect(Object.is(observation.component![0]!.valueQuantity.value, 0)).toBe(true);
  });
});

describe('messageBackToGp with little recorded', () => {
  it('says so, line by line', () => {
    const message = messageBackToGp({ id: 'R-1', referredOn: '2025-04-01', source: 'self' }, { consentToShare: true, asOf: '2025-04-01' });
    expect(message.letter.split('\n').slice(4)).toEqual([
      'Referral: received 2025-04-01 from self; status referred.',
      'Contacts: 0 attended, 0 missed (below the expected 6 to 12).',
      'Needs and concerns: none recorded.',
      'Support offered: 0 onward referrals and 0 signposts, to 0 organisations.',
      'Plan: 0 goals.',
      'Assessments:',
      '- none recorded',
      '',
      'Codes to record:',
      '- none yet',
    ]);
    expect(message.content!.contacts).toEqual({ attended: 0, missed: 0, band: 'below', firstContactOn: null, lastContactOn: null, byMode: [] });
  });

  it('names one attended contact as first and last, and a reopened referral as not closed', () => {
    const message = messageBackToGp(
      {
        id: 'R-1',
        referredOn: '2025-04-01',
        source: 'self',
        events: [
          { type: 'closed', on: '2025-04-02', reason: 'other' },
          { type: 'reopened', on: '2025-04-05' },
        ],
        contacts: [{ on: '2025-04-06', mode: 'video', attended: true }],
      },
      { consentToShare: true, asOf: '2025-04-30' },
    );
    expect(message.content!.referral).toMatchObject({ status: 'engaged', closedOn: null, closeReason: null });
    expect(message.letter).toContain('Contacts: 1 attended, 0 missed (below the expected 6 to 12); first 2025-04-06, last 2025-04-06; video 1.');
  });
});

describe('referralFromFhir: FHIR from other systems', () => {
  const sr = () => ({ ...gravityExample(SR), authoredOn: '2020-09-01', requester: { display: 'vcse' } });
  const encounter = (changes: Record<string, unknown>) => ({
    resourceType: 'Encounter',
    status: 'finished',
    class: { code: 'AMB' },
    period: { start: '2025-04-09T10:00:00Z' },
    ...changes,
  });

  it('reads a contact mode from the class, minutes only in UCUM min, and attended from in-progress', () => {
    const referral = referralFromFhir(
      bundleOf(
        sr(),
        encounter({}),
        encounter({ class: { code: 'HH' }, status: 'in-progress', length: { value: 45, code: 'min' } }),
        encounter({ length: { value: 1, code: 'h' } }),
        encounter({ status: 'cancelled', type: [{ text: 'telephone' }], length: { value: 10 } }),
      ),
    );
    expect(referral.contacts).toEqual([
      { on: '2025-04-09', mode: 'face-to-face', attended: true },
      { on: '2025-04-09', mode: 'home-visit', minutes: 45, attended: true },
      { on: '2025-04-09', mode: 'face-to-face', attended: true },
      { on: '2025-04-09', mode: 'telephone', minutes: 10, attended: false },
    ]);
  });

  it('refuses a virtual contact with no mode: the class does not say which', () => {
    const error = errorOf(() => referralFromFhir(bundleOf(sr(), encounter({ class: { code: 'VR' } }))));
    expect(error).toEqual({ code: 'fhir/invalid-referral', issues: [{ path: ['referral', 'contacts', 0, 'mode'], message: expect.stringContaining('must be one of') }] });
  });

  it('reads observations: items by number, computed scores and components without a quantity left out, a missing timepoint refused', () => {
    const observation = {
      resourceType: 'Observation',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }, { text: 'review' }],
      code: { text: 'UCLA 3-item loneliness scale' },
      effectiveDateTime: '2025-05-01',
      component: [
        { code: { text: 'item 2' }, valueQuantity: { value: 2 } },
        { code: { text: 'item 1' }, valueQuantity: { value: 1 } },
        { code: { text: 'item 3' } },
        { code: { text: 'UCLA-3 total' }, valueQuantity: { value: 3 } },
        { code: { coding: [] }, valueQuantity: { value: 9 } },
      ],
    };
    expect(referralFromFhir(bundleOf(sr(), observation)).measures).toEqual([{ instrument: 'ucla3', timepoint: 'review', on: '2025-05-01', items: [1, 2] }]);
    const untimed = { ...observation, category: [] };
    expect(errorOf(() => referralFromFhir(bundleOf(sr(), untimed))).issues.map((issue) => issue.path)).toEqual([['referral', 'measures', 0, 'timepoint']]);
  });

  it('reads the source from the Task when the ServiceRequest has no requester, by reference type or type', () => {
    const bare: Record<string, unknown> = sr();
    delete bare['requester'];
    expect(referralFromFhir(bundleOf(bare, gravityExample(TASK))).source).toBe('professional');
    expect(referralFromFhir(bundleOf({ ...bare, requester: { type: 'Patient', display: 'Someone Named' } })).source).toBe('self');
    expect(referralFromFhir(bundleOf({ ...bare, requester: { display: 'a'.repeat(65) } }, gravityExample(TASK))).source).toBe('professional');
    expect(errorOf(() => referralFromFhir(bundleOf(bare))).issues).toEqual([{ path: ['referral', 'source'], message: 'is required' }]);
    expect(errorOf(() => referralFromFhir(bundleOf({ ...bare, requester: { reference: 'Device/d1' } }))).issues.map((issue) => issue.path)).toEqual([['referral', 'source']]);
  });

  it('reads in-progress and cancelled Gravity Tasks, and an owner that is not a practitioner', () => {
    const task = (changes: Record<string, unknown>) => ({ ...gravityExample(TASK), lastModified: '2025-04-20', ...changes });
    expect(referralFromFhir(bundleOf(sr(), task({ status: 'in-progress' }))).events).toEqual([{ type: 'accepted', on: '2025-04-20' }]);
    // A cancelled Task is the referrer withdrawing it: a cancel reason is kept, any other code reads as 'other'.
    expect(referralFromFhir(bundleOf(sr(), task({ status: 'cancelled', statusReason: { text: 'moved-away' } }))).events).toEqual([
      { type: 'cancelled', on: '2025-04-20', reason: 'other' },
    ]);
    expect(referralFromFhir(bundleOf(sr(), task({ status: 'cancelled', statusReason: { text: 'person-request' } }))).events).toEqual([
      { type: 'cancelled', on: '2025-04-20', reason: 'person-request' },
    ]);
    expect(referralFromFhir(bundleOf(sr(), task({ status: 'on-hold', lastModified: undefined, executionPeriod: { end: '2025-05-01' } }))).events).toEqual([
      { type: 'on-hold', on: '2020-09-11' },
    ]);
    expect(referralFromFhir(bundleOf(sr(), task({ owner: { type: 'Practitioner', identifier: { value: 'lw-9' } } }))).workerId).toBe('lw-9');
    expect(referralFromFhir(bundleOf(sr(), task({}))).workerId).toBeUndefined();
  });

  it('with several ServiceRequests, reads only the Encounters, Observations and Task versions of the one focused', () => {
    const written = referralToFhir({
      id: 'R-1',
      referredOn: '2025-04-01',
      source: 'self',
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: [{ on: '2025-04-03', mode: 'video', attended: true }],
    });
    const other = referralToFhir({ id: 'R-2', referredOn: '2025-04-01', source: 'self', contacts: [{ on: '2025-04-04', mode: 'text', attended: false }] });
    const mixed = { ...written, entry: [...written.entry, ...other.entry.filter((entry) => entry.resource.resourceType !== 'Task')] };
    const referral = referralFromFhir(JSON.parse(JSON.stringify(mixed)));
    expect(referral.id).toBe('R-1');
    expect(referral.contacts).toEqual([{ on: '2025-04-03', mode: 'video', attended: true }]);
    expect(referral.events).toEqual([{ type: 'accepted', on: '2025-04-02' }]);
  });

  it('reads goals from other systems by achievement code, then lifecycle, and refuses one with neither', () => {
    const goal = (changes: Record<string, unknown>) => ({ resourceType: 'Goal', lifecycleStatus: 'active', description: { text: 'Walk to the shops' }, startDate: '2020-09-20', ...changes });
    const read = (...goals: Record<string, unknown>[]) => referralFromFhir(bundleOf(sr(), ...goals)).goals;
    expect(
      read(
        goal({}),
        goal({ lifecycleStatus: 'proposed', description: { text: 'housing' } }),
        goal({ lifecycleStatus: 'completed', achievementStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'achieved' }] } }),
        goal({ lifecycleStatus: 'completed', achievementStatus: { coding: [{ code: 'improving' }, { code: 'not-achieved' }], text: 'Nearly there' } }),
      ),
    ).toEqual([
      { setOn: '2020-09-20', status: 'in-progress' },
      { setOn: '2020-09-20', status: 'set', need: 'housing' },
      { setOn: '2020-09-20', status: 'met' },
      { setOn: '2020-09-20', status: 'not-met' },
    ]);
    expect(errorOf(() => read(goal({ lifecycleStatus: 'cancelled' }))).issues.map((issue) => issue.path)).toEqual([['referral', 'goals', 0, 'status']]);
  });

  it('refuses an onward ServiceRequest with an intent it cannot read or no organisation', () => {
    const written = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', onward: [{ kind: 'referral', organisationId: 'org-1', on: '2025-04-02' }] });
    const bundle = JSON.parse(JSON.stringify(written)) as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry.at(-1)!.resource['intent'] = 'plan';
    bundle.entry.at(-1)!.resource['performer'] = [];
    expect(errorOf(() => referralFromFhir(bundle)).issues.map((issue) => issue.path)).toEqual([
      ['referral', 'onward', 0, 'kind'],
      ['referral', 'onward', 0, 'organisationId'],
    ]);
  });

  it('orders Task versions by versionId, wherever they are in the bundle', () => {
    const written = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'on-hold', on: '2025-04-03' }] });
    const reversed = { ...written, entry: [...written.entry].reverse() };
    expect(referralFromFhir(JSON.parse(JSON.stringify(reversed))).events).toEqual([
      { type: 'accepted', on: '2025-04-02' },
      { type: 'on-hold', on: '2025-04-03' },
    ]);
  });
});
