/**
 * Rewrites the generated example blocks of docs/exchanging-data.md (the example referral, its FHIR
 * bundle, the message back's letters) from the functions' real output:
 *
 *   npx tsx scripts/render-exchange-example.ts
 *
 * test/fhir/guide.test.ts fails when the guide and the functions disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGuide } from './exchange-example.js';

const file = join(import.meta.dirname, '../docs/exchanging-data.md');
writeFileSync(file, renderGuide(readFileSync(file, 'utf8')));
console.log('wrote docs/exchanging-data.md');
