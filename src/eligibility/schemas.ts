/**
 * The zod schemas of the eligibility module: criteria, persons, schemes and the
 * referral a decision is made for. They are the single source of the types.
 *
 * @module
 */
import * as z from 'zod';
import { IsoDateSchema, isIsoDate, RangeSchema } from '../core/index.js';
import { AREA_TYPES, MAX_CRITERION_DEPTH } from './constants.js';

const uniqueMessage = 'must not list the same value twice';

function hasNoRepeats(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** A list of distinct non-empty strings; `nonEmpty` also requires at least one. */
function idList(nonEmpty: boolean) {
  const list = z.array(z.string().min(1));
  return (nonEmpty ? list.min(1) : list).refine(hasNoRepeats, { message: uniqueMessage });
}

/** Fields every criterion may carry. */
const common = {
  /** Your identifier for this criterion, unique within the scheme. */
  id: z.string().min(1).optional(),
  /** A short plain-English name shown with the check, such as "year one: PCN staff only". */
  label: z.string().min(1).optional(),
};

/**
 * Zod schema of an `age` criterion: whole years on the referral date, `min` and `max` inclusive, at least one given.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AgeCriterionSchema } from 'social-prescribing/eligibility';
 *
 * AgeCriterionSchema.safeParse({ kind: 'age', min: 40, max: 74 }).success;
 * //=> true
 * AgeCriterionSchema.safeParse({ kind: 'age', min: 74, max: 40 }).success;
 * //=> false
 * ```
 */
export const AgeCriterionSchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal('age'),
    ...common,
    min: z.number().int().min(0).max(150).optional(),
    max: z.number().int().min(0).max(150).optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, { message: 'needs min, max or both' })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
    message: 'min must not be greater than max',
    path: ['min'],
  });

/**
 * Zod schema of a `registeredWith` criterion: registered with one of the listed
 * practices (ODS codes) or with a practice in one of the listed PCNs.
 *
 * Empty lists mean the area is not set yet (see {@link withArea}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RegisteredWithCriterionSchema } from 'social-prescribing/eligibility';
 *
 * RegisteredWithCriterionSchema.safeParse({ kind: 'registeredWith', practices: ['H81001'] }).success;
 * //=> true
 * RegisteredWithCriterionSchema.safeParse({ kind: 'registeredWith' }).success;
 * //=> false
 * ```
 */
export const RegisteredWithCriterionSchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal('registeredWith'),
    ...common,
    practices: idList(false).optional(),
    pcns: idList(false).optional(),
  })
  .refine((c) => c.practices !== undefined || c.pcns !== undefined, { message: 'needs practices, pcns or both' });

/**
 * Zod schema of a `residentIn` criterion: lives in one of the listed areas of one type.
 * Values are compared ignoring case and spaces. An empty `anyOf` means the area is
 * not set yet (see {@link withArea}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ResidentInCriterionSchema } from 'social-prescribing/eligibility';
 *
 * ResidentInCriterionSchema.safeParse({ kind: 'residentIn', areaType: 'borough', anyOf: ['Woking'] }).success;
 * //=> true
 * ResidentInCriterionSchema.safeParse({ kind: 'residentIn', areaType: 'county', anyOf: ['Surrey'] }).success;
 * //=> false
 * ```
 */
export const ResidentInCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('residentIn'),
  ...common,
  areaType: z.enum(AREA_TYPES),
  anyOf: idList(false),
});

/**
 * Zod schema of a `hasCondition` criterion: has at least one of the listed conditions.
 * Condition ids outside {@link CONDITION_IDS} are allowed and kept verbatim.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { HasConditionCriterionSchema } from 'social-prescribing/eligibility';
 *
 * HasConditionCriterionSchema.safeParse({ kind: 'hasCondition', anyOf: ['copd', 'local-code-17'] }).success;
 * //=> true
 * HasConditionCriterionSchema.safeParse({ kind: 'hasCondition', anyOf: ['copd', 'copd'] }).success;
 * //=> false
 * ```
 */
