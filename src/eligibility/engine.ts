/**
 * The evaluator shared by {@link checkEligibility} and {@link compileScheme}: each criterion
 * is turned once into a small closure that decides it (three-valued, as a number) and
 * another that explains it. Leaves explain by calling their own decider, so the explained
 * status and the fast decision can never disagree.
 *
 * @module
 */
import { match } from 'ts-pattern';
import { normaliseArea } from '../core/index.js';
import type { Facts } from './facts.js';
import type {
  AgeCriterion,
  AnyoneCriterion,
  Criterion,
  CriterionKind,
  FlagCriterion,
  HasConditionCriterion,
  ReferralSourceCriterion,
  RegisteredWithCriterion,
  ResidentInCriterion,
} from './schemas.js';

/** Whether `value` is in a set of normalised area values: an exact hit first, then normalised. */
function inSet(set: ReadonlySet<string>, value: string): boolean {
  return set.has(value) || set.has(normaliseArea(value));
}

/** Three-valued truth as a number, so Kleene `and` is `min`, `or` is `max` and `not` is `2 - x`. */
export type Truth = 0 | 1 | 2;
export const NOT_MET: Truth = 0;
export const UNKNOWN: Truth = 1;
export const MET: Truth = 2;

/**
 * The status of one check: `met`, `not-met`, or `unknown` when a fact it needs is missing.
 *
 * @category Types
 */
export type CheckStatus = 'met' | 'not-met' | 'unknown';

/**
 * One check in the explanation tree of {@link checkEligibility}: a criterion, its status,
 * a plain-English reason and, for combinators, the checks of its parts.
 *
 * @category Types
 */
export interface EligibilityCheck {
  /** The criterion's kind. */
  readonly kind: CriterionKind;
  /** The criterion's `id`, or `null`. */
  readonly id: string | null;
  /** The criterion's `label`, or `null`. */
  readonly label: string | null;
  /** Whether the criterion holds. */
  readonly status: CheckStatus;
  /** Why, in plain English, such as "aged 39 on 2025-06-01; the scheme takes 40 to 74". */
  readonly reason: string;
  /** The facts that would settle this check when it is `unknown` (empty otherwise). */
  readonly missing: readonly string[];
  /** The checks of an `all`, `any` or `not`; empty for the other kinds. */
  readonly checks: readonly EligibilityCheck[];
}

/** A compiled criterion. */
export interface Compiled {
  readonly decide: (facts: Facts) => Truth;
  readonly explain: (facts: Facts) => EligibilityCheck;
}

const STATUS: readonly CheckStatus[] = ['not-met', 'unknown', 'met'];
const MAX_LISTED = 8;

