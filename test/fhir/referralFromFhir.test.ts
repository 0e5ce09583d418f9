/**
 * referralFromFhir: the round trip with referralToFhir (property: equal on every field the bundle
 * carries; person and practiceCode come back absent), Gravity-shaped Task and
 * ServiceRequest pairs (the official examples), bad bundles, and bundles written elsewhere: which
 * ServiceRequest is the referral, optional fields absent (compared with toStrictEqual, so an
 * `undefined` field counts), Task reasons, notes and days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralFromFhir, referralToFhir } from '../../src/fhir/index.js';
import { MAX_NOTE_LENGTH, ReferralSchema, type Referral } from '../../src/referrals/index.js';
import { generateReferrals } from '../../src/synthetic/index.js';
import { fullReferral } from '../bad-input/fixtures.js';
import { errorOf } from '../support/errorOf.js';
import { arbitraryFullReferral, carried } from './arbitraries.js';
import { gravityExample } from './fhirSchema.js';

const full = (): Referral => ReferralSchema.parse(fullReferral());
/** Through JSON, as a bundle travels. */
const wire = (referral: Referral, options?: Parameters<typeof referralToFhir>[1]): unknown => JSON.parse(JSON.stringify(referralToFhir(referral, options)));

const SERVICE_REQUEST = 'ServiceRequest-SDOHCC-ServiceRequestActiveFoodPantryApplicationAssistExample';
const ACCEPTED = 'Task-SDOHCC-TaskReferralManagementOrderFulfillmentAcceptedExample';
const COMPLETED = 'Task-SDOHCC-TaskReferralManagementOrderFulfillmentCompletedExample';
const gravityBundle = (...resources: Record<string, unknown>[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

describe('referralFromFhir: the round trip', () => {
  it('gives back every field the bundle carries (property over generated referrals)', () => {
    fc.assert(
      fc.property(arbitraryFullReferral, (referral) => {
        expect(referralFromFhir(wire(referral))).toEqual(carried(referral));
      }),
      { numRuns: 100 },
    );
  });

  it('gives back synthetic referrals whole, but for person and practiceCode', () => {
    for (const referral of generateReferrals({ count: 300, seed: 'fhir', from: '2025-01-01', to: '2025-12-31', pcns: ['north', 'south'] })) {
      const back = referralFromFhir(wire(referral));
      expect(back).toEqual(carried(referral));
    }
  });

  it('a referral with every kind of event, contact mode and measure comes back', () => {
    const options = { patientId: 'P-7f3a', identifierSystem: 'https://referrals.example.org/id' };
    expect(referralFromFhir(wire(full(), options))).toEqual(carried(full()));
  });

  it('a referral id that is not a FHIR id comes back from the identifier', () => {
    const referral = { ...full(), id: 'referral 1/2' };
    expect(referralFromFhir(wire(referral)).id).toBe('referral 1/2');
  });

  it('an event reason equal to the event type is not told apart from no reason (documented)', () => {
    const referral = ReferralSchema.parse({ id: 'R-1', referredOn: '2025-04-01', source: 'self', events: [{ type: 'unable-to-contact', on: '2025-04-02', reason: 'unable-to-contact' }] });
    expect(referralFromFhir(wire(referral)).events).toEqual([{ type: 'unable-to-contact', on: '2025-04-02' }]);
  });

  it('carries coded reasons, notes and the new lifecycle states (rejected, cancelled, waiting, entered-in-error)', () => {
    const referral = ReferralSchema.parse({
      id: 'R-2',
      referredOn: '2025-04-01',
      source: 'gp-practice',
      events: [
        { type: 'waiting', on: '2025-04-02', note: 'Next course starts in May' },
        { type: 'on-hold', on: '2025-04-03', reason: 'in-hospital' },
        { type: 'cancelled', on: '2025-04-04', reason: 'needs-changed' },
        { type: 'entered-in-error', on: '2025-04-05', reason: 'wrong-person', note: 'Meant for another patient' },
      ],
    });
    const bundle = wire(referral) as { entry: { resource: Record<string, unknown> }[] };
    const tasks = bundle.entry.map((entry) => entry.resource).filter((resource) => resource['resourceType'] === 'Task');
    expect(tasks.map((task) => [task['status'], (task['statusReason'] as { text?: string } | undefined)?.text ?? null, (task['note'] as { text: string }[] | undefined)?.[0]?.text ?? null])).toEqual([
      ['requested', null, null],
      ['accepted', null, 'Next course starts in May'],
      ['on-hold', 'in-hospital', null],
      ['cancelled', 'needs-changed', null],
      ['entered-in-error', 'wrong-person', 'Meant for another patient'],
    ]);
    expect(bundle.entry[0]!.resource['status']).toBe('entered-in-error');
    expect(referralFromFhir(bundle).events).toEqual(referral.events);
  });
});

describe('referralFromFhir: Gravity-shaped pairs', () => {
  it('reads the Gravity accepted Task with its ServiceRequest: status as an event dated by authoredOn, requester as professional', () => {
    const referral = referralFromFhir(gravityBundle(gravityExample(SERVICE_REQUEST), gravityExample(ACCEPTED)));
    expect(referral).toEqual({
      id: 'SDOHCC-ServiceRequestActiveFoodPantryApplicationAssistExample',
      referredOn: '2020-09-11',
      source: 'professional',
      needs: [],
      events: [{ type: 'accepted', on: '2020-09-11' }],
      contacts: [],
      goals: [],
      onward: [],
      measures: [],
    });
    expect(JSON.stringify(referral)).not.toContain('COLIN'); // the display name of the patient is never read
  });

  it('reads the Gravity completed Task as a close (reason other: the Task gives none)', () => {
    const referral = referralFromFhir(gravityBundle(gravityExample(COMPLETED), gravityExample(SERVICE_REQUEST)));
    expect(referral.events).toEqual([{ type: 'closed', on: '2020-09-11', reason: 'other' }]);
  });

  it('dates a status by lastModified, then the executionPeriod; keeps only kebab-case reasons', () => {
    const task = gravityExample(COMPLETED);
    const read = (changes: Record<string, unknown>) =>
      referralFromFhir(gravityBundle(gravityExample(SERVICE_REQUEST), { ...task, ...changes })).events;
    expect(read({ lastModified: '2020-10-02T09:00:00+01:00', executionPeriod: { start: '2020-09-14', end: '2020-10-01' } })).toEqual([
      { type: 'closed', on: '2020-10-02', reason: 'other' },
    ]);
    expect(read({ executionPeriod: { start: '2020-09-14', end: '2020-10-01' }, businessStatus: { text: 'goals-met' } })).toEqual([
      { type: 'closed', on: '2020-10-01', reason: 'goals-met' },
    ]);
    expect(read({ status: 'rejected', statusReason: { text: 'Mr Abbas said he was too busy' } })).toEqual([{ type: 'declined', on: '2020-09-11' }]);
    expect(read({ status: 'rejected', statusReason: { text: 'not-wanted' } })).toEqual([{ type: 'declined', on: '2020-09-11', reason: 'not-wanted' }]);
    expect(read({ status: 'rejected', statusReason: { text: 'outside-area' } })).toEqual([{ type: 'rejected', on: '2020-09-11', reason: 'outside-area' }]);
    expect(read({ status: 'cancelled' })).toEqual([{ type: 'cancelled', on: '2020-09-11', reason: 'other' }]);
    expect(read({ status: 'entered-in-error', statusReason: { text: 'duplicate' }, note: [{ text: 'Sent twice' }] })).toEqual([
      { type: 'entered-in-error', on: '2020-09-11', reason: 'duplicate', note: 'Sent twice' },
    ]);
    expect(read({ status: 'on-hold', statusReason: { text: 'in-hospital' }, executionPeriod: { start: '2020-09-20' } })).toEqual([
      { type: 'on-hold', on: '2020-09-20', reason: 'in-hospital' },
    ]);
    expect(read({ status: 'failed' })).toEqual([{ type: 'unable-to-contact', on: '2020-09-11' }]);
    expect(read({ status: 'requested' })).toEqual([]);
  });

  it('maps the requester: a kebab-case display, a Patient, an Organization', () => {
    const sr = gravityExample(SERVICE_REQUEST);
    const task = gravityExample(ACCEPTED);
    const source = (requester: unknown) => referralFromFhir(gravityBundle({ ...sr, requester }, task)).source;
    expect(source({ display: 'hospital-discharge' })).toBe('hospital-discharge');
    expect(source({ reference: 'Patient/pat-53234' })).toBe('self');
    expect(source({ reference: 'Organization/o1', display: 'ABC Coordination Platform' })).toBe('professional');
  });

  it('picks the ServiceRequest a Task focuses on when there are several', () => {
    const other = { ...gravityExample(SERVICE_REQUEST), id: 'another', authoredOn: '2021-01-01' };
    const referral = referralFromFhir(gravityBundle(other, gravityExample(SERVICE_REQUEST), gravityExample(ACCEPTED)));
    expect(referral.id).toBe('SDOHCC-ServiceRequestActiveFoodPantryApplicationAssistExample');
  });
});

describe('referralFromFhir: a bundle holding two referrals', () => {
  // A second referral's ServiceRequest with its contacts, measures, goals and onward requests, but no Task:
  // the Tasks name the first, so only what is based on the first is read.
  const two = (): unknown => {
    const first = wire(full()) as { entry: { resource: { resourceType: string } }[] };
    const second = wire({ ...full(), id: 'R-OTHER', referredOn: '2025-03-01' }) as typeof first;
    const extra = second.entry.filter((entry) => entry.resource.resourceType !== 'Task');
    return { ...first, entry: [...extra.slice(0, 1), ...first.entry, ...extra.slice(1)] };
  };

  it('reads the referral the Tasks focus on, with only what is based on it', () => {
    expect(referralFromFhir(two())).toEqual(referralFromFhir(wire(full())));
  });

  it('refuses the bundle when no Task names either', () => {
    const bundle = two() as { entry: { resource: { resourceType: string } }[] };
    const withoutTasks = { ...bundle, entry: bundle.entry.filter((entry) => entry.resource.resourceType !== 'Task') };
    expect(errorOf(() => referralFromFhir(withoutTasks))).toMatchObject({ code: 'fhir/missing-service-request' });
  });
});

describe('referralFromFhir: bad bundles', () => {
  it('refuses what is not a Bundle', () => {
    expect(errorOf(() => referralFromFhir(null)).code).toBe('fhir/invalid-bundle');
    expect(errorOf(() => referralFromFhir({ resourceType: 'Patient' }))).toEqual({
      code: 'fhir/invalid-bundle',
      issues: [{ path: ['resourceType'], message: 'must be one of: Bundle' }],
    });
    expect(errorOf(() => referralFromFhir({ resourceType: 'Bundle', type: 'transaction-response', entry: [{ response: { status: '201' } }] }))).toEqual({
      code: 'fhir/invalid-bundle',
      issues: [{ path: ['entry', 0, 'resource'], message: 'is required' }],
    });
    expect(errorOf(() => referralFromFhir({ resourceType: 'Bundle', type: 'collection' })).code).toBe('fhir/missing-service-request');
  });

  it('reports every malformed value at its path from the bundle', () => {
    const bundle = wire(full()) as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry[0]!.resource['authoredOn'] = '2025-02-30';
    bundle.entry[3]!.resource['status'] = 'done';
    bundle.entry[10]!.resource['period'] = { start: 'April' };
    expect(errorOf(() => referralFromFhir(bundle))).toEqual({
      code: 'fhir/invalid-bundle',
      issues: [
        { path: ['entry', 0, 'resource', 'authoredOn'], message: 'must be a FHIR date or dateTime with a full, real date (YYYY-MM-DD)' },
        {
          path: ['entry', 3, 'resource', 'status'],
          message:
            'must be one of: draft, requested, received, accepted, rejected, ready, cancelled, in-progress, on-hold, failed, completed, entered-in-error',
        },
        { path: ['entry', 10, 'resource', 'period', 'start'], message: 'must be a FHIR date or dateTime with a full, real date (YYYY-MM-DD)' },
      ],
    });
  });

  it('needs one referral ServiceRequest', () => {
    expect(errorOf(() => referralFromFhir(gravityBundle(gravityExample(ACCEPTED))))).toEqual({
      code: 'fhir/missing-service-request',
      issues: [{ path: ['entry'], message: "must hold one referral ServiceRequest (or one named by a Task's focus): found 0" }],
    });
    const twin = { ...gravityExample(SERVICE_REQUEST), id: 'twin' };
    expect(errorOf(() => referralFromFhir(gravityBundle(twin, gravityExample(SERVICE_REQUEST)))).code).toBe('fhir/missing-service-request');
  });

  it('refuses an Encounter that neither happened nor was missed, a history event it does not know', () => {
    const bundle = wire(full()) as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry[2]!.resource['businessStatus'] = { text: 'phoned' };
    bundle.entry[10]!.resource['status'] = 'planned';
    expect(errorOf(() => referralFromFhir(bundle))).toEqual({
      code: 'fhir/unsupported-status',
      issues: [
        { path: ['entry', 2, 'resource', 'businessStatus', 'text'], message: 'must be a referral event type (accepted, declined, unable-to-contact, on-hold, closed, reopened, waiting, rejected, cancelled, entered-in-error)' },
        { path: ['entry', 10, 'resource', 'status'], message: 'must be an attended (finished) or missed (cancelled) contact' },
      ],
    });
  });

  it('refuses what does not make a valid referral, with issues under referral', () => {
    const bundle = wire(full()) as { entry: { resource: Record<string, unknown> }[] };
    bundle.entry[0]!.resource['reasonCode'] = [{ text: 'loneliness' }];
    bundle.entry[10]!.resource['type'] = [{ text: 'carrier pigeon' }];
    const error = errorOf(() => referralFromFhir(bundle));
    expect(error.code).toBe('fhir/invalid-referral');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['referral', 'needs', 0],
      ['referral', 'contacts', 0, 'mode'],
    ]);
  });
});

