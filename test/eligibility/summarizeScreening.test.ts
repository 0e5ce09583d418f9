import { describe, expect, it } from 'vitest';
import {
  screeningToMarkdown,
  screeningToRows,
  ScreeningSummarySchema,
  schemes,
  summarizeScreening,
  withArea,
  type Person,
  type Scheme,
} from '../../src/eligibility/index.js';
import { generatePeople } from '../../src/synthetic/index.js';
import { errorOf } from '../support/errorOf.js';

const over40: Scheme = { id: 'over-40', name: 'Over 40s', criteria: { kind: 'age', min: 40 } };
const copdInWoking: Scheme = {
  id: 'copd-woking',
  name: 'COPD | Woking',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'hasCondition', anyOf: ['copd'] },
      { kind: 'residentIn', areaType: 'borough', anyOf: ['Woking'] },
    ],
  },
};
const referral = { referredOn: '2025-06-01', source: 'gp-practice' };
/** Asks about the area before the condition, so facts are first met in the reverse of their name order. */
const wokingCopd: Scheme = {
  id: 'woking-copd',
  name: 'Woking COPD',
  criteria: {
    kind: 'all',
    of: [
      { kind: 'residentIn', areaType: 'borough', anyOf: ['Woking'] },
      { kind: 'hasCondition', anyOf: ['copd'] },
    ],
  },
};

const people: Person[] = [
  { age: 50, conditions: ['copd'], residence: { borough: 'Woking' } }, // over-40 eligible; copd eligible
  { age: 30, conditions: [] }, // ineligible; ineligible
  { conditions: ['copd'] }, // needs birthDate; needs residence.borough
  { age: 70 }, // eligible; needs conditions and residence.borough
  { birthDate: '1960-02-30' }, // not a person
  { age: 45, birthDate: '1990-01-01' }, // age and birth date disagree
  { age: 41, residence: { borough: 'Leeds' } }, // eligible; needs conditions... and not-met residence: ineligible
];

