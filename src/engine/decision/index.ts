export { decisionCost } from './decisionCost.js';
export { rankVendors, rankedVendors } from './rankVendors.js';
export { verdictOf, SEPARATION_STANDARD_ERRORS } from './verdictOf.js';
