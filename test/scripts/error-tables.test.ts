import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorTable, updateGuides, withErrorTables } from '../../scripts/error-tables.js';

describe('error tables in the guides', () => {
  it('are in step with ERROR_CODES (run npx tsx scripts/error-tables.ts to rewrite them)', () => {
    expect(updateGuides(join(import.meta.dirname, '..', '..', 'docs'), true)).toEqual([]);
  });

  it('rewrite a block from the table and leave the rest of the text alone', () => {
    const text = 'before\n<!-- error-codes: render -->\nstale\n<!-- /error-codes -->\nafter';
    expect(withErrorTables(text)).toBe(`before\n<!-- error-codes: render -->\n${errorTable(['render'])}\n<!-- /error-codes -->\nafter`);
    expect(() => withErrorTables('<!-- error-codes: nowhere -->\n<!-- /error-codes -->')).toThrow('unknown module');
  });
});
