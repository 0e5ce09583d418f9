/**
 * A deliberately host-zone-dependent date function, planted beside a correct one, to prove
 * that zones.ts reports such a bug: building a local Date from an ISO date's fields and
 * reading it back with `toISOString()` gives the day before east of UTC (UTC+14 here).
 */
import { addDays } from '../../src/core/index.js';

/** The bug: a local midnight read back as a UTC instant. */
function nextDayViaLocalDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + 1).toISOString().slice(0, 10);
}

export const probes: Record<string, () => unknown> = {
  'planted.nextDayViaLocalDate': () => nextDayViaLocalDate('2025-03-30'),
  'core.addDays': () => addDays('2025-03-30', 1),
};
