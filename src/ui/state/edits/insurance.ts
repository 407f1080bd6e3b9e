import { isRecord, type DraftObject } from '../draftJson.js';
import { writeOptionalNumber } from './controlCosts.js';

/** The insurance's optional numbers, each left out for its default (no aggregate limit, 0, 0). */
export type InsuranceOption = 'aggregateLimit' | 'coinsurance' | 'premiumEscalation';

/** What an insurance's retention and limit apply to: each breach, or the year's total. */
export type InsurancePer = 'event' | 'year';

/** An insurance as the page adds one. */
export type NewInsurance = { retention: number; limit: number; per: InsurancePer; premium: number | string };

/** The scenario's `insurance` block, or undefined when it has none (or it is no object). */
function insuranceOf(json: unknown): DraftObject | undefined {
  const insurance = isRecord(json) ? json.insurance : undefined;
  return isRecord(insurance) ? insurance : undefined;
}

/**
 * An insurance to add: a retention of 1,000,000 and a limit of 10,000,000 per breach, for
 * the analyst to adjust, and no premium yet (empty: the engine reports it until one is
 * typed, as insurance must not lower the cost before its price is stated).
 *
 * @example
 * newInsurance(); // { retention: 1000000, limit: 10000000, per: 'event', premium: '' }
 */
export function newInsurance(): NewInsurance {
  return { retention: 1_000_000, limit: 10_000_000, per: 'event', premium: '' };
}

/**
 * Gives the scenario an insurance (`newInsurance`); one already there is kept as it is.
 *
 * @example
 * addInsurance(model); // model.insurance is { retention: 1000000, limit: 10000000, per: 'event', premium: '' }
 */
export function addInsurance(json: unknown): void {
  if (isRecord(json) && json.insurance === undefined) json.insurance = newInsurance();
}

/**
 * Removes the insurance (the key deleted).
 *
 * @example
 * removeInsurance(model); // model.insurance === undefined
 */
export function removeInsurance(json: unknown): void {
  if (isRecord(json)) delete json.insurance;
}

/**
 * Sets what the retention and limit apply to: each breach (`event`) or the year's total
 * (`year`). Nothing when the scenario has no insurance.
 *
 * @example
 * setInsurancePer(model, 'year'); // model.insurance.per === 'year'
 */
export function setInsurancePer(json: unknown, per: InsurancePer): void {
  const insurance = insuranceOf(json);
  if (insurance) insurance.per = per;
}

/**
 * Writes what was typed for an optional number of the insurance (the yearly aggregate
 * limit, the coinsurance, the premium's yearly increase): a number or text as typed, a
 * sourced value keeping its source; a blank removes the key, so that its default applies
 * (no aggregate limit, 0, 0). Nothing when the scenario has no insurance.
 *
 * @example
 * setInsuranceOption(model, 'coinsurance', 0.1); // model.insurance.coinsurance === 0.1
 * setInsuranceOption(model, 'aggregateLimit', ''); // no aggregate limit
 */
export function setInsuranceOption(json: unknown, option: InsuranceOption, typed: number | string): void {
  const insurance = insuranceOf(json);
  if (insurance) writeOptionalNumber(insurance, option, typed);
}
