import { describe, expect, it } from 'vitest';
import { moneyTick } from '../../../src/ui/charts/moneyTick.js';

describe('moneyTick', () => {
  it('drops trailing zeros of formatMoney', () => {
    expect(moneyTick(5_000_000, 'USD')).toBe('$5M');
    expect(moneyTick(2_500_000, 'USD')).toBe('$2.5M');
    expect(moneyTick(10_000_000, 'USD')).toBe('$10M');
    expect(moneyTick(200_000, 'USD')).toBe('$200k');
    expect(moneyTick(0, 'USD')).toBe('$0');
    expect(moneyTick(1_000_000_000, 'EUR')).toBe('€1B');
  });

  it('keeps significant digits', () => {
    expect(moneyTick(1_050_000, 'USD')).toBe('$1.05M');
    expect(moneyTick(1_260_000, 'USD')).toBe('$1.26M');
    expect(moneyTick(-1_500_000, 'GBP')).toBe('-£1.5M');
  });
});
