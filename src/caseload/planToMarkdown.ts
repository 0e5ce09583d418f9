import { SocialPrescribingError, type Range } from '../core/index.js';
import { readPlan, type GroupedCaseloadPlan, type GroupedPlanRow } from './groupedPlan.js';
import { PlanMarkdownOptionsSchema, readOutputOptions, rowsOf, type PlanMarkdownOptions } from './planOptions.js';

/** A number with `digits` decimal places and commas between thousands (fixed rules, no locale). */
function figure(value: number, digits: number): string {
  const [whole, fraction] = value.toFixed(digits).split('.') as [string, string | undefined];
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** `min–max`, or `min to max` when a negative number (min is the lower) would make the dash read as a minus sign; one number when they are equal. */
function span(range: Range, digits: number): string {
  if (range.min === range.max) return figure(range.min, digits);
  return `${figure(range.min, digits)}${range.min < 0 ? ' to ' : '–'}${figure(range.max, digits)}`;
}

const escape = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');

function label(row: GroupedPlanRow): string {
  const name = escape(row.name ?? row.id);
  return row.kind === 'pcn' ? name : row.kind === 'group' ? `**${name} (subtotal)**` : '**total**';
}

function inPost(row: GroupedPlanRow): string {
  if (row.wteInPost !== null) return figure(row.wteInPost, 2);
  if (row.kind === 'pcn') return '–';
  return `${figure(row.wteInPostKnown, 2)} (${row.pcnsWithoutWteInPost} of ${row.pcns} PCNs not known)`;
}

function gap(row: GroupedPlanRow, at: number): string {
  const figures = row.rates[at] as GroupedPlanRow['rates'][number];
  if (figures.gap !== null) return span(figures.gap, 2);
  if (figures.gapOfKnown !== null) return `${span(figures.gapOfKnown, 2)} (${row.pcns - row.pcnsWithoutWteInPost} of ${row.pcns} PCNs known)`;
  return '–';
}

/**
 * Writes a plan of {@link planCaseloadByGroup} as a Markdown table: a line per PCN (unless
 * `includePcns` is `false`), each group's subtotal in bold after its PCNs, and the total; columns for
 * the list size, then referrals a year and WTE needed at each rate side by side, the WTE in post and
 * the gap at each rate. Numbers have commas between thousands, WTE 2 decimal places, ranges `min–max`.
 *
 * Where some PCNs of a subtotal or the total have no WTE in post, the cell gives the known sum and
 * how many PCNs lack it, and the gap is given over the PCNs known: never a silent blank.
 *
 * @param plan - A result of {@link planCaseloadByGroup}.
 * @param options - One group to show, whether to show PCN rows, and which rates.
 * @returns The Markdown table, ending with a newline.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-plan` when `plan` is not a result of
 * {@link planCaseloadByGroup}; `caseload/invalid-options` for bad options, a group the plan does not have
 * or a rate id it does not have.
 * @category Plan outputs
 * @example
 * ```ts
 * import { planCaseloadByGroup, planToMarkdown } from 'social-prescribing/caseload';
 *
 * const plan = planCaseloadByGroup({
 *   pcns: [
 *     { id: 'north', name: 'North', listSize: 42_000, linkWorkerWte: 2, borough: 'Riverside' },
 *     { id: 'south', name: 'South', listSize: 31_000, borough: 'Riverside' },
 *   ],
 *   groupBy: 'borough',
 * });
 * planToMarkdown(plan).split('\n');
 * //=> [
 * //   '| PCN / borough | PCNs | list size | referrals a year (DES 1.2–1.6%) | WTE needed (DES 1.2–1.6%) | WTE in post | gap (DES 1.2–1.6%) |',
 * //   '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
 * //   '| North | 1 | 42,000 | 504–672 | 2.02–2.69 | 2.00 | 0.02–0.69 |',
 * //   '| South | 1 | 31,000 | 372–496 | 1.49–1.98 | – | – |',
 * //   '| **Riverside (subtotal)** | 2 | 73,000 | 876–1,168 | 3.50–4.67 | 2.00 (1 of 2 PCNs not known) | 0.02–0.69 (1 of 2 PCNs known) |',
 * //   '| **total** | 2 | 73,000 | 876–1,168 | 3.50–4.67 | 2.00 (1 of 2 PCNs not known) | 0.02–0.69 (1 of 2 PCNs known) |',
 * //   '',
 * // ]
 * planToMarkdown(plan, { rates: ['observed-england-2023'] });
 * //=> throws 'caseload/invalid-options'
 * ```
 */
export function planToMarkdown(plan: GroupedCaseloadPlan, options: PlanMarkdownOptions = {}): string {
  const checked = readPlan(plan);
  const settings = readOutputOptions(PlanMarkdownOptionsSchema, options);
  const ids = checked.rates.map((rate) => rate.id);
  const shown = (settings.rates ?? ids).map((id, index) => {
    const at = ids.indexOf(id);
    if (at === -1) throw new SocialPrescribingError('caseload/invalid-options', [{ path: ['options', 'rates', index], message: 'is not a rate of the plan' }]);
    return at;
  });
  const rows = rowsOf(checked, settings.group).filter((row) => row.kind !== 'pcn' || settings.includePcns !== false);
  if (settings.group === undefined) rows.push(checked.total);
  const labels = shown.map((at) => escape((checked.rates[at] as GroupedCaseloadPlan['rates'][number]).label));
  const header = [
    checked.groupBy === null ? 'PCN' : `PCN / ${escape(checked.groupBy)}`,
    'PCNs',
    'list size',
    ...labels.flatMap((name) => [`referrals a year (${name})`, `WTE needed (${name})`]),
    'WTE in post',
    ...labels.map((name) => `gap (${name})`),
  ];
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const lines = [
    line(header),
    line(header.map((_cell, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map((row) =>
      line([
        label(row),
        String(row.pcns),
        span(row.listSize, 0),
        ...shown.flatMap((at) => {
          const figures = row.rates[at] as GroupedPlanRow['rates'][number];
          return [span(figures.expectedReferrals, 0), span(figures.wteNeeded, 2)];
        }),
        inPost(row),
        ...shown.map((at) => gap(row, at)),
      ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
