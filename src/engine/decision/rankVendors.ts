import type { VendorResult } from '../results.js';

/**
 * The candidates (every vendor but the reference), by decision cost, lowest first; equal
 * costs keep the scenario's order.
 *
 * @example
 * rankVendors(results.vendors); // ['bluepeak', 'northwind', 'harbor', 'lowell']
 */
export function rankVendors(vendors: readonly Pick<VendorResult, 'id' | 'reference' | 'riskAdjustedCost'>[]): string[] {
  return vendors
    .map((v, index) => ({ v, index }))
    .filter(({ v }) => !v.reference)
    .sort((x, y) => x.v.riskAdjustedCost - y.v.riskAdjustedCost || x.index - y.index)
    .map(({ v }) => v.id);
}

/**
 * The vendors in ranking order, then the reference (shown for scale) last: the order of
 * every ranked list on the page and in the table.
 *
 * @example
 * rankedVendors(results).map((v) => v.id); // ['bluepeak', 'northwind', 'harbor', 'lowell', 'none']
 */
export function rankedVendors<V extends { id: string; reference: boolean }>(results: { vendors: readonly V[]; ranking: readonly string[] }): V[] {
  const byId = new Map(results.vendors.map((v) => [v.id, v]));
  return [...results.ranking.map((id) => byId.get(id)!), ...results.vendors.filter((v) => v.reference)];
}
