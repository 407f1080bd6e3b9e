import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { fillUniforms, streamKey, uniformStream } from '../../src/engine/random.js';

describe('uniform streams', () => {
  const keys = ['retail-2021', streamKey('retail-2021', 0, 'events'), streamKey('x', 9_999, 'effect:mfa:0'), 'ü-ñ-€', ''];

  it("are seedrandom's xor128 numbers, moved half a step off 0: prng() + 2^-33", () => {
    for (const key of keys) {
      const reference = seedrandom.xor128(key);
      const stream = uniformStream(key);
      for (let i = 0; i < 10_000; i++) expect(stream()).toBe(reference() + 2 ** -33);
    }
  });

  it('are never 0 or 1', () => {
    const stream = uniformStream('bounds');
    for (let i = 0; i < 100_000; i++) {
      const u = stream();
      expect(u > 0 && u < 1).toBe(true);
    }
  });

  it('fillUniforms gives exactly the numbers of uniformStream, in order', () => {
    for (const key of keys) {
      const column = new Float64Array(50_000);
      fillUniforms(key, column, column.length);
      const stream = uniformStream(key);
      for (let i = 0; i < column.length; i++) {
        if (column[i] !== stream()) throw new Error(`key ${JSON.stringify(key)}: draw ${i} differs`);
      }
    }
  });

  it('have the moments of U(0, 1) (mean 1/2, variance 1/12, within 4 standard errors)', () => {
    const n = 200_000;
    const column = new Float64Array(n);
    fillUniforms('moments', column, n);
    let sum = 0;
    let squares = 0;
    for (const u of column) {
      sum += u;
      squares += (u - 0.5) ** 2;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    // Var of (U - 1/2)^2 is 1/80 - 1/144.
    expect(Math.abs(squares / n - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });
});
