import { describe, expect, it } from 'vitest';
import { clean, displayTyped, fromPercent, parseTyped, sameTyped, stepTyped, toPercent } from '../../../src/ui/analyst/typedNumber.js';

describe('parseTyped', () => {
  it('gives a number when Number(text) is finite', () => {
    expect(parseTyped('0.4')).toBe(0.4);
    expect(parseTyped(' 12 ')).toBe(12);
    expect(parseTyped('1e6')).toBe(1e6);
    expect(parseTyped('-3')).toBe(-3);
  });

  it('keeps anything else as the text typed, blanks included', () => {
    expect(parseTyped('0.4x')).toBe('0.4x');
    expect(parseTyped('abc')).toBe('abc');
    expect(parseTyped('')).toBe('');
    expect(parseTyped('  ')).toBe('  ');
    expect(parseTyped('Infinity')).toBe('Infinity');
    expect(parseTyped('1,000')).toBe('1,000');
  });

  it("reads only decimals: 0x10, 0b11, 0o17 and 1e are text, not the 16, 3 and 15 Number() makes of them", () => {
    for (const text of ['0x10', '0X1F', '0b11', '0o17', '1e', '.', '+', '1..2', '--1', '0x10', '1_000']) expect(parseTyped(text)).toBe(text);
    expect(parseTyped('0x10', true)).toBe('0x10');
    for (const [text, value] of [['.5', 0.5], ['5.', 5], ['+2', 2], ['-0.25e-2', -0.0025], ['007', 7], ['1E3', 1000]] as const) {
      expect(parseTyped(text)).toBe(value);
    }
  });

  it('divides by 100 for a percentage, exactly for what people type', () => {
    expect(parseTyped('60', true)).toBe(0.6);
    expect(parseTyped('29', true)).toBe(0.29);
    expect(parseTyped('0.1', true)).toBe(0.001);
    expect(parseTyped('6o', true)).toBe('6o');
  });

  it('takes a percentage typed with its sign, and only in a field of percentages', () => {
    expect(parseTyped('10%', true)).toBe(0.1);
    expect(parseTyped(' 25 % ', true)).toBe(0.25);
    expect(parseTyped('10%')).toBe('10%');
    expect(parseTyped('%', true)).toBe('%');
    expect(parseTyped('10%%', true)).toBe('10%%');
  });
});

describe('displayTyped and sameTyped', () => {
  it('shows numbers as JavaScript writes them, text as it is', () => {
    expect(displayTyped(0.39)).toBe('0.39');
    expect(displayTyped(4889755)).toBe('4889755');
    expect(displayTyped('0.4x')).toBe('0.4x');
    expect(displayTyped(undefined)).toBe('');
    expect(displayTyped({ value: 1 })).toBe('');
  });

  it('shows fractions as clean percentages', () => {
    expect(0.29 * 100).not.toBe(29); // the binary noise `clean` removes
    expect(displayTyped(0.29, true)).toBe('29');
    expect(displayTyped(0.6, true)).toBe('60');
  });

  it('keeps text in progress that stands for the stored value', () => {
    expect(sameTyped('0.', 0)).toBe(true);
    expect(sameTyped('0.50', 0.5)).toBe(true);
    expect(sameTyped('abc', 'abc')).toBe(true);
    expect(sameTyped('0.5', 0.4)).toBe(false);
    expect(sameTyped('60', 0.6, true)).toBe(true);
  });

  it('round-trips every percentage with two decimals', () => {
    for (let i = 0; i <= 10000; i++) {
      const text = (i / 100).toFixed(2);
      const stored = parseTyped(text, true) as number;
      expect(Number(displayTyped(stored, true))).toBe(Number(text));
    }
  });
});

describe('clean, percent and step', () => {
  it('removes binary noise only', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(1 / 3)).toBe(0.333333333333333);
    expect(toPercent(0.29)).toBe(29);
    expect(fromPercent(29)).toBe(0.29);
  });

  it('steps numbers and leaves text', () => {
    expect(stepTyped(0.39, 0.01)).toBe(0.4);
    expect(stepTyped(0.1, 0.2)).toBe(0.3);
    expect(stepTyped('abc', 1)).toBe('abc');
    expect(stepTyped(undefined, 1)).toBeUndefined();
  });
});
