import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { extractExamples, instrumentExample, sourceFiles } from './extractExamples.js';

// One folder per process, so concurrent runs do not remove each other's files.
const outDir = resolve(import.meta.dirname, '../.examples', String(process.pid));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const examples = extractExamples();

// Load every source module before any test starts, so code that runs at module load (schemas,
// presets, holiday tables) is never counted as run by one example: Stryker would then treat it
// as covered by that test and report its mutants as survivors instead of static.
for (const file of sourceFiles()) await import(/* @vite-ignore */ file);

describe('every @example in src/ runs and shows its real result', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((example) => [`${example.file} #${example.index}`, example] as const))('%s', async (_name, example) => {
    const { code, checks } = instrumentExample(example);
    const file = join(outDir, `${example.file.replace(/[/.]/g, '_')}_${example.index}.ts`);
    writeFileSync(file, code);
    const recorded: any[] = [];
    (globalThis as any).__exampleChecks = recorded;
    await import(/* @vite-ignore */ file);
    expect(recorded).toHaveLength(checks);
    for (const check of recorded) {
      if ('expectedCode' in check) {
        expect(check.threw, `line ${check.line} should throw`).toBe(true);
        expect(check.error).toBeInstanceOf(SocialPrescribingError);
        expect((check.error as SocialPrescribingError).code, `line ${check.line}`).toBe(check.expectedCode);
      } else {
        expect(check.actual, `line ${check.line}`).toEqual(check.expected);
      }
    }
  });
});
