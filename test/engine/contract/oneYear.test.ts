import { describe, expect, it } from 'vitest';
import { digestResults, type Results } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';
import { run, withoutContract } from './contractHelpers.js';

/**
 * A contract only adds to a run: its year 1 is the one-year run, drawn from the same
 * streams (later years append `:year<n>` to the stream keys), so a one-year contract with
 * no binding term, and the first year of any contract, give today's figures to the last bit.
 */

const TRIALS = 30_000;
const base = () => readJson('models/retail-bpo-2021.json');
const edited = (edit: (s: any) => void) => {
  const s = base();
  edit(s);
  return s;
};

/** Everything a run reports of the year: the vendors, the comparisons, the ranking and the verdict. */
const yearOf = (r: Results) => ({ vendors: r.vendors, comparisons: r.comparisons, ranking: r.ranking, verdict: r.verdict });

describe('a one-year contract with no terms is the run without one, bit for bit', () => {
  const today = run(base(), { trials: TRIALS });

  it('has no contract without terms', () => {
    expect(today.contract).toBeUndefined();
  });

  for (const [label, scenario] of [
    ['contract: { years: 1 }', edited((s) => (s.contract = { years: 1 }))],
    ['a zero-share indemnity', edited((s) => (s.vendors[1].indemnity = { share: 0 }))],
    ['contract: { years: 1, discountRate: 0 } and zero switching costs', edited((s) => {
      s.contract = { years: 1, discountRate: 0 };
      for (const v of s.vendors) v.switchingCost = 0;
    })],
  ] as const) {
    const withTerms = run(scenario, { trials: TRIALS });

    it(`${label}: the digest without the contract is today's digest, and every other field is equal`, () => {
      expect(withTerms.contract).toBeDefined();
      expect(digestResults(withoutContract(withTerms))).toBe(digestResults(today));
      expect(withoutContract(withTerms)).toEqual(today);
    });

    it(`${label}: year 1's gross loss is the vendor's conditional expected loss, exactly`, () => {
      const contract = withTerms.contract!;
      expect(contract.years).toBe(1);
      withTerms.vendors.forEach((v, j) => {
        const year = contract.vendors[j].years[0];
        expect(contract.vendors[j].id).toBe(v.id);
        expect(year.grossLoss.mean).toBe(v.expectedLoss.mean);
        expect(year.grossLoss.standardError).toBe(v.expectedLoss.standardError);
        // Nothing is recovered, so the simulated net is the simulated gross: its plain mean is the
        // year's sample mean (summed in another order, dense rather than sparse: 1e-12 relative).
        expect(year.indemnity).toBe(0);
        expect(year.insurance).toBe(0);
        expect(Math.abs(year.netLoss.sample.mean / v.expectedLoss.sample.mean - 1)).toBeLessThan(1e-12);
        expect(year.price).toBe(v.annualPrice);
        expect(year.discountFactor).toBe(1);
      });
    });
  }
});

describe("the first year of a longer contract is the one-year run's year, bit for bit", () => {
  const terms = (years: number) => edited((s) => {
    s.contract = { years, costTrend: 0.04, discountRate: 0.07 };
    s.vendors[1].indemnity = { share: 0.4, capPerYear: 2_000_000, capPerContract: 5_000_000 };
    s.vendors[2].priceEscalation = 0.03;
    s.insurance = { retention: 500_000, limit: 8_000_000, per: 'event', aggregateLimit: 12_000_000, coinsurance: 0.1, premium: 200_000 };
  });
  const one = run(terms(1), { trials: TRIALS });
  const five = run(terms(5), { trials: TRIALS });

  it("years: 5 reports the same vendors, comparisons, ranking and verdict of the year as years: 1 (and as no contract)", () => {
    expect(yearOf(five)).toEqual(yearOf(one));
    expect(digestResults(withoutContract(five))).toBe(digestResults(withoutContract(one)));
    expect(digestResults(withoutContract(five))).toBe(digestResults(run(base(), { trials: TRIALS })));
  });

  it("the contract's year 1 is the one-year contract's year 1 (the terms applied to the same breaches)", () => {
    five.contract!.vendors.forEach((v, j) => {
      const first = one.contract!.vendors[j].years[0];
      const year = v.years[0];
      // The gross, the plain means of what the terms paid and of the net: the same trials, the same order.
      expect(year.grossLoss).toEqual(first.grossLoss);
      expect(year.indemnity).toBe(first.indemnity);
      expect(year.insurance).toBe(first.insurance);
      expect(year.netLoss.sample).toEqual(first.netLoss.sample);
      expect(year.price).toBe(first.price);
      expect(year.premium).toBe(first.premium);
      expect(year.discountFactor).toBe(first.discountFactor);
    });
    // The largest breach of year 1 is read from year 1 only.
    expect(five.contract!.vendors.map((v) => v.occurrence)).toEqual(one.contract!.vendors.map((v) => v.occurrence));
  });
});

