/** `budget-widgets/data`: the data API, with the consistency checks installed. */
import './install-checks.js';

export * from './api.js';