export const HasConditionCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('hasCondition'),
  ...common,
  anyOf: idList(true),
});

/**
 * Zod schema of a `referralSource` criterion: referred by one of the listed sources,
 * on a referral date within `from`–`to` (inclusive, either end optional).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralSourceCriterionSchema } from 'social-prescribing/eligibility';
 *
 * ReferralSourceCriterionSchema.safeParse({ kind: 'referralSource', anyOf: ['gp-practice'], from: '2020-04-01' }).success;
 * //=> true
 * ReferralSourceCriterionSchema.safeParse({ kind: 'referralSource', anyOf: ['self'], from: '2021-01-01', to: '2020-01-01' }).success;
 * //=> false
 * ```
 */
export const ReferralSourceCriterionSchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal('referralSource'),
    ...common,
    anyOf: idList(true),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .refine((c) => c.from === undefined || c.to === undefined || c.from <= c.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

/**
 * Zod schema of a `flag` criterion: a named yes/no fact about the person
 * (`person.flags[name]`) equals `equals` (default `true`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FlagCriterionSchema } from 'social-prescribing/eligibility';
 *
 * FlagCriterionSchema.safeParse({ kind: 'flag', name: 'medicallyFitForDischarge' }).success;
 * //=> true
 * FlagCriterionSchema.safeParse({ kind: 'flag', name: '' }).success;
 * //=> false
 * ```
 */
export const FlagCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('flag'),
  ...common,
  name: z.string().min(1),
  equals: z.boolean().optional(),
});

/**
 * Zod schema of an `anyone` criterion: always met. It states that a service takes anyone
 * (within the scheme's other criteria, such as its area), so a reader can tell "the source
 * says anyone" from "the source says nothing": a restriction a source does not state is
 * simply left out of a scheme, while `anyone` records that the source says there is none.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AnyoneCriterionSchema } from 'social-prescribing/eligibility';
 *
 * AnyoneCriterionSchema.safeParse({ kind: 'anyone', label: 'anyone in the practice area who needs it' }).success;
 * //=> true
 * AnyoneCriterionSchema.safeParse({ kind: 'anyone', anyOf: ['self'] }).success;
 * //=> false
 * ```
 */
export const AnyoneCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('anyone'),
  ...common,
});

/**
 * Zod schema of an `all` criterion: every criterion in `of` holds (an empty list always holds).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AllCriterionSchema } from 'social-prescribing/eligibility';
 *
 * AllCriterionSchema.safeParse({ kind: 'all', of: [{ kind: 'age', min: 18 }] }).success;
 * //=> true
 * ```
 */
export const AllCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('all'),
  ...common,
  of: z.array(z.lazy((): z.ZodType<Criterion> => CriterionNodeSchema)),
});

/**
 * Zod schema of an `any` criterion: at least one criterion in `of` holds (an empty list never holds).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AnyCriterionSchema } from 'social-prescribing/eligibility';
 *
 * AnyCriterionSchema.safeParse({ kind: 'any', of: [{ kind: 'hasCondition', anyOf: ['copd'] }] }).success;
 * //=> true
 * ```
 */
export const AnyCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('any'),
  ...common,
  of: z.array(z.lazy((): z.ZodType<Criterion> => CriterionNodeSchema)),
});

/**
 * Zod schema of a `not` criterion: `criterion` does not hold.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { NotCriterionSchema } from 'social-prescribing/eligibility';
 *
 * NotCriterionSchema.safeParse({ kind: 'not', criterion: { kind: 'flag', name: 'inHospital' } }).success;
 * //=> true
 * ```
 */
export const NotCriterionSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('not'),
  ...common,
  criterion: z.lazy((): z.ZodType<Criterion> => CriterionNodeSchema),
});

