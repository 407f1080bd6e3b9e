import { describe, expect, it } from 'vitest';
import type { ToleranceVerdict } from '../../src/engine/index.js';
import { toleranceAnswer } from '../../src/format/toleranceAnswer.js';

/** A verdict by hand: a point tolerance of 5% a year above $20M. */
function verdict(passes: Record<string, boolean>): ToleranceVerdict {
  const vendors = Object.entries(passes).map(([id, ok]) => ({
    id, name: id.toUpperCase(), reference: id === 'none', loss: 2e7, probability: ok ? 0.03 : 0.08, allowed: 0.05, passes: ok,
  }));
  return { per: 'year', points: [{ loss: 2e7, probability: 0.05 }], vendors };
}

describe('the tolerance in the answer', () => {
  it('says the vendor ranked first is within it, and which others exceed it', () => {
    expect(toleranceAnswer(verdict({ a: true, b: true, none: false }), ['a', 'b'], 'USD'))
      .toBe('A is within the risk tolerance (at most 5.0% a year of losing more than $20.0M), and so is every other vendor.');
    expect(toleranceAnswer(verdict({ a: true, b: false, c: false }), ['a', 'b', 'c'], 'USD'))
      .toBe('A is within the risk tolerance (at most 5.0% a year of losing more than $20.0M); B and C exceed it.');
  });

  it('follows the ranking it is given, not the verdict\'s order, and names the next vendor within it', () => {
    expect(toleranceAnswer(verdict({ a: true, b: false, c: true }), ['b', 'a', 'c'], 'USD'))
      .toBe('B exceeds the risk tolerance (at most 5.0% a year of losing more than $20.0M): an 8.0% chance of losing more than $20.0M, against 5.0% allowed. The cheapest vendor within it is A.');
    expect(toleranceAnswer(verdict({ a: false, b: false }), ['a', 'b'], 'USD')).toMatch(/No vendor is within it\.$/);
  });

  it('says nothing without a candidate', () => {
    expect(toleranceAnswer(verdict({ none: true }), [], 'USD')).toBe('');
  });
});
