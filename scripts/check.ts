/**
 * Typecheck and lint in one process, on one TypeScript program: the gate's static check.
 *
 * `tsc -p tsconfig.check.json` and `eslint .` each built and type-checked the same program (the
 * typed lint rules ask the checker about every file), so the gate paid for the type check twice.
 * Here the program is built once (incrementally, into `.cache/tsc.tsbuildinfo`, as `npm run
 * typecheck` does), its diagnostics are reported and its declarations emitted to `.cache/tsc/`
 * (which `npm run build` packages), and then ESLint runs with that program as its type
 * information (`parserOptions.programs`), with the same config, rules and cache as `npm run lint`.
 *
 * Usage: `tsx scripts/check.ts [--ready <file>]`. With `--ready`, the file is written as soon as
 * the declarations are emitted, so the gate can build the package while lint runs, and lint runs
 * at a lower priority (nice 10), using the cores the build and the tests leave idle. Prints the
 * errors found and one line per phase with its time, in the gate's format; exits 1 on any type
 * error or lint problem.
 */
import { writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/** Builds the program of tsconfig.check.json, emits its declarations, and returns it with its diagnostics. */
function typecheck(): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const configFile = resolve(root, 'tsconfig.check.json');
  const config = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (config === undefined) throw new Error(`cannot read ${configFile}`);
  const builder = ts.createIncrementalProgram({
    rootNames: config.fileNames,
    options: config.options,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
    ...(config.projectReferences === undefined ? {} : { projectReferences: config.projectReferences }),
  });
  const diagnostics = [
    ...builder.getConfigFileParsingDiagnostics(),
    ...builder.getOptionsDiagnostics(),
    ...builder.getGlobalDiagnostics(),
    ...builder.getSyntacticDiagnostics(),
    ...builder.getSemanticDiagnostics(),
    ...builder.emit().diagnostics,
  ];
  return { program: builder.getProgram(), diagnostics };
}

/** Lints every file `npm run lint` lints, with `program` as the type information. */
async function lint(program: ts.Program): Promise<{ text: string; problems: number }> {
  // The cache keys results by the config's JSON: the program stands in as the config file it comes from.
  const programs = Object.defineProperty([program], 'toJSON', { value: () => 'tsconfig.check.json' });
  const eslint = new ESLint({
    cwd: root,
    cache: true,
    cacheStrategy: 'content',
    cacheLocation: resolve(root, '.cache/eslint/'),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs } } },
  });
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  return { text: await formatter.format(results), problems };
}

/** One line per phase, in the gate's format (`  ok  lint        41s`). */
function report(phase: string, ok: boolean, since: number): void {
  const seconds = String(Math.round((performance.now() - since) / 1000)).padStart(3);
  console.log(ok ? `  ok  ${phase.padEnd(10)} ${seconds}s` : `  FAIL ${phase.padEnd(9)} ${seconds}s`);
}

async function main(): Promise<void> {
  const readyAt = process.argv.indexOf('--ready');
  const ready = readyAt === -1 ? undefined : process.argv[readyAt + 1];
  let failed = false;

  let start = performance.now();
  const { program, diagnostics } = typecheck();
  if (ready !== undefined) {
    writeFileSync(ready, '');
    // The gate's build and tests wait for the declarations, not for lint: lint yields the cores to them.
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  }
  if (diagnostics.length > 0) {
    failed = true;
    const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    // Colours only for a terminal: the gate keeps this output in a log and sets FORCE_COLOR when it prints to one.
    const format = process.stdout.isTTY || process.env['FORCE_COLOR'] !== undefined ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
    process.stdout.write(format(diagnostics, host));
  }
  report('typecheck', diagnostics.length === 0, start);

  start = performance.now();
  const { text, problems } = await lint(program);
  if (problems > 0) {
    failed = true;
    process.stdout.write(text);
  }
  report('lint', problems === 0, start);
  if (failed) process.exitCode = 1;
}

await main();
