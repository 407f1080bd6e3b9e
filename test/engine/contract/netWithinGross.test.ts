import { describe, expect, it } from 'vitest';
import { readJson } from '../../helpers/fixtures.js';
import { run } from './contractHelpers.js';

describe('the net loss estimate over an extreme tail', () => {
  it('stays between nothing and the gross when a few trials carry a lognormal of sigma 10 (found by the property tests)', () => {
    // The property tests' shrunk case: the largest loss the validator allows, a rate of about 0.01
    // a year and 600 trials, so that the control variate's coefficient is estimated from a handful
    // of breaches and its correction overshoots: it gave a net loss of -$412k.
    const json = readJson('models/retail-bpo-2021.json');
    json.simulation = { trials: 600, seed: ' ' };
    json.frequency = { annualRate: { dist: 'lognormal', median: 0.01, sigma: 0.01 }, vectors: json.frequency.vectors };
    json.magnitude.perBreach = { dist: 'lognormal', mean: 1e15, sigma: 10 };
    json.contract = { years: 2 };
    json.vendors.forEach((v: { indemnity?: unknown }) => (v.indemnity = { share: 0.5, capPerYear: 1e6 }));
    const contract = run(json).contract!;
    for (const v of contract.vendors) {
      const gross = v.total.grossLoss.mean;
      expect(v.total.netLoss.mean).toBeGreaterThanOrEqual(0);
      expect(v.total.netLoss.mean).toBeLessThanOrEqual(gross);
      for (const y of v.years) {
        expect(y.netLoss.mean).toBeGreaterThanOrEqual(0);
        expect(y.netLoss.mean).toBeLessThanOrEqual(y.grossLoss.mean);
      }
    }
  });
});
