import { describe, expect, it } from 'vitest';
import { chosenCurveSet, curveSetsOf, curvesOf, toleranceCurveSet } from '../../../src/ui/charts/curveSets.js';
import type { Results } from '../../../src/engine/index.js';

const curve = (p: number) => [{ loss: 1e3, probability: p }, { loss: 1e4, probability: p / 2 }];
/** Two vendors; with a contract, each set's curves are told apart by their first chance. */
const vendors = [{ id: 'a', name: 'A', exceedance: curve(0.4) }, { id: 'b', name: 'B', exceedance: curve(0.3) }];
const contract = {
  vendors: [
    { id: 'a', occurrence: curve(0.2), total: { exceedance: curve(0.8) } },
    { id: 'b', occurrence: curve(0.1), total: { exceedance: curve(0.7) } },
  ],
};
const plain = { vendors } as unknown as Results;
const withContract = { vendors, contract } as unknown as Results;

describe('curve sets', () => {
  it('offers the year only without contract terms, all three with them', () => {
    expect(curveSetsOf(plain)).toEqual(['year']);
    expect(curveSetsOf(withContract)).toEqual(['year', 'occurrence', 'contract']);
  });

  it('reads a tolerance per contract on the contract total, but only when the run has a contract', () => {
    expect(toleranceCurveSet(withContract, { per: 'contract' })).toBe('contract');
    expect(toleranceCurveSet(withContract, { per: 'year' })).toBe('year');
    expect(toleranceCurveSet(withContract, {})).toBe('year');
    expect(toleranceCurveSet(withContract, undefined)).toBe('year');
    expect(toleranceCurveSet(plain, { per: 'contract' })).toBe('year');
  });

  it("opens on the tolerance's set, keeps a pick while the run has it, and falls back to the year", () => {
    const all = curveSetsOf(withContract);
    expect(chosenCurveSet(all, null, 'contract')).toBe('contract');
    expect(chosenCurveSet(all, null, 'year')).toBe('year');
    expect(chosenCurveSet(all, 'occurrence', 'contract')).toBe('occurrence');
    expect(chosenCurveSet(['year'], 'contract', 'year')).toBe('year');
    expect(chosenCurveSet(['year'], null, 'contract')).toBe('year');
  });

  it("takes each vendor's curve of the set, in the scenario's order", () => {
    const first = (set: Parameters<typeof curvesOf>[1], r = withContract) => curvesOf(r, set).map((v) => [v.id, v.curve[0].probability]);
    expect(first('year')).toEqual([['a', 0.4], ['b', 0.3]]);
    expect(first('occurrence')).toEqual([['a', 0.2], ['b', 0.1]]);
    expect(first('contract')).toEqual([['a', 0.8], ['b', 0.7]]);
    expect(first('contract', plain)).toEqual([['a', 0.4], ['b', 0.3]]);
  });
});
