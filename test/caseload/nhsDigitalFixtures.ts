/**
 * The NHS Digital fixtures (first rows of the published files, unchanged) and helpers that build
 * other rows from their column sets and date formats, for tests only.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../../src/csv/index.js';

const dir = resolve(import.meta.dirname, '../fixtures/nhs-digital');

/** A fixture file's rows, as parseCsv gives them. */
export function fixture(name: 'all.2021-01' | 'all.2026-04' | 'map.2022-01' | 'map.2026-04'): string[][] {
  const [kind, month] = name.split('.') as [string, string];
  return parseCsv(readFileSync(join(dir, `gp-reg-pat-prac-${kind}.${month}.first-rows.csv`), 'utf8'));
}

/**
 * Rows re-laid-out under another header: each named column is taken from `from`'s column of the
 * same name, or of the name `renamed` gives, or set to `fixed` where listed. Used to put published
 * rows into the other published layout, so the reader's handling of that layout is tested on the
 * same practices; the result is a test input, not a published file.
 */
export function relayout(
  from: readonly (readonly string[])[],
  header: readonly string[],
  renamed: Readonly<Record<string, string>> = {},
  fixed: Readonly<Record<string, string>> = {},
): string[][] {
  const source = from[0]!;
  return [
    [...header],
    ...from.slice(1).map((row) =>
      header.map((column) => fixed[column] ?? (row[source.indexOf(renamed[column] ?? column)]) ?? ''),
    ),
  ];
}

export const PRACTICES_2021_HEADER = ['PUBLICATION', 'EXTRACT_DATE', 'TYPE', 'CCG_CODE', 'ONS_CCG_CODE', 'CODE', 'POSTCODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'];
export const MAP_2022_HEADER = [
  'PUBLICATION', 'EXTRACT_DATE', 'PRACTICE_CODE', 'PRACTICE_NAME', 'PRACTICE_POSTCODE', 'PCN_CODE', 'PCN_NAME', 'ONS_CCG_CODE', 'CCG_CODE',
  'CCG_NAME', 'ONS_STP_CODE', 'STP_CODE', 'STP_NAME', 'ONS_COMM_REGION_CODE', 'COMM_REGION_CODE', 'COMM_REGION_NAME',
];
