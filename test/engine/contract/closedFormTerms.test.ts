import { describe, expect, it } from 'vitest';
import type { NetLossEstimate } from '../../../src/engine/index.js';
import { CONSTANT_VENDORS, constantLossScenario, netMoments, paymentMoments, run } from './contractHelpers.js';

/**
 * The indemnity and the insurance against closed forms. In `constantLossScenario` every
 * breach of a vendor costs the same L_j and a year's surviving breaches are N ~ Poisson(m_j)
 * (m = 0.8 for `none` and `a`, 4,000,000 each; m = 0.6 for `b`, 2,800,000 each), so what the
 * retailer keeps in a year is a function h(N) of the count alone, and its expectation is
 * the sum over k of the Poisson pmf times h(k), written here from the terms by hand.
 *
 * Tolerances: the reported means within 4 of their own standard errors (the control-variate
 * mean and the plain `sample` mean), and each standard error within 5% of its closed form
 * (sqrt(Var h / n) for the plain mean; sqrt((Var h - Cov(h, NL)^2 / Var NL) / n), the variance
 * left after regressing on the gross, for the control variate); what the terms paid within
 * 4 standard errors sqrt(Var r / n) of E[r(N)].
 */

const TRIALS = 200_000;

/** The terms' payment per year as a function of the count k, and the net h(k) = k L - payments. */
interface Case {
  /** Per vendor index: what the indemnity and the insurance pay in a year (or a contract) of k breaches (each of L_j x growth). */
  indemnity?: (k: number, j: number) => number;
  insurance?: (k: number, j: number) => number;
}

/** Checks a net estimate, and the payments' plain means, against the closed forms for Poisson(mean) counts. */
function checkAgainst(
  estimate: NetLossEstimate,
  paid: { indemnity: number; insurance: number },
  mean: number,
  j: number,
  terms: Case,
  growth = 1,
) {
  const loss = growth * CONSTANT_VENDORS[j].loss;
  const indemnity = (k: number) => terms.indemnity?.(k, j) ?? 0;
  const insurance = (k: number) => terms.insurance?.(k, j) ?? 0;
  const net = netMoments(mean, loss, (k) => k * loss - indemnity(k) - insurance(k));

  // The plain mean of the simulated nets, and its standard error.
  const plainSe = Math.sqrt(net.variance / TRIALS);
  expect(Math.abs(estimate.sample.mean - net.mean)).toBeLessThan(4 * plainSe);
  expect(estimate.sample.standardError / plainSe).toBeGreaterThan(0.95);
  expect(estimate.sample.standardError / plainSe).toBeLessThan(1.05);

  // The control variate: the same mean, the residual variance.
  const cvSe = Math.sqrt(Math.max(0, net.residual) / TRIALS);
  if (net.residual > 1e-9 * net.variance) {
    expect(Math.abs(estimate.mean - net.mean)).toBeLessThan(4 * cvSe);
    expect(estimate.standardError / cvSe).toBeGreaterThan(0.95);
    expect(estimate.standardError / cvSe).toBeLessThan(1.05);
  } else {
    // h linear in k: the net is a fixed share of the gross, which the control variate removes entirely.
    expect(Math.abs(estimate.mean / net.mean - 1)).toBeLessThan(1e-9);
    expect(estimate.standardError).toBeLessThan(1e-6 * net.mean);
  }

  for (const [name, r] of [['indemnity', indemnity], ['insurance', insurance]] as const) {
    const m = paymentMoments(mean, r);
    const se = Math.sqrt(m.variance / TRIALS);
    if (se === 0) expect(paid[name]).toBe(m.mean);
    else expect(Math.abs(paid[name] - m.mean)).toBeLessThan(4 * se);
  }
}

/** A constant-loss scenario with `edit` applied: trend 0, one year unless the edit says otherwise. */
function scenarioWith(edit: (s: any) => void): any {
  const s = constantLossScenario({ trials: TRIALS });
  s.contract = { years: 1, costTrend: 0 };
  edit(s);
  return s;
}

