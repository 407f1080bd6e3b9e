/**
 * The edits the page makes to a draft (`ScenarioDraft.json`), each in place, so that a
 * Svelte `$state` proxy sees the change and the draft's history records it as one step:
 * a value at a path, the names and their uses, the shares, the vendors, their controls
 * and the reference, the controls' effects and annual costs (the catalogue's and each
 * vendor's), the tornado's swing, the amplifiers, the frequency's form, the
 * tolerance (a point or a curve), the contract, the insurance, each vendor's contract
 * terms and the scenario's name. Components call these and never write the JSON
 * themselves.
 *
 * @example
 * import { addVendor, setReference } from '../state/edits/index.js';
 * const index = addVendor(draft.json);
 * setReference(draft.json, index, true);
 */
export { setAt, writeParam } from './paths.js';
export { addFreshName, addName, freshName, namesMap, removeName, renameName, renameProblem, setNamesMap, withoutKey, withRenamedKey, type NameKind } from './names.js';
export { addShare, removeShare, rescaleRest, rescaleShares, type ShareKind } from './shares.js';
export { addVendor, newVendor, newVendorName, nextVendorId, removeVendor, replaceVendors, setReference, type NewVendor } from './vendors.js';
export {
  controlId, controlIndex, coverageOf, hasOwnCost, heldIndex, isHeld, setControl, setCoverage, setListed, setVendorCoverage, toggleControl,
  type UnlistedCoverage, type VendorControl,
} from './vendorControls.js';
export { setControlCost, setVendorControlCost, writeOptionalNumber } from './controlCosts.js';
export { setSwing } from './analytics.js';
export {
  TARGET_KINDS, addControl, addEffect, newControl, newEffect, removeEffect, setEffectKind, setQuestion, setTarget, targetKind,
  withTarget, withTargetKind, type TargetKind,
} from './controls.js';
export { addAmplifier } from './amplifiers.js';
export { setFrequencyMode } from './frequency.js';
export {
  TOLERANCE_POINTS, addTolerance, addTolerancePoint, nextTolerancePoint, removeTolerance, removeTolerancePoint, setTolerance, setToleranceForm,
  setTolerancePer, toleranceForm, type Tolerance, type ToleranceForm, type TolerancePer,
} from './tolerance.js';
export { NEW_CONTRACT_YEARS, addContract, removeContract, setContractRate, type ContractRate } from './contract.js';
export {
  addInsurance, newInsurance, removeInsurance, setInsuranceOption, setInsurancePer, type InsuranceOption, type InsurancePer, type NewInsurance,
} from './insurance.js';
export { setIndemnityCap, setIndemnityShare, setVendorTerm, type IndemnityCap, type VendorTerm } from './vendorTerms.js';
export { setScenarioName } from './scenarioName.js';
export { DEFAULT_RELATIVE_STANDARD_ERROR, setStopAt, setStopAtLimit, type StopAtLimit } from './stopAt.js';
