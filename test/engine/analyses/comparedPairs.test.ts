import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_UP_TO, comparedPairs, compileModel, expectedLosses, parseScenario, runScenario } from '../../../src/engine/index.js';
import { issueExample } from '../../helpers/fixtures.js';
import { expectedLossAtMeans } from '../../helpers/scenarios.js';

/** The issue's example with `count` vendors: copies of its vendors, priced apart. */
function withVendors(count: number) {
  const json = issueExample();
  const originals = json.vendors;
  json.vendors = Array.from({ length: count }, (_, i) => ({
    ...originals[i % originals.length],
    id: `v${i}`,
    name: `Vendor ${i}`,
    annualPrice: 1_000_000 + 7_919 * ((i * 37) % count),
    reference: undefined,
  }));
  return json;
}

describe('comparedPairs', () => {
  it(`compares every pair up to ${ALL_PAIRS_UP_TO} vendors`, () => {
    const model = compileModel(parseScenario(JSON.stringify(withVendors(ALL_PAIRS_UP_TO))));
    const { pairs, coverage } = comparedPairs(model);
    expect(coverage).toBe('all');
    expect(pairs).toHaveLength((ALL_PAIRS_UP_TO * (ALL_PAIRS_UP_TO - 1)) / 2);
    expect(pairs[0]).toEqual([0, 1]);
  });

  it('beyond, compares the pairs asked for and every pair among the 20 cheapest at the inputs\' means', () => {
    const json = withVendors(30);
    const model = compileModel(parseScenario(JSON.stringify(json)));
    const atMeans = model.vendors.map((v, j) => v.annualPrice + expectedLossAtMeans(json, v.id) + 0 * j);
    const leaders = atMeans.map((cost, j) => ({ cost, j })).sort((a, b) => a.cost - b.cost || a.j - b.j).slice(0, 20).map((x) => x.j);
    const { pairs, coverage } = comparedPairs(model, [['v29', 'v28'], ['v3', 'nobody']]);
    expect(coverage).toBe('selected');
    const keys = new Set(pairs.map(([a, b]) => `${a},${b}`));
    for (const a of leaders) for (const b of leaders) if (a < b) expect(keys.has(`${a},${b}`)).toBe(true);
    expect(keys.has('28,29')).toBe(true);
    expect(pairs.length).toBe(190 + (leaders.includes(28) && leaders.includes(29) ? 0 : 1));
    expect(pairs).toEqual([...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  });

  it('screens by the closed form at the inputs\' means (to 1e-12)', () => {
    const json = issueExample();
    const model = compileModel(parseScenario(JSON.stringify(json)));
    expectedLosses(model).forEach((loss, j) => expect(loss).toBeCloseTo(expectedLossAtMeans(json, model.vendors[j].id), -Math.log10(loss * 1e-12)));
  });

  it('a run of 30 vendors says its comparisons are selected, and still compares its top two', () => {
    const results = runScenario(parseScenario(JSON.stringify(withVendors(30))), { trials: 20_000 });
    expect(results.comparedPairs).toBe('selected');
    expect(results.comparisons.length).toBeLessThan((30 * 29) / 2);
    const [best, runnerUp] = results.ranking;
    expect(results.comparisons.some((c) => (c.a === best && c.b === runnerUp) || (c.a === runnerUp && c.b === best))).toBe(true);
    expect(results.verdict.leadUnpaired).toBeUndefined();
  });
});
