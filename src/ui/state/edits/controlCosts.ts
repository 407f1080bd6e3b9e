import { isRecord, type DraftObject } from '../draftJson.js';
import { namesMap } from './names.js';
import { controlIndex, coverageOf, listOf } from './vendorControls.js';

/** Whether what was typed is blank: the field left empty, the figure not stated. */
function blank(typed: number | string): boolean {
  return typeof typed === 'string' && typed.trim() === '';
}

/**
 * Writes what was typed into the optional number `key` of `holder`: a blank removes the
 * key; a sourced `{ value, source }` keeps its shape and its source; anything else is
 * written as typed (a number, or text the engine reports).
 *
 * @example
 * const control = { annualCost: { value: 50000, source: 'Quote' } };
 * writeOptionalNumber(control, 'annualCost', 60000); // control.annualCost is { value: 60000, source: 'Quote' }
 * writeOptionalNumber(control, 'annualCost', ''); // control has no annualCost
 */
export function writeOptionalNumber(holder: DraftObject, key: string, typed: number | string): void {
  const current = holder[key];
  if (blank(typed)) delete holder[key];
  else if (isRecord(current)) current.value = typed;
  else holder[key] = typed;
}

/**
 * Sets what a vendor would charge a year to add control `id` (the catalogue's
 * `controls.<id>.annualCost`), as typed; a blank removes it (not stated). Nothing when
 * there is no such control.
 *
 * @example
 * setControlCost(model, 'vdi', 80000); // model.controls.vdi.annualCost === 80000
 * setControlCost(model, 'vdi', ''); // model.controls.vdi has no annualCost
 */
export function setControlCost(json: unknown, id: string, typed: number | string): void {
  const control = namesMap(json, 'controls')?.[id];
  if (isRecord(control)) writeOptionalNumber(control, 'annualCost', typed);
}

/**
 * Sets the vendor's own annual cost to add control `id` (or bring it to full coverage),
 * which overrides the catalogue's. A control the vendor does not list is listed as one it
 * lacks, `{ id, coverage: 0, annualCost }`; a bare id becomes `{ id, coverage: 1, annualCost }`.
 * A blank removes the vendor's cost: an entry at coverage 0 then goes (it stated nothing
 * else), one at full coverage becomes the bare id again.
 *
 * @example
 * setVendorControlCost(model, 4, 'vdi', 80000); // lowell lists { id: 'vdi', coverage: 0, annualCost: 80000 }
 * setVendorControlCost(model, 4, 'vdi', ''); // lowell lists no vdi again
 * setVendorControlCost(model, 4, 'mfa', 30000); // lowell lists { id: 'mfa', coverage: 0.5, annualCost: 30000 }
 */
export function setVendorControlCost(json: unknown, vendorIndex: number, id: string, typed: number | string): void {
  const found = listOf(json, vendorIndex);
  if (!found) return;
  const { controls } = found;
  const index = controlIndex(controls, id);
  if (index < 0) {
    if (!blank(typed)) controls.push({ id, coverage: 0, annualCost: typed });
    return;
  }
  const entry = controls[index];
  if (!isRecord(entry)) {
    if (!blank(typed)) controls[index] = { id, coverage: coverageOf(entry) ?? 1, annualCost: typed };
    return;
  }
  writeOptionalNumber(entry, 'annualCost', typed);
  if (entry.annualCost !== undefined) return;
  if (Object.keys(entry).some((k) => k !== 'id' && k !== 'coverage')) return;
  if (entry.coverage === 0) controls.splice(index, 1);
  else if (entry.coverage === 1) controls[index] = id;
}
