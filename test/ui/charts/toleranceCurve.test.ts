import { describe, expect, it } from 'vitest';
import { toleranceCurve } from '../../../src/ui/charts/toleranceCurve.js';

// Expected values by hand: between two points the chance is linear in log(loss) and
// log(chance), so P(L) = p0 (L / L0)^slope with slope = log(p1 / p0) / log(L1 / L0).
describe('toleranceCurve', () => {
  const curve = [{ loss: 1e6, probability: 0.1 }, { loss: 1e8, probability: 0.001 }];

  it('passes through (1e7, 0.01), halfway between (1e6, 10%) and (1e8, 0.1%) on both logs', () => {
    const s = toleranceCurve(curve, 3);
    expect(s.map((p) => p.loss)).toEqual([1e6, expect.closeTo(1e7, 3), 1e8]);
    expect(s[0].probability).toBe(0.1);
    expect(s[1].probability).toBeCloseTo(0.01, 12);
    expect(s[2].probability).toBe(0.001);
  });

  it('samples evenly in log loss, every sample on the straight log-log line (slope -1 here: P = 1e5 / L)', () => {
    const s = toleranceCurve(curve, 64);
    expect(s).toHaveLength(64);
    for (let i = 1; i < s.length; i++) {
      expect(Math.log(s[i].loss / s[i - 1].loss)).toBeCloseTo(Math.log(100) / 63, 9);
      expect(s[i].probability).toBeCloseTo(1e5 / s[i].loss, 12);
    }
  });

  it('keeps every point of a curve exactly, bending at the middle one', () => {
    // (5e6, 10%), (2e7, 2%), (5e7, 0.4%): the contract example's curve.
    const points = [{ loss: 5e6, probability: 0.1 }, { loss: 2e7, probability: 0.02 }, { loss: 5e7, probability: 0.004 }];
    const s = toleranceCurve(points, 20);
    expect(s).toHaveLength(21); // 20 samples plus the middle point, which falls between two of them
    expect(s.find((p) => p.loss === 2e7)?.probability).toBe(0.02);
    expect(s[0]).toEqual(points[0]);
    expect(s[s.length - 1]).toEqual(points[2]);
    // First segment: slope log(0.2) / log(4); at L = 1e7 (twice 5e6) the chance is 0.1 x 2^slope = 0.1 x sqrt(0.2).
    const slope = Math.log(0.2) / Math.log(4);
    for (const p of s.filter((q) => q.loss < 2e7)) expect(p.probability).toBeCloseTo(0.1 * (p.loss / 5e6) ** slope, 12);
    expect(0.1 * 2 ** slope).toBeCloseTo(0.1 * Math.sqrt(0.2), 12);
    // Second segment: from (2e7, 2%) to (5e7, 0.4%), slope log(0.2) / log(2.5).
    const slope2 = Math.log(0.2) / Math.log(2.5);
    for (const p of s.filter((q) => q.loss > 2e7)) expect(p.probability).toBeCloseTo(0.02 * (p.loss / 2e7) ** slope2, 12);
    expect(s.map((p) => p.loss)).toEqual([...s.map((p) => p.loss)].sort((a, b) => a - b));
  });

  it('gives a single point as it is', () => {
    expect(toleranceCurve([{ loss: 2e7, probability: 0.05 }])).toEqual([{ loss: 2e7, probability: 0.05 }]);
  });
});
