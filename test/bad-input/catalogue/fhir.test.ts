/** Bad-input catalogue cases for fhir (see ../describeCatalogue.ts). */
import { describeCatalogue } from '../describeCatalogue.js';

describeCatalogue(['fhir']);
