/**
 * The presets as a whole: 21 services, each deeply frozen, valid, citing its document by
 * title, publisher and date (never a workspace path), listed in the eligibility guide's
 * table and the bibliography, and worked through in a scenario test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEligibility, defineScheme, REFERRAL_SOURCE_IDS, schemes, withArea, type Criterion, type Scheme } from '../../src/eligibility/index.js';
import { isUnsetArea } from '../../src/eligibility/withArea.js';
import { walkCriteria } from '../../src/eligibility/schemas.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const entries: [string, Scheme][] = Object.entries(schemes);

/** Every object and array inside `value`, `value` included. */
function partsOf(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(partsOf)];
}

describe('the presets', () => {
  it('are 21, with distinct ids', () => {
    expect(entries).toHaveLength(21);
    expect(new Set(entries.map(([, scheme]) => scheme.id)).size).toBe(21);
  });

  it('are deeply frozen: no part of any preset can be changed', () => {
    expect(Object.isFrozen(schemes)).toBe(true);
    for (const [key, scheme] of entries) {
      const unfrozen = partsOf(scheme).filter((part) => !Object.isFrozen(part));
      expect(unfrozen, key).toEqual([]);
    }
    expect(() => {
      (schemes.shetlandTherapeuticLinkWorker.criteria as { of: Criterion[] }).of.push({ kind: 'age', min: 18 });
    }).toThrow(TypeError);
    expect(() => {
      (schemes.seftonSocialPrescribing.support as { contacts: { max: number } }).contacts.max = 20;
    }).toThrow(TypeError);
    expect(() => {
      (schemes as Record<string, unknown>).extra = schemes.waysToWellness;
    }).toThrow(TypeError);
    expect(schemes.seftonSocialPrescribing.support?.contacts).toEqual({ min: 6, max: 12 });
  });

  it('stay usable: withArea returns a new, unfrozen scheme and leaves the preset as it was', () => {
    const before = JSON.stringify(schemes.dundeeCommunityLinkWorker);
    const filled = withArea(schemes.dundeeCommunityLinkWorker, ['DUNDEE-1']);
    expect(Object.isFrozen(filled)).toBe(false);
    expect(JSON.stringify(schemes.dundeeCommunityLinkWorker)).toBe(before);
    expect(checkEligibility(filled, { registeredPractice: 'DUNDEE-1' }, { referredOn: '2025-06-02', source: 'gp-practice' }).decision).toBe('eligible');
  });

  it('are valid schemes that survive a JSON round trip', () => {
    for (const [key, scheme] of entries) expect(defineScheme(JSON.parse(JSON.stringify(scheme))), key).toEqual(scheme);
  });

  it('cite their documents by title, publisher and date, never by a workspace path', () => {
    for (const [key, scheme] of entries) {
      expect(scheme.source?.length, key).toBeGreaterThan(0);
      for (const citation of scheme.source ?? []) {
        expect([citation.title, citation.publisher, citation.date].every((field) => field.length > 0), key).toBe(true);
      }
      expect(JSON.stringify(scheme), key).not.toMatch(/shared\/|\.txt\b/);
    }
  });

  it('name every unset area criterion `area`, so withArea can fill it by id', () => {
    for (const [key, scheme] of entries) {
      for (const [criterion] of walkCriteria(scheme.criteria, [])) {
        if (isUnsetArea(criterion)) expect(criterion.id, key).toBe('area');
      }
    }
  });

  it('read Sefton\'s "a wide range of agencies" as every referral source the library names except self-referral and introductions', () => {
    const routes = [...walkCriteria(schemes.seftonSocialPrescribing.criteria, [])].find(([c]) => c.id === 'from-2020-21')?.[0];
    expect(routes).toMatchObject({ kind: 'referralSource', from: '2020-04-01' });
    expect(routes?.kind === 'referralSource' ? [...routes.anyOf].sort() : null).toEqual(
      REFERRAL_SOURCE_IDS.filter((id) => id !== 'self' && id !== 'introduction').sort(),
    );
  });

  it('state `anyone` exactly where the source says the service takes anyone', () => {
    const open = entries.filter(([, scheme]) => [...walkCriteria(scheme.criteria, [])].some(([c]) => c.kind === 'anyone')).map(([key]) => key);
    expect(open).toEqual([
      'localAreaCoordinator',
      'culmValleyHealthFacilitator',
      'dundeeCommunityLinkWorker',
      'shetlandTherapeuticLinkWorker',
      'edinburghSpecialistLinkWorker',
      'nhsEnglandSplw',
    ]);
  });
});

describe('the presets in the guides', () => {
  const guide = read('docs/eligibility.md');
  const bibliography = read('docs/sources.md');

  it('each has a row in the eligibility guide, with its key and id', () => {
    for (const [key, scheme] of entries) expect(guide, key).toContain(`| \`${key}\`, \`${scheme.id}\` |`);
  });

  it('each document a preset cites is in the bibliography, by title', () => {
    const titles = new Set(entries.flatMap(([, scheme]) => (scheme.source ?? []).map((c) => c.title.replace(/ \(.*\)$/, ''))));
    const text = bibliography.replace(/\s+/g, ' ');
    expect(titles.size).toBe(6); // seven documents; both training hub pages are titled "Social Prescriber"
    for (const title of titles) expect(text, title).toContain(title);
  });

  it('each is quoted in the bibliography and worked through in a scenario test', () => {
    const scenarios = readdirSync(join(root, 'test/scenarios'))
      .filter((file) => file.startsWith('eligibility-'))
      .map((file) => read(`test/scenarios/${file}`))
      .join('\n');
    for (const [key] of entries) {
      expect(bibliography, key).toContain(`| \`${key}\` |`);
      expect(scenarios, key).toContain(`schemes.${key}`);
    }
  });
});
