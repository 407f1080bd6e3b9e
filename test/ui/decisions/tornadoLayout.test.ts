import { describe, expect, it } from 'vitest';
import type { TornadoBar } from '../../../src/engine/index.js';
import { labelSide, tornadoDomain } from '../../../src/ui/decisions/tornadoLayout.js';

const bar = (atLow: number, atHigh: number): TornadoBar => ({
  input: 'x', label: 'X', kind: 'plain', unit: 'money', low: 1, high: 2, atLow, atHigh, swing: Math.abs(atHigh - atLow),
});

describe('tornadoDomain', () => {
  it('spans the base and every end', () => {
    expect(tornadoDomain({ base: -8, bars: [bar(-180, 200), bar(-100, 90)] })).toEqual([-180, 200]);
  });
  it('takes in 0 when asked (the decision tie line)', () => {
    expect(tornadoDomain({ base: 10, bars: [bar(5, 20)] })).toEqual([5, 20]);
    expect(tornadoDomain({ base: 10, bars: [bar(5, 20)] }, true)).toEqual([0, 20]);
  });
  it('is never empty, even with no swing at all', () => {
    expect(tornadoDomain({ base: 3, bars: [bar(3, 3)] })).toEqual([2, 4]);
  });
});

describe('labelSide', () => {
  it('puts a label outward from the base', () => {
    expect(labelSide(120, -40, 10)).toBe(1);
    expect(labelSide(-40, 120, 10)).toBe(-1);
  });
  it('puts the label of an end without swing opposite the other end', () => {
    expect(labelSide(10, 80, 10)).toBe(-1);
    expect(labelSide(10, -80, 10)).toBe(1);
    expect(labelSide(10, 10, 10)).toBe(1);
  });
});
