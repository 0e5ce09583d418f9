import {
  findEligibleSchemes,
  formatEligibility,
  schemes,
  withArea,
  type EligibilityCheck,
  type EligibilityReferral,
  type Person,
  type Scheme,
} from 'social-prescribing/eligibility';

/**
 * The North West Surrey services of the 2022 role map, with the areas the seed names but
 * does not code filled in (the PCN ids and ward lists here are illustrative).
 */
export const nwSurreyServices: readonly Scheme[] = [
  withArea(schemes.nwSurreySocialPrescribing, ['NWS-PCN-WOKING', 'NWS-PCN-RUNNYMEDE', 'NWS-PCN-SPELTHORNE']),
  schemes.nwSurreyWellbeingCoordinator,
  withArea(schemes.dementiaNavigator, ['Knaphill', 'Goldsworth Park', 'St Johns', 'Walton North', 'Walton South']),
  withArea(schemes.boroughDischargeSupport, ['Woking', 'Runnymede', 'Spelthorne', 'Surrey Heath', 'Elmbridge']),
  schemes.communitiesPreventionCoordinator,
  withArea(schemes.localAreaCoordinator, ['Canalside']),
];

const residents: readonly { who: string; person: Person; referral: EligibilityReferral }[] = [
  {
    who: 'Mrs A, 81, lives in Knaphill (Woking) with dementia; referred by her GP practice',
    person: { birthDate: '1944-03-02', conditions: ['dementia'], pcn: 'NWS-PCN-WOKING', residence: { borough: 'Woking', ward: 'Knaphill' } },
    referral: { referredOn: '2025-06-02', source: 'gp-practice' },
  },
  {
    who: 'Mr B, 58, in hospital in Chertsey, medically fit for discharge; lives in Runnymede',
    person: {
      age: 58,
      conditions: ['copd'],
      pcn: 'NWS-PCN-RUNNYMEDE',
      residence: { borough: 'Runnymede' },
      flags: { inHospital: true, medicallyFitForDischarge: true },
    },
    referral: { referredOn: '2025-06-02', source: 'hospital-discharge' },
  },
  {
    who: 'Ms C, 34, lives in Sheerwater (Canalside ward); introduced by a neighbour; conditions not recorded',
    person: { birthDate: '1991-01-20', residence: { borough: 'Woking', ward: 'Canalside' } },
    referral: { referredOn: '2025-06-02', source: 'introduction' },
  },
];

/** The check that decided against, or left open, the result (the first under an `all`), as "label: reason". */
function deciding(check: EligibilityCheck): string {
  const said = check.label === null || check.checks.length === 0 ? check.reason : `${check.label}: ${check.reason}`;
  if (check.kind !== 'all' || check.status === 'met') return said;
  const child = check.checks.find((c) => c.status === check.status);
  return child === undefined ? said : deciding(child);
}

/** Prints which North West Surrey services fit three example residents, and why. */
export function eligibilityDemo(): void {
  console.log('\n## Which North West Surrey services fit? (findEligibleSchemes over the 2022 role map)\n');
  for (const { who, person, referral } of residents) {
    console.log(who);
    console.table(
      findEligibleSchemes(nwSurreyServices, person, referral).map((result) => ({
        service: result.schemeName,
        decision: result.decision,
        why: deciding(result.checks),
        missing: result.missing.join(', '),
      })),
    );
  }
  const [first] = residents;
  if (first !== undefined) {
    console.log('\nThe explanation behind one decision (formatEligibility):\n');
    const navigator = findEligibleSchemes([nwSurreyServices[2] as Scheme], first.person, first.referral)[0];
    if (navigator !== undefined) console.log(formatEligibility(navigator));
  }
}
