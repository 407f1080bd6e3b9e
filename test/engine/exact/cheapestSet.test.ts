import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestSet, MAX_SET_EVALUATIONS, MAX_SET_OPTIONS, negotiationOf } from '../../../src/engine/index.js';
import { constantScenario, expectedLossAtMeans } from '../../helpers/scenarios.js';
import { candidatesOf, coverageMap, costOf, edited, modelOf, relativeError } from '../../helpers/exact.js';

/** Every subset of `n` options, as bit masks. */
const subsets = (n: number) => Array.from({ length: 2 ** n }, (_, mask) => mask);

describe('cheapestSet on a monotone loss, against brute force over all subsets (fast-check, seed 7)', () => {
  it('finds the least total cost of a set that gets strictly below the target, or null when none does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cost: fc.integer({ min: 0, max: 100 }), cut: fc.oneof(fc.integer({ min: 0, max: 900 }).map((x) => x / 1000), fc.double({ min: 0, max: 0.9, noNaN: true })) }), { minLength: 0, maxLength: 9 }),
        fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.double({ min: 0, max: 2000, noNaN: true })),
        (options, target) => {
          // Loss 1000 x prod(1 - cut_i) over the chosen: controls only lower it.
          const lossOf = (chosen: ArrayLike<number>) => options.reduce((loss, o, i) => (chosen[i] ? loss * (1 - o.cut) : loss), 1000);
          const found = cheapestSet({ costs: options.map((o) => o.cost), lossWith: lossOf, price: 100, target });
          let best = Infinity;
          for (const mask of subsets(options.length)) {
            const chosen = options.map((_, i) => (mask >> i) & 1);
            const added = options.reduce((t, o, i) => t + (chosen[i] ? o.cost : 0), 0);
            if (100 + added + lossOf(chosen) < target) best = Math.min(best, added);
          }
          if (best === Infinity) {
            expect(found).toBeNull();
            return;
          }
          expect(found).not.toBeNull();
          expect(found!.addedCost).toBe(best); // integer costs: exact
          const chosen = options.map((_, i) => (found!.options.includes(i) ? 1 : 0));
          expect(found!.addedCost).toBe(options.reduce((t, o, i) => t + (chosen[i] ? o.cost : 0), 0));
          expect(found!.cost).toBe(100 + found!.addedCost + lossOf(chosen));
          expect(found!.cost).toBeLessThan(target);
          expect(found!.options).toEqual([...found!.options].sort((a, b) => a - b));
        },
      ),
      { seed: 7, numRuns: 400 },
    );
  });

  it('the doc example: { options: [1], addedCost: 80, cost: 780 }', () => {
    expect(cheapestSet({ costs: [50, 80], lossWith: (c) => 1000 - 100 * c[0] - 300 * c[1], price: 0, target: 950 }))
      .toEqual({ options: [1], addedCost: 80, cost: 780, exhaustive: true });
  });

  it('an empty set when the vendor already beats the target', () => {
    expect(cheapestSet({ costs: [5], lossWith: () => 10, price: 0, target: 11 })).toEqual({ options: [], addedCost: 0, cost: 10, exhaustive: true });
  });

  it('stops at its budget on the worst case (20 equal options, 10 needed), with a set that does beat the target', () => {
    // Each option removes 100 of a loss of 2,000 at a cost of 10, so k of them cost
    // 10k + 2,000 - 100k = 2,000 - 90k, below the target 1,150 from k = 10 on: the exact search
    // would visit every set of up to 10 of the 20 (about 616,000) before it is sure.
    let evaluations = 0;
    const search = {
      costs: Array.from({ length: 20 }, () => 10),
      lossWith: (c: Uint8Array) => {
        evaluations++;
        return 2000 - 100 * c.reduce((t, x) => t + x, 0);
      },
      price: 0,
      target: 1150,
    };
    const found = cheapestSet(search)!;
    // Bounded: the budget plus the greedy search's at most 20 x 21 / 2 + 1 evaluations.
    expect(evaluations).toBeLessThanOrEqual(MAX_SET_EVALUATIONS + 211);
    expect(found.exhaustive).toBe(false);
    expect(found.options).toHaveLength(10); // 2,000 - 90 x 10 = 1,100 < 1,150; 9 give 1,190
    expect(found.addedCost).toBe(100);
    expect(found.cost).toBe(1100);
  });

  it('returns the same set as an unbounded search wherever the budget is not reached (fast-check, seed 11)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cost: fc.integer({ min: 0, max: 100 }), cut: fc.integer({ min: 0, max: 900 }).map((x) => x / 1000) }), { minLength: 0, maxLength: 9 }),
        fc.integer({ min: 0, max: 1200 }),
        (options, target) => {
          const lossWith = (chosen: ArrayLike<number>) => options.reduce((loss, o, i) => (chosen[i] ? loss * (1 - o.cut) : loss), 1000);
          const search = { costs: options.map((o) => o.cost), lossWith, price: 100, target };
          // 2^9 subsets, twice each at most: 1,100 evaluations never reach the budget.
          expect(cheapestSet(search)).toEqual(cheapestSet(search, Infinity));
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it('with a tiny budget still finds a valid set, by the greedy search, or says none exactly', () => {
    const lossWith = (c: Uint8Array) => 1000 * (c[0] ? 0.5 : 1) * (c[1] ? 0.6 : 1) * (c[2] ? 0.9 : 1);
    const found = cheapestSet({ costs: [100, 50, 10], lossWith, price: 0, target: 700 }, 2)!;
    expect(found.exhaustive).toBe(false);
    expect(found.cost).toBeLessThan(700);
    expect(cheapestSet({ costs: [100, 50, 10], lossWith, price: 0, target: 200 }, 2)).toBeNull(); // 1000 x 0.27 = 270 >= 200
  });
});

