/**
 * The HSDS 3.0 mapping field by field (docs/directory.md, "HSDS 3.0 mapping"), its age
 * limits and boundaries, and the exact errors of fromHsds and toHsds: code, paths, messages.
 */
import { describe, expect, it } from 'vitest';
import { fromHsds, HSDS_NEED_TAXONOMY, ServiceSchema, toHsds, type Service } from '../../src/directory/index.js';
import { ageLimits, childUuid, hsdsUuid, idAttribute } from '../../src/directory/hsdsMapping.js';
import { fullAssurance } from './fixtures.js';
import { errorOf } from '../support/errorOf.js';

function needTerm(code: unknown) {
  return { taxonomy_term: { code, taxonomy: HSDS_NEED_TAXONOMY } };
}

describe('ageLimits: the tightest bounds under all', () => {
  it('keeps a minimum of 0 years, which is still a limit', () => {
    expect(ageLimits({ kind: 'all', of: [{ kind: 'age', min: 0 }] })).toEqual({ min: 0, max: null });
  });

  it('keeps the lowest maximum whichever order the criteria come in', () => {
    expect(ageLimits({ kind: 'all', of: [{ kind: 'age', max: 65 }, { kind: 'age', max: 90 }] })).toEqual({ min: null, max: 65 });
    expect(ageLimits({ kind: 'all', of: [{ kind: 'age', min: 40 }, { kind: 'age', min: 18 }] })).toEqual({ min: 40, max: null });
  });
});

describe('toHsds field by field', () => {
  it('writes only the fields the service has, with no undefined values', () => {
    const serviceUuid = hsdsUuid('walk', 'service');
    expect(toHsds({ id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: [] })).toStrictEqual({
      id: serviceUuid,
      name: 'Walk',
      status: 'active',
      organization_id: hsdsUuid('trust', 'organization'),
      attributes: [idAttribute(serviceUuid, 'service', 'walk'), idAttribute(serviceUuid, 'organization', 'trust')],
    });
    const uuids = { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Walk', organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' }, needs: [] };
    expect(toHsds(uuids)).toStrictEqual({ id: uuids.id, name: 'Walk', status: 'active', organization_id: uuids.organization.id });
  });

  it('writes minimum_age and maximum_age only for the limits the scheme sets', () => {
    const base: Service = { id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: [] };
    const onlyMax = toHsds({ ...base, eligibility: { id: 'young', name: 'Young', criteria: { kind: 'age', max: 25 } } });
    expect(onlyMax.maximum_age).toBe(25);
    expect('minimum_age' in onlyMax).toBe(false);
    const onlyMin = toHsds({ ...base, eligibility: { id: 'adults', name: 'Adults', criteria: { kind: 'age', min: 18 } } });
    expect(onlyMin.minimum_age).toBe(18);
    expect('maximum_age' in onlyMin).toBe(false);
    const neither = toHsds({ ...base, eligibility: { id: 'carers', name: 'Carers', criteria: { kind: 'flag', name: 'carer' } } });
    expect('minimum_age' in neither || 'maximum_age' in neither).toBe(false);
  });

  it('rejects age limits that leave no age eligible, which HSDS cannot hold, and keeps equal limits', () => {
    const base: Service = { id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: [] };
    const limits = (min: number, max: number) => ({ kind: 'all' as const, of: [{ kind: 'age' as const, min }, { kind: 'age' as const, max }] });
    expect(errorOf(() => toHsds({ ...base, eligibility: { id: 'none', name: 'None', criteria: limits(60, 20) } }))).toEqual({
      code: 'directory/invalid-service',
      issues: [{ path: ['service', 'eligibility', 'criteria'], message: 'its age limits leave no age eligible (minimum above maximum)' }],
    });
    const sixty = toHsds({ ...base, eligibility: { id: 'sixty', name: 'Sixty', criteria: limits(60, 60) } });
    expect([sixty.minimum_age, sixty.maximum_age]).toEqual([60, 60]);
    expect(fromHsds(sixty).eligibility?.criteria).toEqual({ kind: 'age', min: 60, max: 60 });
  });

  it('rejects an invalid service with paths under service', () => {
    expect(errorOf(() => toHsds({ id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: ['housing', 'housing'] }))).toEqual({
      code: 'directory/invalid-service',
      issues: [{ path: ['service', 'needs'], message: 'must not repeat a need category' }],
    });
  });

  it('ServiceSchema rejects a repeated need category', () => {
    expect(ServiceSchema.safeParse({ id: 'x', name: 'X', organization: { id: 'o' }, needs: ['housing', 'employment'] }).success).toBe(true);
    expect(ServiceSchema.safeParse({ id: 'x', name: 'X', organization: { id: 'o' }, needs: ['housing', 'employment', 'housing'] }).success).toBe(false);
  });
});

