/**
 * referralToFhir: every bundle validates against the official HL7 FHIR R4 JSON Schema (property over
 * generated referrals, and a referral with every kind of event, contact mode and measure), the Gravity
 * SDOH referral Task shape, the codes written, deterministic ids and what is never written, the exact
 * bundle of a referral with little recorded, and the status and executionPeriod of each Task version.
 */
import fc from 'fast-check';
import { describe, expect, it, beforeEach } from 'vitest';
import { referralToFhir, type FhirBundle, type FhirEncounter, type FhirGoal, type FhirObservation, type FhirServiceRequest, type FhirTask } from '../../src/fhir/index.js';
import { ReferralSchema, type Referral } from '../../src/referrals/index.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { exampleBlocks } from '../../scripts/exchange-example.js';
import { errorOf } from '../support/errorOf.js';
import { fullReferral } from '../bad-input/fixtures.js';
import { arbitraryFullReferral } from './arbitraries.js';
import { fhirValidator, gravityExample } from './fhirSchema.js';

const validate = fhirValidator(); // compiled once for the file (seconds)

const full = (): Referral => ReferralSchema.parse(fullReferral());

function resources<T>(bundle: FhirBundle, type: string): T[] {
  return bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === type) as T[];
}

describe('the FHIR R4 JSON Schema loader', () => {
  it('accepts the Gravity SDOH examples and refuses a Task with an unknown status or element', () => {
    for (const name of [
      'ServiceRequest-SDOHCC-ServiceRequestActiveFoodPantryApplicationAssistExample',
      'Task-SDOHCC-TaskReferralManagementOrderFulfillmentAcceptedExample',
      'Task-SDOHCC-TaskReferralManagementOrderFulfillmentCompletedExample',
    ]) {
      expect(validate(gravityExample(name)), name).toEqual([]);
    }
    const task = gravityExample('Task-SDOHCC-TaskReferralManagementOrderFulfillmentAcceptedExample');
    expect(validate({ ...task, status: 'finished' })).toEqual(['/status must be equal to one of the allowed values']);
    expect(validate({ ...task, patient: { reference: 'Patient/1' } })).toEqual([' must NOT have additional properties']);
    expect(validate({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { ...task, status: 'finished' } }] })).not.toEqual([]);
  });
});

