import { describe, expect, it } from 'vitest';
import { ratePercent } from '../../../src/ui/executive/ratePercent.js';

describe('ratePercent', () => {
  it('writes a rate as a percentage without trailing zeros, three significant digits (by hand: 0.06 x 100 = 6)', () => {
    expect(ratePercent(0.06)).toBe('6%');
    expect(ratePercent(0.025)).toBe('2.5%');
    expect(ratePercent(0.00125)).toBe('0.125%');
    expect(ratePercent(0.07)).toBe('7%'); // 0.07 x 100 is 7.000000000000001 in binary: rounded away
    expect(ratePercent(0)).toBe('0%');
    expect(ratePercent(1 / 3)).toBe('33.3%');
  });
});
