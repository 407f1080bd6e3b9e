/**
 * A chance as a short percentage for an axis tick, with the digits it needs and no
 * binary noise.
 *
 * @example
 * percentTick(0.5); // '50%'
 * percentTick(0.001); // '0.1%'
 * percentTick(0.0001); // '0.01%'
 */
export function percentTick(p: number): string {
  return `${Number((p * 100).toPrecision(12))}%`;
}

/**
 * A chance a year for people, precise enough at every size: one decimal from 1% up,
 * two significant digits below (so a tolerance of 0.01% never reads "0.0%").
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
