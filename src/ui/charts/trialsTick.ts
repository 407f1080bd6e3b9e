/**
 * A number of trials for an axis tick: `10k`, `250k`, `1M`, `2.5M`.
 *
 * @example
 * trialsTick(10_000); // '10k'
 * trialsTick(2_500_000); // '2.5M'
 */
export function trialsTick(trials: number): string {
  if (trials >= 1e6) return `${+(trials / 1e6).toPrecision(3)}M`;
  if (trials >= 1e3) return `${+(trials / 1e3).toPrecision(3)}k`;
  return String(trials);
}
