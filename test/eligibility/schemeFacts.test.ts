/**
 * The service facts a scheme carries beside its criteria: the documents it cites
 * (`source`), its caseload and its workforce. Each is optional, validated, and kept
 * verbatim through a JSON round trip.
 */
import { describe, expect, it } from 'vitest';
import { CitationSchema, defineScheme, type Scheme } from '../../src/eligibility/index.js';
import { errorOf } from '../support/errorOf.js';

const base = { id: 'x', name: 'X', criteria: { kind: 'anyone' } } as const;
const issues = (extra: Record<string, unknown>) => errorOf(() => defineScheme({ ...base, ...extra })).issues;

describe('source: the documents a scheme cites', () => {
  const faqs = {
    title: 'Social prescribing – frequently asked questions',
    publisher: 'NHS England',
    date: 'undated web page',
    url: 'https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
  };

  it('keeps title, publisher, date, url and section as given', () => {
    const roleMap = { title: 'NWS Community of Practice – Role Mapping', publisher: 'NWS CoP', date: '1 December 2022 (draft)', section: 'Care Coordinator row' };
    const scheme: Scheme = defineScheme({ ...base, source: [roleMap, faqs] });
    expect(scheme.source).toEqual([roleMap, faqs]);
    expect(JSON.parse(JSON.stringify(scheme))).toEqual(scheme);
  });

  it('needs title, publisher and date, and an http or https address', () => {
    expect(issues({ source: [{ title: 'T', date: '2019' }] })).toEqual([
      { path: ['source', 0, 'publisher'], message: 'is required' },
    ]);
    expect(issues({ source: [{ ...faqs, publisher: '', date: '' }] })).toEqual([
      { path: ['source', 0, 'publisher'], message: 'must not be empty' },
      { path: ['source', 0, 'date'], message: 'must not be empty' },
    ]);
    expect(issues({ source: [{ ...faqs, title: '', section: '' }] })).toEqual([
      { path: ['source', 0, 'title'], message: 'must not be empty' },
      { path: ['source', 0, 'section'], message: 'must not be empty' },
    ]);
    for (const url of ['ftp://example.org/doc.pdf', 'seeds/role-map.txt', 'javascript:alert(1)', 'git+https://example.org/doc', 'httpx://example.org/']) {
      expect(issues({ source: [{ ...faqs, url }] })).toEqual([{ path: ['source', 0, 'url'], message: 'must be a web address' }]);
    }
    expect(CitationSchema.safeParse({ ...faqs, url: 'http://www.example.org/' }).success).toBe(true);
  });

  it('is a non-empty list of citations, not a path', () => {
    expect(issues({ source: [] })).toEqual([{ path: ['source'], message: 'must not be empty' }]);
    expect(issues({ source: 'a/seed/file.txt' })).toEqual([{ path: ['source'], message: 'must be a list' }]);
  });
});

describe('caseload and workforce', () => {
  it('keeps what the source states', () => {
    const scheme = defineScheme({
      ...base,
      caseload: { peoplePerWorkerPerYear: { min: 250, max: 250 }, note: 'approximately 250 people throughout the year' },
      workforce: { posts: 10, wte: 9, note: 'across 8 GP networks' },
    });
    expect([scheme.caseload, scheme.workforce]).toEqual([
      { peoplePerWorkerPerYear: { min: 250, max: 250 }, note: 'approximately 250 people throughout the year' },
      { posts: 10, wte: 9, note: 'across 8 GP networks' },
    ]);
    expect(defineScheme({ ...base, workforce: { wte: 7.5 } }).workforce).toEqual({ wte: 7.5 });
  });

  it('rejects part posts, nothing in post, an inverted range and empty notes', () => {
    expect(issues({ workforce: { posts: 2.5, wte: 0 } })).toEqual([
      { path: ['workforce', 'posts'], message: 'must be a whole number' },
      { path: ['workforce', 'wte'], message: 'must be above 0' },
    ]);
    expect(issues({ workforce: { posts: 0, note: '' } })).toEqual([
      { path: ['workforce', 'posts'], message: 'must be above 0' },
      { path: ['workforce', 'note'], message: 'must not be empty' },
    ]);
    expect(issues({ caseload: { peoplePerWorkerPerYear: { min: 250, max: 200 }, note: '' } })).toEqual([
      { path: ['caseload', 'peoplePerWorkerPerYear', 'min'], message: 'min must not be greater than max' },
      { path: ['caseload', 'note'], message: 'must not be empty' },
    ]);
  });
});
