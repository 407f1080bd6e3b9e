import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionBasis, switchingValuesOf, type SwitchingValue } from '../../../src/engine/index.js';
import { constantScenario } from '../../helpers/scenarios.js';
import { defaultModel, readJson } from '../../helpers/fixtures.js';
import { candidatesOf, cheapestByClosedForm, costOf, edited, modelOf, relativeError, withInput } from '../../helpers/exact.js';

/** Where to look past a value: a step of 1e-7 relative (1e-9 at 0), toward `end`, inside the range. */
function past(v: number, end: number): number {
  const step = Math.max(1e-7 * Math.abs(v), 1e-9);
  return end > v ? Math.min(end, v + step) : Math.max(end, v - step);
}

/** Points from `from` toward `end`: n evenly spaced and, for wide ranges, n geometric; an incidence stops short of 1. */
function grid(from: number, end: number, unit: string, n: number): number[] {
  const stop = unit === 'fraction' && end === 1 ? 1 - 1e-12 : end;
  const points = Array.from({ length: n + 1 }, (_, i) => from + ((stop - from) * i) / n);
  if (from > 0 && stop > 0 && stop / from > 100) points.push(...Array.from({ length: n + 1 }, (_, i) => from * (stop / from) ** (i / n)));
  return points;
}

/**
 * Checks every switching value of a scenario against the independent closed form, on
 * grids of `n` points (500 by default: 500 even and 500 geometric toward a no-switch end,
 * 200 short of a switch).
 */
function checkSwitches(scenario: any, expectSomeSwitch = true, n = 500): SwitchingValue[] {
  const switches = switchingValuesOf(modelOf(scenario));
  let switching = 0;
  for (const s of switches) {
    const at = (x: number) => withInput(scenario, s.input, x);
    expect(s.cheapest).toBe(cheapestByClosedForm(at(s.value)));
    for (const [side, end] of [['below', s.min], ['above', s.max]] as const) {
      const found = s[side];
      if (found === null) {
        // No switch: the cheapest never changes between the value and the end.
        for (const x of grid(s.value, end, s.unit, n)) expect(cheapestByClosedForm(at(x)), `${s.input} ${side} at ${x}`).toBe(s.cheapest);
        continue;
      }
      switching++;
      expect(found.vendor).not.toBe(s.cheapest);
      // At the value the two costs tie...
      const tied = at(found.value);
      expect(relativeError(costOf(tied, s.cheapest), costOf(tied, found.vendor)), `${s.input} ${side}`).toBeLessThan(1e-9);
      // ...just past it the named vendor is the cheapest...
      expect(cheapestByClosedForm(at(past(found.value, end))), `${s.input} ${side} past ${found.value}`).toBe(found.vendor);
      // ...and short of it (a grid of 200 points up to 1e-6 of the way) the current one still is: it is the nearest.
      const short = Math.ceil(n / 2.5);
      for (let i = 0; i < short; i++) {
        const x = s.value + (found.value - s.value) * (i / short) * (1 - 1e-6);
        expect(cheapestByClosedForm(at(x)), `${s.input} ${side} short at ${x}`).toBe(s.cheapest);
      }
    }
  }
  if (expectSomeSwitch) expect(switching).toBeGreaterThan(0);
  return switches;
}

/** Three close candidates on constantScenario's catalogue, with a fixed incidence. */
function closeRace(): any {
  return edited(constantScenario(), (s) => {
    s.vendors = [
      { id: 'none', name: 'None', annualPrice: 1_200_000, controls: [] },
      { id: 'all', name: 'All', annualPrice: 1_000_000, controls: ['mfa', 'vdi', 'ivr', 'redaction'] },
      { id: 'partial', name: 'Partial', annualPrice: 800_000, controls: [{ id: 'mfa', coverage: 0.5 }, 'ivr'] },
    ];
    s.frequency.channelShare = 0.7;
  });
}

