/** The decision analytics in closed form: the exact expected-loss formula and what is computed from it. */
export { meanInputs, expectedLossOf, expectedLosses, exactRanking } from './expectedLossFormula.js';
export type { FormulaInputs } from './expectedLossFormula.js';
export { modelInputs, shortLabel } from './modelInputs.js';
export type { ModelInput, InputUnit } from './modelInputs.js';
export { decisionBasis, costsAt } from './decisionBasis.js';
export type { DecisionBasis } from './decisionBasis.js';
export { controlValuesOf } from './controlValues.js';
export type { ControlValue, ControlValues, VendorControlValues, Waterfall, WaterfallStep } from './controlValues.js';
export { negotiationOf, MAX_SET_OPTIONS } from './negotiation.js';
export type { Ask, CheapestSet, Negotiation, VendorNegotiation } from './negotiation.js';
export { cheapestSet, MAX_SET_EVALUATIONS } from './cheapestSet.js';
export type { SetSearch, FoundSet } from './cheapestSet.js';
export { tornadoesOf, swingRange, TORNADO_QUANTILES } from './tornado.js';
export type { Tornado, TornadoBar } from './tornado.js';
export { switchingValuesOf } from './switchingValues.js';
export type { Switch, SwitchingValue } from './switchingValues.js';
export { replaced } from './replaced.js';
export { perModel } from './perModel.js';
