import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderStatistics, quantileLinear } from '../../../src/engine/index.js';

describe('quantileLinear', () => {
  it('matches numpy.quantile (method "linear") on a sample with zeros and ties', () => {
    // numpy 2.4: np.quantile([0,0,0,3.5,1.25,7,2,9.75,4,4], [0.05,0.5,0.75,0.9,0.95,0.99])
    const numpy = [0, 2.75, 4, 7.275, 8.5125, 9.5025];
    const sorted = [0, 0, 0, 1.25, 2, 3.5, 4, 4, 7, 9.75];
    [0.05, 0.5, 0.75, 0.9, 0.95, 0.99].forEach((p, i) => {
      expect(quantileLinear(sorted.length, p, (k) => sorted[k])).toBeCloseTo(numpy[i], 12);
    });
  });

  it('rejects p outside [0, 1] and an empty sample', () => {
    expect(() => quantileLinear(3, 1.5, () => 0)).toThrow(RangeError);
    expect(() => quantileLinear(0, 0.5, () => 0)).toThrow(RangeError);
  });
});

describe('orderStatistics', () => {
  it('agrees with a full sort (the reference) on ranks, counts above thresholds and tail sums', () => {
    const positive = fc.oneof(
      fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
      fc.constantFrom(1_070_000, 2_300_000, 5e6),
    );
    fc.assert(
      fc.property(
        fc.array(positive, { minLength: 1, maxLength: 400 }),
        fc.array(fc.double({ min: 0, max: 2e12, noNaN: true }), { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (xs, thresholds, rankSeed, tailSeed) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const ranks = [rankSeed % xs.length, (rankSeed * 7 + 3) % xs.length, xs.length - 1, 0];
          const tail = tailSeed % (xs.length + 3);
          const result = orderStatistics(Float64Array.from(xs), ranks, thresholds, tail);
          const tailReference = sorted.slice(Math.max(0, sorted.length - tail)).reduce((s, x) => s + x, 0);
          return (
            ranks.every((r, i) => result.ranked[i] === sorted[r]) &&
            thresholds.every((x, k) => result.above[k] === sorted.filter((v) => v > x).length) &&
            Math.abs(result.tailSum - tailReference) <= 1e-12 * Math.max(1, tailReference)
          );
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });

  it('handles a million values spread over many magnitudes', () => {
    const xs = new Float64Array(1_000_000);
    let state = 7;
    for (let i = 0; i < xs.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      xs[i] = 1000 * 2 ** ((state / 4294967296) * 24);
    }
    const sorted = xs.slice().sort();
    const result = orderStatistics(xs, [0, 499_999, 949_999, 999_999], [1e4, 1e6, 1e9], 50_000);
    expect(result.ranked).toEqual([sorted[0], sorted[499_999], sorted[949_999], sorted[999_999]]);
    expect(result.above).toEqual([1e4, 1e6, 1e9].map((x) => sorted.length - sorted.findIndex((v) => v > x)));
    const tail = sorted.subarray(950_000).reduce((s, x) => s + x, 0);
    expect(result.tailSum / tail).toBeCloseTo(1, 12);
  });
});
