import { describe, expect, it } from 'vitest';
import { expectedLosses, expectedLossOf, exactRanking, meanInputs } from '../../../src/engine/index.js';
import { closedForm, constantScenario, expectedLossAtMeans } from '../../helpers/scenarios.js';
import { edited, modelOf, pertKernel, relativeError, simpson } from '../../helpers/exact.js';

describe('expectedLossOf / expectedLosses at the inputs\' means', () => {
  const scenario = constantScenario();
  const model = modelOf(scenario);

  it('equals the closed form of every vendor of constantScenario (relative 1e-12; source: closedForm in test/helpers)', () => {
    const losses = expectedLosses(model);
    scenario.vendors.forEach((v: any, j: number) => {
      const reference = closedForm(scenario, v.id).mean;
      expect(relativeError(losses[j], reference)).toBeLessThan(1e-12);
      expect(relativeError(expectedLossOf(model, meanInputs(model), model.vendors[j].controlCoverage), reference)).toBeLessThan(1e-12);
    });
  });

  it('with no coverage at all is the no-control closed form lambda x (E[L] + sum_a q_a A_a) (relative 1e-12)', () => {
    const lambda = -Math.log(1 - 0.39);
    const noControls = lambda * (4_000_000 + 0.6 * 1_000_000 + 0.25 * 3_000_000);
    expect(relativeError(expectedLossOf(model, meanInputs(model), new Float64Array(model.controls.length)), noControls)).toBeLessThan(1e-12);
  });

  it('meanInputs(model).lambda of a fixed incidence 0.39 is -ln(0.61) (relative 1e-15)', () => {
    expect(relativeError(meanInputs(model).lambda, -Math.log(0.61))).toBeLessThan(1e-15);
  });
});

/**
 * Uncertain inputs: uniform and PERT reductions, a lognormal perBreach and amplifier
 * amount, a channel share, and an incidence that is uniform, PERT or Beta. The expected
 * loss over the parameter draws is the closed form at the means (independent inputs,
 * each reduction entering each product once), with E[lambda] = E[-ln(1 - p)] x share.
 */
function uncertainScenario(): any {
  return edited(constantScenario(), (s) => {
    s.frequency.channelShare = 0.8;
    s.controls.mfa.effects[0].reduction = { dist: 'uniform', min: 0.6, max: 0.9 };
    s.controls.vdi.effects[0].reduction = { dist: 'pert', min: 0.3, mode: 0.5, max: 0.8 };
    s.controls.redaction.effects[0].reduction = { dist: 'triangular', min: 0.1, mode: 0.3, max: 0.4 };
    s.magnitude.perBreach = { dist: 'lognormal', median: 2_500_000, sigma: 1.1 };
    s.magnitude.amplifiers.cardData.amount = { dist: 'lognormal', low: 1_000_000, high: 9_000_000 };
  });
}

