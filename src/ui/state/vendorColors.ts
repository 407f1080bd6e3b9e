import type { Results } from '../../engine/index.js';
import { vendorColor } from '../charts/palette.js';

/** Colours of a result's vendors by id; a vendor with no controls is the grey reference. */
export function vendorColors(results: Results, referenceIds: ReadonlySet<string>): Map<string, string> {
  return new Map(results.vendors.map((v, i) => [v.id, vendorColor(i, referenceIds.has(v.id))]));
}
