import { describe, expect, it } from 'vitest';
import { readJson } from '../../helpers/fixtures.js';
import { CONSTANT_VENDORS, constantLossScenario, run } from './contractHelpers.js';

/**
 * Discounting, escalation and the present value against hand arithmetic. Each year's cash
 * flows are discounted from the end of that year: v_y = 1 / (1 + r)^y (y from 1), the
 * switching cost counted in year 1. Prices and premiums escalate from year 2 on.
 */

const r = 0.06;
const trend = 0.03;
const share = 0.4;
const coinsurance = 0.3;
const premium = 150_000;
const premiumEscalation = 0.05;
const escalation = [0, 0.02, 0.045];
const switching = [0, 300_000, 125_000];
const YEARS = 5;

/**
 * Constant losses with an indemnity share s and insurance with no retention and a limit no
 * loss reaches: every breach nets c (1 - s) of its gross, in every year, so each net (of a
 * year, of the total, of the present value) is a fixed multiple of the gross and the
 * control variate estimates it with no error: E[net_y] = c (1 - s) m L (1 + g)^(y - 1).
 */
function scenario(): any {
  const s = constantLossScenario({ trials: 20_000 });
  s.contract = { years: YEARS, costTrend: trend, discountRate: r };
  s.insurance = { retention: 0, limit: 1e12, per: 'event', coinsurance, premium, premiumEscalation };
  s.vendors.forEach((v: any, j: number) => {
    v.indemnity = { share };
    if (escalation[j] > 0) v.priceEscalation = escalation[j];
    if (switching[j] > 0) v.switchingCost = switching[j];
  });
  return s;
}

describe('discounting and escalation, by hand', () => {
  const raw = scenario();
  const results = run(raw);
  const contract = results.contract!;

  it('discountFactor of year y is 1 / (1 + r)^y (1e-12 relative), and the rates are reported', () => {
    expect(contract.discountRate).toBe(r);
    expect(contract.costTrend).toBe(trend);
    for (const v of contract.vendors) {
      v.years.forEach((year, y) => {
        expect(year.year).toBe(y + 1);
        expect(Math.abs(year.discountFactor * (1 + r) ** (y + 1) - 1)).toBeLessThan(1e-12);
      });
    }
  });

  it('price_y = annualPrice x (1 + e)^(y - 1) and premium_y = premium x (1 + p)^(y - 1) (1e-12 relative); switching in year 1 only', () => {
    contract.vendors.forEach((v, j) => {
      const price = raw.vendors[j].annualPrice;
      v.years.forEach((year, y) => {
        if (price === 0) expect(year.price).toBe(0);
        else expect(Math.abs(year.price / (price * (1 + escalation[j]) ** y) - 1)).toBeLessThan(1e-12);
        expect(Math.abs(year.premium / (premium * (1 + premiumEscalation) ** y) - 1)).toBeLessThan(1e-12);
        expect(year.switchingCost).toBe(y === 0 ? switching[j] : 0);
      });
      // Geometric sums: price x ((1 + e)^5 - 1) / e, or 5 x price without escalation.
      const prices = escalation[j] === 0 ? YEARS * price : (price * ((1 + escalation[j]) ** YEARS - 1)) / escalation[j];
      if (prices === 0) expect(v.total.price).toBe(0);
      else expect(Math.abs(v.total.price / prices - 1)).toBeLessThan(1e-12);
      expect(Math.abs(v.total.premium / ((premium * ((1 + premiumEscalation) ** YEARS - 1)) / premiumEscalation) - 1)).toBeLessThan(1e-12);
      expect(v.total.switchingCost).toBe(switching[j]);
    });
  });

  it('each net is c (1 - s) m L (1 + g)^(y - 1), with no Monte Carlo error (1e-9 relative)', () => {
    contract.vendors.forEach((v, j) => {
      const { rate, loss } = CONSTANT_VENDORS[j];
      v.years.forEach((year, y) => {
        const expected = coinsurance * (1 - share) * rate * loss * (1 + trend) ** y;
        expect(Math.abs(year.netLoss.mean / expected - 1)).toBeLessThan(1e-9);
        expect(year.netLoss.standardError).toBeLessThan(1e-6 * expected);
      });
    });
  });

  it('presentValue = sum_y v_y (price_y + premium_y + net_y) + v_1 x switching, from the hand-made figures (1e-9 relative)', () => {
    contract.vendors.forEach((v, j) => {
      const { rate, loss } = CONSTANT_VENDORS[j];
      let present = switching[j] / (1 + r);
      let cost = switching[j];
      for (let y = 0; y < YEARS; y++) {
        const flows = raw.vendors[j].annualPrice * (1 + escalation[j]) ** y + premium * (1 + premiumEscalation) ** y
          + coinsurance * (1 - share) * rate * loss * (1 + trend) ** y;
        present += flows / (1 + r) ** (y + 1);
        cost += flows;
      }
      expect(Math.abs(v.total.presentValue.mean / present - 1)).toBeLessThan(1e-9);
      expect(Math.abs(v.total.cost.mean / cost - 1)).toBeLessThan(1e-9);
      // The same from the engine's own rows: sum_y v_y x cost_y (which holds the switching cost in year 1).
      const fromRows = v.years.reduce((t, year) => t + year.discountFactor * year.cost.mean, 0);
      expect(Math.abs(v.total.presentValue.mean / fromRows - 1)).toBeLessThan(1e-9);
    });
  });

  it('the ranking is by present value, cheapest first, over the candidates', () => {
    const candidates = contract.vendors.filter((v) => !v.reference);
    const byValue = [...candidates].sort((a, b) => a.total.presentValue.mean - b.total.presentValue.mean).map((v) => v.id);
    expect(contract.ranking).toEqual(byValue);
  });
});

describe('the present value on the example contract, where nets are estimated', () => {
  // The example's terms cap and layer the losses, so the nets are no fixed multiple of the gross:
  // each year's net and the present value's have their own control variate. The present value is
  // then the rows' discounted sum up to Monte Carlo error: within 4 standard errors of the sum.
  const results = run(readJson('models/retail-bpo-contract.json'), { trials: 20_000 });

  it('presentValue - sum_y v_y cost_y is within 4 x (presentValue SE + sum_y v_y SE_y)', () => {
    for (const v of results.contract!.vendors) {
      const fromRows = v.years.reduce((t, year) => t + year.discountFactor * year.cost.mean, 0);
      const se = v.total.presentValue.standardError + v.years.reduce((t, year) => t + year.discountFactor * year.netLoss.standardError, 0);
      expect(se).toBeGreaterThan(0);
      expect(Math.abs(v.total.presentValue.mean - fromRows)).toBeLessThan(4 * se);
    }
  });

  it('the fixed payments by hand: 3 years at 6%, price escalation, premium 250,000 escalating 5%, switching in year 1', () => {
    const raw = readJson('models/retail-bpo-contract.json');
    results.contract!.vendors.forEach((v, j) => {
      const vendor = raw.vendors[j];
      const value = (x: any) => (x === undefined ? 0 : typeof x === 'number' ? x : x.value);
      let fixed = value(vendor.switchingCost) / 1.06;
      for (let y = 0; y < 3; y++) fixed += (value(vendor.annualPrice) * (1 + value(vendor.priceEscalation)) ** y + 250_000 * 1.05 ** y) / 1.06 ** (y + 1);
      const fromRows = v.years.reduce((t, year) => t + year.discountFactor * (year.price + year.premium + year.switchingCost), 0);
      expect(Math.abs(fromRows / fixed - 1)).toBeLessThan(1e-12);
    });
  });
});
