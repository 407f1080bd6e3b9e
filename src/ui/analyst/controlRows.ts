import { controlId } from '../state/edits/index.js';
import type { DraftObject } from '../state/draftJson.js';

/**
 * The controls a vendor's editor lists: the scenario's, in catalogue order, then any the
 * vendor lists that the scenario does not define (so that they can be unticked).
 *
 * @example
 * controlRows({ mfa: {}, ivr: {} }, { controls: ['ivr', 'vpn'] }); // ['mfa', 'ivr', 'vpn']
 */
export function controlRows(controls: DraftObject, vendor: DraftObject): string[] {
  const defined = Object.keys(controls);
  const listed = Array.isArray(vendor.controls) ? vendor.controls.map(controlId) : [];
  return [...defined, ...new Set(listed.filter((id) => !Object.hasOwn(controls, id)))];
}
