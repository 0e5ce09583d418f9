/**
 * Rewrites the generated example blocks of docs/directory.md (places: matching, the gap table,
 * HSDS 3.1 capacities) from the functions' real output:
 *
 *   npx tsx scripts/render-directory-example.ts
 *
 * test/directory/guide.test.ts fails when the guide and the functions disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGuide } from './directory-example.js';

const file = join(import.meta.dirname, '../docs/directory.md');
writeFileSync(file, renderGuide(readFileSync(file, 'utf8')));
console.log('wrote docs/directory.md');
