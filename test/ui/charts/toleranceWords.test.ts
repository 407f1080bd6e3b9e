import { describe, expect, it } from 'vitest';
import { readoutText } from '../../../src/ui/charts/curveSetWords.js';
import { drawnTolerance } from '../../../src/ui/charts/drawnTolerance.js';
import { formatMoney } from '../../../src/format/money.js';

const money = (x: number) => formatMoney(x, 'USD');

describe('the exceedance readout in words', () => {
  it('reads a curve at a loss as years, years with a breach, or contracts', () => {
    expect(readoutText('year', 0.04, '$5M')).toBe('1 year in 25 loses more than $5M');
    expect(readoutText('occurrence', 0.04, '$5M')).toBe('1 year in 25 has a breach costing more than $5M');
    expect(readoutText('contract', 0.04, '$5M')).toBe('1 contract in 25 loses more than $5M');
    expect(readoutText('contract', 0.6, '$5M')).toBe('60% of contracts lose more than $5M');
  });
});

describe('drawnTolerance', () => {
  it('keeps what the engine accepts in shape and drops the rest', () => {
    const point = { loss: 2e7, probability: 0.05 };
    expect(drawnTolerance(point)).toBe(point);
    expect(drawnTolerance({ ...point, probability: 0 })).toBeUndefined();
    expect(drawnTolerance({ ...point, probability: 1.2 })).toBeUndefined();
    expect(drawnTolerance({ ...point, loss: '20M' })).toBeUndefined();
    expect(drawnTolerance({ ...point, per: 'month' })).toBeUndefined();
    expect(drawnTolerance(undefined)).toBeUndefined();
    const curve = { points: [{ loss: 1e7, probability: 0.05 }, { loss: 2e7, probability: 0.05 }], per: 'contract' };
    expect(drawnTolerance(curve)).toBe(curve);
    expect(drawnTolerance({ points: [curve.points[1], curve.points[0]] })).toBeUndefined();
    expect(drawnTolerance({ points: [{ loss: 1e7, probability: 0.01 }, { loss: 2e7, probability: 0.05 }] })).toBeUndefined();
    expect(drawnTolerance({ points: [curve.points[0]] })).toBeUndefined();
  });
});
