import { describe, expect, it } from 'vitest';
import { checkEligibility, formatEligibility, schemes, withArea } from '../../src/eligibility/index.js';

describe('formatEligibility', () => {
  it('writes the tree, labels and missing facts', () => {
    const bdso = withArea(schemes.boroughDischargeSupport, ['Runnymede']);
    const result = checkEligibility(bdso, { residence: { borough: 'Runnymede' }, flags: { inHospital: true } }, { referredOn: '2025-06-02', source: 'hospital' });
    expect(formatEligibility(result)).toMatchInlineSnapshot(`
      "Borough discharge support officer (North West Surrey): needs-information
      - unknown: 1 of 4 required criteria unknown, none failed
        - met (lives in North West Surrey): lives in borough Runnymede; the scheme covers Runnymede
        - met (in hospital): inHospital is yes; the scheme needs yes
        - unknown (medically fit for discharge (MFFD)): medicallyFitForDischarge not known; the scheme needs yes
        - met (referred by hospital staff): referred by hospital; the scheme takes referrals from hospital or hospital-discharge
      Missing: flags.medicallyFitForDischarge"
    `);
  });
});
