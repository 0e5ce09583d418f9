/** Bad-input catalogue cases for referrals, csv, synthetic (see ../describeCatalogue.ts). */
import { describeCatalogue } from '../describeCatalogue.js';

describeCatalogue(['referrals', 'csv', 'synthetic']);
