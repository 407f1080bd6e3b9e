import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../src/engine/index.js';
import { defaultModel } from '../../helpers/fixtures.js';
import { constantScenario } from '../../helpers/scenarios.js';

describe('warnings next to figures that cannot be trusted', () => {
  it('a lognormal loss per breach with mean $5M and sigma 10: the expected loss is right, and the tail figures are flagged', () => {
    const json = constantScenario({ trials: 200_000 });
    json.magnitude.perBreach = { dist: 'lognormal', mean: 5_000_000, sigma: 10 };
    const results = runScenario(parseScenario(JSON.stringify(json)));
    const none = results.vendors[0];
    // Closed form with no controls: lambda x (E[L] + sum_a q_a A_a) = -ln(0.61) x ($5M + 0.6 x $1M + 0.25 x $3M), exactly.
    expect(Math.abs(none.expectedLoss.mean / (-Math.log(0.61) * 6_350_000) - 1)).toBeLessThan(1e-12);
    // The simulated years see almost nothing of it: Phi(10 - Phi^-1(1 - 1/98,860)) = 1 - 1e-5 of the mean lies beyond.
    // (the amplifiers, $0.67M of the $3.14M, are all it sees).
    expect(none.expectedLoss.sample.mean).toBeLessThan(none.expectedLoss.mean / 4);
    const heavy = results.warnings.find((w) => w.code === 'heavy-tail')!;
    expect(heavy.path).toBe('magnitude.perBreach');
    expect(heavy.figures).toEqual(expect.arrayContaining(['quantiles', 'tailValueAtRisk95', 'exceedance', 'expectedLoss.sample']));
    expect(heavy.message).toMatch(/sigma 10/);
    expect(results.warnings.some((w) => w.code === 'sample-disagrees' && w.vendor === 'none')).toBe(true);
  });

  it('flags a heavy-tailed rate as affecting every figure', () => {
    const json = constantScenario({ trials: 20_000 });
    delete json.frequency.annualIncidence;
    // N = 20,000 draws: Phi^-1(1 - 1/20,000) = 3.89, and sigma 3 - 3.89 > Phi^-1(0.1) = -1.28.
    json.frequency.annualRate = { dist: 'lognormal', median: 0.05, sigma: 3 };
    const results = runScenario(parseScenario(JSON.stringify(json)));
    const w = results.warnings.find((x) => x.path === 'frequency.annualRate')!;
    expect(w.figures).toContain('expectedLoss');
  });

  it('gives none on the default model, nor at its quick pass of 20,000 trials (sigma 1.7 is below the threshold)', () => {
    // Threshold: sigma > Phi^-1(1 - 1/N) - Phi^-1(0.9); N = 9,886 breaches at 20,000 trials gives 3.72 - 1.28 = 2.44.
    expect(runScenario(defaultModel()).warnings).toEqual([]);
    expect(runScenario(defaultModel(), { trials: 20_000 }).warnings).toEqual([]);
  });
});