describe('fromHsds field by field', () => {
  it('reads every documented field', () => {
    const service = fromHsds({
      id: 'debt',
      name: 'Debt advice',
      description: 'Free debt advice.',
      status: 'inactive',
      organization: { id: 'advice', name: 'Advice Centre' },
      email: 'help@example.org',
      url: 'https://example.org/debt',
      application_process: 'Self-referral: contact the service directly.',
      eligibility_description: 'Adults living in Northbrook',
      minimum_age: 18,
      maximum_age: 65,
      service_areas: [{ id: 'a1', name: 'Northbrook', description: 'the whole borough' }, { id: 'a2', name: 'Eastfield' }],
      schedules: [{ id: 's1', freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
      attributes: [needTerm('money-and-debt'), needTerm('welfare-benefits')],
    });
    expect(service).toStrictEqual({
      id: 'debt',
      name: 'Debt advice',
      organization: { id: 'advice', name: 'Advice Centre', hsds: {} },
      description: 'Free debt advice.',
      status: 'inactive',
      email: 'help@example.org',
      url: 'https://example.org/debt',
      contactRoute: 'self-referral',
      eligibility_description: 'Adults living in Northbrook',
      eligibility: { id: 'debt-age', name: 'Debt advice: age limits', criteria: { kind: 'age', min: 18, max: 65 } },
      service_areas: [
        { name: 'Northbrook', description: 'the whole borough', hsds: { id: 'a1' } },
        { name: 'Eastfield', hsds: { id: 'a2' } },
      ],
      schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00', hsds: { id: 's1' } }],
      needs: ['money-and-debt', 'welfare-benefits'],
      hsds: { attributes: [needTerm('money-and-debt'), needTerm('welfare-benefits')], absent: ['organization_id'] },
    });
  });

  it('reads each application_process sentence toHsds writes, and no other text', () => {
    const read = (text: unknown) => fromHsds({ id: 'x', name: 'X', organization_id: 'o', application_process: text });
    expect(read('By referral only, for example from a social prescribing link worker.').contactRoute).toBe('referral');
    expect(read('Self-referral, or referral for example from a social prescribing link worker.').contactRoute).toBe('either');
    expect(read('Call us on weekdays')).toStrictEqual({ id: 'x', name: 'X', organization: { id: 'o' }, needs: [], hsds: { fields: { application_process: 'Call us on weekdays' } } });
    expect(read(null)).toStrictEqual({ id: 'x', name: 'X', organization: { id: 'o' }, needs: [], hsds: { fields: { application_process: null } } });
  });

  it('models no null, carries each one back, and leaves no undefined values', () => {
    const hsds = {
      id: 'x',
      name: 'X',
      organization: { id: 'o', name: null },
      description: null,
      email: null,
      url: null,
      minimum_age: null,
      maximum_age: null,
      service_areas: [{ name: 'Eastfield', description: null }, { name: '' }],
      schedules: [{ freq: 'MONTHLY', interval: null, bymonthday: '1' }],
      attributes: [{ id: 'no-term' }, { id: 'null-term', taxonomy_term: null }, { taxonomy_term: { code: 'food', taxonomy: 'openeligibility' } }],
    };
    const service = fromHsds(hsds);
    expect(service).toStrictEqual({
      id: 'x',
      name: 'X',
      organization: { id: 'o', hsds: { name: null } },
      service_areas: [{ name: 'Eastfield', hsds: { description: null } }, { hsds: { name: '' } }],
      schedules: [{ freq: 'MONTHLY', bymonthday: '1', hsds: { interval: null } }],
      needs: [],
      hsds: {
        fields: { description: null, email: null, url: null, minimum_age: null, maximum_age: null },
        attributes: hsds.attributes,
        absent: ['organization_id'],
      },
    });
    // Written back as read, except what HSDS requires and the record lacked: UUID ids (the ids themselves kept in
    // attributes), the schedule and area ids, and a status.
    const back = toHsds(service) as Record<string, unknown>;
    const serviceUuid = hsdsUuid('x', 'service');
    expect(back).toStrictEqual({
      ...hsds,
      id: serviceUuid,
      status: 'active',
      organization: { id: hsdsUuid('o', 'organization'), name: null },
      service_areas: [
        { id: childUuid(serviceUuid, 'service_areas', 0), name: 'Eastfield', description: null },
        { id: childUuid(serviceUuid, 'service_areas', 1), name: '' },
      ],
      schedules: [{ id: childUuid(serviceUuid, 'schedules', 0), freq: 'MONTHLY', interval: null, bymonthday: '1' }],
      attributes: [...hsds.attributes, idAttribute(serviceUuid, 'service', 'x'), idAttribute(serviceUuid, 'organization', 'o')],
    });
  });

  it('reads the organisation id from organization_id when organization has none', () => {
    expect(fromHsds({ id: 'x', name: 'X', organization_id: 'o', organization: { name: 'Trust' } }).organization).toStrictEqual({ id: 'o', name: 'Trust', hsds: {} });
  });

  it('accepts the age boundaries 0 and 150 and a minimum equal to the maximum', () => {
    expect(fromHsds({ id: 'x', name: 'X', organization_id: 'o', minimum_age: 0, maximum_age: 150 }).eligibility?.criteria).toEqual({
      kind: 'age',
      min: 0,
      max: 150,
    });
    expect(fromHsds({ id: 'x', name: 'X', organization_id: 'o', minimum_age: 18, maximum_age: 18 }).eligibility?.criteria).toEqual({
      kind: 'age',
      min: 18,
      max: 18,
    });
    expect(fromHsds({ id: 'x', name: 'X', organization_id: 'o', maximum_age: 0 }).eligibility?.criteria).toEqual({ kind: 'age', max: 0 });
  });

  it('lists a need once, whether tagged twice or also given in options', () => {
    expect(
      fromHsds(
        { id: 'x', name: 'X', organization_id: 'o', attributes: [needTerm('housing'), needTerm('employment'), needTerm('housing')] },
        { needs: ['employment', 'bereavement'] },
      ).needs,
    ).toEqual(['housing', 'employment', 'bereavement']);
  });
});

describe('fromHsds errors', () => {
  const ok = { id: 'x', name: 'X', organization_id: 'o' };

  it('pins every code, path and message', () => {
    expect([
      errorOf(() => fromHsds(ok, 'housing' as never)),
      errorOf(() => fromHsds(ok, null as never)),
      errorOf(() => fromHsds({ id: 'x', name: 'X' })),
      errorOf(() => fromHsds({ id: 'x', name: 'X', organization_id: null, organization: { id: null } })),
      errorOf(() => fromHsds({ id: 'x', name: 'X', organization_id: '' })),
      errorOf(() => fromHsds({ ...ok, status: 'open' })),
      errorOf(() => fromHsds({ ...ok, minimum_age: -1 })),
      errorOf(() => fromHsds({ ...ok, maximum_age: 151 })),
      errorOf(() => fromHsds({ ...ok, minimum_age: 17.5 })),
      errorOf(() => fromHsds({ ...ok, minimum_age: 19, maximum_age: 18 })),
      errorOf(() => fromHsds({ ...ok, schedules: [{ freq: 'WEEKLY' }, { byday: 'Mondays' }] })),
      errorOf(() => fromHsds({ ...ok, attributes: [needTerm('housing'), needTerm('gardening')] })),
      errorOf(() => fromHsds({ ...ok, attributes: [needTerm(null)] })),
      errorOf(() => fromHsds(ok, { needs: 'housing' as never })),
      errorOf(() => fromHsds(ok, { needs: ['housing', 'gardening'] as never })),
      errorOf(() => fromHsds(ok, { needs: [7] as never })),
    ]).toEqual([
      { code: 'directory/invalid-options', issues: [{ path: [], message: 'fromHsds takes an options object' }] },
      { code: 'directory/invalid-options', issues: [{ path: [], message: 'fromHsds takes an options object' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['organization_id'], message: 'needs organization_id or organization.id' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['organization_id'], message: 'needs organization_id or organization.id' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['organization_id'], message: 'needs organization_id or organization.id' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['status'], message: 'must be one of active, inactive, defunct, temporarily closed' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['minimum_age'], message: 'must be a whole number of years from 0 to 150' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['maximum_age'], message: 'must be a whole number of years from 0 to 150' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['minimum_age'], message: 'must be a whole number of years from 0 to 150' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['minimum_age'], message: 'must not be greater than maximum_age' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['schedules', 1, 'byday'], message: 'must be RFC 5545 BYDAY, such as MO,WE or 2TU' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['attributes', 1, 'taxonomy_term', 'code'], message: 'must be a need category id' }] },
      { code: 'directory/invalid-hsds', issues: [{ path: ['attributes', 0, 'taxonomy_term', 'code'], message: 'must be a need category id' }] },
      { code: 'directory/invalid-options', issues: [{ path: ['needs'], message: 'must be an array of need categories' }] },
      { code: 'directory/invalid-options', issues: [{ path: ['needs', 1], message: 'must be a need category id' }] },
      { code: 'directory/invalid-options', issues: [{ path: ['needs', 0], message: 'must be a need category id' }] },
    ]);
  });

  it('keeps a full round trip of a service with everything HSDS holds', () => {
    const s: Service = {
      id: 'debt',
      name: 'Debt advice',
      organization: { id: 'advice', name: 'Advice Centre' },
      description: 'Free debt advice.',
      status: 'defunct',
      email: 'help@example.org',
      url: 'https://example.org/debt',
      needs: ['money-and-debt'],
      service_areas: [{ name: 'Northbrook', description: 'the whole borough' }],
      eligibility: { id: 'debt-age', name: 'Debt advice: age limits', criteria: { kind: 'age', min: 18, max: 74 } },
      eligibility_description: 'Adults',
      schedules: [{ freq: 'WEEKLY', interval: 2, byday: 'MO', valid_from: '2025-01-01', attending_type: 'in person' }],
      contactRoute: 'either',
    };
    expect(fromHsds(toHsds({ ...s, assurance: fullAssurance('2025-01-01') }))).toStrictEqual(s);
  });
});
