import { SocialPrescribingError } from '../core/index.js';
import type { Rate } from './wilsonInterval.js';
import { checkDigits, checkOptions } from './summaryToRows.js';
import { disclosureRule, discloseSummary, type OutcomeDisclosureOption } from './disclosure.js';
import { keyLabel } from './labels.js';
import { finite, guardSummary } from './summaryGuard.js';
import type { OutcomeRow, OutcomeSummary } from './types.js';

/**
 * Options of {@link summaryToMarkdown}.
 *
 * @category Output
 */
export interface OutcomeMarkdownOptions {
  /** Decimal places of percentages (default 0). */
  readonly digits?: number;
  /** Statistical disclosure control, as for {@link summaryToRows}: `true` for {@link NHS_DIGITAL_DISCLOSURE}. */
  readonly disclosure?: OutcomeDisclosureOption;
  /** Instrument ids (`['swemwbs']`) whose paired count and mean change get a column each (default none). */
  readonly wellbeing?: readonly string[];
}

/**
 * Writes the headline figures of an outcome summary as a Markdown table: one
 * line per group and a total line, with referrals, engagement, goals met,
 * positive outcomes, median contacts, the share within the expected contacts,
 * and the share of people referred on who got 3 or more; each rate as a
 * percentage with its 95% interval, "–" when it is over zero people.
 *
 * @param summary - A result of {@link summarizeOutcomes}.
 * @param options - Decimal places of percentages.
 * @returns The Markdown table, ending with a newline.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when `options` is not an object or `digits` is not a whole number from 0 to 15.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `summary` is not shaped like a
 * result of {@link summarizeOutcomes} (a missing or mistyped field, a number that is not finite).
 * @category Output
 * @example
 * ```ts
 * import { summarizeOutcomes, summaryToMarkdown } from 'social-prescribing/outcomes';
 *
 * const summary = summarizeOutcomes(
 *   [{ id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', pcn: 'A', needs: [], events: [],
 *      contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }], goals: [], onward: [], measures: [] }],
 *   { groupBy: 'pcn' },
 * );
 * summaryToMarkdown(summary).split('\n')[2];
 * //=> '| A | 1 | 100% (21–100) | – | 0% (0–79) | 1 | 0% (0–79) | – |'
 * summaryToMarkdown({ ...summary, total: null } as never);
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function summaryToMarkdown(summary: OutcomeSummary, options: OutcomeMarkdownOptions = {}): string {
  checkOptions(options);
  const digits = checkDigits(options.digits) ?? 0;
  const rule = disclosureRule(options.disclosure);
  const instruments: unknown = options.wellbeing ?? [];
  if (!Array.isArray(instruments) || instruments.length > 20 || !instruments.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64)) {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: ['wellbeing'], message: 'must be a list of up to 20 instrument ids' }]);
  }
  const ids = instruments as string[];
  // A suppressed figure is the rule's symbol (a string) in a disclosed summary.
  const number = (value: unknown): string | number => (typeof value === 'string' ? value : finite(value));
  const percent = (value: number): string => (finite(value) * 100).toFixed(digits);
  const rate = (r: Rate | null): string =>
    r === null ? '–' : typeof r.value === 'string' ? r.value : `${percent(r.value)}% (${percent(r.low)}–${percent(r.high)})`;
  const escape = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');
  return guardSummary(summary, (checked) => {
    const { total, groups, groupNames } = rule === null ? checked : discloseSummary(checked, rule);
    const groupTitle = groupNames.length > 0 ? groupNames.join(' / ') : 'group';
    const expected = total.contacts.expected;
    const line = (label: string, row: OutcomeRow): string =>
      `| ${label} | ${number(row.referrals)} | ${rate(row.engagementRate)} | ${rate(row.goals.metRate)} | ${rate(row.positiveOutcomeRate)} | ${
        row.contacts.median === null ? '–' : number(row.contacts.median)
      } | ${rate(row.contacts.withinExpectedRate)} | ${rate(row.onward.threeOrMoreRate)} |${ids
        .map((id) => {
          const w = row.wellbeing[id];
          const change = w?.meanChange ?? null;
          return ` ${w === undefined ? 0 : number(w.paired)} | ${change === null ? '–' : typeof change === 'string' ? change : (Math.round(finite(change) * 100) / 100).toFixed(2)} |`;
        })
        .join('')}`;
    const lines = [
      `| ${escape(groupTitle)} | referrals | engaged | goals met | positive outcome | median contacts | ${finite(expected.min)}–${finite(expected.max)} contacts | referred on: 3+ |${ids
        .map((id) => ` ${escape(id)} pairs | ${escape(id)} mean change |`)
        .join('')}`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${' ---: | ---: |'.repeat(ids.length)}`,
      ...groups.map((row) => line(escape(keyLabel(row.key)), row)),
      line('**total**', total),
    ];
    return `${lines.join('\n')}\n`;
  });
}