describe('one year of terms against the Poisson pmf (constant losses, 200,000 trials)', () => {
  const cases: [string, (s: any) => void, Case][] = [
    [
      'insurance per event: retention 1M, limit 2M, coinsurance 20% (each breach nets L - min(max(L - R, 0), M)(1 - c))',
      (s) => (s.insurance = { retention: 1e6, limit: 2e6, per: 'event', coinsurance: 0.2, premium: 0 }),
      { insurance: (k, j) => k * Math.min(Math.max(CONSTANT_VENDORS[j].loss - 1e6, 0), 2e6) * 0.8 },
    ],
    [
      'insurance per event with an aggregate limit of 2.5M: min(N r, A)',
      (s) => (s.insurance = { retention: 1e6, limit: 2e6, per: 'event', coinsurance: 0.2, aggregateLimit: 2.5e6, premium: 0 }),
      { insurance: (k, j) => Math.min(k * Math.min(Math.max(CONSTANT_VENDORS[j].loss - 1e6, 0), 2e6) * 0.8, 2.5e6) },
    ],
    [
      'an indemnity of half of each breach, at most 3M a year: min(N s L, K)',
      (s) => s.vendors.forEach((v: any) => (v.indemnity = { share: 0.5, capPerYear: 3e6 })),
      { indemnity: (k, j) => Math.min(k * 0.5 * CONSTANT_VENDORS[j].loss, 3e6) },
    ],
    [
      "insurance of the year's total: retention 3M, limit 5M, coinsurance 10%, aggregate 4M",
      (s) => (s.insurance = { retention: 3e6, limit: 5e6, per: 'year', coinsurance: 0.1, aggregateLimit: 4e6, premium: 0 }),
      { insurance: (k, j) => Math.min(Math.min(Math.max(k * CONSTANT_VENDORS[j].loss - 3e6, 0), 5e6) * 0.9, 4e6) },
    ],
    [
      "an indemnity of 30% (no cap), then insurance of the year's total left: retention 1M, limit 4M",
      (s) => {
        s.vendors.forEach((v: any) => (v.indemnity = { share: 0.3 }));
        s.insurance = { retention: 1e6, limit: 4e6, per: 'year', premium: 0 };
      },
      {
        indemnity: (k, j) => k * 0.3 * CONSTANT_VENDORS[j].loss,
        insurance: (k, j) => Math.min(Math.max(k * 0.7 * CONSTANT_VENDORS[j].loss - 1e6, 0), 4e6),
      },
    ],
    [
      'an indemnity of half, capped at 3M a year, then insurance per event (retention 0.5M, limit 1M, coinsurance 25%), breach by breach in order',
      (s) => {
        s.vendors.forEach((v: any) => (v.indemnity = { share: 0.5, capPerYear: 3e6 }));
        s.insurance = { retention: 5e5, limit: 1e6, per: 'event', coinsurance: 0.25, premium: 0 };
      },
      // Breach i is reimbursed min(s L, what is left of the cap), then insured on what remains.
      {
        indemnity: (k, j) => sequence(k, CONSTANT_VENDORS[j].loss).indemnity,
        insurance: (k, j) => sequence(k, CONSTANT_VENDORS[j].loss).insurance,
      },
    ],
  ];

  for (const [label, edit, terms] of cases) {
    it(label, () => {
      const results = run(scenarioWith(edit));
      expect(results.trials).toBe(TRIALS);
      results.contract!.vendors.forEach((v, j) => {
        const { rate, loss } = CONSTANT_VENDORS[j];
        const year = v.years[0];
        // The gross: constant inputs make the conditional estimate exact, with no error.
        expect(Math.abs(year.grossLoss.mean / (rate * loss) - 1)).toBeLessThan(1e-12);
        expect(year.grossLoss.standardError).toBe(0);
        checkAgainst(year.netLoss, year, rate, j, terms);
      });
    });
  }
});

/** Per-event terms of the last case, breach after breach: indemnity 50% capped at 3M a year, insurance R 0.5M, M 1M, c 25%. */
function sequence(k: number, loss: number) {
  let capLeft = 3e6;
  let indemnity = 0;
  let insurance = 0;
  for (let i = 0; i < k; i++) {
    const paid = Math.min(0.5 * loss, capLeft);
    capLeft -= paid;
    indemnity += paid;
    insurance += Math.min(Math.max(loss - paid - 5e5, 0), 1e6) * 0.75;
  }
  return { indemnity, insurance };
}

