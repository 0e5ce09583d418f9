/**
 * docs/exchanging-data.md shows real output: its generated blocks (the example referral, its FHIR
 * bundle, the letters of the message back) equal what the functions return today, and the bundle
 * it shows reads back (test/fhir/referralToFhir.test.ts validates it against the FHIR R4 schema,
 * which is compiled once there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referralFromFhir } from '../../src/fhir/index.js';
import { ReferralSchema } from '../../src/referrals/index.js';
import { exampleBlocks, renderGuide } from '../../scripts/exchange-example.js';
import { carried } from './arbitraries.js';

const guide = readFileSync(join(import.meta.dirname, '../../docs/exchanging-data.md'), 'utf8');

describe('docs/exchanging-data.md', () => {
  it('holds every generated block, as the functions write it now (npx tsx scripts/render-exchange-example.ts to refresh)', () => {
    for (const name of Object.keys(exampleBlocks())) expect(guide).toContain(`<!-- generated:${name} -->`);
    expect(renderGuide(guide)).toBe(guide);
  });

  it('shows a bundle that reads back', () => {
    const json = /<!-- generated:bundle -->\n```json\n([\s\S]*?)\n```/.exec(guide)![1]!;
    const referralJson = /<!-- generated:referral -->\n```json\n([\s\S]*?)\n```/.exec(guide)![1]!;
    expect(referralFromFhir(JSON.parse(json))).toEqual(carried(ReferralSchema.parse(JSON.parse(referralJson))));
  });
});
