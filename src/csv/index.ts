/**
 * Reading and writing referrals as CSV, the format analysts get out of
 * spreadsheets and GP systems: an RFC 4180 parser (whole text or streamed),
 * a writer, and a mapping of columns to {@link referrals!Referral} fields that
 * reports every bad row through {@link referrals!validateReferrals}.
 *
 * Built in rather than taken from a CSV package so the library keeps its three
 * runtime dependencies; see docs/decisions.md.
 *
 * @module csv
 */
export { createCsvParser, type CsvParser } from './createCsvParser.js';
export { parseCsv } from './parseCsv.js';
export { csvRows } from './csvRows.js';
export { formatCsv, type CsvCell, type FormatCsvOptions } from './formatCsv.js';
export { REFERRAL_CSV_COLUMNS, type ReferralCsvColumn } from './columns.js';
export { referralsFromCsv, type ReferralCsvResult, type ReferralsFromCsvOptions } from './referralsFromCsv.js';
export { referralsToCsv } from './referralsToCsv.js';
export { CSV_ERRORS, type CsvErrorCode } from './errors.js';
export { aliasKey, EXPORT_ALIASES, EXPORT_STATUSES, EXPORT_UNKNOWN_TEXTS, ExportMappingSchema, type ExportMapping } from './exportMapping.js';
export { type ExportProgress, type ExportReadOptions, type ExportRejectedRow, type ExportReport } from './exportReader.js';
export { referralsFromExport, type ExportResult } from './referralsFromExport.js';
export { referralsFromExportStream, type ExportStream, type ExportStreamOptions } from './referralsFromExportStream.js';
