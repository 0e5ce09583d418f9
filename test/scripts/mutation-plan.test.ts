import { describe, expect, it } from 'vitest';
import { basesOfModules, changedModules, chooseBase, moduleScores, planMutation } from '../../scripts/mutation/plan.js';

const MODULES = ['calendar', 'caseload', 'core', 'eligibility'];

describe('chooseBase', () => {
  it('takes MUTATION_BASE over everything else', () => {
    expect(chooseBase({ fromEnv: 'main~3', baseline: 'abc123', hasParent: true })).toEqual({ ref: 'main~3', why: 'MUTATION_BASE' });
  });

  it('takes the committed baseline when the clone has that commit', () => {
    expect(chooseBase({ fromEnv: undefined, baseline: 'abc123', hasParent: true })?.ref).toBe('abc123');
    expect(chooseBase({ fromEnv: '', baseline: 'abc123', hasParent: false })?.ref).toBe('abc123');
  });

  it('falls back to the last commit, then to nothing (a one-commit shallow clone)', () => {
    expect(chooseBase({ fromEnv: undefined, baseline: null, hasParent: true })?.ref).toBe('HEAD~1');
    expect(chooseBase({ fromEnv: undefined, baseline: null, hasParent: false })).toBeNull();
  });
});

describe('basesOfModules', () => {
  it('compares each module with its own measured commit, else the shared one, in module order', () => {
    const bases = basesOfModules({ commit: 'old', modules: { core: 'new', eligibility: 'new', unknown: 'other' } }, MODULES);
    expect([...bases]).toEqual([
      ['old', ['calendar', 'caseload']],
      ['new', ['core', 'eligibility']],
    ]);
  });

  it('uses the shared commit for every module when none has its own', () => {
    expect([...basesOfModules({ commit: 'old' }, MODULES)]).toEqual([['old', MODULES]]);
  });
});

describe('changedModules', () => {
  it('takes modules from src/<m>/ and test/<m>/ paths only, in module order', () => {
    expect(
      changedModules(
        ['test/eligibility/a.test.ts', 'src/core/x.ts', 'docs/core.md', 'src/index.ts', 'README.md', 'src/core/y.ts', 'test/scenarios/s.test.ts'],
        MODULES,
      ),
    ).toEqual(['core', 'eligibility']);
  });

  it('ignores unknown folders and files straight under src/ or test/', () => {
    expect(changedModules(['src/index.ts', 'test/setup.ts', 'srcx/core/a.ts'], MODULES)).toEqual([]);
  });
});

describe('planMutation', () => {
  const costs = { calendar: { mutants: 600, seconds: 300 }, core: { mutants: 400, seconds: 200 }, eligibility: { mutants: 1800, seconds: 1500 } };

  it('runs every changed module that fits the budget, in order, and sums the estimate', () => {
    expect(planMutation(['calendar', 'core'], costs, 500)).toEqual({ run: ['calendar', 'core'], skipped: [], estimatedSeconds: 500 });
  });

  it('skips what would pass the budget but still takes later modules that fit', () => {
    expect(planMutation(['calendar', 'eligibility', 'core'], costs, 600)).toEqual({
      run: ['calendar', 'core'],
      skipped: ['eligibility'],
      estimatedSeconds: 500,
    });
  });

  it('prices a module with no measured cost at the dearest known one', () => {
    expect(planMutation(['newmodule'], costs, 1499)).toEqual({ run: [], skipped: ['newmodule'], estimatedSeconds: 0 });
    expect(planMutation(['newmodule'], costs, 1500)).toEqual({ run: ['newmodule'], skipped: [], estimatedSeconds: 1500 });
  });

  it('plans nothing when nothing changed', () => {
    expect(planMutation([], costs, 10)).toEqual({ run: [], skipped: [], estimatedSeconds: 0 });
  });
});

describe('moduleScores', () => {
  const mutants = (...statuses: string[]) => statuses.map((status) => ({ status }));
  const report = {
    files: {
      'src/core/a.ts': { mutants: mutants('Killed', 'Killed', 'Survived', 'Ignored', 'CompileError') },
      'src/core/b.ts': { mutants: mutants('Timeout', 'NoCoverage') },
      'src/calendar/c.ts': { mutants: mutants('Killed') },
      'src/coreutils/d.ts': { mutants: mutants('Survived') },
    },
  };

  it('counts detected ÷ valid per module, leaving ignored and errored mutants out', () => {
    expect(moduleScores(report, ['core', 'calendar'])).toEqual([
      { module: 'core', killed: 2, timeout: 1, survived: 1, noCoverage: 1, score: 60 },
      { module: 'calendar', killed: 1, timeout: 0, survived: 0, noCoverage: 0, score: 100 },
    ]);
  });

  it('rounds to two decimals and gives null, not NaN, for a module without valid mutants', () => {
    const thirds = { files: { 'src/core/a.ts': { mutants: mutants('Killed', 'Killed', 'Survived') } } };
    expect(moduleScores(thirds, ['core', 'caseload'])).toEqual([
      { module: 'core', killed: 2, timeout: 0, survived: 1, noCoverage: 0, score: 66.67 },
      { module: 'caseload', killed: 0, timeout: 0, survived: 0, noCoverage: 0, score: null },
    ]);
  });
});
