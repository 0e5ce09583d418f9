/** Bad-input catalogue cases for core, calendar, caseload, supervision (see ../describeCatalogue.ts). */
import { describeCatalogue } from '../describeCatalogue.js';

describeCatalogue(['core', 'calendar', 'caseload', 'supervision']);
