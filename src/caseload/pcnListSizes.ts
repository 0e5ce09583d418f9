import { SocialPrescribingError, type IsoDate } from '../core/index.js';
import {
  bindRows,
  MAP_COLUMNS,
  PRACTICE_COLUMNS,
  PRACTICE_LAYOUT_MARKERS,
  PracticeMapRowSchema,
  PracticeTotalsRowSchema,
  readRows,
  REQUIRED_MAP_FIELDS,
  requireColumns,
  type BoundRows,
  type NhsDigitalLayout,
  type RejectedRow,
} from './nhsDigitalRows.js';

/**
 * One practice of a PCN, as the two files give it.
 *
 * @category NHS Digital
 */
export interface PracticeListSize {
  /** The practice's ODS code (`PRACTICE_CODE` / `CODE`). */
  readonly code: string;
  /** `PRACTICE_NAME`, or `null` when blank. */
  readonly name: string | null;
  /** Registered patients (`NUMBER_OF_PATIENTS`, all ages and sexes). */
  readonly listSize: number;
  /** The GP system supplier (`SUPPLIER_NAME`, such as EMIS or TPP: where a message back goes), or `null` (not in the 2022-01 layout). */
  readonly supplier: string | null;
}

/**
 * One Primary Care Network's list size: the sum over its practices that are in both files. Shaped
 * so that it can be passed to {@link planCaseload} or {@link planCaseloadByGroup} as it is
 * (`id`, `name`, `listSize`). A type alias rather than an interface, so that it is assignable
 * to the open record type of {@link PlanCaseloadByGroupOptions}' PCNs.
 *
 * @category NHS Digital
 */
export type PcnListSize = {
  /** The PCN code (`PCN_CODE`, such as `U89141`). */
  readonly id: string;
  /** The PCN name (`PCN_NAME`). */
  readonly name: string;
  /** Registered patients of its matched practices. */
  readonly listSize: number;
  /** The ICB code (`ICB_CODE`; `STP_CODE` in the 2022-01 layout) of its first practice in the map. */
  readonly icbCode: string;
  /** The ICB name (`ICB_NAME`; `STP_NAME` in the 2022-01 layout). */
  readonly icbName: string;
  /** The sub-ICB location (`SUB_ICB_LOCATION_CODE`; `CCG_CODE` in the 2022-01 layout), or `null`. */
  readonly subIcbCode: string | null;
  /** The sub-ICB location's name (`CCG_NAME` in the 2022-01 layout), or `null`. */
  readonly subIcbName: string | null;
  /** The NHS England commissioning region (`COMM_REGION_CODE`), or `null`. */
  readonly regionCode: string | null;
  /** The region's name (`COMM_REGION_NAME`), or `null`. */
  readonly regionName: string | null;
  /** Its practices that are in both files, by practice code. */
  readonly practices: readonly PracticeListSize[];
};

/**
 * Practices found in one file and not the other: how many, their registered patients where known,
 * and their practice codes (sorted).
 *
 * @category NHS Digital
 */
export interface UnmatchedPractices {
  /** How many practices. */
  readonly count: number;
  /** Their registered patients (0 for practices that are only in the map, which has no list sizes). */
  readonly listSize: number;
  /** Their practice codes, sorted. */
  readonly codes: readonly string[];
}

/**
 * The result of {@link pcnListSizes}.
 *
 * @category NHS Digital
 */
