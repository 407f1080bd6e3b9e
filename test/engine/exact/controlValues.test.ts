import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlValuesOf } from '../../../src/engine/index.js';
import { closedForm, constantScenario, expectedLossAtMeans } from '../../helpers/scenarios.js';
import { coverageMap, edited, modelOf, relativeError, withCoverage } from '../../helpers/exact.js';

/**
 * One control halves every vector's breaches: with it a vendor's expected loss is exactly
 * half its loss without (lambda x sum_v share_v x 0.5 x ...; a factor of 2 is exact in
 * binary floating point), so its value is exactly half the reference's loss.
 */
function halvingScenario(): any {
  return edited(constantScenario(), (s) => {
    s.controls = {
      half: { label: 'Half', question: 'pii', annualCost: 10_000, effects: [{ vectors: ['credentials', 'phishing', 'physical', 'other'], reduction: 0.5 }] },
      unused: { label: 'Unused', question: 'pci', effects: [{ components: ['detection'], reduction: 0.7 }] },
    };
    s.vendors = [
      { id: 'market', name: 'Market', annualPrice: 0, controls: [], reference: true },
      { id: 'halved', name: 'Halved', annualPrice: 100, controls: ['half'] },
    ];
  });
}

describe('a constant 0.5 effect on every vector halves exactly what it touches', () => {
  const scenario = halvingScenario();
  const values = controlValuesOf(modelOf(scenario));
  const [market, halved] = values.vendors;
  const reference = closedForm(scenario, 'market').mean;

  it('the reference loss is the closed form (relative 1e-12), the halved vendor\'s exactly half of it', () => {
    expect(relativeError(market.expectedLoss, reference)).toBeLessThan(1e-12);
    expect(halved.expectedLoss).toBe(market.expectedLoss / 2);
  });

  it('the control is worth exactly half the reference loss: ifRemoved to the holder, ifFull to the reference', () => {
    const held = halved.controls.find((c) => c.control === 'half')!;
    expect(held).toMatchObject({ status: 'held', coverage: 1, ifFull: null, annualCost: null, return: null });
    expect(held.ifRemoved).toBe(market.expectedLoss / 2);
    const missing = market.controls.find((c) => c.control === 'half')!;
    expect(missing).toMatchObject({ status: 'missing', coverage: 0, ifRemoved: null, annualCost: 10_000 });
    expect(missing.ifFull).toBe(market.expectedLoss / 2);
    // return = (ifFull - cost) / cost, computed here.
    expect(missing.return).toBe((market.expectedLoss / 2 - 10_000) / 10_000);
  });

  it('a control nobody holds (0.7 off the 0.3 detection component) is worth 0.7 x 0.3 x perBreach x rate to the halved vendor (relative 1e-12)', () => {
    // 'unused' cuts the detection component by 0.7: worth 0.7 x 0.3 x perBreach x rate to anyone.
    const rate = closedForm(scenario, 'halved').rate;
    const unused = halved.controls.find((c) => c.control === 'unused')!;
    expect(relativeError(unused.ifFull!, rate * 4_000_000 * 0.3 * 0.7)).toBeLessThan(1e-12);
    expect(unused.annualCost).toBeNull();
  });

  it('the waterfall from the reference is one step of exactly minus half', () => {
    expect(halved.waterfall.from).toBe('market');
    expect(halved.waterfall.start).toBe(market.expectedLoss);
    expect(halved.waterfall.steps).toHaveLength(1);
    expect(halved.waterfall.steps[0]).toMatchObject({ control: 'half', coverageFrom: 0, coverageTo: 1, change: -market.expectedLoss / 2, alone: -market.expectedLoss / 2 });
    expect(halved.waterfall.end).toBe(halved.expectedLoss);
    expect(market.waterfall.steps).toEqual([]);
  });
});

