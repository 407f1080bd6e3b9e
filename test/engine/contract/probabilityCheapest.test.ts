import { describe, expect, it } from 'vitest';
import { CHEAPEST_BASIS, modelFor, runScenario, simulateBlock, type Scenario } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';
import { constantLossScenario, LOSS, poissonExpectation, RATE, scenarioOf } from './contractHelpers.js';

/**
 * `probabilityCheapest` over the contract measures trial t's cost of vendor j as (see
 * `CHEAPEST_BASIS`)
 *   F_j + sum_y v_y [N_jy - (1 - s_j)(G_jy - g_y E_j(t))],
 * F_j the present value of its fixed payments, g_y = (1 + trend)^(y-1), E_j(t) its expected
 * annual loss given trial t's parameters. With a share-only indemnity (no caps) and no
 * insurance, N_jy = (1 - s_j) G_jy, so the simulated losses cancel and the cost is
 *   F_j + (1 - s_j) E_j(t) sum_y v_y g_y,
 * a function of the parameters alone, which this test computes per trial from the
 * simulation's conditional expected losses, independently of the analysis. The two agree
 * but where two vendors' costs are within rounding of each other (1e-9 relative), where
 * the engine's sum (which subtracts the simulated losses) and this one may order them
 * differently: such trials are counted, and the difference allowed is that count.
 *
 * With caps or insurance the recoveries depend on the breaches, and the basis stays a
 * function of the parameters: the tests below check it where the answer is known without
 * the engine (fixed parameters, where every draw is the same; a dearer twin of a vendor,
 * dearer in every draw).
 */

const TRIALS = 30_000;

/** The default model with share-only indemnities and a contract, as a validated scenario. */
function shareOnly(shares: number[], contract: { years: number; costTrend?: number; discountRate?: number }): Scenario {
  const raw = readJson('models/retail-bpo-2021.json');
  raw.contract = contract;
  raw.vendors.forEach((v: any, j: number) => (v.indemnity = { share: shares[j] }));
  raw.vendors[4].priceEscalation = 0.01;
  raw.vendors[1].switchingCost = 400_000;
  return scenarioOf(raw);
}

/** Per vendor: the share of trials where its cost F_j + (1 - s_j) E_j(t) x weight is strictly the least among the candidates. */
function cheapestByHand(scenario: Scenario, shares: number[]) {
  const model = modelFor(scenario, { trials: TRIALS });
  const contract = model.contract!;
  const weight = Array.from(contract.growth).reduce((t, g, y) => t + g * contract.discount[y], 0);
  const fixed = model.vendors.map((_, j) => {
    let value = contract.switchingCost[j] * contract.discount[0];
    for (let y = 0; y < contract.years; y++) value += contract.discount[y] * contract.prices[j][y];
    return value;
  });
  const candidates = model.vendors.flatMap((v, j) => (v.reference ? [] : [j]));
  const wins = new Float64Array(model.vendors.length);
  let nearTies = 0;
  for (let block = 0; block * 10_000 < TRIALS; block++) {
    const columns = simulateBlock(model, block);
    for (let t = 0; t < columns.trials; t++) {
      const costs = candidates.map((j) => fixed[j] + (1 - shares[j]) * columns.expected[j][t] * weight);
      const order = candidates.map((j, i) => [j, costs[i]] as const).sort((a, b) => a[1] - b[1]);
      if (order.length > 1 && order[1][1] - order[0][1] <= 1e-9 * Math.abs(order[0][1])) nearTies++;
      if (order.length === 1 || order[1][1] > order[0][1]) wins[order[0][0]]++;
    }
  }
  return { probability: Array.from(wins, (w) => w / TRIALS), nearTies };
}

