import { describe, expect, it } from 'vitest';
import { constant, uniform } from '../../../src/engine/distributions/index.js';
import { sampleMoments } from './helpers.js';

describe('uniform', () => {
  it('has the closed-form quantile min + (max - min) u, mean and support', () => {
    const d = uniform(2, 4);
    expect(d.kind).toBe('uniform');
    expect(d.quantile(0.25)).toBe(2.5);
    expect(d.quantile(0.5)).toBe(3);
    expect(d.mean).toBe(3);
    expect(d.min).toBe(2);
    expect(d.max).toBe(4);
  });

  it('has a sample mean of 200,000 seeded draws within 4 standard errors of (min + max) / 2', () => {
    const n = 200_000;
    const sample = sampleMoments(uniform(-3, 5), 'test-uniform', n);
    expect(Math.abs(sample.mean - 1)).toBeLessThanOrEqual(4 * Math.sqrt(64 / 12 / n));
  });

  it('is the constant min when min == max', () => {
    expect(uniform(2, 2).kind).toBe('constant');
    expect(uniform(2, 2).quantile(0.7)).toBe(2);
  });

  it('throws RangeErrors naming the bad parameter', () => {
    expect(() => uniform(3, 1)).toThrow(RangeError);
    expect(() => uniform(3, 1)).toThrow(/^uniform: max must be >= min/);
    expect(() => uniform(NaN, 1)).toThrow(/^uniform: min /);
    expect(() => uniform(0, Infinity)).toThrow(/^uniform: max /);
    expect(() => uniform(-1e308, 1e308)).toThrow(/^uniform: max - min must be finite/);
  });
});

describe('constant', () => {
  it('always gives its value, which is its mean, min and max', () => {
    const d = constant(3.5);
    expect(d.kind).toBe('constant');
    expect(d.quantile(1e-9)).toBe(3.5);
    expect(d.quantile(0.999)).toBe(3.5);
    expect(d.mean).toBe(3.5);
    expect(d.min).toBe(3.5);
    expect(d.max).toBe(3.5);
  });

  it('throws a RangeError naming the value unless it is finite', () => {
    for (const bad of [NaN, Infinity, -Infinity, '1' as unknown as number]) {
      expect(() => constant(bad)).toThrow(RangeError);
      expect(() => constant(bad)).toThrow(/^constant: value /);
    }
  });
});
