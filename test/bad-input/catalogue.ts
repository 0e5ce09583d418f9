/**
 * The bad-input catalogue: for every public function of every module, a
 * builder of a valid baseline call. The test substitutes each hostile value
 * into each argument, each top-level field of an argument and each field of
 * the first element of an array argument.
 */
import * as calendar from '../../src/calendar/index.js';
import * as caseload from '../../src/caseload/index.js';
import * as core from '../../src/core/index.js';
import * as csv from '../../src/csv/index.js';
import * as directory from '../../src/directory/index.js';
import * as eligibility from '../../src/eligibility/index.js';
import * as fhir from '../../src/fhir/index.js';
import * as outcomes from '../../src/outcomes/index.js';
import * as referrals from '../../src/referrals/index.js';
import * as render from '../../src/render/index.js';
import * as supervision from '../../src/supervision/index.js';
import * as synthetic from '../../src/synthetic/index.js';
import { fixture } from '../caseload/nhsDigitalFixtures.js';
import * as f from './fixtures.js';
import { BIRTH_DATE, NHS_COMPACT, NHS_SPACED } from './hostile.js';

export const MODULES = { core, calendar, caseload, eligibility, referrals, supervision, outcomes, directory, synthetic, csv, render, fhir } as const;

type AnyFn = (...args: any[]) => unknown;

export interface Entry {
  /** Fresh, valid arguments (the baseline call); hostile values are substituted into them. */
  readonly args: () => unknown[];
  /** How to call; defaults to calling the export with the arguments. */
  readonly call?: (args: unknown[]) => unknown;
  /**
   * Set when the function's TSDoc states that its arguments are trusted
   * (checked by the caller): the case then only asserts no hang, no mutated
   * input, no personal data in an error and no prototype pollution.
   */
  readonly trusted?: string;
  /** How deep into the arguments hostile values go (3 unless set). */
  readonly depth?: number;
}

const NHS_DIGITAL_ROWS = {
  'all.2026-04': fixture('all.2026-04'),
  'map.2026-04': fixture('map.2026-04'),
} as const;

/** The first rows of NHS Digital's published April 2026 files, a fresh copy each call. */
const nhsDigital = (name: keyof typeof NHS_DIGITAL_ROWS): string[][] => structuredClone(NHS_DIGITAL_ROWS[name]);

const groupedPlanOptions = (): unknown => ({
  pcns: [
    { id: `pcn-${NHS_SPACED}`, name: `North ${BIRTH_DATE}`, listSize: 42_000, linkWorkerWte: 2, icbCode: 'QHM' },
    { id: 'south', listSize: { min: 30_000, max: 32_000 }, icbCode: 'QHM' },
    { id: 'east', listSize: 38_000, linkWorkerWte: 0.5, icbCode: 'QE1' },
  ],
  groupBy: 'icbCode',
  // Copies: the presets are frozen, and the catalogue puts hostile values inside its arguments.
  rates: structuredClone([caseload.REFERRAL_RATES.des, caseload.REFERRAL_RATES.observedEngland2023]),
});

/** A response policy (a copy: the presets are frozen, and hostile values go inside the arguments). */
const responsePolicy = (): referrals.ResponsePolicy => structuredClone<referrals.ResponsePolicy>(referrals.responsePolicies.twoWeekMarketplace);

/** Referrals to two services, one entered in error, one with an onward connection whose note-free fields hold personal data nowhere. */
const serviceReferrals = (): unknown[] => [
  { ...f.referral(), serviceId: 'walk', organisationId: 'org-1', events: [{ type: 'accepted', on: '2025-04-03' }] },
  { ...f.referral(), id: 'R-2', serviceId: 'walk', organisationId: 'org-1', events: [{ type: 'rejected', on: '2025-04-09', reason: 'no-capacity', note: `Ann ${BIRTH_DATE}` }] },
  { ...f.referral(), id: 'R-3', serviceId: 'debt-advice', events: [{ type: 'entered-in-error', on: '2025-04-02', reason: 'wrong-person' }] },
];