describe('a cap per contract over several years (constant losses, no trend, 200,000 trials)', () => {
  const YEARS = 4;
  const CAP = 5e6;
  const results = run(scenarioWith((s) => {
    s.contract = { years: YEARS, costTrend: 0 };
    s.vendors.forEach((v: any) => (v.indemnity = { share: 0.5, capPerContract: CAP }));
  }));
  const terms: Case = { indemnity: (k, j) => Math.min(k * 0.5 * CONSTANT_VENDORS[j].loss, CAP) };

  it("the contract's total: N over the contract ~ Poisson(years x m), the vendor pays min(N s L, C)", () => {
    results.contract!.vendors.forEach((v, j) => {
      const { rate, loss } = CONSTANT_VENDORS[j];
      expect(Math.abs(v.total.grossLoss.mean / (YEARS * rate * loss) - 1)).toBeLessThan(1e-12);
      checkAgainst(v.total.netLoss, v.total, YEARS * rate, j, terms);
    });
  });

  it('year 1 has the whole cap: min(N_1 s L, C) with N_1 ~ Poisson(m)', () => {
    results.contract!.vendors.forEach((v, j) => checkAgainst(v.years[0].netLoss, v.years[0], CONSTANT_VENDORS[j].rate, j, terms));
  });

  it('year 2 pays what year 1 left of the cap: min((N_1 + N_2) s L, C) - min(N_1 s L, C), summed over both counts', () => {
    results.contract!.vendors.forEach((v, j) => {
      const { rate, loss } = CONSTANT_VENDORS[j];
      const pay = (k: number) => Math.min(k * 0.5 * loss, CAP);
      // N_1 and N_2 independent Poisson(m): a double sum of the pmfs for the mean and variance of year 2's payment.
      const second = (k1: number) => paymentMoments(rate, (k2) => pay(k1 + k2) - pay(k1));
      const mean = paymentMoments(rate, (k1) => second(k1).mean).mean;
      const squares = paymentMoments(rate, (k1) => second(k1).variance + second(k1).mean ** 2).mean;
      const se = Math.sqrt((squares - mean * mean) / TRIALS);
      expect(mean).toBeGreaterThan(0);
      expect(Math.abs(v.years[1].indemnity - mean)).toBeLessThan(4 * se);
    });
  });
});

describe("what the contract's rows add up to, by hand", () => {
  const results = run(scenarioWith((s) => {
    s.contract = { years: 3, costTrend: 0 };
    s.vendors.forEach((v: any) => (v.indemnity = { share: 0.25 }));
    s.insurance = { retention: 1e6, limit: 1e6, per: 'event', premium: 100_000, premiumEscalation: 0.1 };
  }), { trials: 20_000 });

  it('each year: cost = price + premium + switching + net; the premium escalates; the plain nets are gross less what was paid', () => {
    results.contract!.vendors.forEach((v, j) => {
      v.years.forEach((year, y) => {
        expect(Math.abs(year.premium / (100_000 * 1.1 ** y) - 1)).toBeLessThan(1e-12);
        expect(year.cost.mean).toBe(year.price + year.premium + year.switchingCost + year.netLoss.mean);
        // A share-only indemnity and a per-event layer below every loss: each breach nets L (0.75) - 1M, linear in N.
        const { rate, loss } = CONSTANT_VENDORS[j];
        expect(Math.abs(year.netLoss.mean / (rate * (0.75 * loss - 1e6)) - 1)).toBeLessThan(1e-9);
      });
      expect(Math.abs(v.total.premium / (100_000 * (1 + 1.1 + 1.21)) - 1)).toBeLessThan(1e-12);
    });
  });
});

describe('a trend scales every loss of year 2 before the terms apply (constant losses, trend 25%)', () => {
  const g = 1.25;
  const results = run(scenarioWith((s) => {
    s.contract = { years: 2, costTrend: 0.25 };
    s.vendors.forEach((v: any) => (v.indemnity = { share: 0.5, capPerYear: 3e6 }));
    s.insurance = { retention: 1e6, limit: 1.2e6, per: 'event', coinsurance: 0.1, premium: 0 };
  }));

  it("year 2: breaches of 1.25 L, the yearly cap and the insurance's layer fixed in money", () => {
    results.contract!.vendors.forEach((v, j) => {
      const { rate, loss } = CONSTANT_VENDORS[j];
      // Breach by breach: min(s 1.25 L, cap left), then the layer [1M, 2.2M] of what remains, 90% of it.
      const year = (k: number) => {
        let capLeft = 3e6;
        let [indemnity, insurance] = [0, 0];
        for (let i = 0; i < k; i++) {
          const paid = Math.min(0.5 * g * loss, capLeft);
          capLeft -= paid;
          indemnity += paid;
          insurance += Math.min(Math.max(g * loss - paid - 1e6, 0), 1.2e6) * 0.9;
        }
        return { indemnity, insurance };
      };
      expect(Math.abs(v.years[1].grossLoss.mean / (g * rate * loss) - 1)).toBeLessThan(1e-12);
      checkAgainst(v.years[1].netLoss, v.years[1], rate, j, { indemnity: (k) => year(k).indemnity, insurance: (k) => year(k).insurance }, g);
    });
  });
});