describe('expected loss with uncertain inputs equals the closed form at the inputs\' means', () => {
  it('uniform incidence: E[-ln(1-p)] by its antiderivative (helpers expectedLossAtMeans; relative 1e-9)', () => {
    // The engine integrates the quantile by a 32,768-point midpoint rule (in t, u = 1 - (1 - t)^2);
    // for a smooth integrand such as a uniform p on [0.2, 0.6] its error is O(h^2) ~ 1e-10 relative.
    const scenario = edited(uncertainScenario(), (s) => (s.frequency.annualIncidence = { dist: 'uniform', min: 0.2, max: 0.6 }));
    const model = modelOf(scenario);
    const losses = expectedLosses(model);
    scenario.vendors.forEach((v: any, j: number) => {
      expect(relativeError(losses[j], expectedLossAtMeans(scenario, v.id))).toBeLessThan(1e-9);
    });
  });

  it('PERT incidence: E[-ln(1-p)] by Simpson integration of the PERT density written here (relative 1e-6)', () => {
    // Our reference: ratio of Simpson integrals of -ln(1-p) k(p) and k(p), k the PERT kernel
    // (alpha 2.9, beta 3.1: smooth, Simpson error ~1e-14). The engine's PERT is a Beta
    // inverse-CDF table with Kolmogorov error <= 1e-6, so 1e-6 relative is the bound stated.
    const [min, mode, max] = [0.15, 0.39, 0.55];
    const scenario = edited(uncertainScenario(), (s) => (s.frequency.annualIncidence = { dist: 'pert', min, mode, max }));
    const k = pertKernel(min, mode, max);
    const eLambda = simpson((p) => -Math.log(1 - p) * k(p), min, max) / simpson(k, min, max);
    expect(relativeError(meanInputs(modelOf(scenario)).lambda, eLambda * 0.8)).toBeLessThan(1e-6);
    // Loss: the closed form with the incidence fixed, rescaled from -ln(0.61) to E[lambda].
    const fixed = edited(scenario, (s) => (s.frequency.annualIncidence = 0.39));
    const losses = expectedLosses(modelOf(scenario));
    scenario.vendors.forEach((v: any, j: number) => {
      const reference = (expectedLossAtMeans(fixed, v.id) * eLambda) / -Math.log(0.61);
      expect(relativeError(losses[j], reference)).toBeLessThan(1e-6);
    });
  });

  it('Beta(2, 5) incidence: E[-ln(1-p)] = psi(7) - psi(5) = 1/5 + 1/6 (relative 1e-6)', () => {
    // For X ~ Beta(a, b), E[ln(1 - X)] = psi(b) - psi(a + b); with a = 2 integer the digamma
    // difference is 1/b + 1/(b + 1). A Beta's support reaches 1, where -ln(1 - Q(u)) has a
    // log singularity in u (a plain midpoint rule missed it by 5.8e-6 relative here); the
    // bound is the Beta table's 1e-6.
    const scenario = edited(uncertainScenario(), (s) => (s.frequency.annualIncidence = { dist: 'beta', alpha: 2, beta: 5 }));
    const eLambda = 1 / 5 + 1 / 6;
    expect(relativeError(meanInputs(modelOf(scenario)).lambda, eLambda * 0.8)).toBeLessThan(1e-6);
    const fixed = edited(scenario, (s) => (s.frequency.annualIncidence = 0.39));
    const losses = expectedLosses(modelOf(scenario));
    scenario.vendors.forEach((v: any, j: number) => {
      expect(relativeError(losses[j], (expectedLossAtMeans(fixed, v.id) * eLambda) / -Math.log(0.61))).toBeLessThan(1e-6);
    });
  });

  it('Beta(1, 1) incidence (uniform on [0, 1]): E[-ln(1-p)] = integral_0^1 -ln(1-p) dp = 1 (relative 1e-8)', () => {
    // Regression: the midpoint rule on u alone gave 1 - 1.06e-5 (the log singularity at u = 1).
    const scenario = edited(constantScenario(), (s) => (s.frequency.annualIncidence = { dist: 'beta', alpha: 1, beta: 1 }));
    expect(relativeError(meanInputs(modelOf(scenario)).lambda, 1)).toBeLessThan(1e-8);
  });

  it('Beta(0.5, 0.5) incidence: E[-ln(1-p)] = psi(1) - psi(1/2) = 2 ln 2 (relative 1e-6)', () => {
    // psi(1) - psi(1/2) = 2 ln 2 (Abramowitz & Stegun 6.3.3, 6.3.2); the Beta table's 1e-6 bounds the error.
    const scenario = edited(constantScenario(), (s) => (s.frequency.annualIncidence = { dist: 'beta', alpha: 0.5, beta: 0.5 }));
    expect(relativeError(meanInputs(modelOf(scenario)).lambda, 2 * Math.LN2)).toBeLessThan(1e-6);
  });

  it('a lognormal breach rate: E[lambda] = E[rate] x share, the rest at the means (relative 1e-12)', () => {
    const scenario = edited(uncertainScenario(), (s) => {
      delete s.frequency.annualIncidence;
      s.frequency.annualRate = { dist: 'lognormal', median: 0.4, sigma: 0.7 };
    });
    const losses = expectedLosses(modelOf(scenario));
    scenario.vendors.forEach((v: any, j: number) => {
      expect(relativeError(losses[j], expectedLossAtMeans(scenario, v.id))).toBeLessThan(1e-12);
    });
  });

  it('the reductions, perBreach and amplifier means are the textbook means (meanOf in test/helpers), relative 1e-12', () => {
    const scenario = edited(uncertainScenario(), (s) => (s.frequency.annualIncidence = 0.39));
    const losses = expectedLosses(modelOf(scenario));
    scenario.vendors.forEach((v: any, j: number) => {
      expect(relativeError(losses[j], expectedLossAtMeans(scenario, v.id))).toBeLessThan(1e-12);
    });
    // And the means are not the modes or medians: the 'all' vendor differs from a constant scenario's.
    expect(relativeError(losses[1], closedForm(constantScenario(), 'all').mean)).toBeGreaterThan(1e-3);
  });
});

describe('exactRanking', () => {
  it('orders the candidates by price + closed-form loss, the reference left out, ties in file order', () => {
    const scenario = edited(constantScenario(), (s) => {
      s.vendors[0].reference = true;
      // A copy of 'partial' at the same price: tied, kept after it.
      s.vendors.push({ ...structuredClone(s.vendors[2]), id: 'twin', name: 'Twin' });
    });
    const model = modelOf(scenario);
    const costs = ['all', 'partial', 'twin'].map((id) => ({ id, cost: scenario.vendors.find((v: any) => v.id === id).annualPrice + closedForm(scenario, id).mean }));
    const expected = [...costs].sort((a, b) => a.cost - b.cost).map((c) => c.id);
    expect(exactRanking(model, expectedLosses(model)).map((j) => model.vendors[j].id)).toEqual(expected);
  });
});
