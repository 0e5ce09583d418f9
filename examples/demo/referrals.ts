import {
  codeEvents,
  contactSummary,
  planContacts,
  ReferralSchema,
  referralStatus,
  referralTimeline,
  toTaskStatus,
  validateReferrals,
} from 'social-prescribing/referrals';
import { borough } from './borough.js';

/** Prints one referral's timeline (with FHIR Task statuses), its contact band, its SNOMED entries and a bulk validation. */
export function referralsDemo(): void {
  const pcn = borough.pcns[2];
  const contactDays = planContacts({ start: '2026-03-30', count: 7 });
  const referral = ReferralSchema.parse({
    id: 'riv-2026-0142',
    referredOn: '2026-03-23',
    source: 'gp-practice',
    pcn: pcn.id,
    person: { ageBand: '65-74', sex: 'female' },
    needs: ['social-isolation', 'money-and-debt'],
    events: [
      { type: 'accepted', on: '2026-03-24' },
      { type: 'on-hold', on: '2026-04-20', reason: 'in-hospital' },
      { type: 'accepted', on: '2026-04-27' },
      { type: 'closed', on: '2026-05-15', reason: 'goals-met' },
    ],
    contacts: contactDays.map((on, i) => ({
      on,
      mode: i === 0 ? 'home-visit' : 'telephone',
      minutes: i === 0 ? 60 : 30,
      attended: on < '2026-04-20' || on >= '2026-04-27',
    })),
    onward: [{ kind: 'referral', organisationId: 'riv-citizens-advice', on: '2026-04-02' }],
  });

  console.log(`\n## One referral in ${pcn.name}: timeline, contacts and codes\n`);
  console.log(`Weekly Monday contacts from 30 March 2026, moved off Easter Monday and the early May bank holiday: ${contactDays.join(', ')}`);
  console.table(
    referralTimeline(referral).map((entry) => ({
      on: entry.on,
      status: entry.status,
      'on hold': entry.onHold ? 'yes' : '',
      because: entry.cause,
      'FHIR Task': toTaskStatus(entry.status, { onHold: entry.onHold }),
    })),
  );
  const summary = contactSummary(referral);
  console.log(
    `Contacts: ${summary.attended} attended, ${summary.missed} missed: ${summary.band} the 6–12 band; ` +
      `first contact after ${summary.daysToFirstContact ?? '-'} days; supported for ${summary.weeksSupported ?? '-'} weeks.`,
  );
  console.log(`Status on 1 May 2026: ${referralStatus(referral, '2026-05-01')}`);
  for (const entry of codeEvents(referral)) console.log(`SNOMED CT to record: ${entry.code} ${entry.term} on ${entry.on}`);

  const rows: unknown[] = [referral, { ...referral, id: 'riv-2026-0143', referredOn: '2026-02-30' }, { id: 'riv-2026-0144', source: 'gp-practice' }];
  let ok = 0;
  for (const result of validateReferrals(rows)) {
    if (result.ok) ok++;
    else for (const issue of result.issues) console.log(`row ${result.index}: ${issue.path.join('.')} ${issue.message}`);
  }
  console.log(`Bulk load: ${ok} of ${rows.length} rows valid; every bad row reported, none dropped.`);
}
