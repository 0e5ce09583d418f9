/** Bad-input catalogue cases for outcomes (see ../describeCatalogue.ts). */
import { describeCatalogue } from '../describeCatalogue.js';

describeCatalogue(['outcomes']);