/** 'a, b or c', or the first few and a count; `values` is never empty (the schemas require at least one). */
function listOf(values: readonly string[]): string {
  if (values.length === 1) return values[0] as string;
  const shown = values.slice(0, Math.min(values.length, MAX_LISTED));
  if (values.length > MAX_LISTED) return `${shown.join(', ')} and ${values.length - MAX_LISTED} more`;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1] as string}`;
}

function ymdText(ymd: number): string {
  const year = Math.floor(ymd / 10000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Shared empty lists (frozen, so results can share them safely). */
const NONE: readonly never[] = Object.freeze([]);

/** A frozen one-fact list, built once per criterion at compile time. */
function facts(...names: string[]): readonly string[] {
  return Object.freeze(names);
}

function check(criterion: Criterion, truth: Truth, reason: string, missing: readonly string[], checks: readonly EligibilityCheck[] = NONE): EligibilityCheck {
  return {
    kind: criterion.kind,
    id: criterion.id ?? null,
    label: criterion.label ?? null,
    status: STATUS[truth] as CheckStatus,
    reason,
    missing: truth === UNKNOWN ? missing : NONE,
    checks,
  };
}

const MISSING_AGE = facts('birthDate');
const MISSING_CONDITIONS = facts('conditions');
const MISSING_SOURCE = facts('referral.source');
const MISSING_AREA = facts('scheme.area');

function compileAge(c: AgeCriterion): Compiled {
  const min = c.min ?? 0;
  const max = c.max ?? Number.POSITIVE_INFINITY;
  const takes =
    c.min !== undefined && c.max !== undefined
      ? c.min === c.max
        ? `${c.min} only`
        : `${c.min} to ${c.max}`
      : c.min !== undefined
        ? `${c.min} or over`
        : `up to ${String(c.max)}`;
  const decide = (f: Facts): Truth => (f.age === null ? UNKNOWN : f.age >= min && f.age <= max ? MET : NOT_MET);
  return {
    decide,
    explain: (f) => {
      const truth = decide(f);
      const reason =
        f.age === null
          ? `age not known (give birthDate or age); the scheme takes ${takes}`
          : `aged ${f.age} on ${f.referredOnText}; the scheme takes ${takes}`;
      return check(c, truth, reason, MISSING_AGE);
    },
  };
}

function compileRegisteredWith(c: RegisteredWithCriterion): Compiled {
  const practices = new Set((c.practices ?? []).map(normaliseArea));
  const pcns = new Set((c.pcns ?? []).map(normaliseArea));
  const usesPractices = practices.size > 0;
  const usesPcns = pcns.size > 0;
  if (!usesPractices && !usesPcns) return unsetArea(c, c.practices === undefined ? 'PCNs' : 'practices');
  const decide = (f: Facts): Truth => {
    let truth: Truth = NOT_MET;
    if (usesPractices) {
      const practice = f.person.registeredPractice;
      if (practice === undefined) truth = UNKNOWN;
      else if (inSet(practices, practice)) return MET;
    }
    if (usesPcns) {
      const pcn = f.person.pcn;
      if (pcn === undefined) truth = UNKNOWN;
      else if (inSet(pcns, pcn)) return MET;
    }
    return truth;
  };
  const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  const practiceScope = `the scheme's ${plural(practices.size, 'practice')}`;
  const pcnScope = `the scheme's ${plural(pcns.size, 'PCN')}`;
  return {
    decide,
    explain: (f) => {
      const truth = decide(f);
      const parts: string[] = [];
      const missing: string[] = [];
      const { registeredPractice: practice, pcn } = f.person;
      if (usesPractices) {
        if (practice === undefined) {
          parts.push(`registered practice not known; the scheme takes ${practiceScope}`);
          missing.push('registeredPractice');
        } else {
          parts.push(`registered with practice ${practice}, ${inSet(practices, practice) ? 'one' : 'not one'} of ${practiceScope}`);
        }
      }
      if (usesPcns) {
        if (pcn === undefined) {
          parts.push(`PCN not known; the scheme takes ${pcnScope}`);
          missing.push('pcn');
        } else {
          parts.push(`in PCN ${pcn}, ${inSet(pcns, pcn) ? 'one' : 'not one'} of ${pcnScope}`);
        }
      }
      return check(c, truth, parts.join('; '), missing);
    },
  };
}

const RESIDENCE_FIELD = { lsoa: 'lsoa', ward: 'ward', borough: 'borough', 'postcode-district': 'postcodeDistrict' } as const;
const AREA_WORD = { lsoa: 'LSOA', ward: 'ward', borough: 'borough', 'postcode-district': 'postcode district' } as const;

