/** What the export-reader tests share: the smallest mapping (a date and a source column) and a stream drained to an array. */
import type { ExportMapping, ExportStream } from '../../src/csv/index.js';
import type { Referral } from '../../src/referrals/index.js';

export const base: ExportMapping = { referredOn: { column: 'Date', format: 'dd/MM/yyyy' }, source: { column: 'Source' } };

/** Every referral of a stream, in order. */
export async function drain(stream: ExportStream): Promise<Referral[]> {
  const out: Referral[] = [];
  for await (const referral of stream.referrals) out.push(referral);
  return out;
}
