import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlValuesOf, negotiationOf } from '../../../src/engine/index.js';
import { constantScenario, expectedLossAtMeans, meanOf } from '../../helpers/scenarios.js';
import { defaultModel } from '../../helpers/fixtures.js';
import { candidatesOf, costOf, edited, modelOf, relativeError } from '../../helpers/exact.js';

/**
 * Break-even prices against the independent closed form: for each candidate,
 * breakEvenPrice + expectedLoss is the least cost of the other candidates (price +
 * closed-form loss), and headroom = breakEvenPrice - price is >= 0 for the cheapest only.
 */
function checkBreakEven(scenario: any): void {
  const negotiation = negotiationOf(modelOf(scenario));
  const candidates = candidatesOf(scenario);
  const costs = new Map(candidates.map((id) => [id, costOf(scenario, id)]));
  expect(negotiation.vendors.map((v) => v.id).sort()).toEqual([...candidates].sort());
  for (const v of negotiation.vendors) {
    const price = meanOf(scenario.vendors.find((s: any) => s.id === v.id).annualPrice);
    expect(relativeError(v.expectedLoss, expectedLossAtMeans(scenario, v.id))).toBeLessThan(1e-12);
    expect(relativeError(v.cost, costs.get(v.id)!)).toBeLessThan(1e-12);
    if (candidates.length === 1) {
      expect(v.breakEvenPrice).toBeNull();
      expect(v.headroom).toBeNull();
      continue;
    }
    const others = Math.min(...candidates.filter((id) => id !== v.id).map((id) => costs.get(id)!));
    expect(relativeError(v.breakEvenPrice! + v.expectedLoss, others)).toBeLessThan(1e-12);
    expect(v.headroom).toBe(v.breakEvenPrice! - price);
    // Sign: room to pay more only for the cheapest; a cut needed for every other (or 0 on a tie).
    if (v.id === negotiation.cheapest) expect(v.headroom!).toBeGreaterThanOrEqual(-1e-9 * others);
    else expect(v.headroom!).toBeLessThanOrEqual(1e-9 * others);
    if (costs.get(v.id)! < others * (1 - 1e-9)) expect(v.headroom!).toBeGreaterThan(0);
    if (costs.get(v.id)! > others * (1 + 1e-9)) expect(v.headroom!).toBeLessThan(0);
  }
  // The cheapest is the candidate of least closed-form cost.
  const least = Math.min(...costs.values());
  expect(relativeError(costs.get(negotiation.cheapest!)!, least)).toBeLessThan(1e-12);
}

describe('break-even prices (relative 1e-12 against closed-form costs)', () => {
  it('constantScenario', () => checkBreakEven(constantScenario()));

  it('constantScenario with a reference vendor, which is left out of the negotiation', () => {
    const scenario = edited(constantScenario(), (s) => (s.vendors[0].reference = true));
    checkBreakEven(scenario);
    expect(negotiationOf(modelOf(scenario)).vendors.map((v) => v.id)).not.toContain('none');
  });

  it('the default model', () => checkBreakEven(defaultModel()));

  it('a single candidate has no break-even price', () => {
    checkBreakEven(edited(constantScenario(), (s) => (s.vendors = [s.vendors[1]])));
  });

  it('property: random prices on constantScenario\'s vendors plus copies (fast-check, seed 5)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 2, maxLength: 5 }), (prices) => {
        const scenario = edited(constantScenario(), (s) => {
          const kinds = s.vendors;
          s.vendors = prices.map((annualPrice, i) => ({ ...structuredClone(kinds[i % 3]), id: `v${i}`, name: `V${i}`, annualPrice }));
        });
        checkBreakEven(scenario);
      }),
      { seed: 5, numRuns: 100 },
    );
  });
});

describe('asks and premium', () => {
  const scenario = constantScenario();
  const model = modelOf(scenario);
  const negotiation = negotiationOf(model);
  const values = controlValuesOf(model);

  it('the asks are the vendor\'s not fully held controls with lossReduction = ifFull, the largest first', () => {
    for (const v of negotiation.vendors) {
      const own = values.vendors.find((c) => c.id === v.id)!;
      const expected = own.controls.filter((c) => c.coverage < 1).map((c) => ({ control: c.control, lossReduction: c.ifFull }));
      expect(v.asks.map((a) => a.control).sort()).toEqual(expected.map((e) => e.control).sort());
      for (const a of v.asks) expect(a.lossReduction).toBe(expected.find((e) => e.control === a.control)!.lossReduction);
      for (let i = 1; i < v.asks.length; i++) expect(v.asks[i - 1].lossReduction).toBeGreaterThanOrEqual(v.asks[i].lossReduction);
    }
  });

  it('premium: the lowest-loss candidate over the lowest-price one, their closed-form loss difference (relative 1e-12)', () => {
    // 'none' has the lowest price (0), 'all' the lowest loss.
    expect(negotiation.premium!.safer).toBe('all');
    expect(negotiation.premium!.cheaper).toBe('none');
    expect(relativeError(negotiation.premium!.amount, expectedLossAtMeans(scenario, 'none') - expectedLossAtMeans(scenario, 'all'))).toBeLessThan(1e-12);
  });

  it('no premium when one candidate is both the cheapest by price and the safest', () => {
    const scenario = edited(constantScenario(), (s) => {
      s.vendors[0].annualPrice = 1;
      s.vendors[1].annualPrice = 0;
    });
    expect(negotiationOf(modelOf(scenario)).premium).toBeNull();
  });
});