/**
 * A random negotiation: a catalogue of up to 8 controls (one effect each), the vendor
 * 'target' lacking all or holding some partially, priced by the catalogue or by the
 * vendor itself (or not at all), and one or two rivals holding random sets.
 */
const arbitraryNegotiation = fc
  .record({
    controls: fc.array(
      fc.record({
        kind: fc.constantFrom('vectors', 'components', 'amplifiers'),
        pick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        reduction: fc.integer({ min: 0, max: 900 }).map((x) => x / 1000),
        catalogueCost: fc.option(fc.integer({ min: 0, max: 150_000 }), { nil: undefined, freq: 4 }),
        ownCost: fc.option(fc.integer({ min: 0, max: 150_000 }), { nil: undefined, freq: 4 }),
        targetCoverage: fc.constantFrom(-1, 0, 0.5, 1),
        rivals: fc.array(fc.integer({ min: 0, max: 3 }).map((x) => x === 0), { minLength: 2, maxLength: 2 }), // held 1 time in 4
      }),
      { minLength: 1, maxLength: 8 },
    ),
    prices: fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 3, maxLength: 3 }),
    rivalCount: fc.integer({ min: 1, max: 2 }),
  })
  .map(({ controls, prices, rivalCount }) => {
    const names = { vectors: ['v0', 'v1', 'v2'], components: ['k0', 'k1'], amplifiers: ['a0'] } as const;
    const catalogue: any = {};
    controls.forEach((c, i) => {
      const all = names[c.kind];
      let targets = all.filter((_, t) => c.pick[t]);
      if (targets.length === 0) targets = [all[0]];
      catalogue[`c${i}`] = {
        label: `C${i}`,
        question: 'pii',
        effects: [{ [c.kind]: targets, reduction: c.reduction }],
        ...(c.catalogueCost === undefined ? {} : { annualCost: c.catalogueCost }),
      };
    });
    const target = {
      id: 'target',
      name: 'Target',
      annualPrice: prices[0],
      controls: controls.flatMap((c, i): any[] => {
        if (c.targetCoverage < 0) return [];
        if (c.targetCoverage === 1) return [`c${i}`];
        return [{ id: `c${i}`, coverage: c.targetCoverage, ...(c.ownCost === undefined ? {} : { annualCost: c.ownCost }) }];
      }),
    };
    const rivals = Array.from({ length: rivalCount }, (_, r) => ({
      id: `rival${r}`,
      name: `Rival ${r}`,
      annualPrice: 300_000 + prices[r + 1],
      controls: controls.flatMap((c, i) => (c.rivals[r] ? [`c${i}`] : [])),
    }));
    return {
      ...constantScenario(),
      frequency: { annualIncidence: 0.3, vectors: { v0: 0.5, v1: 0.3, v2: 0.2 } },
      magnitude: { perBreach: 2_000_000, components: { k0: 0.7, k1: 0.3 }, amplifiers: { a0: { probability: 0.3, amount: 5_000_000 } } },
      controls: catalogue,
      vendors: [target, ...rivals],
    };
  });