/** The recursive union, without the depth guard (used inside the combinators). */
const CriterionNodeSchema: z.ZodType<Criterion> = /* @__PURE__ */ z.discriminatedUnion('kind', [
  AgeCriterionSchema,
  RegisteredWithCriterionSchema,
  ResidentInCriterionSchema,
  HasConditionCriterionSchema,
  ReferralSourceCriterionSchema,
  FlagCriterionSchema,
  AnyoneCriterionSchema,
  AllCriterionSchema,
  AnyCriterionSchema,
  NotCriterionSchema,
]);

/**
 * How deeply `value` nests criteria, counted without recursion; stops counting at `limit + 1`.
 * Anything that is not a combinator object counts as a leaf (zod reports what is wrong with it).
 */
export function criterionDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (typeof node !== 'object' || node === null) continue;
    const record = node as { kind?: unknown; of?: unknown; criterion?: unknown };
    if ((record.kind === 'all' || record.kind === 'any') && Array.isArray(record.of)) {
      for (const child of record.of as unknown[]) stack.push([child, depth + 1]);
    } else if (record.kind === 'not' && record.criterion !== undefined) {
      stack.push([record.criterion, depth + 1]);
    }
  }
  return deepest;
}

/**
 * Zod schema of a {@link Criterion}: a discriminated union on `kind` (`age`,
 * `registeredWith`, `residentIn`, `hasCondition`, `referralSource`, `flag`, `anyone`, and the
 * combinators `all`, `any`, `not`, nested to any depth up to {@link MAX_CRITERION_DEPTH}).
 * Unknown kinds and unknown fields are rejected. The depth is checked first, without
 * recursion, so a tree thousands of levels deep fails with an issue rather than a `RangeError`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CriterionSchema } from 'social-prescribing/eligibility';
 *
 * CriterionSchema.safeParse({ kind: 'all', of: [{ kind: 'age', min: 18 }, { kind: 'not', criterion: { kind: 'flag', name: 'inHospital' } }] }).success;
 * //=> true
 * CriterionSchema.safeParse({ kind: 'postcode', anyOf: ['GU21'] }).success;
 * //=> false
 * ```
 */
export const CriterionSchema = /* @__PURE__ */ z
  .unknown()
  .check((ctx) => {
    if (criterionDepth(ctx.value, MAX_CRITERION_DEPTH) > MAX_CRITERION_DEPTH) {
      ctx.issues.push({
        code: 'custom',
        input: null,
        message: `nests criteria deeper than the limit of ${MAX_CRITERION_DEPTH} levels`,
        params: { tooDeep: true },
      });
    }
  })
  .pipe(CriterionNodeSchema);

/** An `age` criterion. @category Types */
export type AgeCriterion = z.infer<typeof AgeCriterionSchema>;
/** A `registeredWith` criterion. @category Types */
export type RegisteredWithCriterion = z.infer<typeof RegisteredWithCriterionSchema>;
/** A `residentIn` criterion. @category Types */
export type ResidentInCriterion = z.infer<typeof ResidentInCriterionSchema>;
/** A `hasCondition` criterion. @category Types */
export type HasConditionCriterion = z.infer<typeof HasConditionCriterionSchema>;
/** A `referralSource` criterion. @category Types */
export type ReferralSourceCriterion = z.infer<typeof ReferralSourceCriterionSchema>;
/** A `flag` criterion. @category Types */
export type FlagCriterion = z.infer<typeof FlagCriterionSchema>;
/** An `anyone` criterion: always met. @category Types */
export type AnyoneCriterion = z.infer<typeof AnyoneCriterionSchema>;

/**
 * An `all` criterion: every criterion in `of` holds. (The three combinator types are
 * written out because TypeScript cannot infer a recursive union; the schema's type
 * annotation makes the compiler check they match {@link AllCriterionSchema}.)
 *
 * @category Types
 */
