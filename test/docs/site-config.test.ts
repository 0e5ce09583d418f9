/**
 * The documentation site's reading order (typedoc.config.mjs): every guide in docs/ is listed in
 * `projectDocuments`, once, and its front matter `group:` is one of the guide groups of
 * `groupOrder`, so the sidebar reads Start here, the analyst's path, the app developer's path,
 * then reference. A new guide joins with one line there (see CONTRIBUTING.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const GUIDE_GROUPS = ['Start here', 'For analysts', 'For app developers', 'Reference'];

interface SiteConfig {
  readonly projectDocuments: readonly string[];
  readonly groupOrder: readonly string[];
  readonly searchInDocuments: boolean;
  readonly preserveLinkText: boolean;
  readonly customCss: string;
}

const configFile = resolve(root, 'typedoc.config.mjs');
const { default: config } = (await import(configFile)) as { default: SiteConfig };
const guides = readdirSync(resolve(root, 'docs')).filter((file) => file.endsWith('.md'));

/** The `group:` of a guide's front matter, or null. */
function groupOf(guide: string): string | null {
  const text = readFileSync(resolve(root, 'docs', guide), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return /^group: (.+)$/m.exec(front)?.[1]?.trim() ?? null;
}

describe('the site configuration', () => {
  it('lists every guide once, and nothing that is not a guide', () => {
    const listed = config.projectDocuments.map((path) => path.replace(/^docs\//, ''));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...guides].sort());
  });

  it('puts the guide groups first, in reading order', () => {
    expect(config.groupOrder.slice(0, GUIDE_GROUPS.length)).toEqual(GUIDE_GROUPS);
  });

  it.each(guides)('%s belongs to a guide group', (guide) => {
    expect(GUIDE_GROUPS).toContain(groupOf(guide));
  });

  it('lists the guides group by group, Getting started first', () => {
    const groups = config.projectDocuments.map((path) => GUIDE_GROUPS.indexOf(groupOf(path.replace(/^docs\//, '')) ?? ''));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(config.projectDocuments[0]).toBe('docs/getting-started.md');
  });

  it('searches guide text and shows link targets by name', () => {
    expect(config.searchInDocuments).toBe(true);
    expect(config.preserveLinkText).toBe(false);
    expect(readdirSync(resolve(root, 'docs'))).toContain(config.customCss.replace(/^docs\//, ''));
  });
});
