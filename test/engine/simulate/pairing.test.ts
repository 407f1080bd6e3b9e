import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyzeBlock, blockCount, digestResults, modelFor, parseScenario, planRun, RunFold, runScenario, simulateBlock, type Results,
} from '../../../src/engine/index.js';
import { issueExample } from '../../helpers/fixtures.js';

function scenarioOf(json: any) {
  return parseScenario(JSON.stringify(json));
}

/** Every trial's loss and cost (price plus conditional expected loss) per vendor, all blocks. */
function perTrial(json: any, trials: number) {
  const model = modelFor(scenarioOf(json), { trials });
  const losses = model.vendors.map(() => [] as number[]);
  const costs = model.vendors.map(() => [] as number[]);
  for (let b = 0; b < blockCount(trials); b++) {
    const block = simulateBlock(model, b, { perTrial: true });
    block.perTrial!.losses.forEach((l, j) => losses[j].push(...l));
    block.perTrial!.expected.forEach((e, j) => costs[j].push(...Array.from(e, (x) => model.vendors[j].annualPrice + x)));
  }
  return { losses, costs, prices: model.vendors.map((v) => v.annualPrice) };
}

/** A vendor's results without the one field that depends on the other vendors present. */
function ownResults(results: Results, id: string) {
  const { probabilityCheapest: _, ...rest } = results.vendors.find((v) => v.id === id)!;
  return rest;
}

describe('common random numbers: comparisons are paired, exactly', () => {
  it('a vendor with every control of another (and more) loses no more in every single trial', () => {
    const example = issueExample();
    // b has mfa; a has mfa, secureIvr, piiRedaction; none has nothing.
    const { losses, costs, prices } = perTrial(example, 30_000);
    for (let t = 0; t < losses[0].length; t++) {
      expect(losses[1][t] <= losses[2][t] && losses[2][t] <= losses[0][t]).toBe(true);
      expect(costs[1][t] - prices[1] <= costs[2][t] - prices[2]).toBe(true);
    }
    // Not vacuous: some years differ.
    expect(losses[0].some((x, t) => x > losses[1][t])).toBe(true);
  });

  it('holds for random control sets, coverages and uncertain reductions (property)', () => {
    const controlIds = ['mfa', 'secureIvr', 'piiRedaction'];
    fc.assert(
      fc.property(
        fc.subarray(controlIds),
        fc.subarray(controlIds),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (base, extra, coverageX, raise, seed) => {
          const json = issueExample();
          json.simulation.seed = seed;
          const x = base.map((id) => ({ id, coverage: coverageX[controlIds.indexOf(id)] }));
          // Y: X's controls with coverage at least X's, plus some more.
          const y = controlIds
            .filter((id) => base.includes(id) || extra.includes(id))
            .map((id) => {
              const i = controlIds.indexOf(id);
              const c = base.includes(id) ? coverageX[i] + (1 - coverageX[i]) * raise[i] : raise[i];
              return { id, coverage: Math.min(1, c) };
            });
          json.vendors = [
            { id: 'x', name: 'X', annualPrice: 0, controls: x },
            { id: 'y', name: 'Y', annualPrice: 0, controls: y },
          ];
          const { losses, costs } = perTrial(json, 3_000);
          for (let t = 0; t < losses[0].length; t++) {
            if (!(losses[1][t] <= losses[0][t]) || !(costs[1][t] <= costs[0][t])) return false;
          }
          return true;
        },
      ),
      { numRuns: 40, seed: 20211130 },
    );
  });

  it('the same scenario and seed give bit-identical results on every run', () => {
    const scenario = scenarioOf(issueExample());
    const first = runScenario(scenario, { trials: 25_000 });
    const second = runScenario(scenario, { trials: 25_000 });
    expect(digestResults(second)).toBe(digestResults(first));
    expect(second).toEqual(first);
  });

  it('blocks simulated in any order and by any thread give the same results', () => {
    const scenario = scenarioOf(issueExample());
    const plan = planRun({ scenario, trials: 45_000 });
    const inOrder = new RunFold(plan);
    for (let b = 0; b < 5; b++) inOrder.add(analyzeBlock(plan, b));
    const other = planRun({ scenario, trials: 45_000 });
    const shuffled = new RunFold(other);
    for (const b of [3, 0, 4, 2, 1]) shuffled.add(structuredClone(analyzeBlock(other, b)));
    expect(shuffled.results()).toEqual(inOrder.results());
    expect(digestResults(shuffled.results())).toBe(digestResults(runScenario(scenario, { trials: 45_000 })));
  });

  it("trial t's draws depend only on the seed and t: a longer run starts with the shorter run's trials", () => {
    const json = issueExample();
    const short = perTrial(json, 15_000);
    const long = perTrial(json, 32_000);
    for (let j = 0; j < 3; j++) expect(long.losses[j].slice(0, 15_000)).toEqual(short.losses[j]);
  });

  it('a seed given as a number is its decimal string', () => {
    const json = issueExample();
    json.simulation.seed = 2021;
    const numeric = runScenario(scenarioOf(json), { trials: 12_000 });
    json.simulation.seed = '2021';
    const text = runScenario(scenarioOf(json), { trials: 12_000 });
    expect(numeric.seed).toBe('2021');
    expect(digestResults(numeric)).toBe(digestResults(text));
    expect(digestResults(runScenario(scenarioOf(json), { trials: 12_000, seed: 2021 }))).toBe(digestResults(text));
  });

  it('adding, removing or reordering vendors leaves every other vendor unchanged', () => {
    const json = issueExample();
    const base = runScenario(scenarioOf(json), { trials: 20_000 });
    const edited = structuredClone(json);
    edited.vendors = [
      json.vendors[2],
      { id: 'c', name: 'C', annualPrice: 1, controls: ['piiRedaction', { id: 'mfa', coverage: 0.3 }] },
      json.vendors[0],
    ];
    const after = runScenario(scenarioOf(edited), { trials: 20_000 });
    for (const id of ['none', 'b']) expect(ownResults(after, id)).toEqual(ownResults(base, id));
    const pair = (r: Results, a: string, b: string) => r.comparisons.find((c) => c.a === a && c.b === b)!;
    const before = pair(base, 'none', 'b');
    const reversed = pair(after, 'b', 'none');
    expect(reversed.meanDifference).toBeCloseTo(-before.meanDifference, 6);
    expect(reversed.standardError).toBeCloseTo(before.standardError, 6);
  });

  it('adding or editing a control changes only the vendors that use it', () => {
    const json = issueExample();
    const base = runScenario(scenarioOf(json), { trials: 20_000 });
    const edited = structuredClone(json);
    edited.controls = {
      vpn: { label: 'VPN', question: 'remote-agents', effects: [{ amplifiers: ['remoteWork'], reduction: { dist: 'uniform', min: 0.1, max: 0.3 } }] },
      ...edited.controls,
    };
    edited.controls.secureIvr.effects[0].reduction = { dist: 'pert', min: 0.2, mode: 0.3, max: 0.9 };
    const after = runScenario(scenarioOf(edited), { trials: 20_000 });
    // none and b use neither the new control nor secureIvr; a uses secureIvr.
    expect(ownResults(after, 'none')).toEqual(ownResults(base, 'none'));
    expect(ownResults(after, 'b')).toEqual(ownResults(base, 'b'));
    expect(ownResults(after, 'a').expectedLoss.mean).not.toBe(ownResults(base, 'a').expectedLoss.mean);
  });
});