describe('summarizeScreening', () => {
  const summary = () => summarizeScreening([over40, copdInWoking], people, referral);

  it('counts each scheme’s decisions and the facts missing behind needs-information, most often missing first', () => {
    expect(summary().schemes).toEqual([
      { schemeId: 'over-40', schemeName: 'Over 40s', eligible: 3, needsInformation: 1, ineligible: 1, missing: [{ fact: 'birthDate', people: 1 }] },
      {
        schemeId: 'copd-woking',
        schemeName: 'COPD | Woking',
        eligible: 1,
        needsInformation: 2,
        ineligible: 2,
        missing: [{ fact: 'residence.borough', people: 2 }, { fact: 'conditions', people: 1 }],
      },
    ]);
  });

  it('excludes records that are not valid persons, listing each problem by index, code, path and rule', () => {
    expect(summary().referral).toEqual({ referredOn: '2025-06-01', source: 'gp-practice' });
    expect(summary().people).toBe(5);
    expect(summary().excluded).toBe(2);
    expect(summary().rejected).toEqual([
      { index: 4, code: 'eligibility/invalid-person', path: ['birthDate'], message: expect.any(String) },
      { index: 5, code: 'eligibility/inconsistent-age', path: ['age'], message: expect.any(String) },
    ]);
    expect(JSON.stringify(summary().rejected)).not.toContain('1960-02-30');
    expect(ScreeningSummarySchema.safeParse(summary()).success).toBe(true);
  });

  it('orders missing facts by name when as many people lack each', () => {
    const both = summarizeScreening([copdInWoking], [{}, {}], { referredOn: '2025-06-01' });
    expect(both.schemes[0]!.missing).toEqual([{ fact: 'conditions', people: 2 }, { fact: 'residence.borough', people: 2 }]);
    expect(both.referral).toEqual({ referredOn: '2025-06-01', source: null });
  });

  it('orders missing facts by how many lack them, whatever order they are first met in', () => {
    const counted = summarizeScreening([wokingCopd], [{ residence: { borough: 'Woking' } }, { conditions: ['copd'] }, { conditions: ['copd'] }], referral);
    expect(counted.schemes[0]!.missing).toEqual([{ fact: 'residence.borough', people: 2 }, { fact: 'conditions', people: 1 }]);
    const reversed = summarizeScreening([copdInWoking], [{ residence: { borough: 'Woking' } }, { residence: { borough: 'Woking' } }, { conditions: ['copd'] }], referral);
    expect(reversed.schemes[0]!.missing).toEqual([{ fact: 'conditions', people: 2 }, { fact: 'residence.borough', people: 1 }]);
    const tied = summarizeScreening([wokingCopd], [{}, {}], referral);
    expect(tied.schemes[0]!.missing).toEqual([{ fact: 'conditions', people: 2 }, { fact: 'residence.borough', people: 2 }]);
  });

  it('reads any iterable, one person at a time', () => {
    function* stream(): Generator<Person> {
      yield* people;
    }
    expect(summarizeScreening([over40, copdInWoking], stream(), referral)).toEqual(summary());
    expect(summarizeScreening([over40], new Set<Person>([{ age: 50 }]), referral).schemes[0]!.eligible).toBe(1);
    expect(summarizeScreening([over40], [], referral)).toEqual({
      referral,
      people: 0,
      excluded: 0,
      rejected: [],
      schemes: [{ schemeId: 'over-40', schemeName: 'Over 40s', eligible: 0, needsInformation: 0, ineligible: 0, missing: [] }],
    });
  });

  it('counts a record as excluded once, however many problems it has, and passes other errors through', () => {
    const many = summarizeScreening([over40], [{ age: -1, conditions: 'copd' } as never, null as never], referral);
    expect(many.excluded).toBe(2);
    expect(many.rejected.map((r) => r.index)).toEqual(many.rejected.map((r) => r.index).sort());
    expect(new Set(many.rejected.map((r) => r.index))).toEqual(new Set([0, 1]));
    const throwing = {
      get age(): number {
        throw new RangeError('boom');
      },
    };
    expect(() => summarizeScreening([over40], [throwing as never], referral)).toThrow(RangeError);
  });

  it('screens a synthetic practice list into every decision', () => {
    const list = generatePeople({ count: 2000, seed: 'screen', asOf: '2025-06-01', areas: [{ borough: 'Woking' }, { borough: 'Leeds' }] });
    const synthetic = summarizeScreening([over40, copdInWoking], list, referral);
    expect(synthetic.people).toBe(2000);
    for (const scheme of synthetic.schemes) {
      expect(scheme.eligible + scheme.needsInformation + scheme.ineligible).toBe(2000);
      expect(scheme.eligible).toBeGreaterThan(0);
      expect(scheme.ineligible).toBeGreaterThan(0);
    }
    // Every synthetic person has a birth date, so an age rule is always decided; conditions and areas are sometimes unrecorded.
    expect(synthetic.schemes[0]!.needsInformation).toBe(0);
    expect(synthetic.schemes[1]!.needsInformation).toBeGreaterThan(0);
    expect(synthetic.schemes[1]!.missing.map((m) => m.fact).sort()).toEqual(['conditions', 'residence.borough']);
  });

  it('checks the schemes, the referral and the people before screening anyone', () => {
    expect(errorOf(() => summarizeScreening([], people, referral))).toEqual({
      code: 'eligibility/invalid-scheme',
      issues: [{ path: ['schemes'], message: 'must be a non-empty array of schemes' }],
    });
    expect(errorOf(() => summarizeScreening(over40 as never, people, referral)).code).toBe('eligibility/invalid-scheme');
    expect(errorOf(() => summarizeScreening([over40, { id: 'x', name: 'X', criteria: { kind: 'postcode' } } as never], people, referral)).issues[0]!.path.slice(0, 2)).toEqual([
      'schemes',
      1,
    ]);
    expect(errorOf(() => summarizeScreening([over40, { ...copdInWoking, id: 'over-40' }], people, referral))).toEqual({
      code: 'eligibility/duplicate-scheme-id',
      issues: [{ path: ['schemes', 1, 'id'], message: 'repeats the id of an earlier scheme' }],
    });
    expect(errorOf(() => summarizeScreening([over40], people, { referredOn: '2025-02-30' })).issues[0]!.path).toEqual(['referral', 'referredOn']);
    expect(errorOf(() => summarizeScreening([over40], people, null as never))).toEqual({
      code: 'eligibility/invalid-referral',
      issues: [{ path: ['referral'], message: 'must be an object with referredOn' }],
    });
    for (const notPeople of [null, 42, 'people', { length: 1 }]) {
      expect(errorOf(() => summarizeScreening([over40], notPeople as never, referral))).toEqual({
        code: 'eligibility/invalid-people',
        issues: [{ path: ['people'], message: 'must be an array or another iterable of persons' }],
      });
    }
  });
});

