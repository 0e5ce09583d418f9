/**
 * The HSDS carrying rules field by field (docs/directory.md, "What is carried", "Ids",
 * "Profiles"), with exact codes, paths and messages: what fromHsds carries and leaves out,
 * how toHsds merges carried and modelled fields, and the attribute rules.
 */
import { describe, expect, it } from 'vitest';
import { fromHsds, HSDS_ID_TAXONOMY, HSDS_NEED_TAXONOMY, ServiceSchema, toHsds, type Service } from '../../src/directory/index.js';
import { childUuid, hsdsAttributes, hsdsUuid, idAttribute, needAttribute } from '../../src/directory/hsdsMapping.js';
import { copyHsdsJson, isHsdsJson, MAX_HSDS_DEPTH, sameJson } from '../../src/directory/hsdsJson.js';
import { errorOf } from '../support/errorOf.js';

const S = 'ac148810-d857-441c-9679-408f346de14b';
const O = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const base = { id: S, name: 'Walk', status: 'active', organization_id: O };
const NOT_JSON = 'has a field that is not JSON data (finite numbers, nested at most 64 deep)';
const nested = (levels: number): unknown => (levels === 0 ? 'x' : [nested(levels - 1)]);

describe('fromHsds: what is carried', () => {
  it('pins the errors of the carrying rules', () => {
    expect(errorOf(() => fromHsds({ ...base, organization: { id: S } }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['organization_id'], message: 'must match organization.id' }],
    });
    const idTerm = (code: string) => ({ taxonomy: HSDS_ID_TAXONOMY, code });
    expect(errorOf(() => fromHsds({ ...base, attributes: [{ id: S, value: 'walk', taxonomy_term: idTerm('service') }] }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['attributes', 0, 'value'], message: 'must be the service id whose UUID v5 is the service id' }],
    });
    expect(errorOf(() => fromHsds({ ...base, attributes: [{ id: S }, { id: S, value: 7, taxonomy_term: idTerm('organization') }] }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['attributes', 1, 'value'], message: 'must be the organization id whose UUID v5 is the organisation id' }],
    });
    expect(errorOf(() => fromHsds({ ...base, phones: [Number.NaN] }))).toEqual({ code: 'directory/invalid-hsds', issues: [{ path: [], message: NOT_JSON }] });
    expect(errorOf(() => fromHsds({ ...base, schedules: [{ notes: Number.POSITIVE_INFINITY }] }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['schedules', 0], message: NOT_JSON }],
    });
    expect(errorOf(() => fromHsds({ ...base, service_areas: [{ name: 'N' }, { extent: [() => 1] }] }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['service_areas', 1], message: NOT_JSON }],
    });
    expect(errorOf(() => fromHsds({ ...base, organization: { id: O, logo: new Date(0) } }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['organization'], message: NOT_JSON }],
    });
    expect(errorOf(() => fromHsds({ ...base, attributes: [{ id: S, value: 10n }] }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['attributes', 0], message: NOT_JSON }],
    });
    expect(errorOf(() => fromHsds({ id: S, name: 'Walk' }, { organization: { id: '' } }))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: ['organization', 'id'], message: 'must not be empty' }],
    });
  });

  it('carries values nested up to the limit, and no deeper, the same way fromHsds and ServiceSchema count', () => {
    expect(MAX_HSDS_DEPTH).toBe(64);
    const deepest = fromHsds({ ...base, extra: nested(MAX_HSDS_DEPTH - 1) });
    expect(deepest.hsds?.fields?.extra).toEqual(nested(MAX_HSDS_DEPTH - 1));
    expect(errorOf(() => fromHsds({ ...base, extra: nested(MAX_HSDS_DEPTH) }))).toEqual({ code: 'directory/invalid-hsds', issues: [{ path: [], message: NOT_JSON }] });
    const service: Service = { id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: [] };
    expect(ServiceSchema.safeParse({ ...service, hsds: { fields: { extra: nested(MAX_HSDS_DEPTH - 1) } } }).success).toBe(true);
    expect(ServiceSchema.safeParse({ ...service, hsds: { fields: { extra: nested(MAX_HSDS_DEPTH) } } }).success).toBe(false);
  });

  it('copies JSON, writing -0 as 0, leaving out undefined properties, and refusing what JSON cannot hold', () => {
    expect(copyHsdsJson({ a: [-0, 1.5, 'x', true, null], b: undefined, ['__proto__']: 1 })).toEqual(JSON.parse('{"a":[0,1.5,"x",true,null],"__proto__":1}'));
    expect(Object.is((copyHsdsJson([-0]) as number[])[0], 0)).toBe(true);
    for (const bad of [[undefined], Number.NaN, -Infinity, 1n, Symbol('s'), () => 1, new Map(), Object.create({ inherited: 1 })]) {
      expect(copyHsdsJson(bad)).toBeUndefined();
    }
    expect(copyHsdsJson(Object.create(null))).toEqual({});
    expect(isHsdsJson(-0)).toBe(false);
    expect(isHsdsJson({ a: [0, 'x', null, false] })).toBe(true);
    expect(isHsdsJson(new Date(0))).toBe(false);
    expect(isHsdsJson(undefined)).toBe(false);
    expect(sameJson([1, { a: null }], [1, { a: null }])).toBe(true);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([1, 2], [1])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('carries an email or url HSDS would reject instead of modelling it, so the record writes back', () => {
    const odd = { ...base, email: 'info@charity', url: 'www.example.org' };
    const service = fromHsds(odd);
    expect([service.email, service.url]).toEqual([undefined, undefined]);
    expect(service.hsds?.fields).toEqual({ email: 'info@charity', url: 'www.example.org' });
    expect(toHsds(service)).toEqual(odd);
    expect(fromHsds({ ...base, email: 'info@charity.org', url: 'https://charity.org' })).toMatchObject({ email: 'info@charity.org', url: 'https://charity.org' });
  });

  it('carries the organisation when the service names none, from the option, and writes no organisation fields back', () => {
    const inside = { id: S, name: 'Walk', status: 'active' };
    const service = fromHsds(inside, { organization: { id: O, name: 'Trust' } });
    expect(service.organization).toEqual({ id: O, name: 'Trust' });
    expect(service.hsds).toEqual({ absent: ['organization_id', 'organization'] });
    expect(toHsds(service)).toEqual(inside);
    expect(fromHsds(inside, { organization: { id: O } }).hsds).toEqual({ absent: ['organization_id'] });
    // The service's own organisation wins over the option.
    expect(fromHsds(base, { organization: { id: S, name: 'Other' } }).organization).toEqual({ id: O });
  });

  it('leaves out what toHsds would write anyway, and keeps what it would not', () => {
    const written = toHsds({ id: 'walk', name: 'Walk', organization: { id: 'trust', name: 'Trust' }, needs: ['housing'], schedules: [{ freq: 'WEEKLY' }], service_areas: [{ name: 'N' }] });
    const read = fromHsds(written);
    expect(read).toEqual({ id: 'walk', name: 'Walk', status: 'active', organization: { id: 'trust', name: 'Trust' }, needs: ['housing'], schedules: [{ freq: 'WEEKLY' }], service_areas: [{ name: 'N' }] });
    // An organisation description toHsds would not write, a schedule field, an attribute, all kept.
    const changed = {
      ...written,
      organization: { ...(written.organization as object), description: 'Walks' },
      schedules: [{ ...(written.schedules as object[])[0], notes: 'Bring boots' }],
      attributes: [...(written.attributes as object[]), { id: O, value: 'x' }],
    };
    const again = fromHsds(changed);
    expect(again.organization.hsds).toEqual({ description: 'Walks' });
    expect(again.schedules?.[0]?.hsds).toEqual({ id: childUuid(written.id, 'schedules', 0), service_id: written.id, notes: 'Bring boots' });
    expect(again.hsds?.attributes).toHaveLength(4);
    expect(toHsds(again)).toEqual(changed);
    // A nested organisation with only an id and an empty description is kept: without a name toHsds would not write it.
    const bare = { ...base, organization: { id: O, description: '' } };
    expect(fromHsds(bare).organization).toEqual({ id: O, hsds: { description: '' } });
    expect(toHsds(fromHsds(bare))).toEqual(bare);
    // An empty attributes list is kept, so toHsds writes it back.
    expect(fromHsds({ ...base, attributes: [] }).hsds).toEqual({ attributes: [] });
    expect(toHsds(fromHsds({ ...base, attributes: [] }))).toEqual({ ...base, attributes: [] });
  });
});

