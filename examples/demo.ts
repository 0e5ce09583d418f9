/**
 * The whole library in one run: `npm run demo`.
 * Each section lives in examples/demo/<module>.ts and uses the fictional borough in borough.ts.
 */
import { caseloadDemo } from './demo/caseload.js';

console.log('social-prescribing demo: a fictional borough of 7 Primary Care Networks');
caseloadDemo();
