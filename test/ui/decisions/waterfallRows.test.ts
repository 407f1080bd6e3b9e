import { describe, expect, it } from 'vitest';
import type { Waterfall } from '../../../src/engine/index.js';
import { waterfallDomain, waterfallRows } from '../../../src/ui/decisions/waterfallRows.js';

const step = (control: string, change: number, alone: number) => ({ control, label: control.toUpperCase(), coverageFrom: 0, coverageTo: 1, change, alone });

describe('waterfallRows', () => {
  const waterfall: Waterfall = { from: 'ref', start: 100, steps: [step('mfa', -30, -40), step('vdi', 5, 6)], end: 75 };
  const rows = waterfallRows(waterfall, 'Reference', 'Vendor');

  it('runs from the start total through each step to the end total', () => {
    expect(rows.map((r) => [r.kind, r.from, r.to, r.value])).toEqual([
      ['start', 0, 100, 100],
      ['step', 100, 70, -30],
      ['step', 70, 75, 5],
      ['end', 0, 75, 75],
    ]);
    expect(rows[1].alone).toBe(-40);
    expect(rows[1].control).toBe('mfa');
  });

  it('its steps sum to the end minus the start (hand sum: -30 + 5 = -25)', () => {
    const steps = rows.filter((r) => r.kind === 'step').reduce((s, r) => s + r.value, 0);
    expect(steps).toBe(waterfall.end - waterfall.start);
  });

  it('is a start and an end alone when no control differs', () => {
    expect(waterfallRows({ from: null, start: 50, steps: [], end: 50 }, 'No controls', 'V').map((r) => r.kind)).toEqual(['start', 'end']);
  });

  it('takes an axis from 0 to the highest running loss', () => {
    expect(waterfallDomain(rows)).toEqual([0, 100]);
    expect(waterfallDomain(waterfallRows({ from: null, start: 10, steps: [step('x', 40, 40)], end: 50 }, 'a', 'b'))).toEqual([0, 50]);
  });
});
