import { describe, expect, it } from 'vitest';
import { formatMoney, separatingDigits } from '../../src/format/money.js';

describe('formatMoney', () => {
  it.each([
    [9_050_000, 3, '$9.05M'],
    [412_300, 3, '$412k'],
    [999_000, 3, '$999k'],
    [999_600, 3, '$1.00M'],
    [8_791_234, 5, '$8.7912M'],
    [8_791_234, 7, '$8.791234M'],
    [999_960, 5, '$999.96k'],
    [999_999.6, 6, '$1.00000M'],
    [512, 3, '$512'],
    [0, 3, '$0'],
  ])('%d with %d digits is %s', (amount, digits, text) => {
    expect(formatMoney(amount, 'USD', digits)).toBe(text);
  });
});

describe('separatingDigits', () => {
  it('adds digits until neighbours read differently', () => {
    // The case: two leaders $8.3k apart must not both read "$8.79M".
    expect(separatingDigits([8_785_012, 8_793_371], 'USD')).toBe(4);
    expect(formatMoney(8_785_012, 'USD', 4)).toBe('$8.785M');
    expect(formatMoney(8_793_371, 'USD', 4)).toBe('$8.793M');
    expect(separatingDigits([8_790_100, 8_790_400], 'USD')).toBe(5); // '$8.7901M' and '$8.7904M'
    expect(separatingDigits([1e6, 2e6, 3e6], 'USD')).toBe(3);
  });

  it('leaves equal amounts equal and stops at 7 digits', () => {
    expect(separatingDigits([5e6, 5e6], 'USD')).toBe(3);
    expect(separatingDigits([5_000_000, 5_000_000.2], 'USD')).toBe(7);
  });
});
