import { describe, expect, it } from 'vitest';
import { toDistribution, validateScenario } from '../../../src/engine/index.js';
import { frequencyMode, incidenceFromRate, rateFromIncidence, switchFrequency } from '../../../src/ui/analyst/frequencyMode.js';
import { readJson } from '../../helpers/fixtures.js';

describe('rate and incidence', () => {
  it('are inverse transforms (Poisson: P(N >= 1) = 1 - exp(-rate))', () => {
    // -ln(0.61) = 0.494296..., as in the default model's frequency source.
    expect(rateFromIncidence(0.39)).toBeCloseTo(0.494296, 6);
    expect(incidenceFromRate(rateFromIncidence(0.39))).toBeCloseTo(0.39, 14);
    expect(rateFromIncidence(0)).toBe(0);
  });
});

describe('frequencyMode', () => {
  it('is the form given, incidence when both or neither', () => {
    expect(frequencyMode({ annualRate: 0.5 })).toBe('rate');
    expect(frequencyMode({ annualIncidence: 0.5 })).toBe('incidence');
    expect(frequencyMode({ annualIncidence: 0.5, annualRate: 0.5 })).toBe('incidence');
    expect(frequencyMode({})).toBe('incidence');
  });
});

describe('switchFrequency', () => {
  const model = readJson('models/retail-bpo-2021.json');

  it('converts the default model to a rate in place of the incidence, source and order kept, and back', () => {
    const rate = switchFrequency(model.frequency, 'rate');
    expect(Object.keys(rate)).toEqual(['annualRate', 'channelShare', 'vectors', 'source']);
    expect(rate.annualRate).toEqual({ value: 0.4943, source: model.frequency.annualIncidence.source });
    expect(validateScenario({ ...model, frequency: rate }).ok).toBe(true);
    const back = switchFrequency(rate, 'incidence');
    expect(back).toEqual(model.frequency);
  });

  it('maps the quantiles of a distribution through the transform', () => {
    const frequency = { annualIncidence: { dist: 'pert', min: 0.2, mode: 0.39, max: 0.6 }, vectors: {} };
    const rate = switchFrequency(frequency, 'rate').annualRate as any;
    expect(rate.dist).toBe('pert');
    expect(rate.min).toBeCloseTo(-Math.log(0.8), 3);
    expect(rate.max).toBeCloseTo(-Math.log(0.4), 3);
  });

  it('turns a lognormal rate into a PERT incidence below 1', () => {
    const frequency = { annualRate: { dist: 'lognormal', median: 0.5, sigma: 1 }, vectors: {} };
    const incidence = switchFrequency(frequency, 'incidence').annualIncidence as any;
    expect(incidence.dist).toBe('pert');
    const d = toDistribution(incidence);
    expect(d.min).toBeGreaterThanOrEqual(0);
    expect(d.max).toBeLessThan(1);
  });

  it('turns a Poisson rate into a PERT incidence, a kind a fraction may take', () => {
    const frequency = { annualRate: { dist: 'poisson', mean: 0.5 }, vectors: {} };
    const incidence = switchFrequency(frequency, 'incidence').annualIncidence as any;
    expect(incidence.dist).toBe('pert');
    const d = toDistribution(incidence);
    expect(d.min).toBeGreaterThanOrEqual(0);
    expect(d.max).toBeLessThan(1);
  });

  it('leaves text being typed as it is, and a block already in the mode unchanged', () => {
    expect(switchFrequency({ annualIncidence: '0.4x' }, 'rate')).toEqual({ annualRate: '0.4x' });
    const block = { annualRate: 0.5 };
    expect(switchFrequency(block, 'rate')).toBe(block);
  });

  it('keeps one of the two when both were given', () => {
    expect(switchFrequency({ annualIncidence: 0.39, annualRate: 2 }, 'rate')).toEqual({ annualRate: 0.4943 });
  });
});
