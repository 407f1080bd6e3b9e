import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { defaultTolerance } from '../../../src/ui/analyst/defaultTolerance.js';
import { readJson } from '../../helpers/fixtures.js';

describe('defaultTolerance', () => {
  it('is 5% a year of losing more than the mean loss of a breach, rounded to 1-2-5', () => {
    const model = readJson('models/retail-bpo-2021.json');
    expect(defaultTolerance(model)).toEqual({ loss: 5_000_000, probability: 0.05 });
    model.tolerance = defaultTolerance(model);
    expect(validateScenario(model).ok).toBe(true);
    expect(defaultTolerance({ magnitude: { perBreach: 1_400_000 } }).loss).toBe(1_000_000);
    expect(defaultTolerance({ magnitude: { perBreach: 1_500_000 } }).loss).toBe(2_000_000);
  });

  it('falls back to 10,000,000 while the loss per breach is being typed', () => {
    expect(defaultTolerance({ magnitude: { perBreach: '4.8x' } })).toEqual({ loss: 10_000_000, probability: 0.05 });
    expect(defaultTolerance(null)).toEqual({ loss: 10_000_000, probability: 0.05 });
  });
});
