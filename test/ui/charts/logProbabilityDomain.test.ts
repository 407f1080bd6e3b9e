import { describe, expect, it } from 'vitest';
import { logProbabilityDomain } from '../../../src/ui/charts/logProbabilityDomain.js';
import { formatChance, percentTick } from '../../../src/ui/charts/percentTick.js';

const curve = (...ps: number[]) => ps.map((probability, i) => ({ loss: 10 ** i, probability }));

describe('logProbabilityDomain', () => {
  it('runs from the smallest non-zero chance shown, down to a power of ten, to the heads rounded up', () => {
    const a = curve(0.39, 0.3, 0.05, 0.004, 0.0003, 0);
    const b = curve(0.2, 0.1, 0.01, 0.0009, 0, 0);
    expect(logProbabilityDomain([a, b], { start: 0, end: 5 }, 100_000)).toEqual([0.0001, 0.5]);
    // Only the window counts.
    expect(logProbabilityDomain([a, b], { start: 1, end: 3 }, 100_000)).toEqual([0.0001, 0.5]);
    expect(logProbabilityDomain([a, b], { start: 2, end: 2 }, 100_000)).toEqual([0.01, 0.1]);
  });

  it('never goes below one in the number of trials, unless to keep a tolerance in', () => {
    const a = curve(0.39, 0.00001, 0);
    expect(logProbabilityDomain([a], { start: 0, end: 2 }, 20_000)).toEqual([1e-5, 0.5]);
    expect(logProbabilityDomain([curve(0.39, 0.001)], { start: 0, end: 1 }, 1000)).toEqual([0.001, 0.5]);
    expect(logProbabilityDomain([curve(0.39, 0.001)], { start: 0, end: 1 }, 1000, 0.0001)).toEqual([0.0001, 0.5]);
  });

  it('keeps the top at most 1, and a tolerance above the heads inside', () => {
    expect(logProbabilityDomain([curve(0.9, 0.01)], { start: 0, end: 1 }, 1000)).toEqual([0.01, 1]);
    expect(logProbabilityDomain([curve(0.1, 0.01)], { start: 0, end: 1 }, 1000, 0.3)).toEqual([0.01, 0.5]);
  });

  it('gives a decade when every chance is zero', () => {
    expect(logProbabilityDomain([curve(0, 0)], { start: 0, end: 1 }, 10_000)).toEqual([0.0001, 0.001]);
  });
});

describe('percentTick and formatChance', () => {
  it('write small chances with the digits they need', () => {
    expect([1, 0.5, 0.1, 0.02, 0.001, 0.0001].map(percentTick)).toEqual(['100%', '50%', '10%', '2%', '0.1%', '0.01%']);
    expect([0.39, 0.055, 0.01, 0.005, 0.0046, 0.0001, 0].map(formatChance)).toEqual(['39.0%', '5.5%', '1.0%', '0.5%', '0.46%', '0.01%', '0%']);
  });
});