/** A referral ServiceRequest as another system may write it: only what the reader needs. */
const request = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  resourceType: 'ServiceRequest',
  id: 'sr-1',
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p-1' },
  authoredOn: '2025-04-01',
  requester: { display: 'gp-practice' },
  ...changes,
});
/** A Gravity-shaped Task (one version, no history) on the ServiceRequest `sr-1`. */
const taskOn = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  resourceType: 'Task',
  status: 'accepted',
  intent: 'order',
  focus: { reference: 'ServiceRequest/sr-1' },
  for: { reference: 'Patient/p-1' },
  authoredOn: '2025-04-01',
  lastModified: '2025-04-02',
  ...changes,
});
/** The referral `request()` alone gives: nothing but its id, day and source. */
const bare = (): Referral => ({ id: 'sr-1', referredOn: '2025-04-01', source: 'gp-practice', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] });

describe('referralFromFhir: bundles written elsewhere, fields absent', () => {
  it('a ServiceRequest alone gives a referral with no optional field, not even an undefined one', () => {
    const referral = referralFromFhir(gravityBundle(request()));
    expect(referral).toStrictEqual(bare());
    expect(Object.keys(referral)).toEqual(['id', 'referredOn', 'source', 'needs', 'events', 'contacts', 'goals', 'onward', 'measures']);
  });

  it('reads the source from the requester type when no Task gives one', () => {
    const source = (requester: unknown) => referralFromFhir(gravityBundle(request({ requester }))).source;
    expect(source({ reference: 'Patient/p-1' })).toBe('self');
    expect(source({ type: 'Practitioner', display: 'Dr Example' })).toBe('professional');
    expect(source({ reference: 'PractitionerRole/role-1' })).toBe('professional');
    expect(source({ reference: 'Organization/org-1' })).toBe('professional');
    expect(source({ display: 'a'.repeat(64) })).toBe('a'.repeat(64));
    expect(errorOf(() => source({ display: 'a'.repeat(65) }))).toEqual({
      code: 'fhir/invalid-referral',
      issues: [{ path: ['referral', 'source'], message: 'is required' }],
    });
  });

  it('takes the id from the first identifier with a value, else the resource id', () => {
    const id = (identifier: unknown) => referralFromFhir(gravityBundle(request({ identifier }))).id;
    expect(id([{ system: 'urn:example:no-value' }, { value: 'R-0042' }])).toBe('R-0042');
    expect(id([{ system: 'urn:example:no-value' }])).toBe('sr-1');
  });

  it('needs a referral day: from the ServiceRequest, else its Task', () => {
    const undated = request({ authoredOn: undefined });
    expect(referralFromFhir(gravityBundle(undated, taskOn({ authoredOn: '2025-03-30' }))).referredOn).toBe('2025-03-30');
    expect(errorOf(() => referralFromFhir(gravityBundle(undated)))).toEqual({
      code: 'fhir/invalid-referral',
      issues: [{ path: ['referral', 'referredOn'], message: 'is required' }],
    });
  });

  it('leaves out performers and an owner that carry no identifier, and reasons without text', () => {
    const referral = referralFromFhir(
      gravityBundle(
        request({
          performer: [
            { type: 'HealthcareService', display: 'A scheme' },
            { type: 'Organization', display: 'A PCN' },
          ],
          reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '0' }] }, { text: 'housing' }],
        }),
        taskOn({ owner: { type: 'Practitioner', display: 'A link worker' } }),
      ),
    );
    expect(referral).toStrictEqual({ ...bare(), needs: ['housing'], events: [{ type: 'accepted', on: '2025-04-02' }] });
  });

  it('ignores resources it does not read', () => {
    const patient = { resourceType: 'Patient', id: 'p-1' };
    expect(referralFromFhir(gravityBundle(patient, request()))).toStrictEqual(bare());
  });
});

