import { describe, expect, it } from 'vitest';
import { tableCheckpoints } from '../../../src/ui/charts/tableCheckpoints.js';

describe('tableCheckpoints', () => {
  it('keeps every checkpoint when there are few', () => {
    expect(tableCheckpoints([1e4, 2e4, 3e4], 8)).toEqual([0, 1, 2]);
  });

  it('spreads the rows on a log scale, first and last included (hand-computed: sqrt(1e4 x 1e5) = 31,623 is nearest 30,000)', () => {
    const trials = Array.from({ length: 10 }, (_, i) => (i + 1) * 1e4);
    expect(tableCheckpoints(trials, 3)).toEqual([0, 2, 9]);
  });

  it('gives at most `count` rows of a long run', () => {
    const trials = Array.from({ length: 100 }, (_, i) => Math.round(1e4 * 1000 ** (i / 99) / 1e4) * 1e4);
    const rows = tableCheckpoints(trials, 8);
    expect(rows.length).toBeLessThanOrEqual(8);
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(99);
  });
});
