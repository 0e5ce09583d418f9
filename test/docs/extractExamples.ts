import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One `@example` block found in a TSDoc comment under src/. */
export interface DocExample {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

const root = resolve(import.meta.dirname, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every `.ts` file under src/, sorted. */
export function sourceFiles(): string[] {
  return walk(join(root, 'src')).sort();
}

/** Every fenced `ts` block under an `@example` tag in src/**\/*.ts. */
export function extractExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    let index = 0;
    for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\*\/$/, ''));
      let inExample = false;
      let inFence = false;
      let buffer: string[] = [];
      for (const line of lines) {
        if (/^@example\b/.test(line)) inExample = true;
        else if (/^@\w/.test(line) && !inFence) inExample = false;
        if (!inExample) continue;
        if (/^```(ts|typescript)\s*$/.test(line.trim()) && !inFence) {
          inFence = true;
          buffer = [];
        } else if (line.trim() === '```' && inFence) {
          inFence = false;
          examples.push({ file: relative(root, file), index: index++, code: buffer.join('\n') });
        } else if (inFence) buffer.push(line);
      }
    }
  }
  return examples;
}

/**
 * Rewrites an example into a module that records, for each statement followed
 * by a `//=>` comment, the statement's value and the expected value.
 */
export function instrumentExample(example: DocExample): { code: string; checks: number } {
  const code = example.code
    .replace(
      /from\s+'social-prescribing(\/[a-z-]+)?'/g,
      (_match, subpath: string | undefined) =>
        `from '${join(root, 'src', subpath ? `${subpath.slice(1)}/index.ts` : 'index.ts')}'`,
    )
    // Internal helpers are not in the package's exports, so their examples import them
    // relatively ('./random.js', '../core/index.js'): resolve from the example's own file.
    .replace(
      /from\s+'(\.\.?\/[^']*)\.js'/g,
      (_match, specifier: string) => `from '${resolve(root, dirname(example.file), `${specifier}.ts`)}'`,
    );
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const statements = source.statements;
  const out: string[] = [`const __checks = (globalThis as any).__exampleChecks as any[];`];
  let checks = 0;
  statements.forEach((statement, i) => {
    const next = statements[i + 1];
    const gap = code.slice(statement.end, next ? next.getFullStart() + (next.getStart() - next.getFullStart()) : code.length);
    const text = code.slice(statement.getStart(), statement.end);
    const expected = parseExpectation(gap);
    if (expected === undefined) {
      out.push(text);
      return;
    }
    if (!ts.isExpressionStatement(statement)) throw new Error(`${example.file}: //=> follows a non-expression statement`);
    const expression = code.slice(statement.expression.getStart(), statement.expression.end);
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    checks++;
    const throwsMatch = /^throws\s+(['"][^'"]+['"])$/.exec(expected);
    if (throwsMatch) {
      out.push(
        `try { await (async () => (${expression}))(); __checks.push({ line: ${line}, threw: false, expectedCode: ${throwsMatch[1]} }); } catch (error) { __checks.push({ line: ${line}, threw: true, error, expectedCode: ${throwsMatch[1]} }); }`,
      );
    } else {
      out.push(`__checks.push({ line: ${line}, actual: await (async () => (${expression}))(), expected: (${expected}) });`);
    }
  });
  return { code: out.join('\n') + '\nexport {};\n', checks };
}

function parseExpectation(gap: string): string | undefined {
  const lines = gap.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => line.startsWith('//=>'));
  if (start === -1) return undefined;
  const parts = [lines[start]!.slice(4).trim()];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('//') || line.startsWith('//=>')) break;
    parts.push(line.slice(2));
  }
  return parts.join('\n').trim();
}