describe('toHsds: merging carried and modelled fields', () => {
  const walk: Service = { id: S, name: 'Walk', organization: { id: O }, needs: [] };

  it('pins the errors of the profile and the formats', () => {
    expect(errorOf(() => toHsds(walk, { profile: 'hsds-3.1' as never }))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: ['profile'], message: 'must be one of hsds-3.0, oruk' }],
    });
    expect(errorOf(() => toHsds({ ...walk, email: 'walk', url: 'walk' }))).toEqual({
      code: 'directory/invalid-service',
      issues: [
        { path: ['service', 'email'], message: 'must be an email address, as HSDS 3.0 requires' },
        { path: ['service', 'url'], message: 'must be an absolute URI (RFC 3986), as HSDS 3.0 requires' },
      ],
    });
    expect(errorOf(() => toHsds(walk, null as never))).toEqual({ code: 'directory/invalid-options', issues: [{ path: [], message: 'toHsds takes an options object' }] });
  });

  it('modelled fields win over carried ones; carried ones fill the rest', () => {
    const out = toHsds({ ...walk, description: 'New', hsds: { fields: { description: null, alert: 'Closed Friday', id: 'ignored', name: 'ignored' } } });
    expect(out).toEqual({ id: S, name: 'Walk', description: 'New', status: 'active', organization_id: O, alert: 'Closed Friday' });
  });

  it('writes the organisation fields the source had, and only those', () => {
    const named: Service = { ...walk, organization: { id: O, name: 'Trust' } };
    expect(toHsds(named).organization).toEqual({ id: O, name: 'Trust', description: '' });
    expect(toHsds({ ...named, organization: { ...named.organization, hsds: { website: 'https://example.org' } } }).organization).toEqual({ id: O, name: 'Trust', website: 'https://example.org' });
    expect(toHsds({ ...walk, organization: { id: O, hsds: { description: 'd' } } }).organization).toEqual({ id: O, description: 'd' });
    expect(toHsds(walk)).not.toHaveProperty('organization');
    expect(toHsds({ ...named, hsds: { absent: ['organization'] } })).toEqual({ id: S, name: 'Walk', status: 'active', organization_id: O });
    expect(toHsds({ ...named, hsds: { absent: ['organization_id'] } })).toEqual({ id: S, name: 'Walk', status: 'active', organization: { id: O, name: 'Trust', description: '' } });
  });

  it('gives schedules and areas their carried ids, or derived ones and the service id', () => {
    const out = toHsds({ ...walk, schedules: [{ freq: 'WEEKLY', hsds: { id: O } }, { freq: 'MONTHLY' }], service_areas: [{ hsds: { extent: 'x' } }, { name: 'N' }] });
    expect(out.schedules).toEqual([
      { id: O, freq: 'WEEKLY' },
      { id: childUuid(S, 'schedules', 1), service_id: S, freq: 'MONTHLY' },
    ]);
    expect(out.service_areas).toEqual([
      { id: childUuid(S, 'service_areas', 0), extent: 'x' },
      { id: childUuid(S, 'service_areas', 1), service_id: S, name: 'N' },
    ]);
  });

  it('writes attributes only when there are some, or the source had the list', () => {
    expect(toHsds(walk)).not.toHaveProperty('attributes');
    expect(toHsds({ ...walk, hsds: { attributes: [] } }).attributes).toEqual([]);
    expect(toHsds({ ...walk, needs: ['housing'] }).attributes).toEqual([needAttribute(S, 'housing')]);
  });

  it('checks the UK profile requirement on carried locations only where there is a location', () => {
    const at = (items: unknown) => ({ ...walk, hsds: { fields: { service_at_locations: items } } }) as Service;
    expect(() => toHsds(at('none'), { profile: 'oruk' })).not.toThrow();
    expect(() => toHsds(at([null, { id: S }, { id: S, location: null }, { id: S, location: { id: O, location_type: 'virtual' } }]), { profile: 'oruk' })).not.toThrow();
    expect(errorOf(() => toHsds(at([{ id: S, location: { id: O, location_type: 'virtual' } }, { id: S, location: { id: O, location_type: 3 } }]), { profile: 'oruk' }))).toEqual({
      code: 'directory/invalid-service',
      issues: [{ path: ['service', 'hsds', 'fields', 'service_at_locations', 1, 'location', 'location_type'], message: 'is required by the Open Referral UK profile' }],
    });
    expect(() => toHsds(at([{ id: S, location: { id: O } }]))).not.toThrow();
  });
});

