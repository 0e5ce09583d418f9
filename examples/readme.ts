/** The README's example, run by test/examples so it cannot drift: `npx tsx examples/readme.ts`. */
import { planCaseload } from 'social-prescribing/caseload';
import { checkEligibility, schemes, withArea } from 'social-prescribing/eligibility';
import { summarizeOutcomes, summaryToMarkdown } from 'social-prescribing/outcomes';
import { generateReferrals } from 'social-prescribing/synthetic';

const plan = planCaseload({ pcns: [{ id: 'north', listSize: 42_000, linkWorkerWte: 2 }, { id: 'south', listSize: 31_000, linkWorkerWte: 1 }] });
console.log('Link worker WTE short across both PCNs:', plan.total.gap);

const waysToWellness = withArea(schemes.waysToWellness, ['A81001', 'A81002']); // your practice codes
const result = checkEligibility(waysToWellness, { age: 74, conditions: ['copd', 'anxiety'], registeredPractice: 'A81001' }, { referredOn: '2025-06-01' });
console.log('Ways to Wellness:', result.decision);

const referrals = generateReferrals({ count: 2_000, seed: 42, from: '2025-04-01', to: '2026-03-31', pcns: ['north', 'south'] });
console.log(summaryToMarkdown(summarizeOutcomes(referrals, { groupBy: 'pcn' })));