describe('ifRemoved / ifFull are differences of closed forms on a modified scenario (constantScenario)', () => {
  const scenario = constantScenario();
  const values = controlValuesOf(modelOf(scenario));
  // Absolute tolerance: 1e-12 of the no-control loss (a difference of two values of that size).
  const scale = closedForm(scenario, 'none').mean;

  for (const vendor of scenario.vendors) {
    for (const controlId of Object.keys(scenario.controls)) {
      it(`${vendor.id} / ${controlId}`, () => {
        const value = values.vendors.find((v) => v.id === vendor.id)!.controls.find((c) => c.control === controlId)!;
        const coverage = coverageMap(vendor).get(controlId) ?? 0;
        const own = closedForm(scenario, vendor.id).mean;
        expect(value.coverage).toBe(coverage);
        expect(value.status).toBe(coverage === 1 ? 'held' : coverage > 0 ? 'partial' : 'missing');
        if (coverage > 0) {
          const without = closedForm(withCoverage(scenario, vendor.id, controlId, 0), vendor.id).mean;
          expect(Math.abs(value.ifRemoved! - (without - own))).toBeLessThan(1e-12 * scale);
        } else expect(value.ifRemoved).toBeNull();
        if (coverage < 1) {
          const full = closedForm(withCoverage(scenario, vendor.id, controlId, 1), vendor.id).mean;
          expect(Math.abs(value.ifFull! - (own - full))).toBeLessThan(1e-12 * scale);
        } else expect(value.ifFull).toBeNull();
      });
    }
  }

  it('without a reference the waterfall starts at the no-control loss, steps in catalogue order, and sums (relative 1e-9)', () => {
    for (const v of values.vendors) {
      expect(v.waterfall.from).toBeNull();
      expect(relativeError(v.waterfall.start, scale)).toBeLessThan(1e-12);
      const sum = v.waterfall.steps.reduce((t, s) => t + s.change, v.waterfall.start);
      expect(relativeError(sum, v.expectedLoss)).toBeLessThan(1e-9);
      const held = [...coverageMap(scenario.vendors.find((s: any) => s.id === v.id)).keys()];
      expect(v.waterfall.steps.map((s) => s.control)).toEqual(Object.keys(scenario.controls).filter((c) => held.includes(c)));
    }
  });

  it('a step\'s `alone` is the closed form with only that control added to the start (absolute 1e-12 x loss)', () => {
    const partial = values.vendors.find((v) => v.id === 'partial')!;
    for (const step of partial.waterfall.steps) {
      const only = edited(scenario, (s) => (s.vendors[0].controls = [{ id: step.control, coverage: step.coverageTo }]));
      expect(Math.abs(step.alone - (closedForm(only, 'none').mean - scale))).toBeLessThan(1e-12 * scale);
    }
  });
});

describe('the annual cost and return of a control', () => {
  it('the vendor\'s own cost (at coverage 0 or partial) over the catalogue\'s; null when held in full or never stated', () => {
    const scenario = edited(constantScenario(), (s) => {
      s.controls.mfa.annualCost = 50_000;
      s.controls.vdi.annualCost = 70_000;
      s.vendors[0].controls = [{ id: 'vdi', coverage: 0, annualCost: 90_000 }];
      s.vendors[2].controls = [{ id: 'mfa', coverage: 0.5, annualCost: 20_000 }, 'ivr'];
    });
    const values = controlValuesOf(modelOf(scenario));
    const of = (vendor: string, control: string) => values.vendors.find((v) => v.id === vendor)!.controls.find((c) => c.control === control)!;
    expect(of('none', 'vdi')).toMatchObject({ status: 'missing', coverage: 0, annualCost: 90_000, ifRemoved: null });
    expect(of('none', 'mfa').annualCost).toBe(50_000);
    expect(of('none', 'ivr').annualCost).toBeNull();
    expect(of('partial', 'mfa')).toMatchObject({ status: 'partial', coverage: 0.5, annualCost: 20_000 });
    expect(of('all', 'mfa')).toMatchObject({ status: 'held', annualCost: null, return: null });
    // return = (ifFull - cost) / cost, ifFull from the closed forms here (relative 1e-9).
    const ifFull = closedForm(scenario, 'partial').mean - closedForm(withCoverage(scenario, 'partial', 'mfa', 1), 'partial').mean;
    expect(relativeError(of('partial', 'mfa').return!, (ifFull - 20_000) / 20_000)).toBeLessThan(1e-9);
    // Listing coverage 0 is the same as not listing: the loss is the no-control closed form.
    expect(relativeError(values.vendors[0].expectedLoss, closedForm(constantScenario(), 'none').mean)).toBeLessThan(1e-12);
  });
});

