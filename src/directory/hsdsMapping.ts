import { isRecord } from '../core/index.js';
import type { Scheme } from '../eligibility/index.js';
import type { ContactRoute } from './constants.js';
import type { ServiceAvailability } from './schemas.js';
import type { HsdsJson } from './hsdsJson.js';
import { HSDS_ID_NAMESPACE, HSDS_ID_TAXONOMY, HSDS_NEED_TAXONOMY } from './hsdsSchema.js';
import { isUuid, uuidV5 } from './uuid.js';

/** The `application_process` sentence {@link toHsds} writes for each contact route, read back by {@link fromHsds}. */
export const APPLICATION_PROCESS: Readonly<Record<ContactRoute, string>> = {
  'self-referral': 'Self-referral: contact the service directly.',
  referral: 'By referral only, for example from a social prescribing link worker.',
  either: 'Self-referral, or referral for example from a social prescribing link worker.',
};

type Criterion = Scheme['criteria'];

/**
 * The age limits every eligible person must meet: from an `age` criterion at the
 * root, or from `age` criteria under `all` combinators (the tightest bounds).
 * Limits inside `any` or `not` are not limits on everyone, so they are not read.
 *
 * {@link toHsds} writes them as HSDS `minimum_age` and `maximum_age`, which state limits
 * that apply to every user of the service.
 *
 * @example
 * ```ts
 * import { ageLimits } from './hsdsMapping.js';
 *
 * ageLimits({ kind: 'age', min: 18 });
 * //=> { min: 18, max: null }
 * ageLimits({ kind: 'all', of: [{ kind: 'age', min: 18 }, { kind: 'age', min: 40, max: 74 }, { kind: 'age', max: 65 }] });
 * //=> { min: 40, max: 65 }
 * ageLimits({ kind: 'any', of: [{ kind: 'age', min: 65 }, { kind: 'flag', name: 'carer' }] });
 * //=> { min: null, max: null }
 * ```
 */
export function ageLimits(criterion: Criterion): { min: number | null; max: number | null } {
  if (criterion.kind === 'age') return { min: criterion.min ?? null, max: criterion.max ?? null };
  if (criterion.kind !== 'all') return { min: null, max: null };
  let min: number | null = null;
  let max: number | null = null;
  for (const child of criterion.of) {
    const limits = ageLimits(child);
    if (limits.min !== null && (min === null || limits.min > min)) min = limits.min;
    if (limits.max !== null && (max === null || limits.max < max)) max = limits.max;
  }
  return { min, max };
}

/** What an id attribute holds: the id of the service itself or of its organisation. */
export type IdKind = 'service' | 'organization';

type Attribute = Record<string, HsdsJson>;

/**
 * The HSDS id of a service or an organisation: its own id when that is a UUID,
 * else the UUID v5 of `<kind>:<id>` in {@link HSDS_ID_NAMESPACE}.
 *
 * @example
 * ```ts
 * import { hsdsUuid } from './hsdsMapping.js';
 *
 * hsdsUuid('ac148810-d857-441c-9679-408f346de14b', 'service');
 * //=> 'ac148810-d857-441c-9679-408f346de14b'
 * hsdsUuid('walk-and-talk', 'service') === hsdsUuid('walk-and-talk', 'service');
 * //=> true
 * hsdsUuid('walk-and-talk', 'service') === hsdsUuid('walk-and-talk', 'organization');
 * //=> false
 * ```
 */
export function hsdsUuid(id: string, kind: IdKind): string {
  return isUuid(id) ? id : uuidV5(`${kind}:${id}`, HSDS_ID_NAMESPACE);
}

/**
 * The derived HSDS id of a service's child object: the UUID v5 of
 * `<service uuid>/<collection>/<key>` in {@link HSDS_ID_NAMESPACE}.
 *
 * @example
 * ```ts
 * import { childUuid } from './hsdsMapping.js';
 *
 * childUuid('ac148810-d857-441c-9679-408f346de14b', 'schedules', 0) === childUuid('ac148810-d857-441c-9679-408f346de14b', 'schedules', 1);
 * //=> false
 * ```
 */
export function childUuid(serviceUuid: string, collection: string, key: string | number): string {
  return uuidV5(`${serviceUuid}/${collection}/${String(key)}`, HSDS_ID_NAMESPACE);
}

function term(taxonomy: string, code: string, description: string): Attribute {
  const id = uuidV5(`taxonomy_term/${taxonomy}/${code}`, HSDS_ID_NAMESPACE);
  return { id, code, name: code, description, taxonomy };
}

/**
 * The attribute {@link toHsds} writes for one need category: a `taxonomy_term`
 * in the {@link HSDS_NEED_TAXONOMY} taxonomy whose `code` is the need.
 *
 * @example
 * ```ts
 * import { needAttribute } from './hsdsMapping.js';
 *
 * needAttribute('ac148810-d857-441c-9679-408f346de14b', 'housing').taxonomy_term;
 * //=> { id: 'f677edee-aade-52ce-9ec9-076d3e26abe3', code: 'housing', name: 'housing', description: "The need category 'housing' of the social-prescribing library", taxonomy: 'social-prescribing-need' }
 * ```
 */
