import { describe, expect, it } from 'vitest';
import { toleranceAt, tolerancePoints, toleranceVerdict, type ExceedancePoint, type Results } from '../../../src/engine/index.js';

/**
 * The risk tolerance against hand arithmetic: the curve is linear in log(loss) and
 * log(chance) between its points, and a vendor passes when its exceedance chance is at
 * most the curve's at each of the curve's points and at every grid loss between them.
 */

const close = (a: number | undefined, b: number) => expect(Math.abs(a! / b - 1)).toBeLessThan(1e-12);
const curve = (...pairs: [number, number][]): ExceedancePoint[] => pairs.map(([loss, probability]) => ({ loss, probability }));

describe('toleranceAt', () => {
  const line = curve([1e6, 0.1], [1e8, 0.001]);

  it('through (1e6, 0.1) and (1e8, 0.001): 0.01 at 1e7, halfway in both logs (1e-12 relative)', () => {
    close(toleranceAt(line, 1e7), 0.01);
    // A quarter of the way in log loss (10^6.5): a quarter of the way in log chance, 10^-1.5.
    close(toleranceAt(line, 10 ** 6.5), 10 ** -1.5);
  });

  it('exact at its points, undefined outside them', () => {
    expect(toleranceAt(line, 1e6)).toBe(0.1);
    expect(toleranceAt(line, 1e8)).toBe(0.001);
    expect(toleranceAt(line, 999_999)).toBeUndefined();
    expect(toleranceAt(line, 1.0000001e8)).toBeUndefined();
    expect(toleranceAt(line, Number.NaN)).toBeUndefined();
    expect(toleranceAt([], 1e7)).toBeUndefined();
  });

  it('a flat segment stays flat, and each segment uses its own two points', () => {
    const three = curve([1e6, 0.1], [1e7, 0.05], [1e8, 0.05]);
    close(toleranceAt(three, 3e7), 0.05);
    // Halfway between 1e6 and 1e7 in log loss: the geometric mean of 0.1 and 0.05.
    close(toleranceAt(three, Math.sqrt(1e13)), Math.sqrt(0.1 * 0.05));
    expect(toleranceAt(three, 1e7)).toBe(0.05);
  });

  it('tolerancePoints: a point is a curve of one, a curve its points', () => {
    expect(tolerancePoints({ loss: 5e6, probability: 0.05, per: 'contract' })).toEqual([{ loss: 5e6, probability: 0.05 }]);
    expect(tolerancePoints({ points: line, source: 'board' })).toEqual(line);
  });
});

/**
 * Three vendors on the grid 1e6, 1e7, 1e8 (their year's curves), with a different contract
 * curve, so that `per` shows which one is read:
 *   a (year): 0.3, 0.04, 0.001;   b: 0.5, 0.08, 0.01;   c: 0.1, 0.015, 0.0019;   ref: 0.6, 0.2, 0.05.
 */
function results(withContract: boolean): Results {
  const year = {
    a: curve([1e6, 0.3], [1e7, 0.04], [1e8, 0.001]),
    b: curve([1e6, 0.5], [1e7, 0.08], [1e8, 0.01]),
    c: curve([1e6, 0.1], [1e7, 0.015], [1e8, 0.0019]),
    ref: curve([1e6, 0.6], [1e7, 0.2], [1e8, 0.05]),
  };
  const contract = {
    a: curve([1e6, 0.6], [1e7, 0.2], [1e8, 0.01]),
    b: curve([1e6, 0.4], [1e7, 0.05], [1e8, 0.004]),
    c: curve([1e6, 0.9], [1e7, 0.5], [1e8, 0.1]),
    ref: curve([1e6, 0.9], [1e7, 0.6], [1e8, 0.2]),
  };
  const ids = ['ref', 'a', 'b', 'c'] as const;
  const vendors = ids.map((id) => ({ id, name: id.toUpperCase(), reference: id === 'ref', exceedance: year[id] }));
  return {
    vendors,
    ranking: ['c', 'a', 'b'],
    ...(withContract ? { contract: { vendors: ids.map((id) => ({ id, total: { exceedance: contract[id] } })), ranking: ['c', 'a', 'b'] } } : {}),
  } as unknown as Results;
}

