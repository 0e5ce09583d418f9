/**
 * The whole library in one run: `npm run demo`.
 * Each section lives in examples/demo/<module>.ts and uses the fictional borough in borough.ts.
 */
import { calendarDemo } from './demo/calendar.js';
import { caseloadDemo } from './demo/caseload.js';
import { directoryDemo } from './demo/directory.js';
import { eligibilityDemo } from './demo/eligibility.js';
import { fhirDemo } from './demo/fhir.js';
import { outcomesDemo } from './demo/outcomes.js';
import { referralsDemo } from './demo/referrals.js';
import { supervisionDemo } from './demo/supervision.js';

console.log('social-prescribing demo: a fictional borough of 7 Primary Care Networks');
caseloadDemo();
referralsDemo();
eligibilityDemo();
calendarDemo();
supervisionDemo();
directoryDemo();
outcomesDemo();
fhirDemo();
