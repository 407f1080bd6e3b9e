import { describe, expect, it } from 'vitest';
import { BLOCK_TRIALS, breachesPerYear, planRun } from '../../src/engine/index.js';
import { expectedBlockMs, threadsWorthStarting, WORK_PER_THREAD_MS } from '../../src/runner/blockWork.js';
import { defaultModel } from '../helpers/fixtures.js';

describe('the threads a run is worth', () => {
  it("prices a block from its trials, vendors, drawn effects, pairs and breaches, every contract year's breaches included", () => {
    const plan = planRun({ scenario: defaultModel() });
    const { model } = plan;
    // 30 ns a trial a vendor, 20 ns a trial an effect, 5 ns a trial a pair, 20 ns a breach a vendor.
    const vendors = model.vendors.length;
    const breaches = BLOCK_TRIALS * breachesPerYear(model);
    const ns = BLOCK_TRIALS * (30 * vendors + 20 * model.effects.length + 5 * plan.context.pairs.length) + 20 * breaches * vendors;
    expect(expectedBlockMs(plan)).toBeCloseTo(ns / 1e6, 12);
    const fiveYears = defaultModel();
    fiveYears.contract = { years: 5 };
    const contract = planRun({ scenario: fiveYears });
    expect(expectedBlockMs(contract) - expectedBlockMs(plan)).toBeCloseTo((4 * 20 * breaches * vendors) / 1e6, 9);
  });

  it('starts a thread for each 600 ms of expected work, at least one and at most the cores', () => {
    const scenario = defaultModel();
    const million = planRun({ scenario, trials: 1_000_000 });
    // The default model's million trials are under 600 ms of expected work: one thread.
    expect(expectedBlockMs(million) * million.blocksTotal).toBeLessThan(WORK_PER_THREAD_MS);
    expect(threadsWorthStarting(million, 2)).toBe(1);
    expect(threadsWorthStarting(million, 64)).toBe(1);
    const tenMillion = planRun({ scenario, trials: 10_000_000 });
    const work = expectedBlockMs(tenMillion) * tenMillion.blocksTotal;
    expect(threadsWorthStarting(tenMillion, 2)).toBe(2);
    expect(threadsWorthStarting(tenMillion, 64)).toBe(Math.floor(work / WORK_PER_THREAD_MS));
    expect(threadsWorthStarting(tenMillion, 1)).toBe(1);
    expect(threadsWorthStarting(planRun({ scenario, trials: 100 }), 8)).toBe(1);
  });
});