describe('referralFromFhir: which ServiceRequest is the referral', () => {
  it('an onward ServiceRequest based on the referral is not a second referral, with or without a Task', () => {
    const onward = { ...request({ id: 'sr-2', intent: 'proposal', authoredOn: '2025-04-05' }), basedOn: [{ reference: 'ServiceRequest/sr-1' }], performer: [{ type: 'Organization', identifier: { value: 'org-1' } }] };
    const expected = { ...bare(), onward: [{ kind: 'signpost', organisationId: 'org-1', on: '2025-04-05' }] };
    expect(referralFromFhir(gravityBundle(onward, request()))).toStrictEqual(expected);
    expect(referralFromFhir(gravityBundle(request(), onward, taskOn()))).toStrictEqual({ ...expected, events: [{ type: 'accepted', on: '2025-04-02' }] });
  });

  it('a referral based on something outside the bundle is still the referral', () => {
    expect(referralFromFhir(gravityBundle(request({ basedOn: [{ reference: 'CarePlan/plan-1' }, { display: 'an earlier request' }] })))).toStrictEqual(bare());
  });

  it('a ServiceRequest without an id is never the one a reference names', () => {
    const unnamed = request({ id: undefined, identifier: [{ value: 'R-UNNAMED' }] });
    const other = request({ id: 'sr-2', basedOn: [{ reference: 'ServiceRequest/undefined' }] });
    expect(errorOf(() => referralFromFhir(gravityBundle(unnamed, other)))).toEqual({
      code: 'fhir/missing-service-request',
      issues: [{ path: ['entry'], message: "must hold one referral ServiceRequest (or one named by a Task's focus): found 2" }],
    });
    const focusing = taskOn({ focus: { reference: 'ServiceRequest/undefined' } });
    expect(errorOf(() => referralFromFhir(gravityBundle(unnamed, request({ id: 'sr-2' }), focusing))).code).toBe('fhir/missing-service-request');
  });

  it('refuses two referrals that Tasks both name', () => {
    const bundle = gravityBundle(request(), request({ id: 'sr-2' }), taskOn(), taskOn({ focus: { reference: 'ServiceRequest/sr-2' } }));
    expect(errorOf(() => referralFromFhir(bundle))).toEqual({
      code: 'fhir/missing-service-request',
      issues: [{ path: ['entry'], message: "must hold one referral ServiceRequest (or one named by a Task's focus): found 2" }],
    });
  });

  it('with one referral, reads its Task even without a focus, and Tasks without meta in bundle order', () => {
    const unfocused = taskOn({ focus: undefined });
    expect(referralFromFhir(gravityBundle(request(), unfocused)).events).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
    const completed = taskOn({ focus: undefined, status: 'completed', lastModified: '2025-05-01', businessStatus: { text: 'goals-met' } });
    expect(referralFromFhir(gravityBundle(request(), unfocused, completed)).events).toStrictEqual([{ type: 'closed', on: '2025-05-01', reason: 'goals-met' }]);
  });

  it('with several referrals, reads only the Tasks and resources that name the chosen one', () => {
    const encounter = (on: string, basedOn?: unknown) => ({
      resourceType: 'Encounter',
      status: 'finished',
      type: [{ text: 'telephone' }],
      period: { start: on },
      ...(basedOn !== undefined ? { basedOn } : {}),
    });
    const bundle = gravityBundle(
      request(),
      request({ id: 'sr-2' }),
      taskOn({ meta: { versionId: '1' } }),
      taskOn({ meta: { versionId: '2' }, status: 'completed', focus: { reference: 'ServiceRequest/elsewhere' } }),
      taskOn({ meta: { versionId: '3' }, status: 'cancelled', focus: undefined }),
      encounter('2025-04-03', [{ reference: 'ServiceRequest/sr-2' }, { reference: 'ServiceRequest/sr-1' }]),
      encounter('2025-04-04', [{ reference: 'ServiceRequest/sr-2' }]),
      encounter('2025-04-05'),
    );
    expect(referralFromFhir(bundle)).toStrictEqual({
      ...bare(),
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: [{ on: '2025-04-03', mode: 'telephone', attended: true }],
    });
  });
});