export interface AllCriterion {
  kind: 'all';
  /** Your identifier for this criterion, unique within the scheme. */
  id?: string | undefined;
  /** A short plain-English name shown with the check. */
  label?: string | undefined;
  /** The criteria that must all hold. */
  of: Criterion[];
}

/**
 * An `any` criterion: at least one criterion in `of` holds.
 *
 * @category Types
 */
export interface AnyCriterion {
  kind: 'any';
  /** Your identifier for this criterion, unique within the scheme. */
  id?: string | undefined;
  /** A short plain-English name shown with the check. */
  label?: string | undefined;
  /** The criteria of which at least one must hold. */
  of: Criterion[];
}

/**
 * A `not` criterion: `criterion` does not hold.
 *
 * @category Types
 */
export interface NotCriterion {
  kind: 'not';
  /** Your identifier for this criterion, unique within the scheme. */
  id?: string | undefined;
  /** A short plain-English name shown with the check. */
  label?: string | undefined;
  /** The criterion that must not hold. */
  criterion: Criterion;
}

/**
 * One eligibility rule, or a combination of rules: a discriminated union on `kind`.
 *
 * @category Types
 */
export type Criterion =
  | AgeCriterion
  | RegisteredWithCriterion
  | ResidentInCriterion
  | HasConditionCriterion
  | ReferralSourceCriterion
  | FlagCriterion
  | AnyoneCriterion
  | AllCriterion
  | AnyCriterion
  | NotCriterion;
/** The `kind` of a criterion. @category Types */
export type CriterionKind = Criterion['kind'];

const DATE = 'must be a real calendar date written YYYY-MM-DD';
const AGE = 'must be a whole number of years from 0 to 150';
const NON_EMPTY = 'must be a non-empty string';
/** A present, non-empty string, in one message whatever is wrong with it. */
const nonEmpty = () => z.string({ error: NON_EMPTY }).min(1, { error: NON_EMPTY });
/** A real date, in one message whatever is wrong with it (a missing one "is required"). */
const personDate = () => z.string({ error: (issue) => (issue.input === undefined ? undefined : DATE) }).refine(isIsoDate, { message: DATE });

/**
 * Zod schema of a {@link Person}: what is known about the person being referred.
 * Every field is optional; an absent field is unknown. `conditions: []` means
 * "known to have none of interest". No field identifies the person.
 *
 * Whether `age` agrees with `birthDate` depends on the referral date, so that is
 * checked by {@link checkEligibility}, not here.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PersonSchema } from 'social-prescribing/eligibility';
 *
 * PersonSchema.safeParse({ birthDate: '1960-02-29', conditions: ['copd'] }).success;
 * //=> true
 * PersonSchema.safeParse({ age: -3 }).success;
 * //=> false
 * ```
 */
export const PersonSchema = /* @__PURE__ */ (() =>
  z.object(
    {
      /** Date of birth, `YYYY-MM-DD`. */
      birthDate: personDate().optional(),
      /** Age in whole years on the referral date, when the birth date is not held. */
      age: z
        .number({ error: AGE })
        .int({ error: AGE, abort: true })
        .min(0, { error: AGE })
        .max(150, { error: AGE })
        .optional(),
      /** Condition ids (see {@link eligibility!CONDITION_IDS}); `[]` means known to have none. */
      conditions: z.array(nonEmpty(), { error: 'must be an array of condition ids' }).optional(),
      /** ODS code of the GP practice the person is registered with. */
      registeredPractice: nonEmpty().optional(),
      /** Id of the Primary Care Network of that practice. */
      pcn: nonEmpty().optional(),
      /** Where the person lives. */
      residence: z
        .object(
          {
            lsoa: nonEmpty().optional(),
            ward: nonEmpty().optional(),
            borough: nonEmpty().optional(),
            postcodeDistrict: nonEmpty().optional(),
          },
          { error: 'must be an object' },
        )
        .optional(),
      /** Named yes/no facts, such as `medicallyFitForDischarge`. */
      flags: z.record(z.string(), z.boolean({ error: 'must be true or false' }), { error: 'must be an object of true/false values' }).optional(),
    },
    { error: 'must be an object' },
  ))();