export interface PcnListSizes {
  /** The layout each file was read in. */
  readonly layouts: { readonly practices: NhsDigitalLayout; readonly map: NhsDigitalLayout };
  /** Each file's `EXTRACT_DATE` as `YYYY-MM-DD`, or `null` when it has no valid row. The two may differ: check they are the months you meant. */
  readonly extractDates: { readonly practices: IsoDate | null; readonly map: IsoDate | null };
  /** One entry per PCN with at least one matched practice, by ICB code and then PCN code. */
  readonly pcns: readonly PcnListSize[];
  /** Matched practices, their registered patients, PCNs and ICBs. */
  readonly totals: { readonly practices: number; readonly listSize: number; readonly pcns: number; readonly icbs: number };
  /** Practices that did not match: in the totals but not the map (their patients are in no PCN), and in the map but not the totals. */
  readonly unmatched: { readonly practicesWithoutPcn: UnmatchedPractices; readonly practicesWithoutListSize: UnmatchedPractices };
  /** Every data row not used, with its file, index, line, column and reason. */
  readonly rejected: readonly RejectedRow[];
  /** How many data rows of each file were not used (rows with several problems count once). */
  readonly excluded: { readonly practices: number; readonly map: number };
}

interface MutablePcn {
  id: string;
  name: string;
  listSize: number;
  icbCode: string;
  icbName: string;
  subIcbCode: string | null;
  subIcbName: string | null;
  regionCode: string | null;
  regionName: string | null;
  practices: PracticeListSize[];
}

/** Orders by a key that is never the same for two items (codes are unique), in code-unit order: no locale. */
const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : 1;

function layoutOf(bound: BoundRows, markers: Readonly<Record<NhsDigitalLayout, string>>, name: string): NhsDigitalLayout {
  if (bound.positions.has(markers['sub-icb-icb'])) return 'sub-icb-icb';
  if (bound.positions.has(markers['ccg-stp'])) return 'ccg-stp';
  throw new SocialPrescribingError('caseload/unknown-layout', [
    {
      path: [name, 0],
      message: `has neither ${markers['sub-icb-icb']} (2026-04 layout) nor ${markers['ccg-stp']} (2021-01 and 2022-01 layout): is it a "Patients Registered at a GP Practice" file?`,
    },
  ]);
}

/**
 * The file's month is the extract date most of its valid rows give (the earliest row's among equals);
 * a row of another month is rejected, and so is a repeated practice code (the first row is kept).
 */
function firstOfEach<T extends { extractDate: string }>(
  rows: readonly [number, T][],
  code: (row: T) => string,
  codeColumn: string,
  file: RejectedRow['file'],
  rejected: RejectedRow[],
): { date: IsoDate | null; kept: Map<string, T> } {
  const counts = new Map<string, number>();
  for (const [, row] of rows) counts.set(row.extractDate, (counts.get(row.extractDate) ?? 0) + 1);
  let date: IsoDate | null = null;
  for (const [candidate, count] of counts) if (date === null || count > (counts.get(date) as number)) date = candidate;
  const kept = new Map<string, T>();
  for (const [index, row] of rows) {
    if (row.extractDate !== date) {
      rejected.push({ file, index, line: index + 2, path: ['EXTRACT_DATE'], message: "differs from the file's month (the date most rows give): a file is one month's snapshot" });
    } else if (kept.has(code(row))) {
      rejected.push({ file, index, line: index + 2, path: [codeColumn], message: 'repeats the practice code of an earlier row' });
    } else kept.set(code(row), row);
  }
  return { date, kept };
}

function excludedCount(rejected: readonly RejectedRow[]): number {
  return new Set(rejected.map((row) => row.index)).size;
}

