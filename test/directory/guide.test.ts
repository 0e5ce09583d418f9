/**
 * docs/directory.md shows real output: its generated blocks (places in matching, the gap table
 * and HSDS 3.1 capacities) equal what the functions return today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleBlocks, renderGuide } from '../../scripts/directory-example.js';

const guide = readFileSync(join(import.meta.dirname, '../../docs/directory.md'), 'utf8');

describe('docs/directory.md', () => {
  it('holds every generated block, as the functions write it now (npx tsx scripts/render-directory-example.ts to refresh)', () => {
    for (const name of Object.keys(exampleBlocks())) expect(guide).toContain(`<!-- generated:${name} -->`);
    expect(renderGuide(guide)).toBe(guide);
  });
});
