/**
 * Shared building blocks: calendar dates as ISO strings, ranges, the error class
 * and the zod schemas every other module builds on.
 *
 * @module core
 */
export { SocialPrescribingError, type ValidationIssue } from './SocialPrescribingError.js';
export { isSocialPrescribingError } from './isSocialPrescribingError.js';
export { containsNhsNumber } from './containsNhsNumber.js';
export { isIsoDate, type IsoDate } from './isIsoDate.js';
export { isoToYmd } from './isoToYmd.js';
export { toDayNumber } from './toDayNumber.js';
export { fromDayNumber } from './fromDayNumber.js';
export { isoWeekday, type IsoWeekday } from './isoWeekday.js';
export { addDays } from './addDays.js';
export { daysBetween } from './daysBetween.js';
export { IsoDateSchema, RangeSchema, type Range } from './schemas.js';
export { issuesFromZod, parseWithSchema, type ZodIssueContext } from './parseWithSchema.js';
export { compileCheck } from './compileCheck.js';
export { keyLabel, keyPlaceholder, unknownOptionIssues } from './keyLabel.js';
export { withPathPrefix } from './withPathPrefix.js';
export { deepFreeze } from './deepFreeze.js';
export { ERROR_CODES, type ErrorCode, type ErrorModule } from './errorCodes.js';
export { isRecord } from './isRecord.js';
export { normaliseArea } from './normaliseArea.js';
export { CORE_ERRORS, type CoreErrorCode } from './errors.js';
export { readNumberCell } from './readNumberCell.js';
