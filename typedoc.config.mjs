// @ts-check
/**
 * TypeDoc's configuration (a module rather than JSON so that `markdownItLoader`, a function, can
 * switch off markdown-it's fuzzy links: see below).
 *
 * Guides: every `docs/*.md` is listed in `projectDocuments` in the order a newcomer reads them, and
 * its front matter `group:` is one of `groupOrder`'s guide groups. A new guide joins the site with
 * one line here, where it belongs in the reading order (test/docs/site-config.test.ts checks that
 * every guide is listed and grouped).
 *
 * @type {Partial<import('typedoc').TypeDocOptions>}
 */
const config = {
  $schema: 'https://typedoc.org/schema.json',
  name: 'social-prescribing',
  entryPoints: [
    'src/core/index.ts',
    'src/calendar/index.ts',
    'src/caseload/index.ts',
    'src/eligibility/index.ts',
    'src/referrals/index.ts',
    'src/supervision/index.ts',
    'src/outcomes/index.ts',
    'src/directory/index.ts',
    'src/synthetic/index.ts',
    'src/csv/index.ts',
    'src/render/index.ts',
    'src/fhir/index.ts',
  ],
  tsconfig: 'tsconfig.build.json',
  out: 'docs-site',
  readme: 'README.md',
  // The reading order: Start here, then the analyst's path, then the app developer's path, then reference.
  projectDocuments: [
    'docs/getting-started.md',
    // For analysts
    'docs/notebook.md',
    'docs/caseload.md',
    'docs/outcomes.md',
    'docs/from-export.md',
    'docs/charts.md',
    'docs/supervision.md',
    // For app developers
    'docs/eligibility.md',
    'docs/referrals.md',
    'docs/directory.md',
    'docs/exchanging-data.md',
    'docs/csv.md',
    'docs/calendar.md',
    'docs/data-model-and-privacy.md',
    // Reference
    'docs/sources.md',
    'docs/decisions.md',
  ],
  groupOrder: ['Start here', 'For analysts', 'For app developers', 'Reference', 'Modules', '*'],
  // Guide text is searchable ("spreadsheet", "bank holiday"), not only API names.
  searchInDocuments: true,
  searchInComments: true,
  // A wider content column and tables that fit (docs/site.css).
  customCss: 'docs/site.css',
  // `{@link core!SocialPrescribingError}` shows as `SocialPrescribingError`, not its reference text.
  preserveLinkText: false,
  markdownItOptions: { html: true, linkify: true },
  // Bare http(s) URLs stay links; words that merely look like host names (GOV.UK, DOMAIN.md) do not.
  markdownItLoader(parser) {
    parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  },
  disableSources: true,
  // The gate's tsc step has already checked these files; TypeDoc's second check cost 7 s of CPU.
  skipErrorChecking: true,
  treatWarningsAsErrors: true,
  validation: {
    notExported: true,
    invalidLink: true,
    notDocumented: true,
  },
  excludePrivate: true,
  excludeInternal: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  categorizeByGroup: false,
  requiredToBeDocumented: [
    'Enum',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'TypeAlias',
    'Method',
    'Accessor',
    'Namespace',
    'Module',
  ],
  highlightLanguages: ['bash', 'console', 'css', 'html', 'javascript', 'json', 'jsonc', 'json5', 'yaml', 'tsx', 'typescript', 'sh', 'text', 'mermaid'],
};

export default config;
