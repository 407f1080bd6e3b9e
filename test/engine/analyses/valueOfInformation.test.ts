import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISION_ANALYSES, parseScenario, runScenario, type Results } from '../../../src/engine/index.js';
import { expectedLossAtMeans } from '../../helpers/scenarios.js';

/**
 * Two candidates whose decision costs are linear in two uniform reductions, so every
 * figure the value of information and the variance shares estimate has a closed form:
 * vendor b holds control x (a reduction X ~ U(xMin, xMax) of every breach), vendor a holds
 * control y (Y ~ U(yMin, yMax)), and b's price is a's plus `gap` x L0, where L0 is the
 * loss with no controls. Then d = cost_b - cost_a = L0 (gap - X + Y).
 * Control `unused` is held by nobody.
 */
function linearChoice(options: { gap: number; x?: [number, number]; y?: [number, number]; trials?: number; seed?: string }) {
  const [xMin, xMax] = options.x ?? [0.2, 0.8];
  const y = options.y;
  const loss0 = L0;
  const uniform = (min: number, max: number) => (min === max ? min : { dist: 'uniform', min, max });
  return {
    format: 'breach-scenario/1',
    name: 'Linear choice',
    currency: 'USD',
    simulation: { trials: options.trials ?? 100_000, seed: options.seed ?? 'linear' },
    frequency: { annualIncidence: INCIDENCE, vectors: { credentials: 0.5, other: 0.5 } },
    magnitude: { perBreach: PER_BREACH },
    controls: {
      x: { label: 'Control X', question: 'remote-agents', effects: [{ vectors: ['credentials', 'other'], reduction: uniform(xMin, xMax) }] },
      y: { label: 'Control Y', question: 'pii', effects: [{ vectors: ['credentials', 'other'], reduction: y ? uniform(y[0], y[1]) : 0 }] },
      unused: { label: 'Unused', question: 'payments', effects: [{ vectors: ['credentials'], reduction: uniform(0.1, 0.9) }] },
    },
    vendors: [
      { id: 'none', name: 'Reference', reference: true, annualPrice: 0, controls: [] },
      { id: 'a', name: 'A', annualPrice: 1_000_000, controls: y ? ['y'] : [] },
      { id: 'b', name: 'B', annualPrice: 1_000_000 + options.gap * loss0, controls: ['x'] },
    ],
  };
}

const INCIDENCE = 0.39;
const PER_BREACH = 4_000_000;
/** The expected loss with no controls: -ln(1 - 0.39) x 4,000,000. */
const L0 = -Math.log(1 - INCIDENCE) * PER_BREACH;

function run(json: object): Results {
  return runScenario(parseScenario(JSON.stringify(json)), { analyses: DECISION_ANALYSES });
}

function evppiOf(results: Results, input: string) {
  const found = results.valueOfInformation!.inputs.find((i) => i.input === input);
  if (!found) throw new Error(`no EVPPI for ${input}`);
  return found;
}

/** The midpoint rule on [0, 1] with `n` points. */
function midpoint(f: (u: number) => number, n = 20_000): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f((i + 0.5) / n);
  return sum / n;
}

