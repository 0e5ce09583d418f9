/**
 * The worked example of docs/exchanging-data.md, generated from real calls: the blocks between
 * `<!-- generated:<name> -->` and `<!-- /generated -->` in the guide are the JSON of the example
 * referral, its FHIR bundle and the two letters of the message back. `renderGuide(text)` rewrites
 * them; scripts/render-exchange-example.ts writes the guide, and test/fhir/guide.test.ts checks
 * that the guide holds exactly what the functions return.
 */
import { messageBackToGp, referralToFhir } from '../src/fhir/index.js';
import type { ReferralInput } from '../src/referrals/index.js';

export const EXAMPLE_REFERRAL: ReferralInput = {
  id: 'R-0001',
  referredOn: '2025-04-01',
  source: 'gp-practice',
  schemeId: 'splw',
  pcn: 'U89141',
  workerId: 'lw-1',
  needs: ['social-isolation', 'housing'],
  events: [
    { type: 'accepted', on: '2025-04-02' },
    { type: 'closed', on: '2025-06-11', reason: 'goals-met' },
  ],
  contacts: [
    { on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true },
    { on: '2025-04-16', mode: 'face-to-face', attended: false },
    { on: '2025-04-23', mode: 'group', minutes: 90, attended: true },
  ],
  goals: [{ setOn: '2025-04-09', status: 'met', need: 'social-isolation' }],
  onward: [{ kind: 'signpost', organisationId: 'org-12', on: '2025-04-16' }],
  measures: [
    { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] },
    { instrument: 'ucla3', timepoint: 'exit', on: '2025-06-04', score: 5 },
  ],
};

/** The generated blocks, by name, each with its fence. */
export function exampleBlocks(): Record<string, string> {
  const json = (value: unknown) => `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
  const text = (value: string) => `\`\`\`text\n${value}\n\`\`\``;
  return {
    referral: json(EXAMPLE_REFERRAL),
    bundle: json(referralToFhir(EXAMPLE_REFERRAL)),
    'letter-with-consent': text(messageBackToGp(EXAMPLE_REFERRAL, { consentToShare: true, asOf: '2025-06-11' }).letter),
    'letter-without-consent': text(messageBackToGp(EXAMPLE_REFERRAL, { consentToShare: false, asOf: '2025-06-11' }).letter),
  };
}

/** The guide's text with every generated block rewritten from the functions' output. */
export function renderGuide(guide: string): string {
  const blocks = exampleBlocks();
  return guide.replace(/(<!-- generated:([a-z-]+) -->\n)[\s\S]*?(\n<!-- \/generated -->)/g, (whole, open: string, name: string, close: string) => {
    const block = blocks[name];
    if (block === undefined) throw new Error(`docs/exchanging-data.md names an unknown generated block: ${name}`);
    return `${open}${block}${close}`;
  });
}