const statistics = (): unknown =>
  outcomes.serviceStatistics(serviceReferrals(), { from: '2025-04-01', to: '2025-06-30', policy: responsePolicy() });

const groupedPlan = (): unknown => caseload.planCaseloadByGroup(groupedPlanOptions() as caseload.PlanCaseloadByGroupOptions);

const screening = (): unknown =>
  eligibility.summarizeScreening([f.scheme() as eligibility.Scheme], [f.person() as eligibility.Person, { age: 30 }], f.eligibilityReferral() as eligibility.EligibilityReferral);

/** A flat export with personal data in cells a mapping does not read and in rows it rejects. */
const exportRows = (): string[][] => [
  ['Client Ref', 'Referral Date', 'Referral Source', 'PCN', 'Number of Contacts', 'SWEMWBS Start', 'SWEMWBS End', 'Date Closed', 'Outcome', 'Name'],
  ['SP1', '01/04/2025', 'G.P.', ' north  riverside ', '7', '19.25', 'N/A', '01/06/2025', 'Goals achieved', `Ann ${BIRTH_DATE}`],
  [NHS_SPACED, '31/02/2025', `Dr ${BIRTH_DATE}`, 'South', 'lots', '99', '', '', '', 'Bob'],
];

const exportMapping = (): csv.ExportMapping => ({
  id: { column: 'Client Ref' },
  referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' },
  source: { column: 'Referral Source', aliases: { Doctor: 'gp-practice' } },
  pcn: { column: 'PCN', normalise: 'kebab' },
  contactsAttended: { column: 'Number of Contacts' },
  scores: [{ instrument: 'swemwbs', start: 'SWEMWBS Start', end: 'SWEMWBS End' }],
  closedOn: { column: 'Date Closed', format: 'dd/MM/yyyy' },
  closeReason: { column: 'Outcome' },
});

const summary = (): unknown =>
  outcomes.summarizeOutcomes([f.referral() as referrals.Referral, { ...f.referral(), id: 'R-2', pcn: 'south' } as referrals.Referral], {
    groupBy: 'pcn',
  });

/** A one-bar Vega-Lite chart whose data hold the seeded personal data, which no error may echo. */
const chartSpec = (): unknown => ({
  mark: 'bar',
  data: { values: [{ pcn: `North ${NHS_SPACED}`, wte: 2 }] },
  encoding: { x: { field: 'pcn', type: 'nominal' }, y: { field: 'wte', type: 'quantitative' } },
});
/** The full referral's FHIR bundle with the first resource of `type` moved to the front. */
const resourceFirst = (type: string): unknown => {
  const bundle = JSON.parse(JSON.stringify(fhir.referralToFhir(f.fullReferral()))) as { entry: { resource: { resourceType: string } }[] };
  const index = bundle.entry.findIndex((entry) => entry.resource.resourceType === type);
  return { ...bundle, entry: [bundle.entry[index], ...bundle.entry.filter((_, i) => i !== index)] };
};

/**
 * Bugs the catalogue found and that are not fixed yet: a case whose key, site
 * (a prefix of the substituted path) and hostile value (when listed) match is
 * still run, but only checked for a hang, a mutated input, a clean library
 * error and an untouched `Object.prototype`.
 */
export interface KnownBug {
  readonly key: string;
  readonly site: readonly (string | number)[];
  readonly hostile?: readonly string[];
  readonly bug: string;
}

const UNDEFINED_ECHO = 'an optional field given as explicit undefined is kept as an undefined property in the result (zod .optional())';
const NEGATIVE_ZERO_ECHO = 'a -0 input passes validation and is echoed as -0 in the result';

