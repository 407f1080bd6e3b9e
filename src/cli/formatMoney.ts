/**
 * A money amount for people: `$9.05M`, `$412k`, `$0`; other currencies by code (`EUR 1.2M`).
 *
 * @example
 * formatMoney(9_050_000, 'USD'); // '$9.05M'
 * formatMoney(-412_300, 'EUR'); // '-EUR 412k'
 */
export function formatMoney(amount: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : currency === 'EUR' ? '€' : currency === 'GBP' ? '£' : `${currency} `;
  const sign = amount < 0 ? '-' : '';
  const x = Math.abs(amount);
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, suffix] of units) {
    if (x >= size * 0.9995) return `${sign}${symbol}${threeDigits(x / size)}${suffix}`;
  }
  return `${sign}${symbol}${Math.round(x)}`;
}

function threeDigits(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A probability as a percentage with one decimal: `39.0%`. */
export function formatPercent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}