export function needAttribute(serviceUuid: string, need: string): Attribute {
  const taxonomyTerm = term(HSDS_NEED_TAXONOMY, need, `The need category '${need}' of the social-prescribing library`);
  return {
    id: childUuid(serviceUuid, 'attributes', `need/${need}`),
    link_id: serviceUuid,
    link_entity: 'service',
    link_type: 'need',
    taxonomy_term_id: taxonomyTerm.id as string,
    taxonomy_term: taxonomyTerm,
  };
}

/**
 * The attribute {@link toHsds} writes to keep a service or organisation id that is
 * not a UUID: a `taxonomy_term` in the {@link HSDS_ID_TAXONOMY} taxonomy whose
 * `code` is the kind of id, and the id as the attribute's `value`.
 *
 * @example
 * ```ts
 * import { idAttribute } from './hsdsMapping.js';
 *
 * const attribute = idAttribute('ac148810-d857-441c-9679-408f346de14b', 'service', 'walk-and-talk');
 * [attribute.value, attribute.link_type, (attribute.taxonomy_term as { code: string }).code];
 * //=> ['walk-and-talk', 'identifier', 'service']
 * ```
 */
export function idAttribute(serviceUuid: string, kind: IdKind, id: string): Attribute {
  const taxonomyTerm = term(HSDS_ID_TAXONOMY, kind, `The ${kind} id the social-prescribing library uses, kept because it is not a UUID`);
  return {
    id: childUuid(serviceUuid, 'attributes', `id/${kind}`),
    link_id: serviceUuid,
    link_entity: 'service',
    link_type: 'identifier',
    value: id,
    taxonomy_term_id: taxonomyTerm.id as string,
    taxonomy_term: taxonomyTerm,
  };
}

/**
 * The taxonomy and code of an attribute's nested `taxonomy_term`, or `null`
 * when it has none with string `taxonomy` and `code`.
 *
 * @example
 * ```ts
 * import { termOf } from './hsdsMapping.js';
 *
 * termOf({ id: 'a', taxonomy_term: { code: 'housing', taxonomy: 'social-prescribing-need' } });
 * //=> { taxonomy: 'social-prescribing-need', code: 'housing' }
 * termOf({ id: 'a', taxonomy_term_id: 'b' });
 * //=> null
 * ```
 */
export function termOf(attribute: Readonly<Record<string, unknown>>): { taxonomy: string; code: string } | null {
  const t = attribute.taxonomy_term;
  if (typeof t !== 'object' || t === null) return null;
  const { taxonomy, code } = t as { taxonomy?: unknown; code?: unknown };
  return typeof taxonomy === 'string' && typeof code === 'string' ? { taxonomy, code } : null;
}

/** What the attributes of a service model: its needs and its ids. */
export interface AttributeModel {
  readonly serviceUuid: string;
  readonly needs: readonly string[];
  readonly serviceId: string;
  readonly organizationId: string;
}

/**
 * The `attributes` {@link toHsds} writes: the carried attributes in their order
 * (leaving out a need attribute whose need is no longer listed and an id
 * attribute that no longer holds), then an attribute for each need and each
 * non-UUID id the carried ones do not cover.
 *
 * @example
 * ```ts
 * import { hsdsAttributes } from './hsdsMapping.js';
 *
 * const model = { serviceUuid: 'ac148810-d857-441c-9679-408f346de14b', needs: ['housing'], serviceId: 'ac148810-d857-441c-9679-408f346de14b', organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' };
 * const other = { id: 'ae58cc39-8b70-4ab1-8aea-786882e5ac8e', value: 'value' };
 * const stale = { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', taxonomy_term: { code: 'employment', taxonomy: 'social-prescribing-need' } };
 * hsdsAttributes(model, [other, stale]).map((attribute) => attribute.id === other.id || (attribute.taxonomy_term as { code: string }).code);
 * //=> [true, 'housing']
 * ```
 */
export function hsdsAttributes(model: AttributeModel, carried: readonly Readonly<Record<string, HsdsJson>>[] = []): Attribute[] {
  const ids: [IdKind, string][] = [
    ['service', model.serviceId],
    ['organization', model.organizationId],
  ];
  const liveIds = ids.filter(([, id]) => !isUuid(id));
  const covered = new Set<string>();
  const out: Attribute[] = [];
  for (const attribute of carried) {
    const t = termOf(attribute);
    if (t?.taxonomy === HSDS_NEED_TAXONOMY) {
      if (!model.needs.includes(t.code)) continue;
      covered.add(`need/${t.code}`);
    } else if (t?.taxonomy === HSDS_ID_TAXONOMY && (t.code === 'service' || t.code === 'organization')) {
      const live = liveIds.find(([kind]) => kind === t.code);
      if (live === undefined || attribute.value !== live[1]) continue;
      covered.add(`id/${t.code}`);
    }
    out.push({ ...attribute });
  }
  for (const need of model.needs) if (!covered.has(`need/${need}`)) out.push(needAttribute(model.serviceUuid, need));
  for (const [kind, id] of liveIds) if (!covered.has(`id/${kind}`)) out.push(idAttribute(model.serviceUuid, kind, id));
  return out;
}