function compileResidentIn(c: ResidentInCriterion): Compiled {
  if (c.anyOf.length === 0) return unsetArea(c, `${AREA_WORD[c.areaType]}s`);
  const values = new Set(c.anyOf.map(normaliseArea));
  const field = RESIDENCE_FIELD[c.areaType];
  const word = AREA_WORD[c.areaType];
  const missingResidence = facts(`residence.${field}`);
  const read = (f: Facts): string | null => f.person.residence?.[field] ?? null;
  const decide = (f: Facts): Truth => {
    const value = read(f);
    return value === null ? UNKNOWN : inSet(values, value) ? MET : NOT_MET;
  };
  const scope = c.anyOf.length <= MAX_LISTED ? listOf(c.anyOf) : `${c.anyOf.length} ${word}s`;
  return {
    decide,
    explain: (f) => {
      const truth = decide(f);
      const value = read(f);
      const reason =
        value === null
          ? `${word} of residence not known; the scheme covers ${scope}`
          : `lives in ${word} ${value}; the scheme covers ${scope}`;
      return check(c, truth, reason, missingResidence);
    },
  };
}

function unsetArea(c: Criterion, what: string): Compiled {
  return {
    decide: () => UNKNOWN,
    explain: () => check(c, UNKNOWN, `the scheme's ${what} are not set: supply them with withArea`, MISSING_AREA),
  };
}

function compileHasCondition(c: HasConditionCriterion): Compiled {
  const wanted = c.anyOf;
  const wantedSet = new Set(wanted);
  const decide = (f: Facts): Truth => {
    const has = f.person.conditions;
    if (has === undefined) return UNKNOWN;
    for (let i = 0; i < has.length; i++) if (wantedSet.has(has[i] as string)) return MET;
    return NOT_MET;
  };
  const takes = listOf(wanted);
  return {
    decide,
    explain: (f) => {
      const truth = decide(f);
      const has = f.person.conditions;
      let reason: string;
      if (has === undefined) reason = `conditions not known; the scheme takes ${takes}`;
      else if (truth === MET) reason = `has ${[...new Set(has.filter((x) => wantedSet.has(x)))].join(' and ')}; the scheme takes ${takes}`;
      else if (has.length === 0) reason = `no conditions recorded; the scheme takes ${takes}`;
      else reason = `has ${[...new Set(has)].join(' and ')}, none of which the scheme takes (${takes})`;
      return check(c, truth, reason, MISSING_CONDITIONS);
    },
  };
}

function compileReferralSource(c: ReferralSourceCriterion): Compiled {
  const from = c.from === undefined ? 0 : Number(c.from.replaceAll('-', ''));
  const to = c.to === undefined ? 99999999 : Number(c.to.replaceAll('-', ''));
  const wanted = c.anyOf;
  const wantedSet = new Set(wanted);
  const decide = (f: Facts): Truth => {
    if (f.referredOn < from || f.referredOn > to) return NOT_MET;
    if (f.source === null) return UNKNOWN;
    return wantedSet.has(f.source) ? MET : NOT_MET;
  };
  const window =
    c.from !== undefined && c.to !== undefined
      ? `${c.from} to ${c.to}`
      : c.from !== undefined
        ? `from ${c.from}`
        : c.to !== undefined
          ? `up to ${c.to}`
          : null;
  const takes = `referrals from ${listOf(wanted)}${window === null ? '' : ` (${window})`}`;
  return {
    decide,
    explain: (f) => {
      const truth = decide(f);
      let reason: string;
      if (f.referredOn < from || f.referredOn > to) {
        reason = `referred on ${ymdText(f.referredOn)}, outside this rule's dates (${window as string})`;
      } else if (f.source === null) reason = `referral source not known; the scheme takes ${takes}`;
      else reason = `referred by ${f.source}; the scheme takes ${takes}`;
      return check(c, truth, reason, MISSING_SOURCE);
    },
  };
}

function compileFlag(c: FlagCriterion): Compiled {
  const name = c.name;
  const equals = c.equals ?? true;
  const read = (f: Facts): boolean | null => {
    const flags = f.person.flags;
    return flags !== undefined && Object.hasOwn(flags, name) ? (flags[name] ?? null) : null;
  };
  const decide = (f: Facts): Truth => {
    const value = read(f);
    return value === null ? UNKNOWN : value === equals ? MET : NOT_MET;
  };
  const yes = (value: boolean): string => (value ? 'yes' : 'no');
  const missingFlag = facts(`flags.${name}`);
  return {
    decide,
    explain: (f) => {
      const truth = decide(f);
      const value = read(f);
      const reason =
        value === null ? `${name} not known; the scheme needs ${yes(equals)}` : `${name} is ${yes(value)}; the scheme needs ${yes(equals)}`;
      return check(c, truth, reason, missingFlag);
    },
  };
}