/** The options a vendor could add, written from the scenario: not fully held, with a cost (its own, else the catalogue's). */
function optionsOf(scenario: any, vendorId: string): { id: string; cost: number }[] {
  const vendor = scenario.vendors.find((v: any) => v.id === vendorId);
  const coverage = coverageMap(vendor);
  const own = new Map(vendor.controls.filter((c: any) => typeof c !== 'string' && c.annualCost !== undefined).map((c: any) => [c.id, c.annualCost]));
  return Object.entries<any>(scenario.controls).flatMap(([id, control]) => {
    if ((coverage.get(id) ?? 0) === 1) return [];
    const cost = own.get(id) ?? control.annualCost;
    return cost === undefined ? [] : [{ id, cost: cost as number }];
  });
}

/** The scenario with `ids` brought to full coverage in the vendor's controls. */
function withAdded(scenario: any, vendorId: string, ids: readonly string[]): any {
  return edited(scenario, (s) => {
    const vendor = s.vendors.find((v: any) => v.id === vendorId);
    vendor.controls = vendor.controls.filter((c: any) => !ids.includes(typeof c === 'string' ? c : c.id)).concat(ids);
  });
}

describe('negotiationOf\'s cheapest set, against brute force over all subsets with closed-form losses (fast-check, seed 3)', () => {
  it('same least added cost, and the set found makes the vendor strictly cheapest by the independent closed form', () => {
    let found = 0;
    let none = 0;
    fc.assert(
      fc.property(arbitraryNegotiation, (scenario) => {
        const negotiation = negotiationOf(modelOf(scenario));
        const candidates = candidatesOf(scenario);
        const costs = new Map(candidates.map((id) => [id, costOf(scenario, id)]));
        for (const vendor of negotiation.vendors) {
          const others = candidates.filter((id) => id !== vendor.id).map((id) => costs.get(id)!);
          const target = Math.min(...others);
          const set = vendor.cheapestSet;
          if (vendor.id === negotiation.cheapest) {
            expect(set.status).toBe('cheapest');
            continue;
          }
          const held = coverageMap(scenario.vendors.find((v: any) => v.id === vendor.id));
          if (Object.keys(scenario.controls).every((id) => held.get(id) === 1)) {
            expect(set.status).toBe('complete');
            continue;
          }
          const options = optionsOf(scenario, vendor.id);
          if (options.length === 0) {
            expect(set.status).toBe('unpriced');
            continue;
          }
          let best = Infinity;
          for (const mask of subsets(options.length)) {
            const chosen = options.filter((_, i) => (mask >> i) & 1);
            const added = chosen.reduce((t, o) => t + o.cost, 0);
            if (added >= best) continue;
            const cost = costOf(withAdded(scenario, vendor.id, chosen.map((o) => o.id)), vendor.id) + added;
            if (cost < target) best = added;
          }
          if (best === Infinity) {
            none++;
            expect(set.status).toBe('none');
            continue;
          }
          found++;
          expect(set.status).toBe('found');
          if (set.status !== 'found') continue;
          // Sums of the same costs in another order: absolute 1e-6 (of costs up to 2.4e6).
          expect(Math.abs(set.addedCost - best)).toBeLessThan(1e-6);
          const stated = set.controls.reduce((t, id) => t + options.find((o) => o.id === id)!.cost, 0);
          expect(Math.abs(set.addedCost - stated)).toBeLessThan(1e-6);
          const after = costOf(withAdded(scenario, vendor.id, set.controls), vendor.id) + set.addedCost;
          expect(relativeError(set.cost, after)).toBeLessThan(1e-12);
          expect(after).toBeLessThan(target);
        }
      }),
      { seed: 3, numRuns: 300 },
    );
    // The generator reaches both outcomes (else the property proves little).
    expect(found).toBeGreaterThan(20);
    expect(none).toBeGreaterThan(20);
  });
});

