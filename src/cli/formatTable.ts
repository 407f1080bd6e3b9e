import type { Results } from '../engine/index.js';
import { formatMoney, formatPercent } from '../format/money.js';

/**
 * The results as text for a terminal: a headline naming the vendor that is cheapest once
 * risk is priced in and how sure that is, the vendors ranked by risk-adjusted cost, and
 * the paired comparisons.
 */
export function formatTable(results: Results): string {
  const money = (x: number) => formatMoney(x, results.currency);
  const ranked = [...results.vendors].sort((x, y) => x.riskAdjustedCost - y.riskAdjustedCost);
  const best = ranked[0];
  const lines: string[] = [];
  lines.push(`${results.scenario}`);
  lines.push(`${results.trials.toLocaleString('en-US')} simulated years, seed "${results.seed}", engine ${results.engineVersion}`);
  lines.push('');
  lines.push(
    `Cheapest once breach risk is priced in: ${best.name} at ${money(best.riskAdjustedCost)} a year ` +
      `(cheapest in ${formatPercent(best.probabilityCheapest)} of parameter draws).`,
  );
  lines.push('');
  const header = ['Rank', 'Vendor', 'Price', 'Expected loss', '± s.e.', 'P(breach)', 'p95 (1 in 20)', 'p99 (1 in 100)', 'TVaR95', 'Risk-adj. cost', 'P(cheapest)'];
  const rows = ranked.map((v, i) => [
    String(i + 1),
    v.name,
    money(v.annualPrice),
    money(v.expectedLoss.mean),
    money(v.expectedLoss.standardError),
    formatPercent(v.probabilityOfBreach),
    money(v.quantiles.p95),
    money(v.quantiles.p99),
    money(v.tailValueAtRisk95),
    money(v.riskAdjustedCost),
    formatPercent(v.probabilityCheapest),
  ]);
  lines.push(...grid([header, ...rows], 2));
  if (results.comparisons.length > 0) {
    lines.push('');
    lines.push('Paired comparisons (same simulated years for both vendors):');
    const names = new Map(results.vendors.map((v) => [v.id, v.name]));
    const compareHeader = ['A', 'B', 'Mean loss A - B', '± s.e.', 'P(A loses less)', 'P(A cheaper)'];
    const compareRows = results.comparisons.map((c) => [
      names.get(c.a)!,
      names.get(c.b)!,
      money(c.meanDifference),
      money(c.standardError),
      formatPercent(c.probabilityALower),
      formatPercent(c.probabilityACheaper),
    ]);
    lines.push(...grid([compareHeader, ...compareRows], 2));
    lines.push('');
    lines.push('P(A loses less): share of years with a strictly lower loss (most years both lose nothing).');
    lines.push('P(A cheaper), P(cheapest): over what we do not know (parameter draws), price plus expected loss.');
  }
  return lines.join('\n') + '\n';
}

/** Columns padded to their widest cell; the first two left-aligned, the rest right-aligned. */
function grid(rows: string[][], leftColumns: number): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) =>
    r.map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd(),
  );
}
