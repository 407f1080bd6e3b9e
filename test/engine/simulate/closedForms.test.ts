import { describe, expect, it } from 'vitest';
import { runScenario, parseScenario } from '../../../src/engine/index.js';
import { closedForm, constantScenario } from '../../helpers/scenarios.js';

/** Poisson probabilities P(N = k), from the closed form e^-m m^k / k!. */
function poissonPmf(mean: number, k: number): number {
  let p = Math.exp(-mean);
  for (let i = 1; i <= k; i++) p *= mean / i;
  return p;
}

describe('annual losses against closed forms (constant inputs, 200,000 trials, 4 standard errors)', () => {
  const scenario = constantScenario();
  const results = runScenario(parseScenario(JSON.stringify(scenario)));
  const n = results.trials;

  for (const vendorId of ['none', 'all', 'partial']) {
    const expected = closedForm(scenario, vendorId);
    const vendor = results.vendors.find((v) => v.id === vendorId)!;

    it(`${vendorId}: the expected loss is lambda x sum_v share_v s_v x (E[L] sum_k c_k m_k + sum_a q_a A_a m_a), exactly`, () => {
      // Constant inputs: the conditional estimate is the closed form in every trial, with no Monte Carlo error.
      expect(Math.abs(vendor.expectedLoss.mean / expected.mean - 1)).toBeLessThan(1e-12);
      expect(vendor.expectedLoss.standardError).toBe(0);
    });

    it(`${vendorId}: the sample mean of the simulated years agrees within 4 standard errors, with the compound Poisson standard error`, () => {
      const sample = vendor.expectedLoss.sample;
      expect(Math.abs(sample.mean - expected.mean)).toBeLessThan(4 * sample.standardError);
      // The standard error itself: the compound Poisson variance rate x E[X^2] over n.
      const secondMoment = expected.baseLoss ** 2
        + 2 * expected.baseLoss * expected.amplifierLosses.reduce((t, a) => t + a.probability * a.amount, 0)
        + expected.amplifierLosses.reduce((t, a) => t + a.probability * a.amount ** 2, 0)
        + 2 * pairProducts(expected.amplifierLosses);
      const standardError = Math.sqrt((expected.rate * secondMoment) / n);
      expect(sample.standardError / standardError).toBeGreaterThan(0.97);
      expect(sample.standardError / standardError).toBeLessThan(1.03);
    });

    it(`${vendorId}: probabilityOfBreach = 1 - exp(-lambda x sum_v share_v s_v)`, () => {
      const p = expected.probabilityOfBreach;
      expect(Math.abs(vendor.probabilityOfBreach - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    });

    it(`${vendorId}: expectedBreaches = lambda x sum_v share_v s_v`, () => {
      expect(Math.abs(vendor.expectedBreaches - expected.rate)).toBeLessThan(4 * Math.sqrt(expected.rate / n));
    });

    it(`${vendorId}: riskAdjustedCost = price + mean`, () => {
      expect(vendor.riskAdjustedCost).toBe(vendor.annualPrice + vendor.expectedLoss.mean);
    });
  }

  it('quantiles of a compound Poisson with fixed losses match the Poisson CDF', () => {
    const noAmplifiers = constantScenario();
    delete noAmplifiers.magnitude.amplifiers;
    for (const c of Object.values<any>(noAmplifiers.controls)) c.effects = c.effects.filter((e: any) => !e.amplifiers);
    noAmplifiers.controls.ivr.effects = [{ vectors: ['other'], reduction: 0.1 }];
    const run = runScenario(parseScenario(JSON.stringify(noAmplifiers)));
    const none = run.vendors[0];
    const L = 4_000_000;
    // lambda = -ln(0.61) = 0.4943: P(N<=0) = 0.61, P(N<=1) = 0.9115, P(N<=2) = 0.9864, P(N<=3) = 0.9983,
    // each more than 0.003 (over 10 standard errors at 200,000 trials) from 0.5, 0.75, 0.9, 0.95, 0.99.
    expect(none.quantiles).toEqual({ p5: 0, p50: 0, p75: L, p90: L, p95: 2 * L, p99: 3 * L });

    // TVaR95 = (1/0.05) [sum_{k>=3} k L P(k) + 2 L (0.05 - P(N>=3))]
    const lambda = -Math.log(0.61);
    let tail = 0;
    let pAtLeast3 = 1;
    for (let k = 0; k < 3; k++) pAtLeast3 -= poissonPmf(lambda, k);
    for (let k = 3; k < 40; k++) tail += k * L * poissonPmf(lambda, k);
    const tvar = (tail + 2 * L * (0.05 - pAtLeast3)) / 0.05;
    // The sample TVaR moves with the count of N >= 3 years: its SE is about L x sqrt(P(N>=3) / n) / 0.05.
    expect(Math.abs(none.tailValueAtRisk95 - tvar)).toBeLessThan((4 * L * Math.sqrt(pAtLeast3 / run.trials)) / 0.05);

    // Exceedance: P(loss > x) = P(N > floor(x / L)).
    for (const point of none.exceedance.filter((_, i) => i % 10 === 0)) {
      const k = Math.floor(point.loss / L);
      let p = 1;
      for (let i = 0; i <= k; i++) p -= poissonPmf(lambda, i);
      expect(Math.abs(point.probability - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / run.trials) + 1e-12);
    }
  });

  it('with fixed parameters, probabilityACheaper and probabilityCheapest are 0 or 1, as the closed form says', () => {
    const cost = (id: string) => scenario.vendors.find((v: any) => v.id === id).annualPrice + closedForm(scenario, id).mean;
    for (const c of results.comparisons) {
      expect(c.probabilityACheaper).toBe(cost(c.a) < cost(c.b) ? 1 : 0);
    }
    const cheapest = ['none', 'all', 'partial'].reduce((best, id) => (cost(id) < cost(best) ? id : best));
    for (const v of results.vendors) expect(v.probabilityCheapest).toBe(v.id === cheapest ? 1 : 0);
  });

  it('meanDifference is the closed-form difference exactly; the sample difference is paired, within 4 standard errors', () => {
    for (const c of results.comparisons) {
      const a = results.vendors.find((v) => v.id === c.a)!;
      const b = results.vendors.find((v) => v.id === c.b)!;
      const expected = closedForm(scenario, c.a).mean - closedForm(scenario, c.b).mean;
      expect(Math.abs(c.meanDifference - expected)).toBeLessThan(1e-12 * closedForm(scenario, 'none').mean);
      expect(c.standardError).toBe(0);
      expect(c.sample.meanDifference).toBeCloseTo(a.expectedLoss.sample.mean - b.expectedLoss.sample.mean, -1);
      expect(Math.abs(c.sample.meanDifference - expected)).toBeLessThan(4 * c.sample.standardError);
      // Paired: the differences vary less than two independent samples would.
      expect(c.sample.standardError).toBeLessThan(Math.hypot(a.expectedLoss.sample.standardError, b.expectedLoss.sample.standardError));
    }
  });

  it('a rate instead of an incidence, and a channel share, scale lambda', () => {
    const rated = constantScenario({ trials: 100_000 });
    delete rated.frequency.annualIncidence;
    rated.frequency.annualRate = 2;
    rated.frequency.channelShare = 0.25;
    const run = runScenario(parseScenario(JSON.stringify(rated)));
    const none = run.vendors[0];
    expect(Math.abs(none.expectedBreaches - 0.5)).toBeLessThan(4 * Math.sqrt(0.5 / run.trials));
    const p = 1 - Math.exp(-0.5);
    expect(Math.abs(none.probabilityOfBreach - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / run.trials));
  });
});

function pairProducts(amplifiers: { probability: number; amount: number }[]): number {
  let total = 0;
  for (let i = 0; i < amplifiers.length; i++) {
    for (let j = i + 1; j < amplifiers.length; j++) {
      total += amplifiers[i].probability * amplifiers[i].amount * amplifiers[j].probability * amplifiers[j].amount;
    }
  }
  return total;
}
