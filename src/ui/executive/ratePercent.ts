/**
 * A yearly rate as a percentage for a sentence, three significant digits without trailing
 * zeros: `6%`, `2.5%`, `0.125%`.
 *
 * @example
 * ratePercent(0.06); // '6%'
 * ratePercent(0.025); // '2.5%'
 */
export function ratePercent(rate: number): string {
  return `${Number((rate * 100).toPrecision(3))}%`;
}
