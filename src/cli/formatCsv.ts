import type { Results } from '../engine/index.js';

/** The CSV columns, one row per vendor in the scenario's order: raw numbers, no formatting. */
export const CSV_COLUMNS = [
  'id', 'name', 'annualPrice', 'expectedLoss', 'expectedLossStandardError', 'probabilityOfBreach',
  'expectedBreaches', 'p50', 'p75', 'p90', 'p95', 'p99', 'tailValueAtRisk95', 'riskAdjustedCost',
  'probabilityCheapest',
] as const;

/**
 * The vendors' statistics as CSV (RFC 4180), numbers written in full precision
 * (JavaScript's shortest round-trip form).
 *
 * @example
 * formatCsv(results).split('\n')[0]; // 'id,name,annualPrice,expectedLoss,...'
 */
export function formatCsv(results: Results): string {
  const rows = results.vendors.map((v) => [
    v.id, v.name, v.annualPrice, v.expectedLoss.mean, v.expectedLoss.standardError, v.probabilityOfBreach,
    v.expectedBreaches, v.quantiles.p50, v.quantiles.p75, v.quantiles.p90, v.quantiles.p95, v.quantiles.p99,
    v.tailValueAtRisk95, v.riskAdjustedCost, v.probabilityCheapest,
  ]);
  return [CSV_COLUMNS as readonly (string | number)[], ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
