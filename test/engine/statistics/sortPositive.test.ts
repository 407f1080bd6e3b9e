import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortPositive } from '../../../src/engine/statistics/sortPositive.js';

describe('sortPositive', () => {
  it('sorts like Float64Array.prototype.sort (the reference), for any positive finite doubles', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), { maxLength: 300 }), (xs) => {
        const mine = sortPositive(Float64Array.from(xs));
        const reference = Float64Array.from(xs).sort();
        return mine.every((x, i) => Object.is(x, reference[i]));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('sorts a large sample spanning many magnitudes, with ties', () => {
    const xs = new Float64Array(200_000);
    let state = 1;
    for (let i = 0; i < xs.length; i++) {
      state = (Math.imul(state, 48271) % 2147483647 + 2147483647) % 2147483647;
      xs[i] = i % 7 === 0 ? 1_070_000 : (state / 2147483647) ** 4 * 1e9 + 1;
    }
    const reference = xs.slice().sort();
    expect(sortPositive(xs)).toEqual(reference);
  });
});