describe('referralToFhir: valid FHIR R4', () => {
  it('a referral with every kind of event, contact mode and measure gives a valid bundle, and each resource is valid alone', () => {
    const bundle = referralToFhir(full(), { patientId: 'P-7f3a', identifierSystem: 'https://referrals.example.org/id' });
    expect(validate(bundle)).toEqual([]);
    for (const entry of bundle.entry) expect(validate(entry.resource), entry.resource.id).toEqual([]);
    const types = bundle.entry.map((entry) => entry.resource.resourceType);
    expect(types.filter((type) => type === 'Task')).toHaveLength(9); // the referral and eight events
    expect(types.filter((type) => type === 'Encounter')).toHaveLength(7);
    expect(types.filter((type) => type === 'Observation')).toHaveLength(6);
    expect(types.filter((type) => type === 'Goal')).toHaveLength(2);
    expect(types.filter((type) => type === 'ServiceRequest')).toHaveLength(3); // the referral and two onward connections
  });

  it('the bundle the Exchanging data guide shows validates', () => {
    const json = /^```json\n([\s\S]*)\n```$/.exec(exampleBlocks()['bundle']!)![1]!;
    expect(validate(JSON.parse(json))).toEqual([]);
  });

  it('every bundle of generated referrals validates (property)', () => {
    fc.assert(
      fc.property(arbitraryFullReferral, (referral) => {
        expect(validate(referralToFhir(referral))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('every bundle of synthetic referrals validates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        for (const referral of generateReferrals({ count: 5, seed, from: '2025-01-01', to: '2025-12-31', pcns: ['north', 'south'] })) {
          expect(validate(referralToFhir(referral))).toEqual([]);
        }
      }),
      { numRuns: 8 },
    );
  });
});

describe('referralToFhir: the resources', () => {
  // Built in beforeEach, not in the describe body: mutation testing switches a mutant on only once tests start.
  let bundle: ReturnType<typeof referralToFhir>;
  let serviceRequest: FhirServiceRequest | undefined;
  let tasks: FhirTask[];
  let current: FhirTask;
  beforeEach(() => {
    bundle = referralToFhir(full(), { patientId: 'P-7f3a', identifierSystem: 'https://referrals.example.org/id' });
    [serviceRequest] = resources<FhirServiceRequest>(bundle, 'ServiceRequest');
    tasks = resources<FhirTask>(bundle, 'Task');
    current = tasks.at(-1)!;
  });

  it('is a collection bundle with ids derived from the referral id', () => {
    expect(bundle.type).toBe('collection');
    expect(bundle.id).toBe(full().id);
    expect(serviceRequest!.id).toBe(`${full().id}-service-request`);
    expect(resources<FhirEncounter>(bundle, 'Encounter').map((encounter) => encounter.id)).toEqual(
      Array.from({ length: 7 }, (_, i) => `${full().id}-contact-${i + 1}`),
    );
    expect(referralToFhir(full())).toEqual(referralToFhir(full()));
    const long = referralToFhir({ ...full(), id: 'referral 1/2' });
    expect(long.id).toMatch(/^sp-[0-9a-f]{16}$/);
    expect(referralToFhir({ ...full(), id: 'referral 1/3' }).id).not.toBe(long.id);
  });

  it('the ServiceRequest: SNOMED CT referral code, identifier, authoredOn, requester, performers, needs as reasons', () => {
    expect(serviceRequest).toEqual({
      resourceType: 'ServiceRequest',
      id: `${full().id}-service-request`,
      identifier: [{ system: 'https://referrals.example.org/id', value: full().id }],
      status: 'completed',
      intent: 'order',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service (procedure)' }] },
      subject: { reference: 'Patient/P-7f3a' },
      authoredOn: '2025-04-01',
      requester: { display: 'gp-practice' },
      performer: [
        { type: 'HealthcareService', identifier: { value: 'scheme-9434765919' } },
        { type: 'Organization', identifier: { value: 'PCN 943 476 5919' } },
      ],
      reasonCode: [{ text: 'housing' }, { text: 'social-isolation' }, { text: 'money-and-debt' }],
    });
  });

  it('a self-referral names the patient as requester', () => {
    const self = resources<FhirServiceRequest>(referralToFhir({ ...full(), source: 'self' }), 'ServiceRequest')[0]!;
    expect(self.requester).toEqual({ reference: `Patient/${full().id}`, display: 'self' });
  });

  it('the Task follows the Gravity referral pattern: intent order, code fulfill, focus the ServiceRequest', () => {
    const gravity = gravityExample('Task-SDOHCC-TaskReferralManagementOrderFulfillmentCompletedExample');
    for (const task of tasks) {
      expect(task.intent).toBe(gravity['intent']);
      expect(task.code).toEqual(gravity['code']);
      expect(task.focus).toEqual({ reference: `ServiceRequest/${serviceRequest!.id}` });
      expect(task.for).toEqual({ reference: 'Patient/P-7f3a' });
      expect(task.owner).toEqual({ type: 'Practitioner', identifier: { value: 'worker 1961-02-14' } });
    }
  });

  it('one Task version per event, with the status of that day, businessStatus, lastModified and statusReason', () => {
    expect(tasks.map((task) => [task.meta.versionId, task.status, task.businessStatus.text, task.lastModified, task.statusReason?.text ?? null])).toEqual([
      ['1', 'requested', 'referred', '2025-04-01', null],
      ['2', 'failed', 'unable-to-contact', '2025-04-02', 'no-reply-to-three-calls'],
      ['3', 'accepted', 'accepted', '2025-04-03', null],
      ['4', 'on-hold', 'on-hold', '2025-04-20', 'in-hospital'],
      ['5', 'in-progress', 'accepted', '2025-04-27', null],
      ['6', 'completed', 'closed', '2025-05-14', 'goals-met'],
      ['7', 'in-progress', 'reopened', '2025-05-20', null],
      ['8', 'rejected', 'declined', '2025-05-21', 'declined'],
      ['9', 'completed', 'closed', '2025-06-30', 'declined-further-support'],
    ]);
  });

  it('statusReason is given for rejected, on-hold and failed even when the event has no reason', () => {
    const declined = referralToFhir({ ...full(), events: [{ type: 'declined', on: '2025-04-02' }], contacts: [] });
    expect(resources<FhirTask>(declined, 'Task').at(-1)).toMatchObject({ status: 'rejected', statusReason: { text: 'declined' } });
    const held = referralToFhir({ ...full(), events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'on-hold', on: '2025-04-03' }], contacts: [] });
    expect(resources<FhirTask>(held, 'Task').at(-1)).toMatchObject({ status: 'on-hold', statusReason: { text: 'on-hold' } });
    const failed = referralToFhir({ ...full(), events: [{ type: 'unable-to-contact', on: '2025-04-02' }], contacts: [] });
    expect(resources<FhirTask>(failed, 'Task').at(-1)).toMatchObject({ status: 'failed', statusReason: { text: 'unable-to-contact' } });
    expect(resources<FhirServiceRequest>(held, 'ServiceRequest')[0]!.status).toBe('on-hold');
    expect(resources<FhirServiceRequest>(declined, 'ServiceRequest')[0]!.status).toBe('revoked');
  });

  it('the current Task has the executionPeriod of its episode and, completed, an output per attended Encounter', () => {
    expect(current.executionPeriod).toEqual({ start: '2025-05-20', end: '2025-06-30' });
    expect(current.output).toEqual(
      [1, 2, 4, 5, 6, 7].map((n) => ({
        type: { coding: [{ system: 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes', code: 'resulting-activity', display: 'Resulting Activity' }] },
        valueReference: { reference: `Encounter/${full().id}-contact-${n}` },
      })),
    );
    expect(tasks.slice(0, -1).every((task) => task.output === undefined && task.executionPeriod === undefined)).toBe(true);
  });

  it('an attended contact after the last event makes the current Task in-progress', () => {
    const engaged = referralToFhir({
      ...full(),
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }],
    });
    expect(resources<FhirTask>(engaged, 'Task').map((task) => task.status)).toEqual(['requested', 'in-progress']);
    expect(resources<FhirTask>(engaged, 'Task').at(-1)!.executionPeriod).toEqual({ start: '2025-04-02' });
  });

  it('an Encounter per contact: status, class, mode, period and length', () => {
    const encounters = resources<FhirEncounter>(bundle, 'Encounter');
    expect(encounters.map((encounter) => [encounter.status, encounter.class.code, encounter.type[0]!.text, encounter.period.start, encounter.length?.value ?? null])).toEqual([
      ['finished', 'VR', 'telephone', '2025-04-09', 30],
      ['finished', 'AMB', 'face-to-face', '2025-04-10', 45],
      ['cancelled', 'VR', 'video', '2025-04-11', null],
      ['finished', 'HH', 'home-visit', '2025-04-12', 60],
      ['finished', 'AMB', 'group', '2025-04-13', null],
      ['finished', 'VR', 'text', '2025-04-14', null],
      ['finished', 'VR', 'email', '2025-04-15', null],
    ]);
    expect(encounters[0]).toMatchObject({
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' },
      length: { value: 30, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
      basedOn: [{ reference: `ServiceRequest/${serviceRequest!.id}` }],
    });
  });

  it('an Observation per measure: instrument as text, timepoint, recorded score, items and the scorers\' scores', () => {
    const observations = resources<FhirObservation>(bundle, 'Observation');
    const shown = observations.map((o) => [
      o.code.text,
      o.category[1]!.text,
      o.effectiveDateTime,
      o.valueQuantity?.value ?? null,
      (o.component ?? []).map((c) => `${c.code.text}=${c.valueQuantity.value}`),
    ]);
    expect(shown).toEqual([
      ['Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)', 'baseline', '2025-04-09', null,
        ['item 1=3', 'item 2=3', 'item 3=2', 'item 4=3', 'item 5=3', 'item 6=2', 'item 7=3', 'SWEMWBS total (raw score)=19', 'SWEMWBS metric score=17.98']],
      ['Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)', 'exit', '2025-06-30', 23.21, []],
      ['ONS4 personal wellbeing', 'baseline', '2025-04-09', null,
        ['item 1=4', 'item 2=6', 'item 3=8', 'item 4=1', 'ONS4 life satisfaction=4', 'ONS4 worthwhile=6', 'ONS4 happiness yesterday=8', 'ONS4 anxiety yesterday=1']],
      ['UCLA 3-item loneliness scale', 'review', '2025-05-01', null, ['item 1=2', 'item 2=2', 'item 3=1', 'UCLA-3 total=5']],
      ['Measure Yourself Concerns and Wellbeing (MYCaW)', 'exit', '2025-06-30', null,
        ['item 1=5', 'item 2=3', 'item 3=4', 'MYCaW concerns score=4', 'MYCaW wellbeing score=4', 'MYCaW profile score=4']],
      ['pam', 'exit', '2025-06-30', 62.5, []],
    ]);
    for (const observation of observations) {
      expect(observation.code.coding).toBeUndefined(); // no verified code for these instruments
      expect(observation.category[0]).toEqual({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] });
    }
  });

  it('a Goal per goal, addressing the ServiceRequest, with its status as text and a goal-achievement code where FHIR has one', () => {
    const goals = resources<FhirGoal>(
      referralToFhir({
        ...full(),
        goals: [
          { setOn: '2025-04-09', status: 'met', need: 'housing' },
          { setOn: '2025-04-10', status: 'partly-met' },
          { setOn: '2025-04-11', status: 'set' },
          { setOn: '2025-04-12', status: 'in-progress' },
          { setOn: '2025-04-13', status: 'not-met' },
        ],
      }),
      'Goal',
    );
    expect(goals[0]).toEqual({
      resourceType: 'Goal',
      id: `${full().id}-goal-1`,
      lifecycleStatus: 'completed',
      achievementStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'achieved', display: 'Achieved' }], text: 'met' },
      description: { text: 'housing' },
      subject: { reference: `Patient/${full().id}` },
      startDate: '2025-04-09',
      addresses: [{ reference: `ServiceRequest/${full().id}-service-request` }],
    });
    expect(goals.map((goal) => [goal.lifecycleStatus, goal.achievementStatus.coding?.[0]?.code ?? null, goal.achievementStatus.text, goal.description.text])).toEqual([
      ['completed', 'achieved', 'met', 'housing'],
      ['completed', null, 'partly-met', 'personal goal'],
      ['accepted', null, 'set', 'personal goal'],
      ['active', 'in-progress', 'in-progress', 'personal goal'],
      ['completed', 'not-achieved', 'not-met', 'personal goal'],
    ]);
  });

  it('a ServiceRequest per onward referral (order) or signpost (proposal), based on the referral', () => {
    const onward = resources<FhirServiceRequest>(bundle, 'ServiceRequest').slice(1);
    expect(onward).toEqual([
      {
        resourceType: 'ServiceRequest',
        id: `${full().id}-onward-1`,
        basedOn: [{ reference: `ServiceRequest/${full().id}-service-request` }],
        status: 'completed',
        intent: 'proposal',
        code: { text: 'signpost' },
        subject: { reference: 'Patient/P-7f3a' },
        authoredOn: '2025-04-16',
        performer: [{ type: 'Organization', identifier: { value: 'org-9434765919' } }],
      },
      {
        resourceType: 'ServiceRequest',
        id: `${full().id}-onward-2`,
        basedOn: [{ reference: `ServiceRequest/${full().id}-service-request` }],
        status: 'completed',
        intent: 'order',
        code: { text: 'onward referral' },
        subject: { reference: 'Patient/P-7f3a' },
        authoredOn: '2025-04-17',
        performer: [
          { type: 'Organization', identifier: { value: 'org-2' } },
          { type: 'HealthcareService', identifier: { value: 'act-7' } },
        ],
      },
    ]);
  });

  it('items a scorer refuses are written without computed scores', () => {
    const odd = referralToFhir({ ...full(), measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [9, 9] }] });
    expect(resources<FhirObservation>(odd, 'Observation')[0]!.component!.map((c) => c.code.text)).toEqual(['item 1', 'item 2']);
  });
});