/**
 * PCN list sizes from NHS Digital's monthly "Patients Registered at a GP Practice" files: the
 * practice totals (`gp-reg-pat-prac-all`: one row per practice with `SEX` and `AGE` both `ALL`)
 * joined to the practice-to-PCN map (`gp-reg-pat-prac-map`) by practice code.
 *
 * Reads both published layouts of each file, told apart by their columns: 2021-01 / 2022-01 with
 * `CCG_*` and `STP_*` columns, and 2026-04 with `SUB_ICB_LOCATION_*`, `ICB_*` and the map's
 * `SUPPLIER_NAME`. `EXTRACT_DATE` is read strictly in its four published forms (`01JAN2021`,
 * `01Jan2022`, `2026-04-01`, `01-Apr-26`). The files may be of different months (the map is
 * published less often): both dates are returned.
 *
 * Nothing is dropped silently: a practice in the totals but not the map (its patients are in no
 * PCN) and a practice in the map but not the totals are counted and listed by practice code; a
 * row with a bad cell, a row of another month than the rest of its file and a repeated practice
 * code are returned in `rejected` with their line and column, and counted in `excluded`. A file's
 * month is the extract date most of its valid rows give.
 * Messages name columns and rules, never cell values.
 *
 * @param practiceRows - The practice totals file as `parseCsv` returns it, header first.
 * @param mapRows - The practice-to-PCN map as `parseCsv` returns it, header first.
 * @returns PCN list sizes (by ICB code, then PCN code), totals, unmatched practices and rejected rows.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-rows` when either argument is not an array of
 * rows with a header of strings first; `caseload/unknown-layout` when a header has the columns of neither
 * layout; `caseload/missing-column` naming each required column a header lacks.
 * @see NHS England (NHS Digital), "Patients Registered at a GP Practice", monthly official statistics,
 * https://digital.nhs.uk/data-and-information/publications/statistical/patients-registered-at-a-gp-practice (OGL v3.0)
 * @category NHS Digital
 * @example
 * ```ts
 * import { pcnListSizes } from 'social-prescribing/caseload';
 * import { parseCsv } from 'social-prescribing/csv';
 *
 * const practices = parseCsv([
 *   'PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS',
 *   'GP_PRAC_PAT_LIST,2026-04-01,GP,16C,E38000247,A81001,TS18 1HU,ALL,ALL,3747',
 *   'GP_PRAC_PAT_LIST,2026-04-01,GP,16C,E38000247,A81002,TS18 2AW,ALL,ALL,18654',
 *   'GP_PRAC_PAT_LIST,2026-04-01,GP,01K,E38000228,A82003,LA12 7BT,ALL,ALL,11913',
 * ].join('\n'));
 * const map = parseCsv([
 *   'PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,PRACTICE_POSTCODE,PCN_CODE,PCN_NAME,ONS_SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,ONS_ICB_CODE,ICB_CODE,ICB_NAME,ONS_COMM_REGION_CODE,COMM_REGION_CODE,COMM_REGION_NAME,SUPPLIER_NAME',
 *   'GP_PRAC_PAT_LIST,01-Apr-26,A81001,THE DENSHAM SURGERY,TS18 1HU,U89141,STOCKTON PCN,E38000247,16C,NHS North East and North Cumbria ICB - 16C,E54000050,QHM,NHS North East and North Cumbria Integrated Care Board,E40000012,Y63,North East and Yorkshire,TPP',
 *   'GP_PRAC_PAT_LIST,01-Apr-26,A81002,QUEENS PARK MEDICAL CENTRE,TS18 2AW,U07032,NORTH STOCKTON PCN,E38000247,16C,NHS North East and North Cumbria ICB - 16C,E54000050,QHM,NHS North East and North Cumbria Integrated Care Board,E40000012,Y63,North East and Yorkshire,TPP',
 * ].join('\n'));
 * const sizes = pcnListSizes(practices, map);
 * sizes.pcns.map((pcn) => [pcn.id, pcn.name, pcn.listSize, pcn.icbCode]);
 * //=> [['U07032', 'NORTH STOCKTON PCN', 18654, 'QHM'], ['U89141', 'STOCKTON PCN', 3747, 'QHM']]
 * sizes.unmatched.practicesWithoutPcn;
 * //=> { count: 1, listSize: 11913, codes: ['A82003'] }
 * sizes.extractDates;
 * //=> { practices: '2026-04-01', map: '2026-04-01' }
 * pcnListSizes(practices, [['PRACTICE_CODE', 'PCN_CODE']]);
 * //=> throws 'caseload/unknown-layout'
 * ```
 */
