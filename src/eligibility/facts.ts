/**
 * Reading a person and a referral into the facts the criteria test, validating as it goes.
 * Hand-written (not zod) because it runs once per person in bulk screening.
 *
 * @module
 */
import { isRecord, keyPlaceholder, SocialPrescribingError, type ErrorCode } from '../core/index.js';

/** A person whose fields have been checked by {@link readFacts}. */
export interface CheckedPerson {
  readonly conditions?: readonly string[] | undefined;
  readonly registeredPractice?: string | undefined;
  readonly pcn?: string | undefined;
  readonly residence?: Readonly<Record<string, string | undefined>> | undefined;
  readonly flags?: Readonly<Record<string, boolean | undefined>> | undefined;
}

/** The facts about one person and referral that criteria test; `undefined`/`null` is unknown. */
export interface Facts {
  /** The validated person's fields, each read once (absent = unknown). */
  person: CheckedPerson;
  /** The referral date as the integer `yyyymmdd`. */
  referredOn: number;
  /** The referral date as written. */
  referredOnText: string;
  /** Who referred, or `null`. */
  source: string | null;
  /** Whole years on the referral date, or `null`. */
  age: number | null;
}

const DIGIT_0 = 48;

/**
 * `yyyymmdd` of a real calendar date written `YYYY-MM-DD` (years 1000–9999), or -1.
 *
 * An integer is cheap to compare and to subtract (see {@link ageOn}), and -1 lets callers
 * choose their own error code.
 *
 * @example
 * ```ts
 * import { isoToYmd } from './facts.js';
 *
 * isoToYmd('2025-06-01');
 * //=> 20250601
 * isoToYmd('2024-02-29');
 * //=> 20240229
 * [isoToYmd('2025-02-29'), isoToYmd('2025-6-1'), isoToYmd(20250601)];
 * //=> [-1, -1, -1]
 * ```
 */
