import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import {
  checkEligibility,
  compileScheme,
  schemes,
  type AllCriterionSchema,
  type AnyoneCriterion,
  type Citation,
  type Criterion,
  type EligibilityDecision,
  type EligibilityResult,
  type Person,
  type Scheme,
} from '../../src/eligibility/index.js';

// These assertions are checked by tsc (the gate's typecheck step covers test/), not at run time.
test('presets are schemes and decisions are three strings', () => {
  expectTypeOf(schemes.waysToWellness).toEqualTypeOf<Scheme>();
  expectTypeOf(checkEligibility).returns.toEqualTypeOf<EligibilityResult>();
  expectTypeOf(compileScheme(schemes.waysToWellness)).returns.toEqualTypeOf<EligibilityDecision>();
  expectTypeOf<EligibilityDecision>().toEqualTypeOf<'eligible' | 'ineligible' | 'needs-information'>();
});

test('the written-out combinator types match their schemas', () => {
  expectTypeOf<z.infer<typeof AllCriterionSchema>['of']>().toEqualTypeOf<Criterion[]>();
  expectTypeOf<Extract<Criterion, { kind: 'not' }>['criterion']>().toEqualTypeOf<Criterion>();
});

test('a person is all optional', () => {
  expectTypeOf<Record<string, never>>().toExtend<Person>();
  expectTypeOf<{ age: string }>().not.toExtend<Person>();
  expectTypeOf<{ birthDate: string; conditions: string[] }>().toExtend<Person>();
});

test('a scheme cites documents, not a path, and `anyone` carries only an id and a label', () => {
  expectTypeOf<Scheme['source']>().toEqualTypeOf<Citation[] | undefined>();
  expectTypeOf<string>().not.toExtend<NonNullable<Scheme['source']>>();
  expectTypeOf<Citation>().toEqualTypeOf<{ title: string; publisher: string; date: string; url?: string | undefined; section?: string | undefined }>();
  expectTypeOf<Extract<Criterion, { kind: 'anyone' }>>().toEqualTypeOf<AnyoneCriterion>();
  expectTypeOf<AnyoneCriterion>().toEqualTypeOf<{ kind: 'anyone'; id?: string | undefined; label?: string | undefined }>();
});