export const KNOWN_BUGS: readonly KnownBug[] = [
  // KNOWN BUG: explicit undefined optional fields are echoed as undefined properties.
  { key: 'referrals.validateReferrals', site: [0, 0], hostile: ['undefined'], bug: UNDEFINED_ECHO },
  { key: 'referrals.validateReferralsAsync', site: [0, 0], hostile: ['undefined'], bug: UNDEFINED_ECHO },
  { key: 'referrals.validateReferral', site: [0], hostile: ['undefined', '-0'], bug: `${UNDEFINED_ECHO}; ${NEGATIVE_ZERO_ECHO}` },
  { key: 'eligibility.defineScheme', site: [0], hostile: ['undefined', '-0'], bug: `${UNDEFINED_ECHO}; ${NEGATIVE_ZERO_ECHO}` },
  { key: 'eligibility.withArea', site: [0, 'criteria'], hostile: ['undefined'], bug: UNDEFINED_ECHO },
  { key: 'directory.createDirectoryIndex', site: [0, 0], hostile: ['undefined', '-0'], bug: `${UNDEFINED_ECHO}; ${NEGATIVE_ZERO_ECHO}` },
  { key: 'directory.matchServices', site: [0, 0], hostile: ['undefined', '-0'], bug: `${UNDEFINED_ECHO}; ${NEGATIVE_ZERO_ECHO}` },
  { key: 'directory.validateDirectory', site: [0, 0], hostile: ['undefined', '-0'], bug: `${UNDEFINED_ECHO}; ${NEGATIVE_ZERO_ECHO}` },
  // KNOWN BUG: -0 echoed from a validated input.
  { key: 'outcomes.createOutcomeAccumulator', site: [0, 'expectedContacts'], hostile: ['-0'], bug: NEGATIVE_ZERO_ECHO },
  { key: 'outcomes.summarizeOutcomes', site: [1, 'expectedContacts'], hostile: ['-0'], bug: NEGATIVE_ZERO_ECHO },
];