describe('referralFromFhir: contacts, measures, goals and onward connections written elsewhere', () => {
  it('a contact mode from the class when the type is empty; none without either', () => {
    const encounter = (changes: Record<string, unknown>) => ({ resourceType: 'Encounter', status: 'finished', period: { start: '2025-04-03' }, ...changes });
    expect(referralFromFhir(gravityBundle(request(), encounter({ type: [], class: { code: 'HH' }, length: { value: 1, code: 'h' } }))).contacts).toStrictEqual([
      { on: '2025-04-03', mode: 'home-visit', attended: true },
    ]);
    expect(errorOf(() => referralFromFhir(gravityBundle(request(), encounter({}))))).toEqual({
      code: 'fhir/invalid-referral',
      issues: [{ path: ['referral', 'contacts', 0, 'mode'], message: 'must be one of: face-to-face, telephone, video, home-visit, group, text, email' }],
    });
  });

  it('reads items only from components named exactly item and a number', () => {
    const observation = {
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ code: 'survey' }] }, { text: 'baseline' }],
      code: { text: 'pam' },
      effectiveDateTime: '2025-04-03',
      component: [
        { code: { text: 'item 12' }, valueQuantity: { value: 2 } },
        { code: { text: 'first item 3' }, valueQuantity: { value: 3 } },
        { code: { text: 'item 4 reversed' }, valueQuantity: { value: 4 } },
        { code: { text: 'item 1' }, valueQuantity: { value: 1 } },
        { code: { coding: [{ code: 'x' }] }, valueQuantity: { value: 5 } },
      ],
    };
    expect(referralFromFhir(gravityBundle(request(), observation)).measures).toStrictEqual([{ instrument: 'pam', timepoint: 'baseline', on: '2025-04-03', items: [1, 2] }]);
    const uncategorised: Record<string, unknown> = { ...observation };
    delete uncategorised['category'];
    expect(errorOf(() => referralFromFhir(gravityBundle(request(), uncategorised)))).toEqual({
      code: 'fhir/invalid-referral',
      issues: [{ path: ['referral', 'measures', 0, 'timepoint'], message: 'must be one of: baseline, review, exit' }],
    });
  });

  it('a goal status from the lifecycle when the achievement code is not one FHIR defines', () => {
    const goal = {
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      achievementStatus: { coding: [{ system: 'urn:example:codes', code: 'sustaining' }, { system: 'urn:example:codes' }] },
      description: { text: 'better sleep' },
      startDate: '2025-04-03',
    };
    expect(referralFromFhir(gravityBundle(request(), goal)).goals).toStrictEqual([{ setOn: '2025-04-03', status: 'in-progress' }]);
  });

  it('an onward connection: organisation and activity by performer type; refused without an organisation', () => {
    const onward = (performer: unknown) => ({ ...request({ id: 'sr-2', intent: 'order', authoredOn: '2025-04-05', performer }), basedOn: [{ reference: 'ServiceRequest/sr-1' }] });
    const read = (performer: unknown) => referralFromFhir(gravityBundle(request(), onward(performer))).onward;
    expect(read([{ type: 'HealthcareService', identifier: { value: 'act-1' } }, { type: 'Organization', identifier: { value: 'org-1' } }])).toStrictEqual([
      { kind: 'referral', organisationId: 'org-1', activityId: 'act-1', on: '2025-04-05' },
    ]);
    expect(read([{ type: 'Organization', identifier: { value: 'org-1' } }, { type: 'HealthcareService', display: 'An activity' }])).toStrictEqual([
      { kind: 'referral', organisationId: 'org-1', on: '2025-04-05' },
    ]);
    const refused = { code: 'fhir/invalid-referral', issues: [{ path: ['referral', 'onward', 0, 'organisationId'], message: 'is required' }] };
    expect(errorOf(() => read(undefined))).toEqual(refused);
    expect(errorOf(() => read([{ type: 'Organization', display: 'An organisation' }]))).toEqual(refused);
  });
});

