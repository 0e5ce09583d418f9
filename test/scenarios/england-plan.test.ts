/**
 * Issue 16, worked through: planning link workers for every PCN in England from NHS Digital's
 * two published files, at the DES rate and the rate observed nationally in 2023; and a borough's
 * hand-made list-size CSV with thousands separators and a blank WTE in post.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectedReferrals,
  linkWorkersNeeded,
  listSizesFromCsv,
  pcnListSizes,
  planCaseloadByGroup,
  planToMarkdown,
  planToVegaLite,
  REFERRAL_RATES,
} from '../../src/caseload/index.js';
import { parseCsv } from '../../src/csv/index.js';

const data = (file: string) => parseCsv(readFileSync(resolve(import.meta.dirname, '../../examples/data/nhs-digital', file), 'utf8'));

describe('England from the two NHS Digital files (April 2026 first rows)', () => {
  const sizes = () => pcnListSizes(data('gp-reg-pat-prac-all.2026-04.first-rows.csv'), data('gp-reg-pat-prac-map.2026-04.first-rows.csv'));
  const wte = new Map(data('wte-in-post.illustrative.csv').slice(1).filter((row) => row[1] !== '').map((row) => [row[0]!, Number(row[1])]));
  const plan = () => planCaseloadByGroup({
    pcns: sizes().pcns.map((pcn) => (wte.has(pcn.id) ? { ...pcn, linkWorkerWte: wte.get(pcn.id)! } : pcn)),
    groupBy: 'icbCode',
    groupNameBy: 'icbName',
    rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
  });

  it('matches six practices into five PCNs of one ICB, and names the six that did not match', () => {
    expect(sizes().totals).toEqual({ practices: 6, listSize: 66_429, pcns: 5, icbs: 1 });
    expect(sizes().unmatched.practicesWithoutPcn.codes).toEqual(['A81009', 'A82003', 'A82004', 'A83001', 'A84002']);
    expect(sizes().unmatched.practicesWithoutListSize.codes).toEqual(['A81035']);
  });

  it('gives the ICB table the caseload guide shows', () => {
    expect(planToMarkdown(plan(), { group: 'QHM' })).toBe(
      [
        '| PCN / icbCode | PCNs | list size | referrals a year (DES 1.2–1.6%) | WTE needed (DES 1.2–1.6%) | referrals a year (observed 2023, 2%) | WTE needed (observed 2023, 2%) | WTE in post | gap (DES 1.2–1.6%) | gap (observed 2023, 2%) |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| GREATER MIDDLESBROUGH PCN | 1 | 11,437 | 137–183 | 0.55–0.73 | 229 | 0.91 | – | – | – |',
        '| NORTH STOCKTON PCN | 1 | 33,238 | 399–532 | 1.60–2.13 | 665 | 2.66 | 1.00 | 0.60–1.13 | 1.66 |',
        '| EAST CLEVELAND PCN | 1 | 7,571 | 91–121 | 0.36–0.48 | 151 | 0.61 | 0.20 | 0.16–0.28 | 0.41 |',
        '| ONE LIFE HARTLEPOOL PCN | 1 | 10,436 | 125–167 | 0.50–0.67 | 209 | 0.83 | 0.60 | -0.10 to 0.07 | 0.23 |',
        '| STOCKTON PCN | 1 | 3,747 | 45–60 | 0.18–0.24 | 75 | 0.30 | 0.50 | -0.32 to -0.26 | -0.20 |',
        '| **NHS North East and North Cumbria Integrated Care Board (subtotal)** | 5 | 66,429 | 797–1,063 | 3.19–4.25 | 1,329 | 5.31 | 2.30 (1 of 5 PCNs not known) | 0.34–1.22 (4 of 5 PCNs known) | 2.10 (4 of 5 PCNs known) |',
        '',
      ].join('\n'),
    );
  });

  it('charts the ICB’s PCNs by gap, the one with no WTE in post last', () => {
    const spec = planToVegaLite(plan(), { group: 'QHM' });
    expect((spec.data as { values: { id: string }[] }).values.map((v) => v.id)).toEqual(['U07032', 'U07842', 'U27349', 'U89141', 'U02671']);
    expect(spec.description).toContain('WTE in post not known for 1 PCN: GREATER MIDDLESBROUGH PCN.');
  });
});

describe('the national figures of the issue', () => {
  it('reproduces 718,648–958,197 referrals and 2,875–3,833 WTE from the 59.9 million patients the issue matched', () => {
    // 718,648 / 1.2% and 958,197 / 1.6% both give a list of 59.887 million.
    expect(expectedReferrals({ listSize: 59_887_300 })).toEqual({ min: 718_648, max: 958_197 });
    const wte = linkWorkersNeeded({ referralsPerYear: expectedReferrals({ listSize: 59_887_300 }) });
    expect([Math.round(wte.min), Math.round(wte.max)]).toEqual([2875, 3833]);
  });

  it('puts observed demand at about 2% of list size: 1.3 million people referred in 2023 over about 61 million registered', () => {
    expect(Number((1_300_000 / 61_032_314).toPrecision(1))).toBe(0.02);
    expect(REFERRAL_RATES.observedEngland2023.rate).toEqual({ min: 0.02, max: 0.02 });
    expect(expectedReferrals({ listSize: 60_000_000, rate: REFERRAL_RATES.observedEngland2023.rate })).toEqual({ min: 1_200_000, max: 1_200_000 });
    // The DES rate plans for well under what was observed.
    expect(expectedReferrals({ listSize: 60_000_000 }).max).toBeLessThan(1_300_000);
  });
});

describe('a borough’s hand-made list-size CSV', () => {
  const text = [
    'id,name,listSize,linkWorkerWte,borough',
    'riv-north,Riverside North,"46,200",2,Riverside',
    'riv-central,Riverside Central,"38,900",1,Riverside',
    'riv-docks,Docklands,"31,400",,Riverside',
    'riv-heath,Heathside,"49,750",1.5,Riverside',
  ].join('\n');

  it('reads without stripping separators by hand, and the total says which WTE in post is known', () => {
    const { pcns, excluded } = listSizesFromCsv(parseCsv(text));
    expect(excluded).toBe(0);
    const plan = planCaseloadByGroup({ pcns, groupBy: 'borough' });
    const total = plan.total;
    expect([total.listSize.min, total.wteInPost, total.wteInPostKnown, total.pcnsWithoutWteInPost]).toEqual([166_250, null, 4.5, 1]);
    expect(total.rates[0]!.gap).toBeNull();
    expect(total.rates[0]!.gapOfKnown).toEqual({ min: 1.97, max: 4.13 });
    expect(planToMarkdown(plan, { includePcns: false }).split('\n')[3]).toBe(
      '| **total** | 4 | 166,250 | 1,995–2,660 | 7.98–10.64 | 4.50 (1 of 4 PCNs not known) | 1.97–4.13 (3 of 4 PCNs known) |',
    );
  });
});