const ANYONE_REASON = 'open to anyone';

function compileAnyone(c: AnyoneCriterion): Compiled {
  return {
    decide: () => MET,
    explain: () => check(c, MET, ANYONE_REASON, NONE),
  };
}

type Decide = (f: Facts) => Truth;

/** Kleene `and` of deciders, unrolled for short lists so each call site sees one function. */
function allOf(deciders: readonly Decide[]): Decide {
  const [a, b, c, d] = deciders as [Decide, Decide, Decide, Decide];
  switch (deciders.length) {
    case 0:
      return () => MET;
    case 1:
      return a;
    case 2:
      return (f) => {
        const x = a(f);
        if (x === NOT_MET) return NOT_MET;
        const y = b(f);
        return y < x ? y : x;
      };
    case 3:
      return (f) => {
        const x = a(f);
        if (x === NOT_MET) return NOT_MET;
        const y = b(f);
        if (y === NOT_MET) return NOT_MET;
        const z = c(f);
        return z < y ? (z < x ? z : x) : y < x ? y : x;
      };
    case 4:
      return (f) => {
        const x = a(f);
        if (x === NOT_MET) return NOT_MET;
        const y = b(f);
        if (y === NOT_MET) return NOT_MET;
        const z = c(f);
        if (z === NOT_MET) return NOT_MET;
        const w = d(f);
        const m = z < y ? (z < x ? z : x) : y < x ? y : x;
        return w < m ? w : m;
      };
    default:
      return (f) => {
        let truth: Truth = MET;
        for (const decide of deciders) {
          const t = decide(f);
          if (t === NOT_MET) return NOT_MET;
          if (t === UNKNOWN) truth = UNKNOWN;
        }
        return truth;
      };
  }
}

/** How many children have each status, and the distinct missing facts of the unknown ones in order of first appearance. */
function tally(children: readonly EligibilityCheck[]): { met: number; unknown: number; notMet: number; missing: readonly string[] } {
  let met = 0;
  let unknown = 0;
  let notMet = 0;
  let missing: readonly string[] = NONE;
  let owned: string[] | null = null; // a copy made on the first merge, so shared lists are never changed
  for (const child of children) {
    if (child.status === 'met') met++;
    else if (child.status === 'not-met') notMet++;
    else {
      unknown++;
      for (const fact of child.missing) {
        if (missing.includes(fact)) continue;
        if (missing.length === 0) missing = child.missing;
        else {
          // once made, `owned` is `missing`, whose check above already ruled `fact` out
          owned ??= [...missing];
          owned.push(fact);
          missing = owned;
        }
      }
    }
  }
  return { met, unknown, notMet, missing };
}

function compileAll(c: Criterion & { kind: 'all' }, compile: (c: Criterion) => Compiled): Compiled {
  const parts = c.of.map(compile);
  const deciders = parts.map((p) => p.decide);
  const n = deciders.length;
  const decide = allOf(deciders);
  return {
    decide,
    explain: (f) => {
      const checks = parts.map((p) => p.explain(f));
      const { notMet: failed, unknown, missing } = tally(checks);
      const truth: Truth = failed > 0 ? NOT_MET : unknown > 0 ? UNKNOWN : MET;
      const reason =
        n === 0
          ? 'no conditions to meet'
          : failed > 0
            ? `${failed} of ${n} required criteria not met`
            : unknown > 0
              ? `${unknown} of ${n} required criteria unknown, none failed`
              : `all ${n} required criteria met`;
      return check(c, truth, reason, missing, checks);
    },
  };
}

