import { isRecord, type DraftObject } from '../draftJson.js';
import { writeOptionalNumber } from './controlCosts.js';

/** How many years a contract the page adds covers: the usual length of a BPO contract. */
export const NEW_CONTRACT_YEARS = 3;

/** The optional yearly rates of `contract`, each left out for its default. */
export type ContractRate = 'costTrend' | 'discountRate';

/** The scenario's `contract` block, or undefined when it has none (or it is no object). */
function contractOf(json: unknown): DraftObject | undefined {
  const contract = isRecord(json) ? json.contract : undefined;
  return isRecord(contract) ? contract : undefined;
}

/**
 * Gives the scenario contract terms: `contract: { years: 3 }` (the cost trend and the
 * discount rate left out, for their defaults: 2% and 0). A contract already there is
 * kept as it is.
 *
 * @example
 * addContract(model); // model.contract is { years: 3 }
 */
export function addContract(json: unknown): void {
  if (isRecord(json) && json.contract === undefined) json.contract = { years: NEW_CONTRACT_YEARS };
}

/** Each vendor's keys that are terms of the contract. */
const VENDOR_TERMS = ['priceEscalation', 'indemnity', 'switchingCost'] as const;

/**
 * Removes every term of the contract: `contract`, `insurance`, and each vendor's price
 * escalation, indemnity and switching cost, so the run is one year again, before any
 * recovery, as before the terms were added (undo brings them back). A tolerance stays: one
 * stated per contract is then read per year, as the engine reads it for a one-year run.
 *
 * @example
 * removeContract(model); // model.contract, model.insurance and model.vendors[i].indemnity are gone
 */
export function removeContract(json: unknown): void {
  if (!isRecord(json)) return;
  delete json.contract;
  delete json.insurance;
  if (Array.isArray(json.vendors)) {
    for (const vendor of json.vendors) if (isRecord(vendor)) for (const key of VENDOR_TERMS) delete vendor[key];
  }
}

/**
 * Writes what was typed for the contract's cost trend or discount rate (a fraction a
 * year): a number or text as typed (the engine reports text and out-of-range values), a
 * sourced `{ value, source }` keeping its source; a blank removes the key, so that the
 * default applies (a cost trend of 2% a year, a discount rate of 0). Nothing when the
 * scenario has no contract.
 *
 * @example
 * setContractRate(model, 'discountRate', 0.06); // model.contract.discountRate === 0.06
 * setContractRate(model, 'costTrend', ''); // no costTrend: 2% a year applies
 */
export function setContractRate(json: unknown, rate: ContractRate, typed: number | string): void {
  const contract = contractOf(json);
  if (contract) writeOptionalNumber(contract, rate, typed);
}
