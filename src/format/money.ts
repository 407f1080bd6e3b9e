/**
 * A money amount for people with `digits` significant digits (3 by default): `$9.05M`,
 * `$412k`, `$0`; other currencies by code (`EUR 1.2M`). Below a thousand, whole units.
 *
 * @example
 * formatMoney(9_050_000, 'USD'); // '$9.05M'
 * formatMoney(-412_300, 'EUR'); // '-€412k'
 * formatMoney(8_791_234, 'USD', 5); // '$8.7912M'
 */
export function formatMoney(amount: number, currency: string, digits = 3): string {
  const symbol = currency === 'USD' ? '$' : currency === 'EUR' ? '€' : currency === 'GBP' ? '£' : `${currency} `;
  const sign = amount < 0 ? '-' : '';
  const x = Math.abs(amount);
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  const roundsUp = 1 - 0.5 * 10 ** -digits;
  for (const [size, suffix] of units) {
    if (x >= size * roundsUp) return `${sign}${symbol}${significant(x / size, digits)}${suffix}`;
  }
  return `${sign}${symbol}${Math.round(x)}`;
}

/** x in [1, 1000) with `digits` significant digits, as fixed decimals (`8.79`, `412`, `1000` for 999.6). */
function significant(x: number, digits: number): string {
  const integerDigits = x >= 100 ? 3 : x >= 10 ? 2 : 1;
  return x.toFixed(Math.max(0, digits - integerDigits));
}

/**
 * The fewest significant digits, from 3 to 7, at which amounts next to each other in a
 * list read differently (so that a ranking is visible in its figures); 7 when even that
 * cannot tell two apart.
 *
 * @example
 * separatingDigits([8_791_000, 8_799_300], 'USD'); // 4 ('$8.791M' and '$8.799M')
 */
export function separatingDigits(amounts: readonly number[], currency: string): number {
  for (let digits = 3; digits < 7; digits++) {
    const texts = amounts.map((a) => formatMoney(a, currency, digits));
    if (texts.every((t, i) => i === 0 || t !== texts[i - 1] || amounts[i] === amounts[i - 1])) return digits;
  }
  return 7;
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
