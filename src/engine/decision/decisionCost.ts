import type { VendorResult } from '../results.js';

/**
 * The one cost every decision compares: a vendor's annual price plus its expected annual
 * breach loss. The ranking, the verdict and `probabilityCheapest` (per parameter draw,
 * in `tallyConditional`) all use it.
 *
 * @example
 * decisionCost({ annualPrice: 6_800_000, expectedLoss: { mean: 1_990_000 } }); // 8790000
 */
export function decisionCost(vendor: { annualPrice: number; expectedLoss: { mean: number } }): number {
  return vendor.annualPrice + vendor.expectedLoss.mean;
}
