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

export { formatChance } from '../../format/chance.js';