describe('value of information on a decision with one uncertain input', () => {
  // X ~ U(0.2, 0.8), gap 0.55: a is chosen (E[d] = 0.05 L0); b is cheaper when X > 0.55.
  const results = run(linearChoice({ gap: 0.55 }));
  const voi = results.valueOfInformation!;
  // EVPI = E[max(0, -d)] = L0 E[max(0, X - 0.55)] = L0 x 0.25^2 / 2 / 0.6.
  const evpi = (L0 * 0.25 ** 2) / 2 / 0.6;

  it('chooses the vendor with the lower exact cost, and its EVPI agrees with the closed form within 4 standard errors', () => {
    expect(voi.chosen).toBe('a');
    expect(Math.abs(voi.evpi - evpi)).toBeLessThan(4 * voi.evpiStandardError);
    expect(voi.evpiStandardError).toBeGreaterThan(0);
  });

  it("gives the single uncertain input's EVPPI equal to the EVPI, but for the bin where the answer switches", () => {
    // Only bin 29 of X's uniform (X in [0.548, 0.56)) holds trials on both sides of the
    // switch; it loses at most its 2% of trials x |d| <= 0.012 L0 there.
    const x = evppiOf(results, 'effect:x:0');
    expect(Math.abs(x.evppi - voi.evpi)).toBeLessThanOrEqual(0.02 * 0.012 * L0);
  });

  it('gives an input that touches no vendor an EVPPI below its stated bias', () => {
    const unused = evppiOf(results, 'effect:unused:0');
    expect(unused.evppi).toBeLessThan(unused.bias);
    expect(unused.withinNoise).toBe(true);
    expect(evppiOf(results, 'effect:x:0').withinNoise).toBe(false);
    // The bias bound: sd(d) x sum_b sqrt(n_b) / (N sqrt(2 pi)), sd(d) = 0.6 L0 / sqrt(12), n_b = N / 50.
    const bound = ((0.6 * L0) / Math.sqrt(12)) * 50 * Math.sqrt(2_000) / (100_000 * Math.sqrt(2 * Math.PI));
    expect(unused.bias).toBeCloseTo(bound, -2);
  });

  it('says plain-number inputs are treated as known', () => {
    expect(voi.plainInputs).toEqual(expect.arrayContaining(['frequency', 'perBreach']));
    expect(voi.inputs.map((i) => i.input)).not.toContain('frequency');
  });

  it('ranks b first with the chance that X exceeds 0.55, within 4 standard errors', () => {
    const p = 0.25 / 0.6;
    const se = Math.sqrt((p * (1 - p)) / results.trials);
    const ranks = Object.fromEntries(results.rankProbabilities!.vendors.map((v) => [v.id, v.ranks]));
    expect(Object.keys(ranks)).toEqual(['a', 'b']);
    expect(Math.abs(ranks.b[0] - p)).toBeLessThan(4 * se);
    expect(ranks.a[0] + ranks.b[0]).toBeCloseTo(1, 12);
    expect(ranks.a[1]).toBe(ranks.b[0]);
    expect(ranks.b[0]).toBe(results.vendors.find((v) => v.id === 'b')!.probabilityCheapest);
  });

  it("gives X the variance share of a function of X alone: all but the within-bin variance, 1 - 1/50^2", () => {
    const shares = results.sensitivity!.varianceShares!;
    expect([shares.a, shares.b]).toEqual(['a', 'b']);
    expect(shares.bins).toBe(50);
    expect(shares.bias).toBeCloseTo(50 / 100_000, 15);
    const x = shares.inputs.find((i) => i.input === 'effect:x:0')!;
    expect(Math.abs(x.share - (1 - 1 / 2500))).toBeLessThan(1e-3);
    // Var(D) = L0^2 x 0.6^2 / 12.
    expect(shares.variance / ((L0 * L0 * 0.36) / 12)).toBeCloseTo(1, 1);
    const unused = shares.inputs.find((i) => i.input === 'effect:unused:0')!;
    expect(unused.share).toBeLessThan(4 * shares.bias);
  });
});

describe('value of information when one vendor is cheapest in every trial', () => {
  // gap 0.1 and X >= 0.2: d = L0 (0.1 - X) < 0 in every trial.
  const results = run(linearChoice({ gap: 0.1, y: [0, 0.05] }));

  it('is zero, exactly, for the choice and for every input', () => {
    const voi = results.valueOfInformation!;
    expect(voi.chosen).toBe('b');
    expect(voi.evpi).toBe(0);
    for (const input of voi.inputs) expect(input.evppi).toBe(0);
    expect(results.rankProbabilities!.vendors).toEqual([
      { id: 'b', ranks: [1, 0] },
      { id: 'a', ranks: [0, 1] },
    ]);
  });
});

