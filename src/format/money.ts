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

/**
 * A yearly probability as a return period for people: `1 year in 25`; from one year
 * in two upwards, a share of years.
 *
 * @example
 * formatOneIn(0.04); // '1 year in 25'
 * formatOneIn(0.6); // '60% of years'
 */
export function formatOneIn(p: number): string {
  if (!(p > 0)) return 'no simulated year';
  if (p >= 0.5) return `${Math.round(p * 100)}% of years`;
  const n = 1 / p;
  const rounded = n < 10 ? Math.round(n * 10) / 10 : n < 100 ? Math.round(n) : Math.round(n / 10) * 10;
  return `1 year in ${rounded.toLocaleString('en-US')}`;
}
