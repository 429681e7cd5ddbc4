/**
 * Importing this module turns the consistency checks on for every validation on the page
 * (`budget-ready`'s `warnings`, `validate().warnings`). Built alone it is the add-on script
 * `budget-widgets-checks.js` for pages that embed the one-file bundle.
 */
import { installConsistencyChecks } from './checks.js';
import { consistencyWarnings } from './consistency.js';

installConsistencyChecks(consistencyWarnings);
