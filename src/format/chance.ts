/**
 * A chance for people, precise enough at every size: one decimal from 1% up, two
 * significant digits below (so a tolerance of 0.01% never reads "0.0%").
 *
 * @example
 * formatChance(0.055); // '5.5%'
 * formatChance(0.0046); // '0.46%'
 * formatChance(0.0001); // '0.01%'
 */
export function formatChance(p: number): string {
  if (!(p > 0)) return '0%';
  return p >= 0.01 ? `${(p * 100).toFixed(1)}%` : `${Number((p * 100).toPrecision(2))}%`;
}