/**
 * The `updated` date-time {@link toHsds} writes for a date: midnight UTC of that
 * day (HSDS 3.1 `service_capacity.updated` is a `date-time`; the library holds a date).
 *
 * @example
 * ```ts
 * import { hsdsUpdated } from './hsdsMapping.js';
 *
 * hsdsUpdated('2025-06-02');
 * //=> '2025-06-02T00:00:00Z'
 * ```
 */
export function hsdsUpdated(on: string): string {
  return `${on}T00:00:00Z`;
}

/**
 * The HSDS id of a unit: the UUID v5 of `unit/<name>` in {@link HSDS_ID_NAMESPACE},
 * the same for every service that counts in it.
 *
 * @example
 * ```ts
 * import { unitUuid } from './hsdsMapping.js';
 *
 * unitUuid('place') === unitUuid('place');
 * //=> true
 * unitUuid('place') === unitUuid('bed');
 * //=> false
 * ```
 */
export function unitUuid(name: string): string {
  return uuidV5(`unit/${name}`, HSDS_ID_NAMESPACE);
}

/**
 * A service's availability as HSDS 3.1 `capacities`: each figure a
 * `service_capacity` with its `unit`, `available`, `maximum` and `updated`, and the
 * fields carried in its `hsds` written back. The `updated` carried is kept when it
 * falls on `updatedOn`; otherwise midnight UTC of `updatedOn` is written. A
 * capacity or unit without a carried id gets a derived one.
 *
 * @example
 * ```ts
 * import { hsdsCapacities } from './hsdsMapping.js';
 *
 * const [capacity] = hsdsCapacities([{ unit: 'place', available: 0, maximum: 12, updatedOn: '2025-06-02' }], 'ac148810-d857-441c-9679-408f346de14b');
 * [capacity?.unit, capacity?.available, capacity?.maximum, capacity?.updated];
 * //=> [{ id: '8fe4fbca-4e89-5430-bacf-1f83b0afe35d', name: 'place' }, 0, 12, '2025-06-02T00:00:00Z']
 * ```
 */
export function hsdsCapacities(availability: readonly ServiceAvailability[], serviceUuid: string): Attribute[] {
  return availability.map(({ unit, available, maximum, updatedOn, hsds }, i) => {
    const { unit: carriedUnit, updated, ...fields } = hsds ?? {};
    const unitFields = isRecord(carriedUnit) ? carriedUnit : {};
    return {
      id: childUuid(serviceUuid, 'capacities', i),
      ...fields,
      unit: { id: unitUuid(unit), ...unitFields, name: unit },
      // JSON has one zero: -0 is written 0.
      available: available + 0,
      ...(maximum === undefined ? {} : { maximum: maximum + 0 }),
      updated: typeof updated === 'string' && updated.slice(0, 10) === updatedOn ? updated : hsdsUpdated(updatedOn),
    };
  });
}

const PCHAR = "(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})";
const HOST = "(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})";
const QUERY = "(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})";
const URI = /* @__PURE__ */ new RegExp(
  `^[a-z][a-z0-9+\\-.]*:(?://${HOST}*(?::\\d*)?(?:/${PCHAR}*)*|${PCHAR}+(?:/${PCHAR}*)*)(?:\\?${QUERY}*)?(?:#${QUERY}*)?$`,
  'i',
);
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * Whether a string is an absolute URI that HSDS 3.0 `format: uri` accepts: a
 * scheme, then a host (a registered name or IPv4 address, with an optional port)
 * and path, or a path alone, then an optional query and fragment, in RFC 3986
 * characters. A user name before the host and an IPv6 host are not accepted.
 *
 * @see RFC 3986, Uniform Resource Identifier (URI): Generic Syntax (IETF, January 2005), section 3
 * @example
 * ```ts
 * import { isHsdsUri } from './hsdsMapping.js';
 *
 * isHsdsUri('https://example.org/debt?area=north#times');
 * //=> true
 * isHsdsUri('example.org/debt');
 * //=> false
 * isHsdsUri('https://example.org/a b');
 * //=> false
 * ```
 */
export function isHsdsUri(value: string): boolean {
  return URI.test(value);
}

/**
 * Whether a string is an email address that HSDS 3.0 `format: email` accepts:
 * dot-separated local-part atoms, `@`, and a domain of at least two labels.
 *
 * @see RFC 5322, Internet Message Format (IETF, October 2008), section 3.4.1 (the dot-atom form)
 * @example
 * ```ts
 * import { isHsdsEmail } from './hsdsMapping.js';
 *
 * isHsdsEmail('help@example.org');
 * //=> true
 * isHsdsEmail('help at example.org');
 * //=> false
 * ```
 */
export function isHsdsEmail(value: string): boolean {
  return EMAIL.test(value);
}
