import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/index.js';
import { defaultModel } from '../../helpers/fixtures.js';

/**
 * Reference values for the default model from an independent implementation of the same
 * semantics in numpy 2.4.6 (test/reference/numpy_reference.py: numpy's own beta, lognormal
 * and Poisson samplers, default_rng(12345), 1,000,000 trials), both estimators of the
 * expected loss: the mean of the conditional expected losses and the sample mean of the
 * simulated years. Both are Monte Carlo estimates, so each check allows 4 combined
 * standard errors.
 */
const NUMPY = {
  trials: 1_000_000,
  vendors: {
    none: { mean: 4473381.847032659, se: 1.8626460805542303e-12, sampleMean: 4480435.354607701, sampleSe: 16612.950329484964, breach: 0.390409, breaches: 0.494426, cheapest: 0.0 },
    northwind: { mean: 1393371.1717722206, se: 105.31050063459317, sampleMean: 1388454.3977413767, sampleSe: 9220.269429793032, breach: 0.249128, breaches: 0.28626, cheapest: 0.446205 },
    bluepeak: { mean: 1985012.7698400263, se: 114.58706416523557, sampleMean: 1986188.3453720636, sampleSe: 12460.82035024736, breach: 0.28144, breaches: 0.330191, cheapest: 0.553795 },
    harbor: { mean: 2805504.7540118964, se: 100.63711731286456, sampleMean: 2806715.3037839523, sampleSe: 13472.871715404268, breach: 0.311809, breaches: 0.373053, cheapest: 0.0 },
    lowell: { mean: 3832074.975534016, se: 68.58860225760668, sampleMean: 3838278.320876091, sampleSe: 15537.49758199507, breach: 0.345753, breaches: 0.423674, cheapest: 0.0 },
  } as Record<string, { mean: number; se: number; sampleMean: number; sampleSe: number; breach: number; breaches: number; cheapest: number }>,
  // [a, b, conditional mean difference, its se, P(a cheaper), P(a loses less), sample mean difference, its se]
  comparisons: [
    ['none', 'northwind', 3080010.6752604404, 105.31050063459317, 0.0, 0.0, 3091980.9568663244, 12350.230502285182],
    ['northwind', 'bluepeak', -591641.5980678054, 65.09758169093914, 0.446205, 0.28144, -597733.947630687, 6554.861002162849],
    ['bluepeak', 'harbor', -820491.9841718704, 58.48083109021074, 1.0, 0.154235, -820526.9584118885, 8787.619024924385],
    ['harbor', 'lowell', -1026570.2215221185, 73.80006045955074, 1.0, 0.315917, -1031563.0170921386, 7159.781142359245],
  ] as [string, string, number, number, number, number, number, number][],
};

const proportionSe = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);

describe('the engine agrees with an independent numpy implementation (default model)', () => {
  const results = runScenario(defaultModel(), { trials: 400_000 });
  const n = results.trials;

  for (const vendor of results.vendors) {
    const reference = NUMPY.vendors[vendor.id];
    it(`${vendor.id}: expected loss (conditional and sample), breach probability, breaches a year, probability cheapest`, () => {
      // The reference vendor's conditional loss is constant: numpy's own rounding (se 2e-12) is the only spread.
      expect(Math.abs(vendor.expectedLoss.mean - reference.mean)).toBeLessThan(4 * Math.hypot(vendor.expectedLoss.standardError, reference.se) + 1e-9 * reference.mean);
      const sample = vendor.expectedLoss.sample;
      expect(Math.abs(sample.mean - reference.sampleMean)).toBeLessThan(4 * Math.hypot(sample.standardError, reference.sampleSe));
      const pSe = Math.hypot(proportionSe(reference.breach, n), proportionSe(reference.breach, NUMPY.trials));
      expect(Math.abs(vendor.probabilityOfBreach - reference.breach)).toBeLessThan(4 * pSe);
      const rateSe = Math.hypot(Math.sqrt(reference.breaches / n), Math.sqrt(reference.breaches / NUMPY.trials));
      expect(Math.abs(vendor.expectedBreaches - reference.breaches)).toBeLessThan(4 * rateSe);
      const cheapestSe = Math.hypot(proportionSe(reference.cheapest, n), proportionSe(reference.cheapest, NUMPY.trials));
      expect(Math.abs(vendor.probabilityCheapest - reference.cheapest)).toBeLessThanOrEqual(4 * cheapestSe);
    });
  }

  it('paired comparisons: mean difference, probability a is cheaper, probability a loses less', () => {
    for (const [a, b, meanDifference, se, cheaper, lower, sampleDifference, sampleSe] of NUMPY.comparisons) {
      const c = results.comparisons.find((x) => x.a === a && x.b === b)!;
      expect(Math.abs(c.meanDifference - meanDifference), `${a}-${b}`).toBeLessThan(4 * Math.hypot(c.standardError, se));
      expect(Math.abs(c.sample.meanDifference - sampleDifference), `${a}-${b}`).toBeLessThan(4 * Math.hypot(c.sample.standardError, sampleSe));
      expect(Math.abs(c.probabilityACheaper - cheaper)).toBeLessThanOrEqual(4 * Math.hypot(proportionSe(cheaper, n), proportionSe(cheaper, NUMPY.trials)));
      expect(Math.abs(c.probabilityALower - lower)).toBeLessThanOrEqual(4 * Math.hypot(proportionSe(lower, n), proportionSe(lower, NUMPY.trials)));
    }
  });
});