describe('referralToFhir: privacy', () => {
  it('writes no identifier, name, birth date or demographics of the person, and no Patient', () => {
    const bundle = referralToFhir({ ...full(), id: 'R-0001', workerId: 'lw-1' });
    const text = JSON.stringify(bundle);
    expect(bundle.entry.some((entry) => (entry.resource.resourceType as string) === 'Patient')).toBe(false);
    for (const key of ['"birthDate"', '"name"', '"gender"', '"address"', '"telecom"', '1961', 'female', 'A81001']) expect(text).not.toContain(key);
    const references = [...text.matchAll(/"reference":"Patient\/([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(references)).toEqual(new Set(['R-0001']));
  });
});

describe('referralToFhir: bad input', () => {
  it('refuses an invalid referral with every issue at its path', () => {
    expect(errorOf(() => referralToFhir({ ...full(), referredOn: '2025-02-30', contacts: [{ on: '2025-04-09', mode: 'pigeon' as never, attended: true }] }))).toEqual({
      code: 'fhir/invalid-referral',
      issues: [
        { path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' },
        { path: ['contacts', 0, 'mode'], message: 'must be one of: face-to-face, telephone, video, home-visit, group, text, email' },
      ],
    });
  });

  it('refuses bad options: a patient id that is an NHS number or not a FHIR id, a relative identifier system, unknown keys', () => {
    expect(errorOf(() => referralToFhir(full(), { patientId: '9434765919', identifierSystem: 'referrals' }))).toEqual({
      code: 'fhir/invalid-options',
      issues: [
        { path: ['patientId'], message: 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit' },
        { path: ['identifierSystem'], message: 'must be an absolute URI (http, https or urn)' },
      ],
    });
    expect(errorOf(() => referralToFhir(full(), { patientId: 'P 1' })).issues).toEqual([{ path: ['patientId'], message: 'must be a FHIR id: 1 to 64 of A-Z, a-z, 0-9, - and .' }]);
    expect(errorOf(() => referralToFhir(full(), { name: 'x' } as never))).toEqual({ code: 'fhir/invalid-options', issues: [{ path: [], message: 'has 1 unrecognised key' }] });
  });
});

describe('referralToFhir: a referral with little recorded', () => {
  it('writes no performer, reason, owner, identifier system, executionPeriod or output it has no value for', () => {
    const bundle = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice' });
    expect(bundle).toStrictEqual({
      resourceType: 'Bundle',
      id: 'R-1',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 'R-1-service-request',
            identifier: [{ value: 'R-1' }],
            status: 'active',
            intent: 'order',
            code: { coding: [{ system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service (procedure)' }] },
            subject: { reference: 'Patient/R-1' },
            authoredOn: '2025-04-01',
            requester: { display: 'gp-practice' },
          },
        },
        {
          resource: {
            resourceType: 'Task',
            id: 'R-1-task',
            meta: { versionId: '1' },
            status: 'requested',
            businessStatus: { text: 'referred' },
            intent: 'order',
            code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill', display: 'Fulfill the focal request' }] },
            focus: { reference: 'ServiceRequest/R-1-service-request' },
            for: { reference: 'Patient/R-1' },
            authoredOn: '2025-04-01',
            lastModified: '2025-04-01',
            requester: { display: 'gp-practice' },
          },
        },
      ],
    });
  });

  it('a completed Task without attended contacts has no output, and an open one with them has none either', () => {
    const closed = referralToFhir({
      id: 'R-1',
      referredOn: '2025-04-01',
      source: 'self',
      events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'closed', on: '2025-04-20', reason: 'goals-met' }],
      contacts: [{ on: '2025-04-09', mode: 'telephone', attended: false }],
    });
    const closedTask = resources<FhirTask>(closed, 'Task').at(-1)!;
    expect(closedTask.status).toBe('completed');
    expect('output' in closedTask).toBe(false);
    const open = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }] });
    const openTask = resources<FhirTask>(open, 'Task').at(-1)!;
    expect(openTask.status).toBe('in-progress');
    expect('output' in openTask).toBe(false);
    expect(openTask.executionPeriod).toStrictEqual({ start: '2025-04-09' });
  });
});