describe('screening outputs', () => {
  const summary = () => summarizeScreening([over40, copdInWoking], people, referral);

  it('gives a row per scheme with the same columns, missing facts as columns', () => {
    expect(screeningToRows(summary())).toEqual([
      {
        schemeId: 'over-40', schemeName: 'Over 40s', people: 5, excluded: 2, eligible: 3, needsInformation: 1, ineligible: 1,
        'missing.birthDate': 1, 'missing.conditions': 0, 'missing.residence.borough': 0,
      },
      {
        schemeId: 'copd-woking', schemeName: 'COPD | Woking', people: 5, excluded: 2, eligible: 1, needsInformation: 2, ineligible: 2,
        'missing.birthDate': 0, 'missing.conditions': 1, 'missing.residence.borough': 2,
      },
    ]);
  });

  it('sorts the missing-fact columns by name, whichever scheme misses them first', () => {
    const woking: Scheme = { id: 'woking', name: 'Woking', criteria: { kind: 'residentIn', areaType: 'borough', anyOf: ['Woking'] } };
    const copd: Scheme = { id: 'copd', name: 'COPD', criteria: { kind: 'hasCondition', anyOf: ['copd'] } };
    const rows = screeningToRows(summarizeScreening([woking, copd], [{}], referral));
    expect(Object.keys(rows[0]!)).toEqual([
      'schemeId', 'schemeName', 'people', 'excluded', 'eligible', 'needsInformation', 'ineligible', 'missing.conditions', 'missing.residence.borough',
    ]);
    expect(rows.map((row) => [row['missing.conditions'], row['missing.residence.borough']])).toEqual([[0, 1], [1, 0]]);
  });

  it('escapes backslashes, pipes and line breaks in names and the referral', () => {
    const odd = summarizeScreening([{ ...over40, name: 'A\\B|C\r\nD' }], [{ age: 50 }], { referredOn: '2025-06-01', source: 'x|y\n' });
    const lines = screeningToMarkdown(odd).split('\n');
    expect(lines[0]).toBe('1 person screened for a referral on 2025-06-01 from x\\|y ; 0 records excluded as not a valid person.');
    expect(lines[4]).toBe('| A\\\\B\\|C D | 1 (100.0%) | 0 (0.0%) | 0 (0.0%) | – |');
  });

  it('writes Markdown with counts, shares and missing facts, escaping names', () => {
    expect(screeningToMarkdown(summary())).toBe(
      [
        '5 people screened for a referral on 2025-06-01 from gp-practice; 2 records excluded as not a valid person.',
        '',
        '| scheme | eligible | needs information | ineligible | missing facts (people) |',
        '| --- | ---: | ---: | ---: | --- |',
        '| Over 40s | 3 (60.0%) | 1 (20.0%) | 1 (20.0%) | birthDate (1) |',
        '| COPD \\| Woking | 1 (20.0%) | 2 (40.0%) | 2 (40.0%) | residence.borough (2), conditions (1) |',
        '',
      ].join('\n'),
    );
  });

  it('writes one person, no shares over no people, and thousands with commas', () => {
    const one = summarizeScreening([over40], [{ age: 50 }], { referredOn: '2025-06-01' });
    expect(screeningToMarkdown(one).split('\n')[0]).toBe('1 person screened for a referral on 2025-06-01; 0 records excluded as not a valid person.');
    expect(screeningToMarkdown(one).split('\n')[4]).toBe('| Over 40s | 1 (100.0%) | 0 (0.0%) | 0 (0.0%) | – |');
    const none = summarizeScreening([over40], [{ birthDate: 'x' }], { referredOn: '2025-06-01' });
    expect(screeningToMarkdown(none).split('\n')[0]).toBe('0 people screened for a referral on 2025-06-01; 1 record excluded as not a valid person.');
    expect(screeningToMarkdown(none).split('\n')[4]).toBe('| Over 40s | 0 | 0 | 0 | – |');
    const big = { ...one, people: 1_234_567, schemes: [{ ...one.schemes[0]!, eligible: 1_234_567, missing: [{ fact: 'conditions', people: 1234 }] }] };
    expect(screeningToMarkdown(big).split('\n')[4]).toBe('| Over 40s | 1,234,567 (100.0%) | 0 (0.0%) | 0 (0.0%) | conditions (1,234) |');
    expect(screeningToMarkdown(big).split('\n')[0]).toBe('1,234,567 people screened for a referral on 2025-06-01; 0 records excluded as not a valid person.');
  });

  it('writes -0 as 0', () => {
    const zeroed = { ...summary(), excluded: -0, schemes: summary().schemes.map((scheme) => ({ ...scheme, ineligible: -0 })) };
    const row = screeningToRows(zeroed)[0]!;
    expect(Object.is(row.excluded, 0) && Object.is(row.ineligible, 0)).toBe(true);
  });

  it('rejects a summary that is not one, with paths from the summary', () => {
    for (const output of [screeningToRows, screeningToMarkdown]) {
      expect(errorOf(() => output({ ...summary(), people: -1 }))).toEqual({
        code: 'eligibility/invalid-screening',
        issues: [{ path: ['summary', 'people'], message: 'must be at least 0' }],
      });
      expect(errorOf(() => output(null as never)).issues[0]!.path).toEqual(['summary']);
    }
  });
});

