import { isRecord, type DraftObject } from '../draftJson.js';
import { writeOptionalNumber } from './controlCosts.js';

/** A vendor's optional contract terms that are one number: left out, each is 0. */
export type VendorTerm = 'priceEscalation' | 'switchingCost';

/** The optional caps of a vendor's indemnity: left out, the indemnity has no such cap. */
export type IndemnityCap = 'capPerYear' | 'capPerContract';

/** The vendor at `index`, or undefined. */
function vendorAt(json: unknown, index: number): DraftObject | undefined {
  const vendors = isRecord(json) ? json.vendors : undefined;
  const vendor = Array.isArray(vendors) ? vendors[index] : undefined;
  return isRecord(vendor) ? vendor : undefined;
}

/**
 * Writes what was typed for a vendor's price increase a year or its switching cost: a
 * number or text as typed, a sourced value keeping its source; a blank removes the key
 * (0 applies).
 *
 * @example
 * setVendorTerm(model, 1, 'priceEscalation', 0.03); // model.vendors[1].priceEscalation === 0.03
 * setVendorTerm(model, 1, 'switchingCost', ''); // no switching cost
 */
export function setVendorTerm(json: unknown, index: number, term: VendorTerm, typed: number | string): void {
  const vendor = vendorAt(json, index);
  if (vendor) writeOptionalNumber(vendor, term, typed);
}

/**
 * Writes what was typed for the share of each breach the vendor reimburses. A share typed
 * for a vendor with no indemnity gives it one, `{ share }`. A blank removes the share, and
 * the indemnity with it when it stated nothing else; one that states caps or a source
 * keeps them (the engine then asks for the share), so nothing typed is lost.
 *
 * @example
 * setIndemnityShare(model, 1, 0.5); // model.vendors[1].indemnity is { share: 0.5 }
 * setIndemnityShare(model, 1, ''); // model.vendors[1] has no indemnity
 */
export function setIndemnityShare(json: unknown, index: number, typed: number | string): void {
  const vendor = vendorAt(json, index);
  if (!vendor) return;
  if (vendor.indemnity === undefined) {
    if (typeof typed === 'string' && typed.trim() === '') return;
    vendor.indemnity = {};
  }
  const indemnity = vendor.indemnity;
  if (!isRecord(indemnity)) return;
  writeOptionalNumber(indemnity, 'share', typed);
  if (Object.keys(indemnity).length === 0) delete vendor.indemnity;
}

/**
 * Writes what was typed for a cap of the vendor's indemnity (the most it reimburses in a
 * year, or over the contract): a number or text as typed, a sourced value keeping its
 * source; a blank removes the cap, and the indemnity with it once it states nothing. Nothing
 * when the vendor has no indemnity.
 *
 * @example
 * setIndemnityCap(model, 1, 'capPerYear', 3_000_000); // model.vendors[1].indemnity.capPerYear === 3000000
 * setIndemnityCap(model, 1, 'capPerContract', ''); // no cap over the contract
 */
export function setIndemnityCap(json: unknown, index: number, cap: IndemnityCap, typed: number | string): void {
  const vendor = vendorAt(json, index);
  const indemnity = vendor?.indemnity;
  if (!vendor || !isRecord(indemnity)) return;
  writeOptionalNumber(indemnity, cap, typed);
  if (Object.keys(indemnity).length === 0) delete vendor.indemnity;
}