function compileAny(c: Criterion & { kind: 'any' }, compile: (c: Criterion) => Compiled): Compiled {
  const parts = c.of.map(compile);
  const deciders = parts.map((p) => p.decide);
  const n = deciders.length;
  const decide = (f: Facts): Truth => {
    let truth: Truth = NOT_MET;
    for (let i = 0; i < n; i++) {
      const t = (deciders[i] as (f: Facts) => Truth)(f);
      if (t === MET) return MET;
      if (t === UNKNOWN) truth = UNKNOWN;
    }
    return truth;
  };
  return {
    decide,
    explain: (f) => {
      const checks = parts.map((p) => p.explain(f));
      const { met, unknown, missing } = tally(checks);
      const truth: Truth = met > 0 ? MET : unknown > 0 ? UNKNOWN : NOT_MET;
      const reason =
        met > 0
          ? `${met} of ${n} alternatives met`
          : unknown > 0
            ? `no alternative met yet; ${unknown} of ${n} unknown`
            : n === 0
              ? 'no alternatives to meet'
              : `none of ${n} alternatives met`;
      return check(c, truth, reason, missing, checks);
    },
  };
}

function compileNot(c: Criterion & { kind: 'not' }, compile: (c: Criterion) => Compiled): Compiled {
  const inner = compile(c.criterion);
  const innerDecide = inner.decide;
  return {
    decide: (f) => (2 - innerDecide(f)) as Truth,
    explain: (f) => {
      const child = inner.explain(f);
      const truth = (2 - STATUS.indexOf(child.status)) as Truth;
      const reason =
        truth === MET
          ? 'the excluded criterion is not met'
          : truth === NOT_MET
            ? 'the excluded criterion is met'
            : 'the excluded criterion is unknown';
      return check(c, truth, reason, child.missing, [child]);
    },
  };
}

/**
 * Compiles a validated criterion tree (at most {@link MAX_CRITERION_DEPTH} deep, so recursion is safe).
 *
 * `decide` gives the three-valued answer as a number (0 not met, 1 unknown, 2 met) for fast
 * bulk screening; `explain` gives the same answer with its reason.
 *
 * @example
 * ```ts
 * import { compileCriterion } from './engine.js';
 * import { readFacts } from './facts.js';
 *
 * const forties = compileCriterion({ kind: 'age', min: 40, max: 74 });
 * const facts = readFacts({ birthDate: '1986-02-10' }, { referredOn: '2025-06-01' });
 * forties.decide(facts);
 * //=> 0
 * forties.decide(readFacts({}, { referredOn: '2025-06-01' }));
 * //=> 1
 * forties.explain(facts);
 * //=> { kind: 'age', id: null, label: null, status: 'not-met', reason: 'aged 39 on 2025-06-01; the scheme takes 40 to 74', missing: [], checks: [] }
 * const woking = compileCriterion({ kind: 'residentIn', areaType: 'postcode-district', anyOf: ['GU21'] });
 * woking.decide(readFacts({ residence: { postcodeDistrict: 'gu21 ' } }, { referredOn: '2025-06-01' }));
 * //=> 2
 * ```
 */
export function compileCriterion(criterion: Criterion): Compiled {
  return match(criterion)
    .with({ kind: 'age' }, compileAge)
    .with({ kind: 'registeredWith' }, compileRegisteredWith)
    .with({ kind: 'residentIn' }, compileResidentIn)
    .with({ kind: 'hasCondition' }, compileHasCondition)
    .with({ kind: 'referralSource' }, compileReferralSource)
    .with({ kind: 'flag' }, compileFlag)
    .with({ kind: 'anyone' }, compileAnyone)
    .with({ kind: 'all' }, (c) => compileAll(c, compileCriterion))
    .with({ kind: 'any' }, (c) => compileAny(c, compileCriterion))
    .with({ kind: 'not' }, (c) => compileNot(c, compileCriterion))
    .exhaustive();
}
