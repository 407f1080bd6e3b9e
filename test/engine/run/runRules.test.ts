import { describe, expect, it } from 'vitest';
import { compileModel, parseScenario, runMemory, simulateBlock, validateScenario, MAX_RUN_BYTES } from '../../../src/engine/index.js';
import { parameterDraws } from '../../../src/engine/simulate/parameterDraws.js';
import { chunkTrialsOf } from '../../../src/engine/simulate/simulateBlock.js';
import { defaultModel, issueExample } from '../../helpers/fixtures.js';

describe('the run rules of the validator', () => {
  it('refuses a run beyond the memory cap at the field that sets its length, and a stopAt with min above max', () => {
    const big = issueExample();
    big.simulation.trials = 100_000_000;
    big.vendors = Array.from({ length: 80 }, (_, i) => ({ ...big.vendors[1], id: `v${i}`, name: `Vendor ${i}` }));
    const result = validateScenario(big);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe('simulation.trials');
    expect(result.errors[0].message).toMatch(/^the run needs about [\d.]+ GB of memory for 100,000,000 trials of 80 vendors/);

    const stop = issueExample();
    stop.simulation.stopAt = { relativeStandardError: 0.01, minTrials: 500_000, maxTrials: 200_000 };
    const stopped = validateScenario(stop);
    expect(stopped.ok).toBe(false);
    if (!stopped.ok) expect(stopped.errors).toEqual([{ path: 'simulation.stopAt.minTrials', message: 'minTrials (500,000) is more than maxTrials (200,000)' }]);
  });

  it('states a bound of the memory the kept losses need: 8 bytes a year a vendor with a loss, at most', () => {
    // 1,000,000 years x 5 vendors x P(a breach year) = 1 - exp(-0.5) x 8 bytes, and one vendor's copy again.
    const size = { trials: 1_000_000, vendors: 5, amplifiers: 2, effects: 9, breachesPerYear: 0.5 };
    const kept = 1_000_000 * 5 * (1 - Math.exp(-0.5)) * 8;
    expect(runMemory(size)).toBeGreaterThan(kept * 1.2);
    expect(runMemory(size)).toBeLessThan(kept * 1.2 + 40e6);
    expect(runMemory({ ...size, trials: 100_000_000 })).toBeLessThan(MAX_RUN_BYTES);
  });

  it("sizes a short run's block buffers by its trials: 200 breaches a year over 600 trials is allowed, and runs", () => {
    const busy = issueExample();
    busy.frequency = { ...busy.frequency, annualIncidence: undefined, annualRate: 200 };
    delete busy.frequency.annualIncidence;
    busy.simulation.trials = 600;
    const result = validateScenario(busy);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    const columns = simulateBlock(compileModel(result.scenario), 0);
    // 600 years of Poisson(200 x channel share) breaches: every year has one.
    expect(columns.trials).toBe(600);
    expect(columns.baselineBreaches).toBeGreaterThan(600 * 100);
    // At 10,000 trials a block the same rate is refused: 20 bytes of draws a breach, 2 million breaches a block a worker.
    const size = { trials: 600, vendors: 5, amplifiers: 2, effects: 9, breachesPerYear: 200 };
    expect(runMemory(size)).toBeLessThan(runMemory({ ...size, trials: 10_000 }) / 10);
  });
});

describe('block columns', () => {
  it('are the same from reused buffers as from fresh ones, block after block', () => {
    const scenario = parseScenario(JSON.stringify(issueExample()));
    const model = compileModel(scenario, { trials: 60_000 });
    for (let block = 0; block < 6; block++) {
      const reused = simulateBlock(model, block);
      const fresh = simulateBlock(compileModel(scenario, { trials: 60_000 }), block);
      reused.losses.forEach((losses, j) => {
        expect(Array.from(losses), `block ${block} vendor ${j}`).toEqual(Array.from(fresh.losses[j]));
        expect(Array.from(reused.lossTrials[j])).toEqual(Array.from(fresh.lossTrials[j]));
        expect(Array.from(reused.expected[j])).toEqual(Array.from(fresh.expected[j]));
      });
    }
  });

  it('are computed in chunks of 1,024 trials, fewer when the records of that many would pass a megabyte', () => {
    // A chunk's records are vendors x record length x 8 bytes a trial.
    expect(chunkTrialsOf(5, 15)).toBe(1024);
    expect(chunkTrialsOf(100, 15)).toBe(Math.floor(2 ** 20 / (100 * 15 * 8)));
    expect(chunkTrialsOf(10_000, 15)).toBe(64);
    // The chunk changes no number: 100 vendors (87-trial chunks) give each vendor its own 5-vendor figures.
    const few = issueExample();
    const many = issueExample();
    many.vendors = Array.from({ length: 100 }, (_, i) => ({ ...few.vendors[i % few.vendors.length], id: `v${i}`, name: `Vendor ${i}`, reference: undefined }));
    const small = simulateBlock(compileModel(parseScenario(JSON.stringify(few)), { trials: 3_000 }), 0);
    const large = simulateBlock(compileModel(parseScenario(JSON.stringify(many)), { trials: 3_000 }), 0);
    large.expected.forEach((column, i) => expect(Array.from(column)).toEqual(Array.from(small.expected[i % few.vendors.length])));
    large.losses.forEach((column, i) => expect(Array.from(column)).toEqual(Array.from(small.losses[i % few.vendors.length])));
  });

  it('give, by stream role, the uniforms behind each uncertain input: its draws are their quantiles', () => {
    const model = compileModel(defaultModel(), { trials: 3_000 });
    const columns = simulateBlock(model, 0);
    const draws = parameterDraws(model, 0);
    expect(draws.names.length).toBeGreaterThan(1);
    draws.names.forEach((role, k) => {
      const uniforms = columns.uniforms(role);
      const distribution = role === 'frequency' ? model.frequency : model.effects.find((e) => e.streamRole === role)!.reduction;
      for (let t = 0; t < 3_000; t += 97) expect(distribution.quantile(uniforms[t]), `${role} ${t}`).toBe(draws.columns[k][t]);
      for (let t = 0; t < 3_000; t += 97) expect(uniforms[t]).toBeGreaterThanOrEqual(0);
    });
  });

  it('keep each vendor\'s non-zero losses with their trials, the same years as the per-trial losses', () => {
    const model = compileModel(parseScenario(JSON.stringify(issueExample())), { trials: 5_000 });
    const dense = simulateBlock(model, 0, { perTrial: true }).perTrial!.losses.map((l) => Array.from(l));
    const columns = simulateBlock(model, 0);
    columns.losses.forEach((losses, j) => {
      const expected = dense[j].flatMap((x, t) => (x > 0 ? [[t, x]] : []));
      expect(Array.from(columns.lossTrials[j], (t, i) => [t, losses[i]])).toEqual(expected);
    });
  });
});
