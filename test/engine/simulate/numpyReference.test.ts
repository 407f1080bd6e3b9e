import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/index.js';
import { defaultModel } from '../../helpers/fixtures.js';

/**
 * Reference values for the default model from an independent implementation of the same
 * semantics in numpy 2.4.6 (test/reference/numpy_reference.py: numpy's own beta, lognormal
 * and Poisson samplers, default_rng(12345), 1,000,000 trials). Both are Monte Carlo
 * estimates, so each check allows 4 combined standard errors.
 */
const NUMPY = {
  trials: 1_000_000,
  vendors: {
    none: { mean: 4480435.354607701, se: 16612.950329484964, breach: 0.390409, breaches: 0.494426, cheapest: 0 },
    northwind: { mean: 1388454.3977413767, se: 9220.269429793032, breach: 0.249128, breaches: 0.28626, cheapest: 0.446205 },
    bluepeak: { mean: 1986188.3453720636, se: 12460.82035024736, breach: 0.28144, breaches: 0.330191, cheapest: 0.553795 },
    harbor: { mean: 2806715.3037839523, se: 13472.871715404268, breach: 0.311809, breaches: 0.373053, cheapest: 0 },
    lowell: { mean: 3838278.320876091, se: 15537.49758199507, breach: 0.345753, breaches: 0.423674, cheapest: 0 },
  } as Record<string, { mean: number; se: number; breach: number; breaches: number; cheapest: number }>,
  comparisons: [
    ['none', 'northwind', 3091980.9568663244, 12350.230502285182, 0.0, 0.0],
    ['northwind', 'bluepeak', -597733.947630687, 6554.861002162849, 0.446205, 0.28144],
    ['bluepeak', 'harbor', -820526.9584118885, 8787.619024924385, 1.0, 0.154235],
    ['harbor', 'lowell', -1031563.0170921386, 7159.781142359245, 1.0, 0.315917],
  ] as [string, string, number, number, number, number][],
};

const proportionSe = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);

describe('the engine agrees with an independent numpy implementation (default model)', () => {
  const results = runScenario(defaultModel(), { trials: 400_000 });
  const n = results.trials;

  for (const vendor of results.vendors) {
    const reference = NUMPY.vendors[vendor.id];
    it(`${vendor.id}: expected loss, breach probability, breaches a year, probability cheapest`, () => {
      expect(Math.abs(vendor.expectedLoss.mean - reference.mean)).toBeLessThan(4 * Math.hypot(vendor.expectedLoss.standardError, reference.se));
      const pSe = Math.hypot(proportionSe(reference.breach, n), proportionSe(reference.breach, NUMPY.trials));
      expect(Math.abs(vendor.probabilityOfBreach - reference.breach)).toBeLessThan(4 * pSe);
      const rateSe = Math.hypot(Math.sqrt(reference.breaches / n), Math.sqrt(reference.breaches / NUMPY.trials));
      expect(Math.abs(vendor.expectedBreaches - reference.breaches)).toBeLessThan(4 * rateSe);
      const cheapestSe = Math.hypot(proportionSe(reference.cheapest, n), proportionSe(reference.cheapest, NUMPY.trials));
      expect(Math.abs(vendor.probabilityCheapest - reference.cheapest)).toBeLessThanOrEqual(4 * cheapestSe);
    });
  }

  it('paired comparisons: mean difference, probability a is cheaper, probability a loses less', () => {
    for (const [a, b, meanDifference, se, cheaper, lower] of NUMPY.comparisons) {
      const c = results.comparisons.find((x) => x.a === a && x.b === b)!;
      expect(Math.abs(c.meanDifference - meanDifference), `${a}-${b}`).toBeLessThan(4 * Math.hypot(c.standardError, se));
      expect(Math.abs(c.probabilityACheaper - cheaper)).toBeLessThanOrEqual(4 * Math.hypot(proportionSe(cheaper, n), proportionSe(cheaper, NUMPY.trials)));
      expect(Math.abs(c.probabilityALower - lower)).toBeLessThanOrEqual(4 * Math.hypot(proportionSe(lower, n), proportionSe(lower, NUMPY.trials)));
    }
  });
});
