import { expectTypeOf, test } from 'vitest';
import type { Scheme } from '../../src/eligibility/index.js';
import {
  matchServices,
  provisionGaps,
  type DirectoryIndex,
  type NeedsDemand,
  type Service,
  type ServiceMatches,
} from '../../src/directory/index.js';
import type { OutcomeSummary } from '../../src/outcomes/index.js';
import type { NeedCategory } from '../../src/referrals/index.js';

// These assertions are checked by tsc (the gate's typecheck step covers test/), not at run time.
test('a service reuses the eligibility scheme and the referral need categories', () => {
  expectTypeOf<Service['eligibility']>().toEqualTypeOf<Scheme | undefined>();
  expectTypeOf<Service['needs']>().toEqualTypeOf<NeedCategory[]>();
});

test('provisionGaps takes an outcome summary, its rows, counts or a list', () => {
  expectTypeOf<OutcomeSummary>().toExtend<NeedsDemand>();
  expectTypeOf<OutcomeSummary['total']>().toExtend<NeedsDemand>();
  expectTypeOf<{ housing: number }>().toExtend<NeedsDemand>();
  expectTypeOf<{ need: 'housing'; people: number }[]>().toExtend<NeedsDemand>();
  expectTypeOf(provisionGaps).parameter(0).toEqualTypeOf<readonly Service[] | DirectoryIndex>();
});

test('matchServices returns matches, needs-information, excluded and unmet needs', () => {
  expectTypeOf(matchServices).returns.toEqualTypeOf<ServiceMatches>();
});
