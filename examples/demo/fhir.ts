import { messageBackToGp, referralFromFhir, referralToFhir } from 'social-prescribing/fhir';
import type { ReferralInput } from 'social-prescribing/referrals';
import { borough } from './borough.js';

/** Sends one referral as a FHIR R4 bundle, reads it back, and writes the message back to the GP with and without consent. */
export function fhirDemo(): void {
  const pcn = borough.pcns[4];
  const referral: ReferralInput = {
    id: 'riv-2026-0188',
    referredOn: '2026-04-07',
    source: 'gp-practice',
    schemeId: 'riv-splw',
    pcn: pcn.id,
    workerId: 'riv-lw-3',
    needs: ['low-level-mental-health', 'physical-activity'],
    events: [
      { type: 'accepted', on: '2026-04-08' },
      { type: 'closed', on: '2026-06-19', reason: 'goals-met' },
    ],
    contacts: [
      { on: '2026-04-14', mode: 'face-to-face', minutes: 60, attended: true },
      { on: '2026-04-28', mode: 'telephone', minutes: 20, attended: true },
      { on: '2026-05-12', mode: 'group', minutes: 90, attended: true },
    ],
    goals: [{ setOn: '2026-04-14', status: 'met', need: 'physical-activity' }],
    onward: [{ kind: 'referral', organisationId: 'riv-walking-group', activityId: 'riv-walk-tue', on: '2026-04-28' }],
    measures: [
      { instrument: 'swemwbs', timepoint: 'baseline', on: '2026-04-14', items: [2, 3, 2, 3, 2, 2, 3] },
      { instrument: 'swemwbs', timepoint: 'exit', on: '2026-06-16', items: [4, 3, 3, 4, 3, 3, 4] },
    ],
  };

  console.log(`\n## Exchanging one referral from ${pcn.name}: FHIR R4 and the message back to the GP\n`);
  const bundle = referralToFhir(referral, { patientId: 'riv-p-5521' });
  console.table(
    bundle.entry.map(({ resource }) => ({
      resource: `${resource.resourceType}/${resource.id}`,
      status: 'status' in resource ? resource.status : resource.lifecycleStatus,
      version: resource.resourceType === 'Task' ? resource.meta.versionId : '',
    })),
  );
  const back = referralFromFhir(JSON.parse(JSON.stringify(bundle)));
  console.log(`Read back from the bundle: ${back.events.length} events, ${back.contacts.length} contacts, ${back.measures.length} measures, ${back.goals.length} goal.`);
  console.log('\nMessage back with consent to share:\n');
  console.log(messageBackToGp(referral, { consentToShare: true, asOf: '2026-06-19' }).letter);
  console.log('\nWithout consent (codes only):\n');
  console.log(messageBackToGp(referral, { consentToShare: false, asOf: '2026-06-19' }).letter);
}