describe("probabilityCheapest over the contract, against a per-trial computation (default model, 30,000 trials)", () => {
  it('states its basis', () => {
    const results = runScenario(shareOnly([0, 0, 0, 0, 0], { years: 1 }), { trials: 10_000 });
    expect(results.contract!.cheapestBasis).toBe(CHEAPEST_BASIS);
  });

  it("share 0 for everyone, one year, no discounting: the contract's probabilityCheapest is the year's, exactly", () => {
    // F_j = price_j + switching_j, weight 1: the year's basis, price + E_j(t), plus the switching cost.
    const raw = readJson('models/retail-bpo-2021.json');
    raw.contract = { years: 1 };
    raw.vendors.forEach((v: any) => (v.indemnity = { share: 0 }));
    const results = runScenario(scenarioOf(raw), { trials: TRIALS });
    results.vendors.forEach((v, j) => expect(results.contract!.vendors[j].probabilityCheapest).toBe(v.probabilityCheapest));
    // And they are not all 0 or 1: the comparison says something.
    expect(results.vendors.filter((v) => v.probabilityCheapest > 0.01).length).toBeGreaterThan(1);
  });

  for (const [label, shares, terms] of [
    ['different shares, one year, no discounting', [0, 0.5, 0.2, 0, 0.35], { years: 1 }],
    ['different shares, 4 years, a 3% trend, 7% discounting', [0, 0.2, 0.2, 0, 0.35], { years: 4, costTrend: 0.03, discountRate: 0.07 }],
    ['one share for every vendor (0.3), 3 years', [0.3, 0.3, 0.3, 0.3, 0.3], { years: 3, discountRate: 0.05 }],
  ] as const) {
    it(`${label}: the share of trials where F_j + (1 - s_j) E_j(t) sum_y v_y g_y is least`, () => {
      const scenario = shareOnly([...shares], terms);
      const results = runScenario(scenario, { trials: TRIALS });
      const byHand = cheapestByHand(scenario, [...shares]);
      const contract = results.contract!;
      expect(contract.vendors.reduce((t, v) => t + v.probabilityCheapest, 0)).toBeLessThanOrEqual(1);
      contract.vendors.forEach((v, j) => {
        if (v.reference) expect(v.probabilityCheapest).toBe(0);
        expect(Math.abs(v.probabilityCheapest - byHand.probability[j])).toBeLessThanOrEqual(byHand.nearTies / TRIALS);
      });
      // At least two candidates are sometimes cheapest, so the check compares something.
      expect(byHand.probability.filter((p) => p > 0.01).length).toBeGreaterThan(1);
    });
  }

  it('with one share for every vendor the indemnity scales every E_j(t) alike, so prices weigh more than in the year', () => {
    // With s = 0.3 the ranking basis is F_j + 0.7 E_j(t): the cheap-but-risky vendors win more often than on price + E_j(t).
    const scenario = shareOnly([0.3, 0.3, 0.3, 0.3, 0.3], { years: 1 });
    const results = runScenario(scenario, { trials: TRIALS });
    const byHand = cheapestByHand(scenario, [0.3, 0.3, 0.3, 0.3, 0.3]);
    results.contract!.vendors.forEach((v, j) => expect(Math.abs(v.probabilityCheapest - byHand.probability[j])).toBeLessThanOrEqual(byHand.nearTies / TRIALS));
    const differs = results.contract!.vendors.some((v, j) => v.probabilityCheapest !== results.vendors[j].probabilityCheapest);
    expect(differs).toBe(true);
  });

  it('fixed parameters and a capped indemnity: 100% to the vendor cheaper in closed form, 0% to the other', () => {
    // a: no controls, N ~ Poisson(0.8) breaches of 4,000,000, half of each year's loss indemnified up to 1,000,000:
    //    net h(N) = 4e6 N - min(2e6 N, 1e6), so E = 3.2e6 - P(N >= 1) x 1e6; cost 1,000,000 + that.
    // b: MFA and redaction, Poisson(0.6) breaches of 2,800,000, no indemnity: cost 1,500,000 + 1,680,000.
    // Every draw is the same, so one vendor is the cheaper in all of them (a simulated-loss basis gave a about e^-0.8 = 45%).
    const raw = constantLossScenario({ trials: 30_000 });
    raw.contract = { years: 1 };
    raw.vendors[1].indemnity = { share: 0.5, capPerYear: 1_000_000 };
    const costA = 1_000_000 + poissonExpectation(RATE, (k) => k * LOSS - Math.min(0.5 * k * LOSS, 1_000_000));
    const costB = 1_500_000 + 0.75 * RATE * 0.7 * LOSS;
    expect(costB).toBeLessThan(costA - 300_000);
    const contract = runScenario(scenarioOf(raw)).contract!;
    const byId = Object.fromEntries(contract.vendors.map((v) => [v.id, v]));
    expect(byId.a.total.presentValue.mean).toBeCloseTo(costA, -4); // within 10,000 of the closed form
    expect(byId.b.probabilityCheapest).toBe(1);
    expect(byId.a.probabilityCheapest).toBe(0);
    expect(contract.ranking[0]).toBe('b');
  });

  it('uncertain parameters, insurance and caps: a twin of a vendor dearer by $20,000 a year is never the cheapest, and changes no other share', () => {
    // The twin has the same controls and terms, so in every draw of the parameters its expected
    // cost is the original's plus the price difference: it is the cheapest in none, and every
    // other vendor is the cheapest in exactly the draws it was before.
    const raw = readJson('models/retail-bpo-2021.json');
    raw.contract = { years: 3 };
    raw.insurance = { retention: 1_000_000, limit: 10_000_000, per: 'event', premium: 200_000 };
    raw.vendors.forEach((v: any) => (v.indemnity = { share: 0.5, capPerYear: 3_000_000 }));
    const before = runScenario(scenarioOf(raw), { trials: TRIALS }).contract!;
    const original = [...before.vendors].sort((x, y) => y.probabilityCheapest - x.probabilityCheapest)[0];
    // The vendor most often cheapest is among the two ranked first (the basis follows the expected costs).
    expect(before.ranking.slice(0, 2)).toContain(original.id);
    const twin = structuredClone(raw.vendors.find((v: any) => v.id === original.id));
    twin.id = 'twin';
    twin.name = 'Twin';
    twin.annualPrice = { value: twin.annualPrice.value + 20_000, source: 'test' };
    raw.vendors.push(twin);
    const after = runScenario(scenarioOf(raw), { trials: TRIALS }).contract!;
    expect(after.vendors.find((v) => v.id === 'twin')!.probabilityCheapest).toBe(0);
    before.vendors.forEach((v, j) => expect(after.vendors[j].probabilityCheapest).toBe(v.probabilityCheapest));
    expect(original.probabilityCheapest).toBeGreaterThan(0.1);
  });
});
