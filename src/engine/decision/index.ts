export { decisionCost } from './decisionCost.js';
export { rankVendors, rankedVendors } from './rankVendors.js';
export { verdictOf, SEPARATION_STANDARD_ERRORS } from './verdictOf.js';
export { toleranceVerdict, toleranceAt, tolerancePoints } from './toleranceVerdict.js';
export type { Tolerance, TolerancePoint, TolerancePer, ToleranceCheck, ToleranceVerdict } from './toleranceVerdict.js';