export function pcnListSizes(practiceRows: readonly (readonly string[])[], mapRows: readonly (readonly string[])[]): PcnListSizes {
  const practiceFile = bindRows(practiceRows, 'practiceRows');
  const mapFile = bindRows(mapRows, 'mapRows');
  const practiceLayout = layoutOf(practiceFile, PRACTICE_LAYOUT_MARKERS, 'practiceRows');
  const mapLayout = layoutOf(mapFile, { 'ccg-stp': MAP_COLUMNS['ccg-stp'].icbCode, 'sub-icb-icb': MAP_COLUMNS['sub-icb-icb'].icbCode }, 'mapRows');
  const mapColumns = MAP_COLUMNS[mapLayout];
  requireColumns(practiceFile, Object.values(PRACTICE_COLUMNS).map((column) => [column, column] as const), 'practiceRows');
  requireColumns(mapFile, REQUIRED_MAP_FIELDS.map((field) => [mapColumns[field], mapColumns[field]] as const), 'mapRows');

  const practicesRejected: RejectedRow[] = [];
  const mapRejected: RejectedRow[] = [];
  const totals = firstOfEach(
    readRows(practiceFile, PRACTICE_COLUMNS, PracticeTotalsRowSchema, 'practices', practicesRejected),
    (row) => row.code,
    PRACTICE_COLUMNS.code,
    'practices',
    practicesRejected,
  );
  const map = firstOfEach(
    readRows(mapFile, mapColumns, PracticeMapRowSchema, 'map', mapRejected),
    (row) => row.practiceCode,
    mapColumns.practiceCode,
    'map',
    mapRejected,
  );

  const pcns = new Map<string, MutablePcn>();
  const withoutListSize: string[] = [];
  let listSize = 0;
  for (const [code, row] of map.kept) {
    const practice = totals.kept.get(code);
    if (practice === undefined) {
      withoutListSize.push(code);
      continue;
    }
    let pcn = pcns.get(row.pcnCode);
    if (pcn === undefined) {
      pcn = {
        id: row.pcnCode,
        name: row.pcnName,
        listSize: 0,
        icbCode: row.icbCode,
        icbName: row.icbName,
        subIcbCode: row.subIcbCode,
        subIcbName: row.subIcbName,
        regionCode: row.regionCode,
        regionName: row.regionName,
        practices: [],
      };
      pcns.set(row.pcnCode, pcn);
    }
    pcn.listSize += practice.patients;
    listSize += practice.patients;
    pcn.practices.push({ code, name: row.practiceName, listSize: practice.patients, supplier: row.supplier });
  }
  const withoutPcn = [...totals.kept.values()].filter((row) => !map.kept.has(row.code));
  // By ICB code, then PCN code: NUL sorts before every other character, so the ICB code decides first.
  const list = [...pcns.values()].sort(byKey((pcn) => `${pcn.icbCode}\u0000${pcn.id}`));
  for (const pcn of list) pcn.practices.sort(byKey((practice) => practice.code));
  // In line order within each file (a stable sort keeps a row's problems in the order found).
  const byLine = (a: RejectedRow, b: RejectedRow): number => a.index - b.index;

  return {
    layouts: { practices: practiceLayout, map: mapLayout },
    extractDates: { practices: totals.date, map: map.date },
    pcns: list,
    totals: {
      practices: list.reduce((sum, pcn) => sum + pcn.practices.length, 0),
      listSize,
      pcns: list.length,
      icbs: new Set(list.map((pcn) => pcn.icbCode)).size,
    },
    unmatched: {
      practicesWithoutPcn: {
        count: withoutPcn.length,
        listSize: withoutPcn.reduce((sum, row) => sum + row.patients, 0),
        codes: withoutPcn.map((row) => row.code).sort(),
      },
      practicesWithoutListSize: { count: withoutListSize.length, listSize: 0, codes: withoutListSize.sort() },
    },
    rejected: [...practicesRejected.sort(byLine), ...mapRejected.sort(byLine)],
    excluded: { practices: excludedCount(practicesRejected), map: excludedCount(mapRejected) },
  };
}
