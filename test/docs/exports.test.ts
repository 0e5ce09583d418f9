/**
 * Every export of every module is documented: values (functions, constants,
 * schemas) have a summary and an `@example`; types and interfaces a summary.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const modules = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const program = ts.createProgram(
  modules.map((m) => join(root, 'src', m, 'index.ts')),
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true },
);
const checker = program.getTypeChecker();

interface ExportDoc {
  readonly name: string;
  readonly isValue: boolean;
  readonly summary: string;
  readonly hasExample: boolean;
}

function exportsOf(module: string): ExportDoc[] {
  const file = program.getSourceFile(join(root, 'src', module, 'index.ts'));
  if (file === undefined) return [];
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) return [];
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    // Overloaded functions carry their docs on the first signature.
    const signatureTags =
      symbol.flags & ts.SymbolFlags.Function
        ? (symbol.declarations ?? []).flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text))
        : [];
    const hasExample = tags.some((tag) => tag.name === 'example') || signatureTags.includes('example');
    const signatureSummary =
      summary === '' && symbol.declarations?.[0] !== undefined
        ? ts.getJSDocCommentsAndTags(symbol.declarations[0]).map((d) => (ts.isJSDoc(d) ? ts.getTextOfJSDocComment(d.comment) ?? '' : '')).join('')
        : summary;
    return { name: exported.name, isValue, summary: signatureSummary, hasExample };
  });
}

describe.each(modules)('social-prescribing/%s exports', (module) => {
  const exported = exportsOf(module);

  it('has a public surface', () => {
    expect(exported.length).toBeGreaterThan(0);
  });

  it('documents every export with a summary', () => {
    expect(exported.filter((e) => e.summary === '').map((e) => e.name)).toEqual([]);
  });

  it('gives every value export an @example', () => {
    expect(exported.filter((e) => e.isValue && !e.hasExample).map((e) => e.name)).toEqual([]);
  });
});