/** Keyed `<module>.<export>`; entries with a suffix exercise functions that a public function returns. */
export const CATALOGUE: Readonly<Record<string, Entry>> = {
  // core
  'core.SocialPrescribingError': {
    args: () => ['core/example-code', [{ path: ['a', 0], message: 'must be a number' }]],
    call: (args) => new core.SocialPrescribingError(args[0] as core.ErrorCode, args[1] as core.ValidationIssue[]),
    // Not checked: validating the constructor's arguments costs about 170 B (brotli) in every bundle, over the planCaseload budget.
    trusted: 'the error class is constructed by the library itself from checked codes and issues',
  },
  'core.isSocialPrescribingError': {
    // A look-alike plain object (not an error) and a code; the call also checks a real error against the code
    // (an error in the arguments would not survive the case's structuredClone snapshot).
    args: () => [{ name: 'SocialPrescribingError', code: 'core/example-code', issues: [] }, 'core/example-code'],
    call: (args) => [
      core.isSocialPrescribingError(args[0], args[1] as core.ErrorCode),
      core.isSocialPrescribingError(new core.SocialPrescribingError('core/example-code' as never, []), args[1] as core.ErrorCode),
    ],
  },
  'core.containsNhsNumber': { args: () => [`R-${NHS_SPACED}`] },
  'core.isRecord': { args: () => [{ a: 1 }] },
  'core.normaliseArea': {
    args: () => [' surrey  heath '],
    // Not checked: a string function typed for strings, called inside the library only on validated text.
    trusted: 'called by the library only on strings its schemas have checked',
  },
  'core.keyLabel': {
    args: () => ['wteInpost', 0],
    trusted: 'called by the library only with a key from Object.keys and its index',
  },
  'core.keyPlaceholder': {
    args: () => [2],
    trusted: 'called by the library only with an index from Object.keys',
  },
  'core.unknownOptionIssues': { args: () => [{ listSize: 1, wteInpost: 2 }, ['listSize']] },
  'core.isIsoDate': { args: () => ['2024-02-29'] },
  'core.isoToYmd': { args: () => ['2024-02-29'] },
  'core.compileCheck': {
    args: () => [core.IsoDateSchema],
    call: (args) => core.compileCheck(args[0] as never)('2024-02-29'),
  },
  'core.toDayNumber': { args: () => ['2025-04-01'] },
  'core.fromDayNumber': { args: () => [20_000] },
  'core.addDays': { args: () => ['2025-12-31', 1] },
  'core.daysBetween': { args: () => ['2025-01-01', '2025-03-01'] },
  'core.isoWeekday': { args: () => ['2025-04-01'] },
  'core.readNumberCell': { args: () => ['42,117', true] },
  'core.issuesFromZod': {
    args: () => [[{ code: 'invalid_type', expected: 'number', path: ['age'], message: 'Invalid input', input: NHS_SPACED }], [3]],
  },
  'core.parseWithSchema': {
    args: () => ['2025-04-01'],
    call: (args) => core.parseWithSchema(core.IsoDateSchema, args[0], 'core/invalid-date'),
  },
  'core.deepFreeze': {
    args: () => [{ id: 'policy', weeks: { min: 6, max: 12 }, days: [1, 2] }],
    trusted: 'returns its argument, frozen: whatever it is given comes back as it was, by design',
  },
  'core.withPathPrefix': {
    args: () => [['pcns', 2]],
    call: (args) => {
      try {
        return core.withPathPrefix(args[0] as (string | number)[], () => {
          throw new core.SocialPrescribingError('core/example-code' as never, [{ path: ['listSize'], message: 'must be a whole number' }]);
        });
      } catch (error) {
        return (error as core.SocialPrescribingError).issues;
      }
    },
    // Not checked: checking the prefix and callback costs bytes in planCaseload, which is at its 1.5 kB budget.
    trusted: 'library-internal helper: its prefix and callback come from library code',
  },
  // calendar
  'calendar.ukBankHolidays': { args: () => [2025, 'england-and-wales'] },
  'calendar.isWorkingDay': { args: () => ['2025-08-04', { region: 'scotland', workingDays: [1, 2, 3, 4, 5], extraNonWorkingDays: ['2025-08-05'] }] },
  'calendar.addWorkingDays': { args: () => ['2025-04-17', 3, { region: 'england-and-wales', extraNonWorkingDays: ['2025-04-23'] }] },
  'calendar.nextWorkingDay': { args: () => ['2025-12-24', { region: 'scotland', extraNonWorkingDays: ['2025-12-29'] }] },
  'calendar.previousWorkingDay': { args: () => ['2025-04-22', { workingDays: [1, 2, 3, 4] }] },
  'calendar.workingDaysBetween': { args: () => ['2025-01-01', '2025-12-31', { region: 'northern-ireland', workingDays: [1, 2, 3] }] },
  // caseload
  'caseload.expectedReferrals': { args: () => [{ listSize: { min: 30_000, max: 50_000 }, rate: { min: 0.012, max: 0.016 } }] },
  'caseload.linkWorkersNeeded': { args: () => [{ referralsPerYear: { min: 480, max: 640 }, peoplePerWorkerPerYear: 250 }] },
  'caseload.planCaseload': {
    args: () => [
      {
        pcns: [
          { id: `pcn-${NHS_SPACED}`, name: `North ${BIRTH_DATE}`, listSize: 42_000, linkWorkerWte: 2 },
          { id: 'south', listSize: { min: 30_000, max: 32_000 }, linkWorkerWte: 1 },
        ],
        rate: 0.014,
        peoplePerWorkerPerYear: { min: 200, max: 250 },
      },
    ],
  },
  'caseload.activeCaseload': { args: () => [{ referralsPerYear: 250, weeksSupported: { min: 8, max: 16 } }] },
  'caseload.contactCapacity': {
    args: () => [{ wte: 1.5, contactsPerPerson: { min: 6, max: 12 }, peoplePerWorkerPerYear: 250, workingDaysPerYear: 252, leaveDaysPerYear: 30 }],
  },
  'caseload.pcnListSizes': { args: () => [nhsDigital('all.2026-04'), nhsDigital('map.2026-04')] },
  'caseload.planCaseloadByGroup': { args: () => [groupedPlanOptions()] },
  'caseload.planToRows': { args: () => [groupedPlan(), { includeTotal: true }] },
  'caseload.planToCsv': { args: () => [groupedPlan(), { includeTotal: true }] },
  'caseload.planToMarkdown': { args: () => [groupedPlan(), { includePcns: true }] },
  'caseload.planToVegaLite': { args: () => [groupedPlan(), { rate: 'des' }] },
  'caseload.listSizesFromCsv': {
    args: () => [
      [
        ['PCN', 'name', 'Registered patients', 'linkWorkerWte'],
        [`pcn-${NHS_SPACED}`, `North ${BIRTH_DATE}`, '42,117', '2'],
        ['south', 'South', '31,000', ''],
      ],
      { columns: { id: 'PCN', listSize: 'Registered patients' } },
    ],
  },
  // eligibility
  'eligibility.schemeById': { args: () => ['ways-to-wellness'] },
  'eligibility.summarizeScreening': { args: () => [[f.scheme(), { ...f.scheme(), id: 'second' }], [f.person(), { age: 30 }], f.eligibilityReferral(), { progressEvery: 1 }] },
  'eligibility.screeningToRows': { args: () => [screening()] },
  'eligibility.screeningToMarkdown': { args: () => [screening()] },
  'eligibility.defineScheme': { args: () => [f.scheme()] },
  'eligibility.checkEligibility': { args: () => [f.scheme(), f.person(), f.eligibilityReferral()] },
  'eligibility.compileScheme': { args: () => [f.scheme()] },
  'eligibility.compileScheme()': {
    args: () => [f.person(), f.eligibilityReferral()],
    call: (args) => eligibility.compileScheme(f.scheme() as eligibility.Scheme)(args[0] as eligibility.Person, args[1] as eligibility.EligibilityReferral),
  },
  'eligibility.findEligibleSchemes': {
    args: () => [[f.scheme(), { ...f.scheme(), id: 'second' }], f.person(), f.eligibilityReferral()],
  },
  'eligibility.withArea': { args: () => [f.areaScheme(), ['Canalside', `Ward ${NHS_SPACED}`]] },
  'eligibility.formatEligibility': {
    args: () => [
      eligibility.checkEligibility(f.scheme() as eligibility.Scheme, f.person() as eligibility.Person, f.eligibilityReferral() as eligibility.EligibilityReferral),
    ],
  },
  // referrals
  'referrals.referralStatus': { args: () => [f.referral(), '2025-04-20', { policy: responsePolicy(), calendar: { region: 'scotland' } }] },
  'referrals.referralTimeline': { args: () => [f.referral(), { policy: { ...responsePolicy(), atDeadline: 'flag' } }] },
  'referrals.overdueReferrals': {
    args: () => [
      [
        { ...f.referral(), events: [], contacts: [], serviceId: 'walk', organisationId: 'org-1' },
        { ...f.referral(), id: 'R-2', events: [{ type: 'entered-in-error', on: '2025-04-02', reason: 'duplicate', note: `Ann ${BIRTH_DATE}` }] },
      ],
      { asOf: '2025-04-20', policy: responsePolicy(), calendar: { region: 'scotland' }, maxReportedIssues: 5 },
    ],
  },
  'referrals.contactSummary': { args: () => [f.referral(), { expected: { min: 2, max: 4 } }] },
  'referrals.toTaskStatus': { args: () => ['engaged', { onHold: true }] },
  'referrals.codeEvents': { args: () => [f.referral()] },
  'referrals.validateReferral': { args: () => [f.referral()] },
  'referrals.validateReferrals': { args: () => [[f.referral(), { ...f.referral(), id: 'R-2' }]] },
  'referrals.validateReferralsAsync': { args: () => [[f.referral(), { ...f.referral(), id: 'R-2' }]] },
  'referrals.planContacts': { args: () => [{ start: '2025-04-14', count: 4, everyDays: 7, calendar: { region: 'scotland' } }] },
  // supervision
  'supervision.supervisionSchedule': {
    args: () => [{ from: '2025-04-01', to: '2025-09-30', preferredWeekday: 2, preferredWeekOfMonth: 'last', calendar: { region: 'scotland' }, kind: 'peer' }],
  },
  'supervision.supervisionCompliance': {
    args: () => [f.supervisionRecords(), { from: '2025-04-01', to: '2025-06-30', policy: structuredClone(supervision.supervisionPolicies.sefton), calendar: { region: 'scotland' } }],
  },
  // outcomes
  'outcomes.wilsonInterval': { args: () => [70, 100] },
  'outcomes.scoreSwemwbs': { args: () => [[3, 3, 2, 3, 3, 2, 3]] },
  'outcomes.scoreOns4': { args: () => [{ lifeSatisfaction: 4, worthwhile: 6, happiness: 8, anxiety: 1 }] },
  'outcomes.scoreUcla3': { args: () => [[2, 2, 1], { lonelyAtOrAbove: 6 }] },
  'outcomes.scoreMycaw': { args: () => [{ concerns: [5, 3], wellbeing: 4 }] },
  'outcomes.createOutcomeAccumulator': {
    args: () => [{ from: '2025-04-01', to: '2026-03-31', groupBy: ['pcn', 'source'], expectedContacts: { min: 2, max: 4 }, maxReportedIssues: 5 }],
    call: (args) => {
      const accumulator = outcomes.createOutcomeAccumulator(args[0] as outcomes.OutcomeSummaryOptions);
      accumulator.add(f.referral() as referrals.Referral);
      return accumulator.result();
    },
  },
  'outcomes.createOutcomeAccumulator().add': {
    args: () => [f.referral()],
    call: (args) => {
      const accumulator = outcomes.createOutcomeAccumulator({ groupBy: 'pcn', validate: true });
      accumulator.add(args[0] as referrals.Referral);
      return accumulator.result();
    },
  },
  'outcomes.createOutcomeAccumulator().merge': {
    args: () => {
      const other = outcomes.createOutcomeAccumulator({ groupBy: 'pcn' });
      other.add(f.referral() as referrals.Referral);
      return [JSON.parse(JSON.stringify(other.state()))];
    },
    call: (args) => {
      const accumulator = outcomes.createOutcomeAccumulator({ groupBy: 'pcn' });
      accumulator.add({ ...f.referral(), id: 'R-2' } as referrals.Referral);
      accumulator.merge(args[0] as outcomes.OutcomeAccumulatorState);
      return accumulator.result();
    },
  },
  'outcomes.summarizeOutcomes': {
    args: () => [[f.referral(), { ...f.referral(), id: 'R-2', pcn: 'south' }], { from: '2025-04-01', to: '2026-03-31', groupBy: 'pcn', expectedContacts: { min: 2, max: 4 }, validate: true, progressEvery: 1 }],
  },
  'outcomes.summarizeOutcomesAsync': {
    args: () => [[f.referral(), { ...f.referral(), id: 'R-2', pcn: 'south' }], { from: '2025-04-01', to: '2026-03-31', groupBy: 'pcn', validate: true }],
  },
  'outcomes.summaryToRows': { depth: 1, args: () => [summary(), { digits: 3, disclosure: { roundTo: 1 } }] },
  'outcomes.summaryToCsv': { depth: 1, args: () => [summary(), { digits: 2, escapeFormulas: true, disclosure: true }] },
  'outcomes.summaryToMarkdown': { depth: 1, args: () => [summary(), { disclosure: { suppressUpTo: 2 } }] },
  'outcomes.summaryToVegaLite': { depth: 1, args: () => [summary(), { rate: 'engagement', disclosure: true }] },
  'outcomes.serviceStatistics': { args: () => [serviceReferrals(), { from: '2025-04-01', to: '2025-06-30', calendar: { region: 'scotland' }, policy: responsePolicy(), maxReportedIssues: 5 }] },
  'outcomes.serviceStatisticsToRows': { depth: 2, args: () => [statistics(), { digits: 2 }] },
  'outcomes.serviceStatisticsToCsv': { depth: 2, args: () => [statistics(), { digits: 2, escapeFormulas: true }] },
  'outcomes.serviceStatisticsToMarkdown': { depth: 2, args: () => [statistics(), { digits: 1 }] },
  // directory
  'directory.assessProvider': { args: () => [f.service(), { asOf: '2025-06-15', policy: f.policy() }] },
  'directory.createDirectoryIndex': { args: () => [[f.service(), { ...f.service(), id: 'second' }], { asOf: '2025-06-01', policy: f.policy() }] },
  'directory.matchServices': {
    args: () => [
      [f.service(), { ...f.service(), id: 'second', needs: ['housing'] }],
      { person: f.person(), referral: f.eligibilityReferral(), needs: ['social-isolation', 'housing'], asOf: '2025-06-01', policy: f.policy(), detail: 'full' },
    ],
  },
  'directory.provisionGaps': {
    args: () => [[f.service(), { ...f.service(), id: 'second' }], { 'social-isolation': 160, housing: 20 }, { asOf: '2025-06-01', policy: f.policy(), unit: 'place' }],
  },
  'directory.validateDirectory': { args: () => [[f.service(), { ...f.service(), id: 'second' }, { ...f.service(), needs: ['no-such-need'] }]] },
  'directory.toHsds': { args: () => [f.service(), { profile: 'oruk' }] },
  'directory.fromHsds': { args: () => [f.hsds(), { needs: ['money-and-debt'] }] },
  'directory.fromHsdsOrganization': { args: () => [f.hsdsOrganization(), { needs: ['money-and-debt'] }] },
  'directory.fromHsdsServicePage': { args: () => [f.hsdsPages()[0], { needs: ['housing'] }] },
  'directory.readHsdsServicePages': {
    args: () => [f.hsdsPages(), { needs: ['housing'], maxPages: 4 }],
    // The fetch function stands for the caller's code: it hands over whatever the hostile value made of the pages.
    call: (args) => directory.readHsdsServicePages((n) => (Array.isArray(args[0]) ? (args[0] as unknown[])[n - 1] : args[0]), args[1] as directory.ReadHsdsServicePagesOptions),
  },
  // synthetic
  'synthetic.generateReferrals': { args: () => [{ count: 5, seed: NHS_SPACED, from: '2025-04-01', to: '2025-06-30', pcns: ['north', 'south'], offset: 2 }] },
  'synthetic.generatePeople': { args: () => [{ count: 5, seed: NHS_SPACED, asOf: '2025-06-01', practices: [{ code: 'A81001', pcn: 'U89141', weight: 2 }, { code: 'A81002', pcn: 'U07032' }], areas: [{ ward: 'Canalside', weight: 1 }] }] },
  'synthetic.referralStream': { args: () => [{ count: 5, seed: 7, from: '2025-04-01', to: '2025-06-30', pcns: ['north', { id: 'south', effect: 0.1 }] }] },
  // csv
  'csv.createCsvParser': {
    args: () => [f.csvText()],
    call: (args) => {
      const parser = csv.createCsvParser();
      return [...parser.push(args[0] as string), ...parser.end()];
    },
  },
  'csv.parseCsv': { args: () => [f.csvText()] },
  'csv.csvRows': { args: () => [[f.csvText().slice(0, 20), f.csvText().slice(20)]] },
  'csv.formatCsv': { args: () => [[['pcn', 'note'], [NHS_SPACED, `born ${BIRTH_DATE}`], ['South', null], ['East', 3], [`=${NHS_COMPACT}`, true]], { escapeFormulas: true }] },
  'csv.referralsFromCsv': { args: () => [csv.parseCsv(f.csvText()), { columns: { referredOn: 'referredOn' } }] },
  'csv.aliasKey': { args: () => ['G.P.'] },
  'csv.referralsFromExport': { args: () => [exportRows(), exportMapping(), { progressEvery: 1, maxRejectedRows: 5 }] },
  'csv.referralsFromExportStream': {
    args: () => [exportRows().map((row) => row.join(',')), exportMapping(), { input: 'lines', progressEvery: 1 }],
    call: async (args) => {
      const stream = csv.referralsFromExportStream(args[0] as string[], args[1] as csv.ExportMapping, args[2] as csv.ExportStreamOptions);
      const referrals: unknown[] = [];
      for await (const referral of stream.referrals) referrals.push(referral);
      return { referrals, report: stream.report() };
    },
  },
  'csv.referralsToCsv': { args: () => [[f.referral(), { ...f.referral(), id: 'R-2' }], { escapeFormulas: false }] },
  // render: a one-bar chart (each call runs vega), hostile values at the arguments and the spec's top-level fields only.
  'render.chartToSvg': { args: () => [chartSpec(), { background: '#ffffff' }], depth: 1 },
  'render.chartToPng': { args: () => [chartSpec(), { scale: 1 }], depth: 1 },
  // fhir
  'fhir.referralToFhir': { args: () => [f.fullReferral(), { patientId: 'P-7f3a', identifierSystem: 'https://referrals.example.org/id' }] },
  'fhir.referralFromFhir': { depth: 4, args: () => [JSON.parse(JSON.stringify(fhir.referralToFhir(f.fullReferral())))] },
  // The catalogue descends into the first entry of an array only: these put each resource type the reader uses first.
  ...Object.fromEntries(
    (['Task', 'Encounter', 'Observation', 'Goal'] as const).map((type) => [
      `fhir.referralFromFhir(${type} first)`,
      { depth: 4, args: () => [resourceFirst(type)] },
    ]),
  ),
  'fhir.messageBackToGp': { args: () => [f.fullReferral(), { consentToShare: true, asOf: '2025-06-30' }] },
};

