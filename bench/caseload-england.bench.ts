/**
 * Caseload benchmark: planning every PCN in England from NHS Digital's two files.
 *
 * The input is SYNTHETIC SCALE DATA FOR TIMING ONLY: the published column layout of the April 2026
 * "Patients Registered at a GP Practice" files (gp-reg-pat-prac-all and gp-reg-pat-prac-map)
 * repeated at national scale, as many rows as the issue reports for the real national files
 * (6,658 practices in the totals, 6,527 in the map, 1,255 PCNs) over 42 ICBs, with fictional codes
 * (SYN00001, SYNP0001, SY01 ...) and seeded list sizes averaging about 9,000. No figure it prints
 * describes any real practice, PCN or ICB.
 *
 * Cases (median of 5 rounds after a warm-up, from bench/measure.ts):
 *   - parseCsv of both files' text,
 *   - pcnListSizes of the parsed rows,
 *   - planCaseloadByGroup by ICB at the DES and observed rates,
 *   - the whole run: text to plan, then planToCsv and planToMarkdown.
 *
 * Run: node --import tsx bench/caseload-england.bench.ts
 */
import {
  pcnListSizes,
  planCaseloadByGroup,
  planToCsv,
  planToMarkdown,
  REFERRAL_RATES,
  type PcnListSizes,
} from '../src/caseload/index.js';
import { parseCsv } from '../src/csv/index.js';
import { compare, consumed, seededRandom } from './measure.js';

const PRACTICES = 6658;
const MAPPED = 6527;
const PCNS = 1255;
const ICBS = 42;


const next = seededRandom(20260401);
const code = (prefix: string, n: number, width: number) => `${prefix}${String(n).padStart(width, '0')}`;
const practicesText = [
  'PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS',
  ...Array.from({ length: PRACTICES }, (_, i) => {
    const icb = i % ICBS;
    const patients = 1500 + Math.floor(next() * 15_000);
    return `GP_PRAC_PAT_LIST,2026-04-01,GP,S${icb},E38SYN${icb},${code('SYN', i + 1, 5)},ZZ99 9ZZ,ALL,ALL,${patients}`;
  }),
].join('\r\n');
const mapText = [
  'PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,PRACTICE_POSTCODE,PCN_CODE,PCN_NAME,ONS_SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,ONS_ICB_CODE,ICB_CODE,ICB_NAME,ONS_COMM_REGION_CODE,COMM_REGION_CODE,COMM_REGION_NAME,SUPPLIER_NAME',
  ...Array.from({ length: MAPPED }, (_, i) => {
    const pcn = i % PCNS;
    const icb = pcn % ICBS;
    return (
      `GP_PRAC_PAT_LIST,01-Apr-26,${code('SYN', i + 1, 5)},SYNTHETIC PRACTICE ${i + 1},ZZ99 9ZZ,${code('SYNP', pcn + 1, 4)},SYNTHETIC PCN ${pcn + 1},` +
      `E38SYN${icb},S${icb},"Synthetic sub-ICB ${icb}",E54SYN${icb},${code('SY', icb + 1, 2)},Synthetic ICB ${icb + 1},E40SYN,YSYN,Synthetic region,${i % 3 === 0 ? 'TPP' : 'EMIS'}`
    );
  }),
].join('\r\n');

const practiceRows = parseCsv(practicesText);
const mapRows = parseCsv(mapText);
const sizes: PcnListSizes = pcnListSizes(practiceRows, mapRows);
const plan = () =>
  planCaseloadByGroup({
    pcns: sizes.pcns,
    groupBy: 'icbCode',
    groupNameBy: 'icbName',
    rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
  });

console.log(
  `synthetic scale data (timing only): ${sizes.totals.practices} practices matched in ${sizes.totals.pcns} PCNs and ${sizes.totals.icbs} ICBs; ` +
    `${sizes.unmatched.practicesWithoutPcn.count} practices without a PCN; ${sizes.totals.listSize.toLocaleString('en-GB')} synthetic patients`,
);
compare('every PCN in England from the two files (synthetic scale data)', [
  { name: 'parseCsv, both files', run: () => [parseCsv(practicesText), parseCsv(mapText)] },
  { name: 'pcnListSizes', run: () => pcnListSizes(practiceRows, mapRows) },
  { name: 'planCaseloadByGroup (42 ICBs, 2 rates)', run: plan },
  {
    name: 'text to plan, CSV and Markdown',
    run: () => {
      const grouped = planCaseloadByGroup({
        pcns: pcnListSizes(parseCsv(practicesText), parseCsv(mapText)).pcns,
        groupBy: 'icbCode',
        groupNameBy: 'icbName',
        rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
      });
      return [planToCsv(grouped), planToMarkdown(grouped)];
    },
  },
]);
consumed();
