import { describe, expect, it } from 'vitest';
import { logTicks } from '../../../src/ui/charts/logTicks.js';

describe('logTicks', () => {
  it('gives the 1-2-5 amounts when they fit', () => {
    expect(logTicks(150_000, 2e8, 10)).toEqual([2e5, 5e5, 1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8, 2e8]);
  });

  it('falls back to 1-3, then powers of ten, then every other power', () => {
    expect(logTicks(150_000, 2e8, 7)).toEqual([3e5, 1e6, 3e6, 1e7, 3e7, 1e8]);
    expect(logTicks(150_000, 2e8, 4)).toEqual([1e6, 1e7, 1e8]);
    expect(logTicks(1, 1e9, 5)).toEqual([1, 1e2, 1e4, 1e6, 1e8]);
  });

  it('includes ticks at the ends of the domain', () => {
    expect(logTicks(1e3, 1e5, 3)).toEqual([1e3, 1e4, 1e5]);
  });

  it('is empty for a domain that is not positive and increasing', () => {
    expect(logTicks(0, 10, 5)).toEqual([]);
    expect(logTicks(10, 10, 5)).toEqual([]);
  });
});
