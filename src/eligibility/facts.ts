/**
 * Reading a person and a referral into the facts the criteria test. Both are checked against their
 * zod schemas ({@link PersonSchema}, {@link EligibilityReferralSchema}), the single source of their
 * rules, through core's {@link compileCheck} (a zod parse per person would cost bulk screening
 * several times its work: see docs/decisions.md); only a record that fails is parsed by zod, for
 * its issues. What no schema can say alone (a birth date after the referral, an age that disagrees
 * with it) is checked here.
 *
 * @module
 */
import { compileCheck, isoToYmd, parseWithSchema, SocialPrescribingError } from '../core/index.js';
import { EligibilityReferralSchema, PersonSchema, type Person } from './schemas.js';

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


// Compiled once, when first used: a bundle that never screens anyone drops them.
const personIsValid = /* @__PURE__ */ (() => compileCheck(PersonSchema))();
const referralIsValid = /* @__PURE__ */ (() => compileCheck(EligibilityReferralSchema))();

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
  // The check says yes exactly when the schema does; on a no, the schema's parse throws with every issue.
  if (!referralIsValid(referral)) parseWithSchema(EligibilityReferralSchema, referral, 'eligibility/invalid-referral');
  const { referredOn: text, source } = referral as { referredOn: string; source?: string };
  let referredOn: number;
  if (text === lastReferredOnText) referredOn = lastReferredOn;
  else {
    referredOn = isoToYmd(text);
    lastReferredOnText = text;
    lastReferredOn = referredOn;
  }
  if (!personIsValid(person)) parseWithSchema(PersonSchema, person, 'eligibility/invalid-person');
  const valid = person as Person;
  into.referredOn = referredOn;
  into.referredOnText = text;
  into.source = source ?? null;
  const checked = into.person === EMPTY ? emptyPerson() : (into.person as MutablePerson);
  into.age = ageOf(valid, referredOn);
  checked.conditions = valid.conditions;
  checked.registeredPractice = valid.registeredPractice;
  checked.pcn = valid.pcn;
  checked.residence = valid.residence;
  checked.flags = valid.flags;
  into.person = checked;
  return into;
}

/** The person's age on the referral date, or `null`: the rules beyond the schema, which need the referral. */
function ageOf(person: Person, referredOn: number): number | null {
  let age: number | null = null;
  if (person.birthDate !== undefined) {
    const birth = isoToYmd(person.birthDate);
    if (birth > referredOn) fail('eligibility/invalid-person', ['birthDate'], 'must not be after the referral date');
    age = ageOn(birth, referredOn);
  }
  const givenAge = person.age;
  if (givenAge !== undefined) {
    if (age !== null && age !== givenAge) fail('eligibility/inconsistent-age', ['age'], 'disagrees with the age birthDate gives on the referral date');
    age = givenAge;
  }
  return age;
}

function fail(code: 'eligibility/invalid-person' | 'eligibility/inconsistent-age', path: readonly (string | number)[], message: string): never {
  throw new SocialPrescribingError(code, [{ path, message }]);
}
