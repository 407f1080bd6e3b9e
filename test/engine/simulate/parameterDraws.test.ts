import { describe, expect, it } from 'vitest';
import { compileModel, simulateBlock } from '../../../src/engine/index.js';
import { parameterDraws } from '../../../src/engine/simulate/parameterDraws.js';
import { defaultModel } from '../../helpers/fixtures.js';
import { constantScenario, meanOf } from '../../helpers/scenarios.js';

describe('parameterDraws', () => {
  it('draws a column per uncertain parameter with the closed-form means, within 4 standard errors', () => {
    const scenario: any = defaultModel();
    const model = compileModel(scenario, { trials: 200_000 });
    const sums = new Map<string, { n: number; sum: number; squares: number }>();
    for (let b = 0; b < 20; b++) {
      const draws = parameterDraws(model, b);
      draws.names.forEach((name, i) => {
        const s = sums.get(name) ?? { n: 0, sum: 0, squares: 0 };
        for (const x of draws.columns[i]) { s.n++; s.sum += x; s.squares += x * x; }
        sums.set(name, s);
      });
    }
    expect(sums.size).toBeGreaterThan(1);
    for (const [name, s] of sums) {
      // The expected mean, by the textbook closed form of the scenario's own spec (test/helpers/scenarios.ts).
      const spec = name === 'frequency'
        ? scenario.frequency.annualIncidence ?? scenario.frequency.annualRate
        : scenario.controls[name.split(':')[1]].effects[Number(name.split(':')[2])].reduction;
      const mean = s.sum / s.n;
      const sd = Math.sqrt(Math.max(0, s.squares / s.n - mean * mean));
      expect(s.n, name).toBe(200_000);
      expect(Math.abs(mean - meanOf(spec)), name).toBeLessThanOrEqual(4 * sd / Math.sqrt(s.n) + 1e-12);
    }
  });

  it('gives simulateBlock\'s own draws: a vendor\'s expected loss is affine in its one uncertain reduction', () => {
    const scenario = constantScenario({ trials: 10_000 });
    scenario.controls.mfa.effects[0].reduction = { dist: 'uniform', min: 0.5, max: 0.9 };
    const model = compileModel(scenario);
    const draws = parameterDraws(model, 0);
    expect(draws.names).toEqual(['effect:mfa:0']);
    const r = draws.columns[0];
    const result = simulateBlock(model, 0, { perTrial: true });
    const j = model.vendors.findIndex((v) => v.id === 'partial');
    const e = result.perTrial!.expected[j];
    // Through trials 0 and 1: e = a + b r; every other trial must lie on that line.
    const slope = (e[1] - e[0]) / (r[1] - r[0]);
    expect(slope).toBeLessThan(0);
    for (let t = 0; t < r.length; t++) expect(Math.abs(e[0] + slope * (r[t] - r[0]) - e[t])).toBeLessThan(1e-6 * e[0]);
  });

  it('draws the incidence itself when it is uncertain, first, with its closed-form mean', () => {
    const scenario = constantScenario({ trials: 100_000 });
    scenario.frequency.annualIncidence = { dist: 'triangular', min: 0.2, mode: 0.3, max: 0.6 };
    const model = compileModel(scenario);
    let n = 0, sum = 0, squares = 0;
    for (let b = 0; b < 10; b++) {
      const draws = parameterDraws(model, b);
      expect(draws.names).toEqual(['frequency']);
      for (const x of draws.columns[0]) { n++; sum += x; squares += x * x; }
    }
    const mean = sum / n;
    const sd = Math.sqrt(squares / n - mean * mean);
    expect(Math.abs(mean - (0.2 + 0.3 + 0.6) / 3)).toBeLessThanOrEqual(4 * sd / Math.sqrt(n));
  });

  it('draws nothing when every parameter is fixed', () => {
    const draws = parameterDraws(compileModel(constantScenario({ trials: 100 })), 0);
    expect(draws).toEqual({ names: [], columns: [] });
  });
});
