import type { Results } from '../engine/index.js';
import { csvRows } from '../format/csvCell.js';

/**
 * The CSV columns, one row per vendor in the scenario's order: raw numbers, no formatting.
 * A contract: columns are only ever appended (`p5` to `expectedLossSampleStandardError`
 * came with `breach-results/2`, where `expectedLoss` became the conditional estimate).
 */
export const CSV_COLUMNS = [
  'id', 'name', 'annualPrice', 'expectedLoss', 'expectedLossStandardError', 'probabilityOfBreach',
  'expectedBreaches', 'p50', 'p75', 'p90', 'p95', 'p99', 'tailValueAtRisk95', 'riskAdjustedCost',
  'probabilityCheapest', 'p5', 'currency', 'seed', 'trials', 'expectedLossSample', 'expectedLossSampleStandardError',
] as const;

/**
 * The vendors' statistics as CSV (RFC 4180), numbers written in full precision
 * (JavaScript's shortest round-trip form), text that a spreadsheet would run as a formula
 * (a vendor named `=HYPERLINK(...)`) neutralised by `csvCell`. Pure: the dashboard's
 * "Summary .csv" download is this function too, so both write the same bytes.
 *
 * @example
 * formatCsv(results).split('\n')[0]; // 'id,name,annualPrice,expectedLoss,...'
 */
export function formatCsv(results: Results): string {
  const rows = results.vendors.map((v) => [
    v.id, v.name, v.annualPrice, v.expectedLoss.mean, v.expectedLoss.standardError, v.probabilityOfBreach,
    v.expectedBreaches, v.quantiles.p50, v.quantiles.p75, v.quantiles.p90, v.quantiles.p95, v.quantiles.p99,
    v.tailValueAtRisk95, v.riskAdjustedCost, v.probabilityCheapest, v.quantiles.p5, results.currency, results.seed,
    results.trials, v.expectedLoss.sample.mean, v.expectedLoss.sample.standardError,
  ]);
  return csvRows([CSV_COLUMNS, ...rows]);
}