/** n controls, each cutting the 'other' vector a little, all priced in the catalogue. */
function manyControls(n: number, rivalPrice: number): any {
  return edited(constantScenario(), (s) => {
    s.controls = Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, {
      label: `C${i}`, question: 'pii', annualCost: 1000 + i, effects: [{ vectors: ['other'], reduction: 0.01 }],
    }]));
    s.controls.c0.effects = [{ vectors: ['credentials', 'phishing', 'physical', 'other'], reduction: 0.9 }];
    s.vendors = [
      { id: 'bare', name: 'Bare', annualPrice: 1, controls: [] },
      { id: 'rival', name: 'Rival', annualPrice: rivalPrice, controls: [] },
    ];
  });
}

describe('the statuses of negotiationOf\'s cheapest set', () => {
  it(`'too-many' beyond MAX_SET_OPTIONS (${MAX_SET_OPTIONS}) priced options, searched at exactly ${MAX_SET_OPTIONS}`, () => {
    // 'bare' (price 1) and 'rival' (price 0) hold nothing: the rival leads by 1, and c0
    // (0.9 off every vector, cost 1000) cuts the bare vendor's loss by about 2.4e6.
    const over = negotiationOf(modelOf(manyControls(MAX_SET_OPTIONS + 1, 0)));
    const bare = (n: typeof over) => n.vendors.find((v) => v.id === 'bare')!;
    expect(over.cheapest).toBe('rival');
    expect(bare(over).cheapestSet).toEqual({ status: 'too-many', options: MAX_SET_OPTIONS + 1 });
    const at = negotiationOf(modelOf(manyControls(MAX_SET_OPTIONS, 0)));
    expect(bare(at).cheapestSet).toMatchObject({ status: 'found', controls: ['c0'], addedCost: 1000 });
  });

  it('\'none\' when even every option leaves the vendor dearer (checked by the closed form with all added)', () => {
    const scenario = edited(manyControls(3, 0), (s) => (s.vendors[0].annualPrice = 5_000_000));
    const all = withAdded(scenario, 'bare', ['c0', 'c1', 'c2']);
    expect(costOf(all, 'bare') + 3003).toBeGreaterThan(costOf(scenario, 'rival'));
    expect(negotiationOf(modelOf(scenario)).vendors.find((v) => v.id === 'bare')!.cheapestSet).toEqual({ status: 'none' });
  });

  it('\'unpriced\' when no control it lacks has a cost, from the catalogue or the vendor', () => {
    const scenario = edited(manyControls(3, 0), (s) => {
      for (const c of Object.values<any>(s.controls)) delete c.annualCost;
    });
    expect(negotiationOf(modelOf(scenario)).vendors.find((v) => v.id === 'bare')!.cheapestSet).toEqual({ status: 'unpriced' });
  });

  it('\'complete\' for a vendor that is not the cheapest but holds every control in full', () => {
    const scenario = edited(manyControls(3, 0), (s) => (s.vendors[0].controls = ['c0', 'c1', 'c2']));
    scenario.vendors[0].annualPrice = 5_000_000;
    expect(negotiationOf(modelOf(scenario)).vendors.find((v) => v.id === 'bare')!.cheapestSet).toEqual({ status: 'complete' });
  });

  it('a vendor\'s own annualCost (listed at coverage 0) replaces the catalogue\'s', () => {
    // A lead of 500,000: only c0 (about 2.4e6 off) closes it, at the vendor's price for it.
    const scenario = edited(manyControls(3, 0), (s) => {
      s.vendors[0].annualPrice = 500_000;
      s.vendors[0].controls = [{ id: 'c0', coverage: 0, annualCost: 12_345 }];
    });
    expect(negotiationOf(modelOf(scenario)).vendors.find((v) => v.id === 'bare')!.cheapestSet)
      .toMatchObject({ status: 'found', controls: ['c0'], addedCost: 12_345 });
  });
});
