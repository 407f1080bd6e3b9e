import { describe, expect, it } from 'vitest';
import { SEPARATION_STANDARD_ERRORS } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';
import { CONSTANT_VENDORS, constantLossScenario, poissonExpectation, poissonPmf, run } from './contractHelpers.js';

/**
 * The contract's distribution figures against the Poisson CDF: constant losses, a
 * share-only indemnity s = 0.25 and no trend, so the contract's total net loss is
 * c N_T with c = (1 - s) L and N_T ~ Poisson(years x m): its quantiles are c times the
 * Poisson quantiles, P(total > x) = P(N_T > floor(x / c)), and the worst 5% have the
 * mean (1/0.05) (sum_(k > q) c k P(k) + c q (0.05 - P(N_T > q))), q the 95% quantile.
 */

const TRIALS = 200_000;
const YEARS = 3;
const SHARE = 0.25;

const cdf = (mean: number, k: number) => {
  let total = 0;
  for (let i = 0; i <= k; i++) total += poissonPmf(mean, i);
  return total;
};
const quantileOf = (mean: number, p: number) => {
  let k = 0;
  while (cdf(mean, k) < p) k++;
  return k;
};

describe("the contract's total net loss against the Poisson CDF (constant losses, 200,000 trials)", () => {
  const raw = constantLossScenario({ trials: TRIALS });
  raw.contract = { years: YEARS, costTrend: 0 };
  raw.vendors.forEach((v: any) => (v.indemnity = { share: SHARE }));
  const results = run(raw);

  results.vendors.forEach((vendor, j) => {
    const { rate, loss } = CONSTANT_VENDORS[j];
    const mean = YEARS * rate;
    const c = (1 - SHARE) * loss;
    const total = results.contract!.vendors[j].total;

    it(`${vendor.id}: quantiles are c x the Poisson(${mean.toFixed(1)}) quantiles`, () => {
      for (const [name, p] of [['p5', 0.05], ['p50', 0.5], ['p75', 0.75], ['p90', 0.9], ['p95', 0.95], ['p99', 0.99]] as const) {
        const k = quantileOf(mean, p);
        // Only where the CDF is more than 10 standard errors of a frequency from p (else the rank may fall either side).
        const near = Math.min(Math.abs(cdf(mean, k) - p), k > 0 ? Math.abs(cdf(mean, k - 1) - p) : 1);
        if (near < 10 * Math.sqrt((p * (1 - p)) / TRIALS)) continue;
        if (k === 0) expect(total.quantiles[name]).toBe(0);
        else expect(Math.abs(total.quantiles[name] / (c * k) - 1)).toBeLessThan(1e-12);
      }
    });

    it(`${vendor.id}: exceedance P(total > x) = P(N_T > floor(x / c)) at every grid loss (4 standard errors)`, () => {
      expect(total.exceedance.length).toBeGreaterThan(10);
      for (const point of total.exceedance) {
        const p = 1 - cdf(mean, Math.floor(point.loss / c));
        expect(Math.abs(point.probability - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / TRIALS) + 1e-12);
      }
    });

    it(`${vendor.id}: the mean of the worst 5% of contracts`, () => {
      const q = quantileOf(mean, 0.95);
      const above = 1 - cdf(mean, q);
      const tail = poissonExpectation(mean, (k) => (k > q ? c * k : 0));
      const expected = (tail + c * q * (0.05 - above)) / 0.05;
      // Its error is that of the mean of (X - c q)+ over the worst 5%: sqrt(Var((X - cq)+) / n) / 0.05.
      const excess = poissonExpectation(mean, (k) => Math.max(0, c * (k - q)));
      const variance = poissonExpectation(mean, (k) => Math.max(0, c * (k - q)) ** 2) - excess ** 2;
      expect(Math.abs(total.tailValueAtRisk95 - expected)).toBeLessThan((4 * Math.sqrt(variance / TRIALS)) / 0.05);
    });

    it(`${vendor.id}: occurrence, the largest breach of year 1, gross: P(> x) = 1 - e^-m below L, 0 from L on`, () => {
      const occurrence = results.contract!.vendors[j].occurrence;
      // The year's grid: the occurrence curve is read beside the vendor's annual exceedance.
      expect(occurrence.map((p) => p.loss)).toEqual(vendor.exceedance.map((p) => p.loss));
      const p = 1 - Math.exp(-rate);
      for (const point of occurrence) {
        if (point.loss >= loss) expect(point.probability).toBe(0);
        else expect(Math.abs(point.probability - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / TRIALS));
      }
    });
  });
});

describe('the verdict over the contract (the example, 20,000 trials)', () => {
  const results = run(readJson('models/retail-bpo-contract.json'), { trials: 20_000 });
  const contract = results.contract!;

  it("names the ranking's first, with its lead over the second and that pair's standard error", () => {
    const verdict = contract.verdict;
    const pv = new Map(contract.vendors.map((v) => [v.id, v.total.presentValue.mean]));
    expect(verdict.best).toBe(contract.ranking[0]);
    expect(verdict.runnerUp).toBe(contract.ranking[1]);
    expect(verdict.lead!.mean).toBe(pv.get(contract.ranking[1])! - pv.get(contract.ranking[0])!);
    const pair = contract.comparisons.find((c) => [c.a, c.b].sort().join() === [verdict.best, verdict.runnerUp].sort().join())!;
    expect(verdict.lead!.standardError).toBe(pair.standardError);
    expect(Math.abs(pair.meanDifference)).toBe(verdict.lead!.mean);
    expect(verdict.kind).toBe(verdict.lead!.mean > SEPARATION_STANDARD_ERRORS * verdict.lead!.standardError ? 'clear' : 'unresolved');
    // The reference is never ranked.
    expect(contract.ranking).not.toContain('none');
    expect(contract.vendors.find((v) => v.reference)!.probabilityCheapest).toBe(0);
  });
});