describe('summarizeScreening: onProgress', () => {
  const scheme = withArea(schemes.waysToWellness, ['A86001']);
  const people = [{ age: 52 }, { birthDate: '1970-02-30' }, { age: 30 }, { age: 40 }, { age: 41 }];

  it('is called every progressEvery people (screened or excluded) and once at the end', () => {
    const seen: number[] = [];
    const summary = summarizeScreening([scheme], people, { referredOn: '2025-06-01' }, { progressEvery: 2, onProgress: (p) => seen.push(p.peopleRead) });
    expect(seen).toEqual([2, 4, 5]);
    expect(summary).toEqual(summarizeScreening([scheme], people, { referredOn: '2025-06-01' }));
    const even: number[] = [];
    summarizeScreening([scheme], people.slice(0, 4), { referredOn: '2025-06-01' }, { progressEvery: 2, onProgress: (p) => even.push(p.peopleRead) });
    expect(even).toEqual([2, 4]);
  });

  it('refuses bad options by path', () => {
    expect(() => summarizeScreening([scheme], people, { referredOn: '2025-06-01' }, { progressEvery: 0, colour: 'red' } as never)).toThrow(
      expect.objectContaining({
        code: 'eligibility/invalid-options',
        issues: [
          { path: ['options', 'colour'], message: 'is not a known option' },
          { path: ['options', 'progressEvery'], message: 'must be a whole number, 1 or more' },
        ],
      }),
    );
  });
});