/** The public functions of every module, as `<module>.<export>`. */
export function publicFunctions(): string[] {
  const names: string[] = [];
  for (const [module, exports] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') names.push(`${module}.${name}`);
  }
  return names.sort();
}

/** The export a catalogue key names (`eligibility.compileScheme()` → the `compileScheme` function). */
export function exportFor(key: string): AnyFn {
  const [module, rest] = key.split('.') as [keyof typeof MODULES, string];
  const name = /^[A-Za-z0-9]+/.exec(rest)?.[0] ?? rest;
  return (MODULES[module] as Record<string, unknown>)[name] as AnyFn;
}

const CAP = 12_000;

/** Awaits promises and drains iterators (up to a cap), so lazy errors surface inside the case. */
export async function settle(value: unknown): Promise<unknown> {
  const resolved = value instanceof Promise ? await (value as Promise<unknown>) : value;
  if (typeof resolved !== 'object' || resolved === null || Array.isArray(resolved)) return resolved;
  const out: unknown[] = [];
  if (typeof (resolved as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    for await (const item of resolved as AsyncIterable<unknown>) if (out.push(item) >= CAP) break;
    return out;
  }
  if (typeof (resolved as Iterable<unknown>)[Symbol.iterator] === 'function' && !(resolved instanceof Map) && !(resolved instanceof Set)) {
    for (const item of resolved as Iterable<unknown>) if (out.push(item) >= CAP) break;
    return out;
  }
  return resolved;
}

/** Calls an entry's function with `args` (its `call`, else the export itself) and settles the result. */
export function callEntry(key: string, entry: Entry, args: unknown[]): Promise<unknown> {
  return settle(entry.call ? entry.call(args) : exportFor(key)(...args));
}