describe('hsdsAttributes', () => {
  const model = { serviceUuid: S, needs: ['housing'], serviceId: S, organizationId: O };
  const need = (code: string) => ({ id: O, taxonomy_term: { taxonomy: HSDS_NEED_TAXONOMY, code } });
  const id = (code: string, value: string) => ({ id: O, value, taxonomy_term: { taxonomy: HSDS_ID_TAXONOMY, code } });

  it('keeps carried attributes in order, drops a need no longer listed, and adds the needs not covered', () => {
    const other = { id: S, value: 'v' };
    expect(hsdsAttributes(model, [need('employment'), other, need('housing'), need('housing')])).toEqual([other, need('housing'), need('housing')]);
    expect(hsdsAttributes({ ...model, needs: ['housing', 'employment'] }, [other])).toEqual([other, needAttribute(S, 'housing'), needAttribute(S, 'employment')]);
    expect(hsdsAttributes({ ...model, needs: [] })).toEqual([]);
  });

  it('keeps an id attribute only while the id it holds is the non-UUID id in use', () => {
    const live = { ...model, serviceId: 'walk', organizationId: 'trust' };
    expect(hsdsAttributes(live, [id('service', 'walk'), id('organization', 'trust')])).toEqual([id('service', 'walk'), id('organization', 'trust'), needAttribute(S, 'housing')]);
    expect(hsdsAttributes(live, [id('service', 'old')])).toEqual([needAttribute(S, 'housing'), idAttribute(S, 'service', 'walk'), idAttribute(S, 'organization', 'trust')]);
    expect(hsdsAttributes(model, [id('service', 'walk'), id('organization', 'trust')])).toEqual([needAttribute(S, 'housing')]);
    // A code of the id taxonomy the library does not use is someone else's data: kept.
    expect(hsdsAttributes(model, [id('programme', 'p')])).toEqual([id('programme', 'p'), needAttribute(S, 'housing')]);
  });

  it('derives ids from the service id, the kind and the position', () => {
    expect(hsdsUuid(S.toUpperCase(), 'service')).toBe(S.toUpperCase());
    expect(hsdsUuid('walk', 'service')).not.toBe(hsdsUuid('walk', 'organization'));
    expect(childUuid(S, 'schedules', 0)).not.toBe(childUuid(S, 'service_areas', 0));
    expect(needAttribute(S, 'housing').id).not.toBe(needAttribute(O, 'housing').id);
    expect((needAttribute(S, 'housing').taxonomy_term as { id: string }).id).toBe((needAttribute(O, 'housing').taxonomy_term as { id: string }).id);
  });
});