/**
 * What is known about a person being checked for eligibility. An absent field is unknown.
 *
 * @category Types
 */
export type Person = z.infer<typeof PersonSchema>;

/**
 * Zod schema of the referral a decision is made for: the date it is made on and, optionally, who made it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EligibilityReferralSchema } from 'social-prescribing/eligibility';
 *
 * EligibilityReferralSchema.safeParse({ referredOn: '2025-06-01', source: 'gp-practice' }).success;
 * //=> true
 * EligibilityReferralSchema.safeParse({ referredOn: '2025-06-31' }).success;
 * //=> false
 * ```
 */
export const EligibilityReferralSchema = /* @__PURE__ */ (() =>
  z.object(
    {
      /** The date of the referral: ages and dated rules are judged on it. */
      referredOn: personDate(),
      /** Who made the referral (see {@link eligibility!REFERRAL_SOURCE_IDS}); absent when not known. */
      source: nonEmpty().optional(),
    },
    { error: 'must be an object with referredOn' },
  ))();

/**
 * The referral a decision is made for.
 *
 * @category Types
 */
export type EligibilityReferral = z.infer<typeof EligibilityReferralSchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM' });

/**
 * Zod schema of one window in which a scheme is available: ISO weekdays (Monday = 1)
 * and, optionally, opening and closing times.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AvailabilitySchema } from 'social-prescribing/eligibility';
 *
 * AvailabilitySchema.safeParse({ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }).success;
 * //=> true
 * AvailabilitySchema.safeParse({ days: [8] }).success;
 * //=> false
 * ```
 */
export const AvailabilitySchema = /* @__PURE__ */ z
  .object({
    /** What this window is for, such as "phone line". */
    label: z.string().min(1).optional(),
    /** ISO weekdays, Monday = 1 ... Sunday = 7. */
    days: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]))
      .min(1)
      .refine((days) => new Set(days).size === days.length, { message: uniqueMessage }),
    /** Opening time, `HH:MM`. */
    opens: timeOfDay.optional(),
    /** Closing time, `HH:MM`. */
    closes: timeOfDay.optional(),
  })
  .refine((w) => w.opens === undefined || w.closes === undefined || w.opens < w.closes, {
    message: 'opens must be before closes',
    path: ['opens'],
  });

/**
 * One window in which a scheme is available.
 *
 * @category Types
 */
export type Availability = z.infer<typeof AvailabilitySchema>;

/** Every criterion in a tree, with its path from the scheme root, visited without recursion. */
export function* walkCriteria(root: Criterion, rootPath: readonly (string | number)[]): Generator<[Criterion, (string | number)[]]> {
  const stack: [Criterion, (string | number)[]][] = [[root, [...rootPath]]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [Criterion, (string | number)[]];
    yield [node, path];
    if (node.kind === 'all' || node.kind === 'any') {
      for (let i = node.of.length - 1; i >= 0; i--) stack.push([node.of[i] as Criterion, [...path, 'of', i]]);
    } else if (node.kind === 'not') {
      stack.push([node.criterion, [...path, 'criterion']]);
    }
  }
}

/**
 * Zod schema of a {@link Citation}: a document a scheme's rules come from, cited by
 * `title`, `publisher` (or author), `date` as the document gives it and, where the
 * document is public, its `url` (http or https); `section` says where in the document
 * (a table row, a case study). The package's guide "Sources" lists every document the
 * presets cite, with the sentences each rule rests on.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CitationSchema } from 'social-prescribing/eligibility';
 *
 * CitationSchema.safeParse({
 *   title: 'Workforce development framework: social prescribing link workers',
 *   publisher: 'NHS England',
 *   date: '2023',
 *   url: 'https://www.england.nhs.uk/long-read/workforce-development-framework-social-prescribing-link-workers/',
 * }).success;
 * //=> true
 * CitationSchema.safeParse({ title: 'Role map', publisher: 'A PCN', date: '2022', url: 'seeds/role-map.txt' }).success;
 * //=> false
 * ```
 */
