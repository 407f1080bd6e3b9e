import { describe, expect, it } from 'vitest';
import { rankSegments } from '../../../src/ui/decisions/rankSegments.js';

describe('rankSegments', () => {
  it('lays ranks end to end, the cheapest first, and skips ranks never taken', () => {
    expect(rankSegments([0.55, 0.45, 0, 0])).toEqual([
      { rank: 1, probability: 0.55, start: 0, end: 0.55 },
      { rank: 2, probability: 0.45, start: 0.55, end: 1 },
    ]);
    expect(rankSegments([0, 0, 1])).toEqual([{ rank: 3, probability: 1, start: 0, end: 1 }]);
  });
  it('ends at the sum of the probabilities (hand sum 0.2 + 0.3 + 0.5 = 1)', () => {
    const segments = rankSegments([0.2, 0.3, 0.5]);
    expect(segments[segments.length - 1].end).toBeCloseTo(1, 12);
    expect(segments.map((s) => s.start)).toEqual([0, 0.2, 0.5]);
  });
});