describe('controlValuesOf on the default model', () => {
  it('every waterfall sums from the reference to the vendor (relative 1e-9), every added control is worth >= 0', async () => {
    const { defaultModel } = await import('../../helpers/fixtures.js');
    const scenario = defaultModel();
    const values = controlValuesOf(modelOf(scenario));
    const reference = scenario.vendors.find((v) => v.reference)!;
    for (const v of values.vendors) {
      expect(v.waterfall.from).toBe(reference.id);
      expect(relativeError(v.waterfall.start, expectedLossAtMeans(scenario, reference.id))).toBeLessThan(1e-12);
      expect(relativeError(v.expectedLoss, expectedLossAtMeans(scenario, v.id))).toBeLessThan(1e-12);
      expect(relativeError(v.waterfall.steps.reduce((t, s) => t + s.change, v.waterfall.start), v.waterfall.end)).toBeLessThan(1e-9);
      for (const c of v.controls) {
        if (c.ifFull !== null) expect(c.ifFull).toBeGreaterThanOrEqual(0);
        if (c.ifRemoved !== null) expect(c.ifRemoved).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

/** A random small scenario: 3 vectors, 2 components, 1 amplifier, 3 or 4 controls, 1 to 4 vendors. */
const arbitraryScenario = fc
  .record({
    controls: fc.array(
      fc.array(
        fc.record({
          kind: fc.constantFrom('vectors', 'components', 'amplifiers'),
          pick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          reduction: fc.oneof(fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000), fc.double({ min: 0, max: 1, noNaN: true })),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      { minLength: 3, maxLength: 4 },
    ),
    vendors: fc.array(fc.array(fc.oneof(fc.constant(-1), fc.constant(0), fc.constant(1), fc.integer({ min: 1, max: 999 }).map((x) => x / 1000), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    reference: fc.boolean(),
  })
  .map(({ controls, vendors, reference }) => {
    const names = { vectors: ['v0', 'v1', 'v2'], components: ['k0', 'k1'], amplifiers: ['a0'] } as const;
    const catalogue: any = {};
    controls.forEach((effects, i) => {
      catalogue[`c${i}`] = {
        label: `C${i}`,
        question: 'pii',
        effects: effects.map((e) => {
          const all = names[e.kind];
          let targets = all.filter((_, t) => e.pick[t]);
          if (targets.length === 0) targets = [all[0]];
          return { [e.kind]: targets, reduction: e.reduction };
        }),
      };
    });
    return {
      ...constantScenario(),
      frequency: { annualIncidence: 0.3, vectors: { v0: 0.5, v1: 0.3, v2: 0.2 } },
      magnitude: { perBreach: 2_000_000, components: { k0: 0.7, k1: 0.3 }, amplifiers: { a0: { probability: 0.3, amount: 5_000_000 } } },
      controls: catalogue,
      // coverage -1: not listed; 0: listed with coverage 0 (lacks it); else the coverage.
      vendors: vendors.map((coverages, j) => ({
        id: `v${j}`,
        name: `V${j}`,
        annualPrice: 1000 * j,
        ...(reference && j === 0 ? { reference: true } : {}),
        controls: coverages.slice(0, controls.length).flatMap((c, k): any[] => (c < 0 ? [] : c === 1 ? [`c${k}`] : [{ id: `c${k}`, coverage: c }])),
      })),
    };
  });

describe('property: random reductions, coverages and vendor sets on a small catalogue (fast-check, seed 10)', () => {
  it('an added control is never worth less than 0 (exactly: the formula is monotone, and so is its rounding), ifFull/ifRemoved match the closed forms, the waterfall sums', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const values = controlValuesOf(modelOf(scenario));
        const scale = expectedLossAtMeans({ ...scenario, vendors: [{ id: 'x', controls: [] }] }, 'x');
        const reference = scenario.vendors.find((v: any) => v.reference);
        const start = reference ? expectedLossAtMeans(scenario, reference.id) : scale;
        for (const v of values.vendors) {
          const own = expectedLossAtMeans(scenario, v.id);
          expect(Math.abs(v.expectedLoss - own)).toBeLessThanOrEqual(1e-12 * scale);
          for (const c of v.controls) {
            if (c.ifFull !== null) {
              expect(c.ifFull).toBeGreaterThanOrEqual(0);
              const full = expectedLossAtMeans(withCoverage(scenario, v.id, c.control, 1), v.id);
              expect(Math.abs(c.ifFull - (own - full))).toBeLessThanOrEqual(1e-12 * scale);
            }
            if (c.ifRemoved !== null) {
              expect(c.ifRemoved).toBeGreaterThanOrEqual(0);
              const without = expectedLossAtMeans(withCoverage(scenario, v.id, c.control, 0), v.id);
              expect(Math.abs(c.ifRemoved - (without - own))).toBeLessThanOrEqual(1e-12 * scale);
            }
          }
          expect(Math.abs(v.waterfall.start - start)).toBeLessThanOrEqual(1e-12 * scale);
          const sum = v.waterfall.steps.reduce((t, s) => t + s.change, v.waterfall.start);
          expect(Math.abs(sum - v.waterfall.end)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(v.waterfall.start), Math.abs(v.waterfall.end)));
          // The steps are the controls whose coverage differs from the start's, in catalogue order,
          // and `alone` is the closed form of the start with only that control changed.
          const startCoverage = reference ? coverageMap(reference) : new Map<string, number>();
          const ownCoverage = coverageMap(scenario.vendors.find((s: any) => s.id === v.id));
          const differing = Object.keys(scenario.controls).filter((k) => (startCoverage.get(k) ?? 0) !== (ownCoverage.get(k) ?? 0));
          expect(v.waterfall.steps.map((s) => s.control)).toEqual(differing);
          for (const step of v.waterfall.steps) {
            expect(step.coverageFrom).toBe(startCoverage.get(step.control) ?? 0);
            expect(step.coverageTo).toBe(ownCoverage.get(step.control) ?? 0);
            const alone = { ...scenario, vendors: [{ id: 'x', controls: [...startCoverage].filter(([k]) => k !== step.control).map(([id, coverage]) => ({ id, coverage })).concat([{ id: step.control, coverage: step.coverageTo }]) }] };
            expect(Math.abs(step.alone - (expectedLossAtMeans(alone, 'x') - start))).toBeLessThanOrEqual(1e-12 * scale);
          }
          expect(v.waterfall.end).toBe(v.expectedLoss);
        }
      }),
      { seed: 10, numRuns: 300 },
    );
  });
});
