/** Bad-input catalogue cases for eligibility, directory (see ../describeCatalogue.ts). */
import { describeCatalogue } from '../describeCatalogue.js';

describeCatalogue(['eligibility', 'directory']);