export function isoToYmd(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = value.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = value.charCodeAt(5) - DIGIT_0;
  const m2 = value.charCodeAt(6) - DIGIT_0;
  const d1 = value.charCodeAt(8) - DIGIT_0;
  const d2 = value.charCodeAt(9) - DIGIT_0;
  // A tens digit outside 0-9 already puts the month or day out of range (below 1 or above 99), checked next.
  if (m2 < 0 || m2 > 9 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > last) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * Whole years from `birth` to `on`, both `yyyymmdd`. A 29 February birthday is
 * reached on 1 March in common years, because 0228 < 0229 < 0301.
 *
 * @example
 * ```ts
 * import { ageOn } from './facts.js';
 *
 * [ageOn(19860210, 20250601), ageOn(19860210, 20260210)];
 * //=> [39, 40]
 * [ageOn(20000229, 20250228), ageOn(20000229, 20250301)];
 * //=> [24, 25]
 * ```
 */
export function ageOn(birth: number, on: number): number {
  return Math.floor((on - birth) / 10000);
}


function fail(code: ErrorCode, path: readonly (string | number)[], message: string): never {
  throw new SocialPrescribingError(code, [{ path, message }]);
}

const PERSON = 'eligibility/invalid-person';


function checkString(value: unknown, path: readonly (string | number)[]): void {
  if (value !== undefined && (typeof value !== 'string' || value.length === 0)) fail(PERSON, path, 'must be a non-empty string');
}

const RESIDENCE_KEYS = ['lsoa', 'ward', 'borough', 'postcodeDistrict'] as const;

/**
 * A fresh facts object, to be filled by {@link readFacts}.
 *
 * @example
 * ```ts
 * import { emptyFacts } from './facts.js';
 *
 * emptyFacts();
 * //=> { person: {}, referredOn: 0, referredOnText: '', source: null, age: null }
 * emptyFacts() === emptyFacts();
 * //=> false
 * ```
 */
export function emptyFacts(): Facts {
  return { person: EMPTY, referredOn: 0, referredOnText: '', source: null, age: null };
}

/** A fresh record of a person's checked fields, to be filled by {@link readFacts}. */
function emptyPerson(): MutablePerson {
  return { conditions: undefined, registeredPractice: undefined, pcn: undefined, residence: undefined, flags: undefined };
}

type MutablePerson = { -readonly [K in keyof CheckedPerson]-?: CheckedPerson[K] };

const EMPTY: CheckedPerson = {};

// The last referral date parsed: bulk screening passes the same date many times over.
// Starts as a valid pair, so an unparsed text (such as '') never hits the cache.
let lastReferredOnText = '2000-01-01';
let lastReferredOn = 20000101;

/**
 * Reads and validates a referral, then a person, into `into` (a new object when not given).
 *
 * @throws SocialPrescribingError `eligibility/invalid-referral`, `eligibility/invalid-person`,
 * `eligibility/inconsistent-age`; messages name paths and rules, never values.
 * @example
 * ```ts
 * import { emptyFacts, readFacts } from './facts.js';
 *
 * const facts = readFacts({ birthDate: '1986-02-10', conditions: ['copd'] }, { referredOn: '2025-06-01', source: 'gp' });
 * [facts.age, facts.referredOn, facts.source, facts.person.conditions];
 * //=> [39, 20250601, 'gp', ['copd']]
 *
 * // Bulk screening refills one facts object rather than allocating one per person.
 * const into = emptyFacts();
 * readFacts({ age: 50 }, { referredOn: '2025-06-01' }, into) === into && into.age === 50;
 * //=> true
 * readFacts({ age: 30, birthDate: '1986-02-10' }, { referredOn: '2025-06-01' });
 * //=> throws 'eligibility/inconsistent-age'
 * readFacts({}, { referredOn: '2025-02-30' });
 * //=> throws 'eligibility/invalid-referral'
 * ```
 */
export function readFacts(person: unknown, referral: unknown, into: Facts = emptyFacts()): Facts {
  if (!isRecord(referral)) fail('eligibility/invalid-referral', [], 'must be an object with referredOn');
  const text = referral.referredOn;
  let referredOn: number;
  if (text === lastReferredOnText) referredOn = lastReferredOn;
  else {
    referredOn = isoToYmd(text);
    if (referredOn < 0) fail('eligibility/invalid-referral', ['referredOn'], 'must be a real calendar date written YYYY-MM-DD');
    lastReferredOnText = text as string;
    lastReferredOn = referredOn;
  }
  const source = referral.source;
  if (source !== undefined && (typeof source !== 'string' || source.length === 0)) {
    fail('eligibility/invalid-referral', ['source'], 'must be a non-empty string');
  }
  into.referredOn = referredOn;
  into.referredOnText = text as string;
  into.source = source ?? null;
  const checked = into.person === EMPTY ? emptyPerson() : (into.person as MutablePerson);
  into.age = checkPerson(person, referredOn, checked);
  into.person = checked;
  return into;
}

/** Validates a person, copies the fields criteria read into `out`, and returns their age on the referral date or `null`. */
function checkPerson(person: unknown, referredOn: number, out: MutablePerson): number | null {
  if (!isRecord(person)) fail(PERSON, [], 'must be an object');
  let age: number | null = null;
  if (person.birthDate !== undefined) {
    const birth = isoToYmd(person.birthDate);
    if (birth < 0) fail(PERSON, ['birthDate'], 'must be a real calendar date written YYYY-MM-DD');
    if (birth > referredOn) fail(PERSON, ['birthDate'], 'must not be after the referral date');
    age = ageOn(birth, referredOn);
  }
  const givenAge = person.age;
  if (givenAge !== undefined) {
    if (typeof givenAge !== 'number' || !Number.isInteger(givenAge) || givenAge < 0 || givenAge > 150) {
      fail(PERSON, ['age'], 'must be a whole number of years from 0 to 150');
    }
    if (age !== null && age !== givenAge) {
      fail('eligibility/inconsistent-age', ['age'], 'disagrees with the age birthDate gives on the referral date');
    }
    age = givenAge;
  }
  const conditions = person.conditions;
  if (conditions !== undefined) {
    if (!Array.isArray(conditions)) fail(PERSON, ['conditions'], 'must be an array of condition ids');
    for (let i = 0; i < conditions.length; i++) {
      const c: unknown = conditions[i];
      if (typeof c !== 'string' || c.length === 0) fail(PERSON, ['conditions', i], 'must be a non-empty string');
    }
  }
  const registeredPractice = person.registeredPractice;
  checkString(registeredPractice, ['registeredPractice']);
  const pcn = person.pcn;
  checkString(pcn, ['pcn']);
  const residence = person.residence;
  if (residence !== undefined) {
    if (!isRecord(residence)) fail(PERSON, ['residence'], 'must be an object');
    for (const key of RESIDENCE_KEYS) checkString(residence[key], ['residence', key]);
  }
  const flags = person.flags;
  if (flags !== undefined) {
    if (!isRecord(flags)) fail(PERSON, ['flags'], 'must be an object of true/false values');
    // A flag's name is the caller's key in data: point at it by position, never echo it.
    Object.keys(flags).forEach((key, position) => {
      if (typeof flags[key] !== 'boolean') fail(PERSON, ['flags', keyPlaceholder(position)], 'must be true or false');
    });
  }
  out.conditions = conditions as readonly string[] | undefined;
  out.registeredPractice = registeredPractice as string | undefined;
  out.pcn = pcn as string | undefined;
  out.residence = residence as Readonly<Record<string, string | undefined>> | undefined;
  out.flags = flags as Readonly<Record<string, boolean | undefined>> | undefined;
  return age;
}