export const CitationSchema = /* @__PURE__ */ z.object({
  /** The document's title, as it gives it. */
  title: z.string().min(1),
  /** Who published or wrote it. */
  publisher: z.string().min(1),
  /** When, as the document gives it: `'1 December 2022'`, `'August 2018'`, `'2019'`. */
  date: z.string().min(1),
  /** Where a reader can open it (http or https); absent when the document is not public. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Where in the document: a table row, a case study, a section. */
  section: z.string().min(1).optional(),
});

/**
 * A document a scheme's rules come from: title, publisher or author, date, and a web
 * address where the document is public.
 *
 * @category Types
 */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Zod schema of a {@link Scheme}: a service's eligibility rules as data, with how long
 * and how often it supports people, when it is available, its caseload and workforce,
 * and the documents the rules come from.
 * Criterion ids must be unique within the scheme.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SchemeSchema } from 'social-prescribing/eligibility';
 *
 * SchemeSchema.safeParse({ id: 'adults', name: 'Adults', criteria: { kind: 'age', min: 18 } }).success;
 * //=> true
 * SchemeSchema.safeParse({ id: 'adults', name: 'Adults', criteria: { kind: 'age', min: 18, max: 'old' } }).success;
 * //=> false
 * ```
 */
export const SchemeSchema = /* @__PURE__ */ z
  .strictObject({
    /** Stable identifier, unique among the schemes you compare. */
    id: z.string().min(1),
    /** Display name. */
    name: z.string().min(1),
    /** Who hosts or employs the service. */
    host: z.string().min(1).optional(),
    /** What the service offers, in a sentence or two. */
    description: z.string().min(1).optional(),
    /** The area covered, in words (the rules themselves are in `criteria`). */
    area: z.string().min(1).optional(),
    /** How people reach the service, in words. */
    access: z.string().min(1).optional(),
    /** Who is eligible. */
    criteria: CriterionSchema,
    /** How long and how often the service supports a person. */
    support: z
      .strictObject({
        weeks: z.union([z.literal('open-ended'), RangeSchema]).optional(),
        contacts: RangeSchema.optional(),
        note: z.string().min(1).optional(),
      })
      .optional(),
    /** When the service is available. */
    availability: z.array(AvailabilitySchema).optional(),
    /** How many people one worker supports, as the source states it. */
    caseload: z
      .object({
        peoplePerWorkerPerYear: RangeSchema.optional(),
        note: z.string().min(1).optional(),
      })
      .optional(),
    /** Who delivers the service: posts (people in the role), whole-time equivalents, hours. */
    workforce: z
      .object({
        posts: z.number().int().positive().optional(),
        wte: z.number().positive().optional(),
        note: z.string().min(1).optional(),
      })
      .optional(),
    /** The documents these rules come from, at least one when given. */
    source: z.array(CitationSchema).min(1).optional(),
  })
  .superRefine((scheme, ctx) => {
    const seen = new Set<string>();
    for (const [criterion, path] of walkCriteria(scheme.criteria, ['criteria'])) {
      if (criterion.id === undefined) continue;
      if (seen.has(criterion.id)) {
        ctx.addIssue({ code: 'custom', message: 'repeats a criterion id used earlier in the scheme', path: [...path, 'id'] });
      }
      seen.add(criterion.id);
    }
  });

/**
 * A social prescribing service's eligibility rules and service facts, as plain JSON-serialisable data.
 *
 * @category Types
 */
export type Scheme = z.infer<typeof SchemeSchema>;