describe('with no trend and no discounting, a contract of `years` years is `years` times the year', () => {
  const YEARS = 4;
  const flat = run(edited((s) => {
    s.contract = { years: YEARS, costTrend: 0, discountRate: 0 };
    s.vendors[2].indemnity = { share: 0.3 };
  }), { trials: TRIALS });

  it('total.grossLoss.mean = years x the expected annual loss (1e-12 relative)', () => {
    flat.vendors.forEach((v, j) => {
      const total = flat.contract!.vendors[j].total;
      expect(Math.abs(total.grossLoss.mean / (YEARS * v.expectedLoss.mean) - 1)).toBeLessThan(1e-12);
      for (const year of flat.contract!.vendors[j].years) expect(year.grossLoss.mean).toBe(v.expectedLoss.mean);
    });
  });

  it("total.netLoss.mean = years x year 1's net, within 4 standard errors of the difference", () => {
    // The years share one draw of the parameters, so they are correlated; the bound takes both
    // standard errors as if the two estimates were independent of each other, which for the
    // positively correlated total and year 1 overstates the difference's error (conservative).
    flat.contract!.vendors.forEach((v) => {
      const first = v.years[0].netLoss;
      const total = v.total.netLoss;
      const se = Math.hypot(total.standardError, YEARS * first.standardError);
      // Nothing is recovered here, so the net is the gross's conditional estimate: with no error
      // at all for the reference (a constant), where the two agree to rounding.
      if (se === 0) expect(Math.abs(total.mean / (YEARS * first.mean) - 1)).toBeLessThan(1e-12);
      else expect(Math.abs(total.mean - YEARS * first.mean)).toBeLessThan(4 * se);
    });
  });

  it('with a trend g, year y\'s gross loss is (1 + g)^(y - 1) x year 1\'s (1e-12 relative), and the total their sum', () => {
    const g = 0.05;
    const trend = run(edited((s) => (s.contract = { years: 6, costTrend: g })), { trials: 10_000 });
    trend.contract!.vendors.forEach((v, j) => {
      const first = trend.vendors[j].expectedLoss.mean;
      v.years.forEach((year, y) => {
        expect(Math.abs(year.grossLoss.mean / (first * (1 + g) ** y) - 1)).toBeLessThan(1e-12);
        const se = trend.vendors[j].expectedLoss.standardError * (1 + g) ** y;
        // The reference has no controls and the frequency is fixed: its conditional loss is a constant, with no error.
        if (se === 0) expect(year.grossLoss.standardError).toBe(0);
        else expect(Math.abs(year.grossLoss.standardError / se - 1)).toBeLessThan(1e-12);
      });
      // sum over y of (1 + g)^(y - 1) = ((1 + g)^6 - 1) / g
      expect(Math.abs(v.total.grossLoss.mean / ((first * ((1 + g) ** 6 - 1)) / g) - 1)).toBeLessThan(1e-12);
    });
    expect(trend.contract!.costTrend).toBe(g);
  });
});

describe('a contract whose terms never pay', () => {
  it('reports the net loss as the gross, exactly: the conditional estimate and its standard error', () => {
    const results = run(edited((s) => (s.contract = { years: 3, costTrend: 0.03, discountRate: 0.05 })), { trials: 20_000 });
    results.contract!.vendors.forEach((v, j) => {
      const year = results.vendors[j].expectedLoss;
      v.years.forEach((y) => {
        expect(y.netLoss.mean).toBe(y.grossLoss.mean);
        expect(y.netLoss.standardError).toBe(y.grossLoss.standardError);
        expect(y.indemnity + y.insurance).toBe(0);
      });
      const growth = [1, 1.03, 1.03 * 1.03];
      const factor = growth.reduce((a, b) => a + b, 0);
      expect(Math.abs(v.total.netLoss.mean / (factor * year.mean) - 1)).toBeLessThan(1e-12);
    });
  });
});
