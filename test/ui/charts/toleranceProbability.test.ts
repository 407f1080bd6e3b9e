import { describe, expect, it } from 'vitest';
import { MIN_TOLERANCE_PROBABILITY, stepProbability, toleranceProbability } from '../../../src/ui/charts/toleranceProbability.js';
import { toleranceLoss } from '../../../src/ui/charts/toleranceLoss.js';
import { nearestIndex } from '../../../src/engine/index.js';
import { exceedanceGrid, validateScenario } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';

describe('toleranceProbability', () => {
  it('never gives 0 (the engine rejects it) nor more than 1', () => {
    expect(toleranceProbability(0)).toBe(MIN_TOLERANCE_PROBABILITY);
    expect(toleranceProbability(-0.2)).toBe(MIN_TOLERANCE_PROBABILITY);
    expect(toleranceProbability(Number.NaN)).toBe(MIN_TOLERANCE_PROBABILITY);
    expect(toleranceProbability(0.00004)).toBe(MIN_TOLERANCE_PROBABILITY);
    expect(toleranceProbability(1)).toBe(1);
    expect(toleranceProbability(1.3)).toBe(1);
  });

  it('rounds to 0.1% from 1% up and to 2 significant digits below', () => {
    expect(toleranceProbability(0.05234)).toBe(0.052);
    expect(toleranceProbability(0.4996)).toBe(0.5);
    expect(toleranceProbability(0.004567)).toBe(0.0046);
    expect(toleranceProbability(0.00012345)).toBe(0.00012);
  });
});

describe('stepProbability', () => {
  it('steps by 0.5 points above 1%, finer below, so that 0.5% and 0.1% can be reached', () => {
    expect(stepProbability(0.05, 1)).toBe(0.055);
    expect(stepProbability(0.05, -1)).toBe(0.045);
    expect(stepProbability(0.01, 1)).toBe(0.015);
    expect(stepProbability(0.01, -1)).toBe(0.009);
    expect(stepProbability(0.001, 1)).toBe(0.002);
    expect(stepProbability(0.001, -1)).toBe(0.0009);
    expect(stepProbability(0.0009, 1)).toBe(0.001);
    expect(stepProbability(1, 1)).toBe(1);
    expect(stepProbability(0.998, 1)).toBe(1);
  });

  it('snaps a dragged value onto the grid of its band', () => {
    expect(stepProbability(0.012, -1)).toBe(0.01);
    expect(stepProbability(0.012, 1)).toBe(0.015);
    expect(stepProbability(0.0046, -1)).toBe(0.004);
    expect(stepProbability(0.0046, 1)).toBe(0.005);
  });

  it('walks down from 5% through 0.5% and 0.1% to the minimum and stays there, every value valid for the engine', () => {
    const model = readJson('models/retail-bpo-2021.json');
    let p = 0.05;
    const seen = [p];
    for (let i = 0; i < 40; i++) seen.push((p = stepProbability(p, -1)));
    expect(seen).toContain(0.005);
    expect(seen).toContain(0.001);
    expect(seen[seen.length - 1]).toBe(MIN_TOLERANCE_PROBABILITY);
    expect(seen.slice(0, 27)).toEqual([...new Set(seen.slice(0, 27))]);
    for (const probability of new Set(seen)) {
      model.tolerance = { loss: 1e7, probability };
      expect(validateScenario(model).ok, String(probability)).toBe(true);
    }
    // And back up again, to 100%.
    for (let i = 0; i < 400; i++) p = stepProbability(p, 1);
    expect(p).toBe(1);
  });
});

describe('toleranceLoss', () => {
  it('keeps 3 significant digits, still nearest the same point of the engine\'s grid', () => {
    expect(toleranceLoss(4824108.704123)).toBe(4_820_000);
    const grid = [...exceedanceGrid(3.2e8)].map((loss) => ({ loss, probability: 0 }));
    grid.forEach((p, i) => expect(nearestIndex(grid, toleranceLoss(p.loss)), String(p.loss)).toBe(i));
  });
});