describe('EVPPI against the nested expectation on a two-input case', () => {
  // d = L0 (gap - X + Y), X ~ U(0.2, 0.8), Y ~ U(0, 0.4), gap 0.5: E[d] = 0.1 L0, a chosen.
  const gap = 0.5;
  const json = (seed: string) => linearChoice({ gap, y: [0, 0.4], trials: 50_000, seed });
  const seeds = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
  const runs = seeds.map((seed) => run(json(seed)));

  /**
   * The nested expectation, without the engine: EVPPI(X) = E_X[max(0, -E[d | X])], the
   * inner expectation from the model's closed form with X fixed (Y at its mean, exact
   * since d is linear in Y), the outer by the midpoint rule on X's uniform.
   */
  function nestedEvppi(input: 'x' | 'y'): number {
    return midpoint((u) => {
      const fixed = json('nested') as any;
      const [min, max] = input === 'x' ? [0.2, 0.8] : [0, 0.4];
      fixed.controls[input].effects[0].reduction = min + (max - min) * u;
      const costA = fixed.vendors[1].annualPrice + expectedLossAtMeans(fixed, 'a');
      const costB = fixed.vendors[2].annualPrice + expectedLossAtMeans(fixed, 'b');
      return Math.max(0, costA - costB);
    }, 2_000);
  }

  /** The mean over seeds and its standard error. */
  function spread(values: number[]) {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    return { mean, se: sd / Math.sqrt(values.length) };
  }

  for (const input of ['x', 'y'] as const) {
    it(`estimates EVPPI(${input}) within its stated bias plus 4 standard errors over ${seeds.length} seeds`, () => {
      const reference = nestedEvppi(input);
      const estimates = runs.map((r) => evppiOf(r, `effect:${input}:0`));
      const { mean, se } = spread(estimates.map((e) => e.evppi));
      const bias = Math.max(...estimates.map((e) => e.bias));
      // Upward: at most the stated bias; downward: the bins' width, at most 2% x the
      // 1/50 of the input's range where the answer switches (0.012 L0 for X, 0.008 L0 for Y).
      const width = 0.02 * (input === 'x' ? 0.012 : 0.008) * L0;
      expect(mean).toBeGreaterThan(reference - width - 4 * se);
      expect(mean).toBeLessThan(reference + bias + 4 * se);
      // E[d | Y] = L0 Y >= 0: knowing Y never changes the choice, so EVPPI(Y) is 0.
      if (input === 'x') expect(reference).toBeGreaterThan(0);
      else expect(reference).toBe(0);
    });
  }

  it('estimates EVPI by the closed form of E[max(0, -d)] within 4 standard errors', () => {
    const reference = L0 * midpoint((u) => midpoint((v) => Math.max(0, -(gap - (0.2 + 0.6 * u) + 0.4 * v)), 400), 400);
    for (const r of runs) {
      const { evpi, evpiStandardError } = r.valueOfInformation!;
      expect(Math.abs(evpi - reference)).toBeLessThan(4 * evpiStandardError + 1e-4 * reference);
    }
  });

  it('splits the variance of the cost difference as Var(X) : Var(Y) = 0.36 : 0.16, within 4 standard errors over the seeds', () => {
    for (const [input, share] of [['effect:x:0', 0.36 / 0.52], ['effect:y:0', 0.16 / 0.52]] as const) {
      const { mean, se } = spread(runs.map((r) => r.sensitivity!.varianceShares!.inputs.find((i) => i.input === input)!.share));
      // Binning keeps 1 - 1/50^2 of a share; the bins' noise adds at most bins / trials = 0.001.
      expect(mean).toBeGreaterThan(share * (1 - 1 / 2500) - 4 * se);
      expect(mean).toBeLessThan(share + 0.001 + 4 * se);
    }
  });
});

describe('value of information: properties', () => {
  it('keeps every EVPPI within [0, EVPI] and every rank distribution summing to 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.2, max: 1, noNaN: true }),
        fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true })),
        fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true })),
        fc.string({ minLength: 1, maxLength: 6 }),
        (gap, [x0, xw], [y0, yw], seed) => {
          const results = run(linearChoice({ gap, x: [x0, x0 + xw], y: [y0, y0 + yw], trials: 3_000, seed }));
          const voi = results.valueOfInformation!;
          expect(voi.evpi).toBeGreaterThanOrEqual(0);
          for (const input of voi.inputs) {
            expect(input.evppi).toBeGreaterThanOrEqual(0);
            expect(input.evppi).toBeLessThanOrEqual(voi.evpi * (1 + 1e-12) + 1e-9);
          }
          const ranks = results.rankProbabilities!.vendors;
          for (const v of ranks) expect(v.ranks.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
          for (let r = 0; r < ranks.length; r++) expect(ranks.reduce((s, v) => s + v.ranks[r], 0)).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 30, seed: 20261203 },
    );
  });
});
