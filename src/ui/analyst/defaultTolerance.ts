import { summarizeValue } from './distributionKinds.js';

/**
 * A first risk tolerance for a scenario, for the analyst to adjust: at most a 5% chance
 * a year of losing more than the mean loss of one breach (before amplifiers), rounded to
 * 1, 2 or 5 times a power of ten; 10,000,000 when that mean is not known (a parameter
 * being typed).
 *
 * @example
 * defaultTolerance({ magnitude: { perBreach: { dist: 'lognormal', mean: 4889755, sigma: 1.7 } } });
 * // { loss: 5000000, probability: 0.05 }
 * defaultTolerance({}); // { loss: 10000000, probability: 0.05 }
 */
export function defaultTolerance(scenario: unknown): { loss: number; probability: number } {
  const perBreach = (scenario as { magnitude?: { perBreach?: unknown } } | null)?.magnitude?.perBreach;
  const mean = summarizeValue(perBreach)?.mean;
  return { loss: mean !== undefined && mean > 0 ? nearest125(mean) : 1e7, probability: 0.05 };
}

/** The 1, 2 or 5 times a power of ten nearest to `x` in log distance (x > 0). */
function nearest125(x: number): number {
  const decade = 10 ** Math.floor(Math.log10(x));
  const candidates = [1, 2, 5, 10].map((m) => m * decade);
  return candidates.reduce((best, c) => (Math.abs(Math.log(c / x)) < Math.abs(Math.log(best / x)) ? c : best));
}