describe('toleranceVerdict on hand-built results', () => {
  it('a point at 1e7, 5%: a (4%) and c (1.5%) pass, b (8%) fails; the ranking order, the reference last', () => {
    const verdict = toleranceVerdict(results(false), { loss: 1e7, probability: 0.05 });
    expect(verdict.per).toBe('year');
    expect(verdict.points).toEqual([{ loss: 1e7, probability: 0.05 }]);
    expect(verdict.vendors.map((v) => [v.id, v.passes, v.loss, v.probability, v.allowed])).toEqual([
      ['c', true, 1e7, 0.015, 0.05],
      ['a', true, 1e7, 0.04, 0.05],
      ['b', false, 1e7, 0.08, 0.05],
      ['ref', false, 1e7, 0.2, 0.05],
    ]);
    expect(verdict.vendors.map((v) => v.reference)).toEqual([false, false, false, true]);
  });

  it('a point between grid losses reads the curve linearly in log loss: at sqrt(1e13), a has (0.3 + 0.04) / 2', () => {
    const verdict = toleranceVerdict(results(false), { loss: Math.sqrt(1e13), probability: 0.2 });
    const a = verdict.vendors.find((v) => v.id === 'a')!;
    close(a.probability, 0.17);
    expect(a.passes).toBe(true);
    close(verdict.vendors.find((v) => v.id === 'b')!.probability, 0.29);
    expect(verdict.vendors.find((v) => v.id === 'b')!.passes).toBe(false);
  });

  it('a curve (1e6, 20%)-(1e8, 0.2%), allowing 2% at 1e7: each vendor binds where its ratio to the curve is largest', () => {
    const verdict = toleranceVerdict(results(false), { points: curve([1e6, 0.2], [1e8, 0.002]) });
    const byId = new Map(verdict.vendors.map((v) => [v.id, v]));
    // a: 0.3 / 0.2 = 1.5 at 1e6, 0.04 / 0.02 = 2 at 1e7, 0.001 / 0.002 = 0.5 at 1e8: binds at 1e7, fails.
    expect(byId.get('a')).toMatchObject({ loss: 1e7, probability: 0.04, passes: false });
    close(byId.get('a')!.allowed, 0.02);
    // b: 2.5, 4, 5: binds at 1e8, fails.
    expect(byId.get('b')).toMatchObject({ loss: 1e8, probability: 0.01, allowed: 0.002, passes: false });
    // c: 0.5, 0.75, 0.95: nearest at 1e8, passes.
    expect(byId.get('c')).toMatchObject({ loss: 1e8, probability: 0.0019, allowed: 0.002, passes: true });
  });

  it('per: "contract" reads contract.vendors[j].total.exceedance', () => {
    const verdict = toleranceVerdict(results(true), { loss: 1e7, probability: 0.1, per: 'contract' });
    expect(verdict.per).toBe('contract');
    const byId = new Map(verdict.vendors.map((v) => [v.id, v]));
    // The contract's curves at 1e7: a 0.2, b 0.05, c 0.5 (the year's would pass a and c and fail b).
    expect(byId.get('a')).toMatchObject({ probability: 0.2, passes: false });
    expect(byId.get('b')).toMatchObject({ probability: 0.05, passes: true });
    expect(byId.get('c')).toMatchObject({ probability: 0.5, passes: false });
    // per: "year" on the same results still reads the year's curves.
    const year = toleranceVerdict(results(true), { loss: 1e7, probability: 0.1 });
    expect(new Map(year.vendors.map((v) => [v.id, v.probability]))).toEqual(new Map([['a', 0.04], ['b', 0.08], ['c', 0.015], ['ref', 0.2]]));
  });

  it('per: "contract" on a run without contract terms reads the year (a one-year contract with no terms)', () => {
    const verdict = toleranceVerdict(results(false), { loss: 1e7, probability: 0.1, per: 'contract' });
    expect(verdict.per).toBe('contract');
    expect(verdict.vendors.find((v) => v.id === 'a')!.probability).toBe(0.04);
  });
});
