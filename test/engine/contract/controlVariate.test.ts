import { describe, expect, it } from 'vitest';
import { modelFor, runScenario, simulateBlock, type Scenario } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';
import { scenarioOf } from './contractHelpers.js';

/**
 * The net loss's control variate on the example contract (`models/retail-bpo-contract.json`:
 * 3 years, a 2% trend, 6% discounting, capped indemnities, insurance per event with an
 * aggregate limit): Z = G - E[G | parameters] has mean exactly 0, so N - beta Z estimates E[N]
 * for any beta, and the beta minimising the variance, cov(N, Z) / var(Z), makes it the
 * residual of N regressed on Z.
 */

const example = (): Scenario => scenarioOf(readJson('models/retail-bpo-contract.json'));

describe('the control variate agrees with the plain mean and has a smaller error (50,000 trials)', () => {
  const results = runScenario(example(), { trials: 50_000 });

  it('for every vendor, year and the total: |mean - sample mean| < 4 combined standard errors, and SE < plain SE', () => {
    let checked = 0;
    for (const v of results.contract!.vendors) {
      for (const estimate of [...v.years.map((y) => y.netLoss), v.total.netLoss]) {
        const combined = Math.hypot(estimate.standardError, estimate.sample.standardError);
        expect(Math.abs(estimate.mean - estimate.sample.mean)).toBeLessThan(4 * combined);
        expect(estimate.standardError).toBeGreaterThan(0);
        expect(estimate.standardError).toBeLessThan(estimate.sample.standardError);
        checked++;
      }
    }
    expect(checked).toBe(5 * 4);
  });
});

/** Sums of deviations' products of two series, and their means. */
function coMoments(x: Float64Array, z: Float64Array) {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const mz = z.reduce((a, b) => a + b, 0) / n;
  let xx = 0;
  let xz = 0;
  let zz = 0;
  for (let t = 0; t < n; t++) {
    xx += (x[t] - mx) * (x[t] - mx);
    xz += (x[t] - mx) * (z[t] - mz);
    zz += (z[t] - mz) * (z[t] - mz);
  }
  return { n, mx, mz, xx, xz, zz };
}

/** The regression estimator written out: mean N - beta mean Z, beta = S_NZ / S_ZZ, SE from the residual. */
function regressionEstimate(net: Float64Array, surprise: Float64Array) {
  const { n, mx, mz, xx, xz, zz } = coMoments(net, surprise);
  const beta = zz > 0 ? xz / zz : 0;
  return { beta, mean: mx - beta * mz, standardError: Math.sqrt((xx - beta * xz) / (n - 1) / n), residuals: Float64Array.from(net, (x, t) => x - beta * surprise[t]) };
}

describe('the estimator, recomputed trial by trial from one block (10,000 trials)', () => {
  const scenario = example();
  const model = modelFor(scenario, { trials: 10_000 });
  const columns = simulateBlock(model, 0);
  const contract = model.contract!;
  const n = columns.trials;
  const book = columns.contract!;
  const vendors = model.vendors.length;
  // Dense per year and vendor: net N_y and surprise Z_y = G_y - (1 + g)^(y-1) E[G_1 | parameters].
  const series = Array.from({ length: vendors }, (_, j) => Array.from({ length: contract.years }, (_, y) => {
    const net = new Float64Array(n);
    const surprise = Float64Array.from(columns.expected[j].subarray(0, n), (e) => -contract.growth[y] * e);
    book.trials[y][j].forEach((t, k) => {
      net[t] = book.net[y][j][k];
      surprise[t] += book.gross[y][j][k];
    });
    return { net, surprise };
  }));
  const combine = (j: number, weight: (y: number) => number) => {
    const net = new Float64Array(n);
    const surprise = new Float64Array(n);
    series[j].forEach((s, y) => {
      for (let t = 0; t < n; t++) {
        net[t] += weight(y) * s.net[t];
        surprise[t] += weight(y) * s.surprise[t];
      }
    });
    return { net, surprise };
  };
  const results = runScenario(scenario, { trials: 10_000 });
  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b));

  it("each year's and the total's net loss and standard error are the regression estimator's (1e-9 relative)", () => {
    results.contract!.vendors.forEach((v, j) => {
      v.years.forEach((year, y) => {
        const { net, surprise } = series[j][y];
        const e = regressionEstimate(net, surprise);
        close(year.netLoss.mean, e.mean);
        close(year.netLoss.standardError, e.standardError);
        close(year.netLoss.sample.mean, net.reduce((a, b) => a + b, 0) / n);
        // The surprise has mean 0 only in expectation: over a block it is small against the gross.
        expect(Math.abs(coMoments(net, surprise).mz)).toBeLessThan(0.2 * year.grossLoss.mean);
      });
      const total = combine(j, () => 1);
      const e = regressionEstimate(total.net, total.surprise);
      close(v.total.netLoss.mean, e.mean);
      close(v.total.netLoss.standardError, e.standardError);
    });
  });

  it('the present value and the paired comparisons of present values, with both control variates on the same trials', () => {
    const present = results.contract!.vendors.map((v, j) => {
      const { net, surprise } = combine(j, (y) => contract.discount[y]);
      const e = regressionEstimate(net, surprise);
      const fixed = v.years.reduce((t, year) => t + year.discountFactor * (year.price + year.premium + year.switchingCost), 0);
      close(v.total.presentValue.mean, fixed + e.mean);
      close(v.total.presentValue.standardError, e.standardError);
      return e.residuals;
    });
    expect(results.contract!.comparisons.length).toBe((vendors * (vendors - 1)) / 2);
    for (const c of results.contract!.comparisons) {
      const [a, b] = [c.a, c.b].map((id) => model.vendors.findIndex((v) => v.id === id));
      const va = results.contract!.vendors[a].total.presentValue.mean;
      const vb = results.contract!.vendors[b].total.presentValue.mean;
      expect(c.meanDifference).toBe(va - vb);
      // The SE of the mean of the paired residual differences, by its n - 1 deviation.
      const d = Float64Array.from(present[a], (x, t) => x - present[b][t]);
      const md = d.reduce((s, x) => s + x, 0) / n;
      const se = Math.sqrt(d.reduce((s, x) => s + (x - md) ** 2, 0) / (n - 1) / n);
      close(c.standardError, se);
    }
  });
});