describe('referralToFhir: the status of each Task version and of the ServiceRequest', () => {
  it('a version has the status of its own event, even when a later event falls on the same day', () => {
    const bundle = referralToFhir({
      id: 'R-1',
      referredOn: '2025-04-01',
      source: 'self',
      events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'closed', on: '2025-04-02', reason: 'goals-met' }],
    });
    expect(resources<FhirTask>(bundle, 'Task').map((task) => task.status)).toEqual(['requested', 'accepted', 'completed']);
  });

  it('a referral whose only event puts it on hold is on hold', () => {
    const bundle = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', events: [{ type: 'on-hold', on: '2025-04-02' }] });
    expect(resources<FhirServiceRequest>(bundle, 'ServiceRequest')[0]!.status).toBe('on-hold');
    expect(resources<FhirTask>(bundle, 'Task').map((task) => task.status)).toEqual(['requested', 'on-hold']);
  });

  it('a rejected or cancelled referral revokes the ServiceRequest', () => {
    const status = (event: Referral['events'][number]) =>
      resources<FhirServiceRequest>(referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', events: [event] }), 'ServiceRequest')[0]!.status;
    expect(status({ type: 'rejected', on: '2025-04-02', reason: 'outside-area' })).toBe('revoked');
    expect(status({ type: 'cancelled', on: '2025-04-02', reason: 'needs-changed' })).toBe('revoked');
  });

  it('the executionPeriod ends on a decline, rejection, cancellation or failure to contact, and starts only once accepted', () => {
    const period = (...events: Referral['events']) => {
      const bundle = referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self', events });
      return resources<FhirTask>(bundle, 'Task').at(-1)!.executionPeriod;
    };
    expect(period({ type: 'declined', on: '2025-04-05' })).toStrictEqual({ end: '2025-04-05' });
    expect(period({ type: 'rejected', on: '2025-04-05', reason: 'outside-area' })).toStrictEqual({ end: '2025-04-05' });
    expect(period({ type: 'cancelled', on: '2025-04-05', reason: 'needs-changed' })).toStrictEqual({ end: '2025-04-05' });
    expect(period({ type: 'unable-to-contact', on: '2025-04-05' })).toStrictEqual({ end: '2025-04-05' });
    expect(period({ type: 'accepted', on: '2025-04-02' }, { type: 'declined', on: '2025-04-05' })).toStrictEqual({ start: '2025-04-02', end: '2025-04-05' });
    expect(period({ type: 'accepted', on: '2025-04-02' })).toStrictEqual({ start: '2025-04-02' });
  });
});

describe('referralToFhir: ids', () => {
  it('a referral id that is not a FHIR id gives sp- and two 8-digit FNV-1a hashes, zero-padded', () => {
    expect(referralToFhir({ id: 'referral 1/2', referredOn: '2025-04-01', source: 'self' }).id).toBe('sp-a97397c224e7dfa0');
    expect(referralToFhir({ id: 'referral 25/2', referredOn: '2025-04-01', source: 'self' }).id).toBe('sp-01b4c71094b33de6');
    expect(referralToFhir({ id: 'referral 14/2', referredOn: '2025-04-01', source: 'self' }).id).toBe('sp-76c1abb403edf1fe');
  });
});