describe('switchingValuesOf against the independent closed form', () => {
  it('constantScenario: ties at the value (relative 1e-9), the named vendor cheapest just past it, no switch really none', () => {
    checkSwitches(constantScenario());
  });

  it('three close candidates with a channel share', () => {
    const switches = checkSwitches(closeRace());
    expect(switches.filter((s) => s.below !== null || s.above !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('uncertain reductions and a lognormal breach rate (the switch of an effect is at a reduction, of the rate at a rate)', () => {
    checkSwitches(edited(closeRace(), (s) => {
      delete s.frequency.annualIncidence;
      s.frequency.annualRate = { dist: 'lognormal', median: 0.4, sigma: 0.7 };
      s.controls.mfa.effects[0].reduction = { dist: 'uniform', min: 0.6, max: 0.9 };
      s.controls.vdi.effects[0].reduction = { dist: 'pert', min: 0.3, mode: 0.5, max: 0.8 };
    }));
  });

  it('the default model', () => {
    checkSwitches(defaultModel());
  });

  it('property: random prices and coverages of the three close candidates (fast-check, seed 11, 25 runs, grids of 60)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 99 }),
        (prices, mfa) => {
          const scenario = edited(closeRace(), (s) => {
            s.vendors.forEach((v: any, j: number) => (v.annualPrice = prices[j]));
            s.vendors[2].controls[0].coverage = mfa / 100;
          });
          checkSwitches(scenario, false, 60);
        },
      ),
      { seed: 11, numRuns: 25 },
    );
  });

  it('a single candidate has no switching values', () => {
    expect(switchingValuesOf(modelOf(edited(constantScenario(), (s) => (s.vendors = [s.vendors[1]]))))).toEqual([]);
  });
});

/**
 * Two candidates whose costs cross at lambda* = 0.76, between -ln(1 - E[p]) = 0.693 and
 * E[-ln(1 - p)] = 0.831 for p uniform on [0.1, 0.9]: cost A = lambda x 1e6, cost B =
 * 380,000 + lambda x 5e5 (a control halving every vector). The decision (at E[lambda])
 * picks B.
 */
function jensenScenario(): any {
  return {
    ...constantScenario(),
    frequency: { annualIncidence: { dist: 'uniform', min: 0.1, max: 0.9 }, vectors: { a: 0.5, b: 0.5 } },
    magnitude: { perBreach: 1_000_000 },
    controls: { half: { label: 'Half', question: 'pii', effects: [{ vectors: ['a', 'b'], reduction: 0.5 }] } },
    vendors: [
      { id: 'a', name: 'A', annualPrice: 0, controls: [] },
      { id: 'b', name: 'B', annualPrice: 380_000, controls: ['half'] },
    ],
  };
}

describe('switching values agree with the decision now', () => {
  it('the leader by closed form is B (E[lambda] = 0.831 by the antiderivative, not -ln(0.5))', () => {
    const scenario = jensenScenario();
    expect(cheapestByClosedForm(scenario)).toBe('b');
    const model = modelOf(scenario);
    expect(model.vendors[decisionBasis(model).leader].id).toBe('b');
  });

  it("gives every input's `cheapest` as the decision's leader, an uncertain incidence's too: its value is the incidence at the expected rate", () => {
    // Evaluated at E[p] = 0.5 the rate would be -ln(0.5) = 0.693, not E[lambda] = 0.831 where
    // the decision stands, and A would look cheaper there. The value is 1 - e^-0.831 = 0.564.
    const scenario = jensenScenario();
    const model = modelOf(scenario);
    const leader = model.vendors[decisionBasis(model).leader].id;
    for (const s of switchingValuesOf(model)) expect(s.cheapest, s.input).toBe(leader);
    const frequency = switchingValuesOf(model).find((s) => s.input === 'frequency')!;
    const antiderivative = (x: number) => (1 - x) * Math.log(1 - x) - (1 - x);
    const expectedLambda = (antiderivative(0.9) - antiderivative(0.1)) / 0.8;
    expect(frequency.value).toBeCloseTo(1 - Math.exp(-expectedLambda), 6);
  });
});

describe('candidatesOf sanity', () => {
  it('the reference is not a candidate', () => {
    expect(candidatesOf(edited(constantScenario(), (s) => (s.vendors[0].reference = true)))).toEqual(['all', 'partial']);
  });
});

describe('the order of the switching values', () => {
  it('puts the nearest tipping point first, by its move as a share of the value, then the inputs with none in model order', () => {
    const model = modelOf(readJson('models/retail-bpo-2021.json'));
    const inputs = switchingValuesOf(model);
    const moves = inputs.map((s) => s.nearestMove);
    for (const s of inputs) {
      const sides = [s.below, s.above].filter((x) => x !== null).map((x) => Math.abs(x!.value - s.value) / Math.abs(s.value));
      expect(s.nearestMove).toBe(sides.length > 0 ? Math.min(...sides) : null);
    }
    const withSwitch = moves.filter((m) => m !== null) as number[];
    expect(withSwitch).toEqual([...withSwitch].sort((a, b) => a - b));
    expect(moves.slice(withSwitch.length).every((m) => m === null)).toBe(true);
    // On the default model the incidence tips first: 39.0% to 39.4%, about 1.1% of its value.
    expect(inputs[0].input).toBe('frequency');
    expect(inputs[0].nearestMove).toBeCloseTo((0.394234 - 0.39) / 0.39, 4);
  });
});