describe('referralFromFhir: a Task status and its reason, note and day', () => {
  it('keeps only a short kebab-case code as the reason of an event without a coded list', () => {
    const reason = (text: string) => referralFromFhir(gravityBundle(request(), taskOn({ statusReason: { text } }))).events;
    expect(reason('called-back')).toStrictEqual([{ type: 'accepted', on: '2025-04-02', reason: 'called-back' }]);
    expect(reason('b'.repeat(64))).toStrictEqual([{ type: 'accepted', on: '2025-04-02', reason: 'b'.repeat(64) }]);
    expect(reason('b'.repeat(65))).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
    expect(reason('Called back')).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
  });

  it('dates an acceptance by the start of the executionPeriod', () => {
    const task = taskOn({ lastModified: undefined, executionPeriod: { start: '2025-04-03', end: '2025-04-30' } });
    expect(referralFromFhir(gravityBundle(request(), task)).events).toStrictEqual([{ type: 'accepted', on: '2025-04-03' }]);
  });

  it('keeps the first non-empty note, when it fits an event note', () => {
    const note = (notes: unknown) => referralFromFhir(gravityBundle(request(), taskOn({ note: notes }))).events;
    expect(note([{ authorString: 'no text' }, { text: '' }, { text: 'Prefers mornings' }])).toStrictEqual([{ type: 'accepted', on: '2025-04-02', note: 'Prefers mornings' }]);
    expect(note([{ authorString: 'no text' }])).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
    expect(note([{ text: 'n'.repeat(MAX_NOTE_LENGTH) }])).toStrictEqual([{ type: 'accepted', on: '2025-04-02', note: 'n'.repeat(MAX_NOTE_LENGTH) }]);
    expect(note([{ text: 'n'.repeat(MAX_NOTE_LENGTH + 1) }])).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
  });

  it('reads a history without undefined fields, and refuses a version without a businessStatus', () => {
    const referral = ReferralSchema.parse({ id: 'R-3', referredOn: '2025-04-01', source: 'self', events: [{ type: 'accepted', on: '2025-04-02' }] });
    expect(referralFromFhir(wire(referral)).events).toStrictEqual([{ type: 'accepted', on: '2025-04-02' }]);
    const bundle = wire(referral) as { entry: { resource: Record<string, unknown> }[] };
    delete bundle.entry[2]!.resource['businessStatus'];
    expect(errorOf(() => referralFromFhir(bundle))).toEqual({
      code: 'fhir/unsupported-status',
      issues: [
        {
          path: ['entry', 2, 'resource', 'businessStatus', 'text'],
          message: 'must be a referral event type (accepted, declined, unable-to-contact, on-hold, closed, reopened, waiting, rejected, cancelled, entered-in-error)',
        },
      ],
    });
  });
});
