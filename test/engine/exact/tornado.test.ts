import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { swingRange, tornadoesOf, TORNADO_QUANTILES, modelInputs } from '../../../src/engine/index.js';
import { constantScenario, expectedLambda } from '../../helpers/scenarios.js';
import { edited, modelOf, pertKernel, relativeError, simpson, withInput } from '../../helpers/exact.js';
import { expectedLossAtMeans } from '../../helpers/scenarios.js';

/**
 * A scenario built for the tornado: an uncertain incidence (uniform on [0.2, 0.6]), two
 * uncertain effects (uniform, PERT), a fixed effect of 0.9 and a 0.9 amplifier chance and
 * channel share (whose +30% clips at 1), and a 'ghost' control no vendor holds.
 */
const PERT = { min: 0.1, mode: 0.3, max: 0.9 };
function tornadoScenario(): any {
  return {
    ...constantScenario(),
    frequency: { annualIncidence: { dist: 'uniform', min: 0.2, max: 0.6 }, channelShare: 0.9, vectors: { a: 0.6, b: 0.4 } },
    magnitude: { perBreach: 1_000_000, amplifiers: { amp: { probability: 0.9, amount: 200_000 } } },
    controls: {
      u: { label: 'U', question: 'pii', effects: [{ vectors: ['a'], reduction: { dist: 'uniform', min: 0.2, max: 0.8 } }] },
      p: { label: 'P', question: 'pii', effects: [{ vectors: ['b'], reduction: { dist: 'pert', ...PERT } }] },
      f: { label: 'F', question: 'pii', effects: [{ amplifiers: ['amp'], reduction: 0.9 }] },
      ghost: { label: 'Ghost', question: 'pii', effects: [{ vectors: ['a', 'b'], reduction: 0.5 }] },
    },
    vendors: [
      { id: 'uf', name: 'UF', annualPrice: 150_000, controls: ['u', 'f'] },
      { id: 'p', name: 'P', annualPrice: 100_000, controls: [{ id: 'p', coverage: 0.8 }] },
      { id: 'bare', name: 'Bare', annualPrice: 0, controls: [] },
    ],
    analytics: { swing: 0.3 },
  };
}

/** The inputs of the formula, written here: E[lambda] by its antiderivative, each reduction's textbook mean. */
interface Inputs { lambda: number; share: number; u: number; p: number; f: number; ghost: number; perBreach: number; q: number; amount: number }
const scenario = tornadoScenario();
const MEANS: Inputs = {
  lambda: expectedLambda(scenario) / 0.9, share: 0.9, u: 0.5, p: (0.1 + 4 * 0.3 + 0.9) / 6, f: 0.9, ghost: 0.5, perBreach: 1_000_000, q: 0.9, amount: 200_000,
};
const COVERAGE: Record<string, Partial<Record<'u' | 'p' | 'f' | 'ghost', number>>> = { uf: { u: 1, f: 1 }, p: { p: 0.8 }, bare: {} };
const PRICE: Record<string, number> = { uf: 150_000, p: 100_000, bare: 0 };

/** A vendor's expected loss: lambda share (0.6 (1 - r_u c_u) + 0.4 (1 - r_p c_p)) (L + q A (1 - r_f c_f)), the ghost on a and b. */
function loss(x: Inputs, vendor: string): number {
  const c = COVERAGE[vendor];
  const ghost = 1 - x.ghost * (c.ghost ?? 0);
  const a = (1 - x.u * (c.u ?? 0)) * ghost;
  const b = (1 - x.p * (c.p ?? 0)) * ghost;
  return x.lambda * x.share * (0.6 * a + 0.4 * b) * (x.perBreach + x.q * x.amount * (1 - x.f * (c.f ?? 0)));
}

/** Each input's id, its range written here (P10/P90 or +-30% clipped), and the formula's inputs at a value. */
const pertCdf = (x: number) => {
  const k = pertKernel(PERT.min, PERT.mode, PERT.max);
  return simpson(k, PERT.min, x) / simpson(k, PERT.min, PERT.max);
};
const RANGES: { id: string; low: number | null; high: number | null; at: (v: number) => Inputs }[] = [
  { id: 'frequency', low: 0.2 + 0.1 * 0.4, high: 0.2 + 0.9 * 0.4, at: (v) => ({ ...MEANS, lambda: -Math.log(1 - v) }) },
  { id: 'effect:u:0', low: 0.2 + 0.1 * 0.6, high: 0.2 + 0.9 * 0.6, at: (v) => ({ ...MEANS, u: v }) },
  { id: 'effect:p:0', low: null, high: null, at: (v) => ({ ...MEANS, p: v }) }, // checked through the CDF below
  { id: 'effect:f:0', low: 0.9 * 0.7, high: 1, at: (v) => ({ ...MEANS, f: v }) },
  { id: 'effect:ghost:0', low: 0.5 * 0.7, high: 0.5 * 1.3, at: (v) => ({ ...MEANS, ghost: v }) },
  { id: 'perBreach', low: 700_000, high: 1_300_000, at: (v) => ({ ...MEANS, perBreach: v }) },
  { id: 'amplifier:amp:probability', low: 0.9 * 0.7, high: 1, at: (v) => ({ ...MEANS, q: v }) },
  { id: 'amplifier:amp:amount', low: 140_000, high: 260_000, at: (v) => ({ ...MEANS, amount: v }) },
  { id: 'channelShare', low: 0.9 * 0.7, high: 1, at: (v) => ({ ...MEANS, share: v }) },
];

describe('tornadoesOf on a scenario built for it (analytics.swing 0.3)', () => {
  const model = modelOf(scenario);
  const { vendors, decision } = tornadoesOf(model);

  it('has one bar per input, with ranges: uniform P10/P90 a + 0.1 (b - a), a + 0.9 (b - a) (relative 1e-12); plain +-30% clipped to [0, 1]', () => {
    for (const v of vendors) {
      expect(v.bars.map((b) => b.input).sort()).toEqual(RANGES.map((r) => r.id).sort());
      for (const r of RANGES) {
        if (r.low === null) continue;
        const bar = v.bars.find((b) => b.input === r.id)!;
        expect(relativeError(bar.low, r.low)).toBeLessThan(1e-12);
        expect(relativeError(bar.high, r.high!)).toBeLessThan(1e-12);
      }
    }
  });

  it('the PERT effect swings between its 10th and 90th percentiles: F(low) = 0.1, F(high) = 0.9 by the CDF integrated here (absolute 2e-6)', () => {
    // The engine's PERT quantile is within 1e-6 of the exact CDF (its table's bound); our
    // Simpson CDF adds ~1e-12.
    const bar = vendors[0].bars.find((b) => b.input === 'effect:p:0')!;
    expect(Math.abs(pertCdf(bar.low) - TORNADO_QUANTILES[0])).toBeLessThan(2e-6);
    expect(Math.abs(pertCdf(bar.high) - TORNADO_QUANTILES[1])).toBeLessThan(2e-6);
  });

  it('every bar\'s ends are the closed form at low and high with the other inputs at their means (absolute 1e-9 x base), the base the loss at the means', () => {
    for (const v of vendors) {
      expect(relativeError(v.base, loss(MEANS, v.id))).toBeLessThan(1e-9);
      for (const bar of v.bars) {
        const at = RANGES.find((r) => r.id === bar.input)!.at;
        const scale = loss(MEANS, v.id);
        expect(Math.abs(bar.atLow - loss(at(bar.low), v.id))).toBeLessThan(1e-9 * scale);
        expect(Math.abs(bar.atHigh - loss(at(bar.high), v.id))).toBeLessThan(1e-9 * scale);
        expect(bar.swing).toBe(Math.abs(bar.atHigh - bar.atLow));
      }
    }
  });

  it('the widest range leads: bars sorted by swing, the first the largest |f(high) - f(low)| computed here; for the bare vendor the incidence', () => {
    for (const v of vendors) {
      for (let i = 1; i < v.bars.length; i++) expect(v.bars[i - 1].swing).toBeGreaterThanOrEqual(v.bars[i].swing);
      const widest = v.bars
        .map((b) => ({ id: b.input, swing: Math.abs(loss(RANGES.find((r) => r.id === b.input)!.at(b.high), v.id) - loss(RANGES.find((r) => r.id === b.input)!.at(b.low), v.id)) }))
        .sort((x, y) => y.swing - x.swing);
      expect(v.bars[0].input).toBe(widest[0].id);
      expect(widest[0].swing).toBeGreaterThan(widest[1].swing * 1.01); // a clear leader, not a tie
    }
    // lambda from -ln(0.76) to -ln(0.44): a factor of 3; nothing else moves the bare vendor's loss by as much.
    expect(vendors.find((v) => v.id === 'bare')!.bars[0].input).toBe('frequency');
  });

  it('an input that touches no vendor has zero swing: the ghost control\'s effect, for every tornado', () => {
    for (const t of [...vendors, decision!]) expect(t.bars.find((b) => b.input === 'effect:ghost:0')!.swing).toBe(0);
    // And an effect of a control a vendor lacks, for that vendor's tornado.
    const bare = vendors.find((v) => v.id === 'bare')!;
    for (const id of ['effect:u:0', 'effect:p:0', 'effect:f:0']) expect(bare.bars.find((b) => b.input === id)!.swing).toBe(0);
    expect(vendors.find((v) => v.id === 'uf')!.bars.find((b) => b.input === 'effect:p:0')!.swing).toBe(0);
  });

  it('the decision tornado: leader minus runner-up by closed-form cost, at each bar\'s ends (absolute 1e-9 x the leader\'s cost)', () => {
    const cost = (x: Inputs, id: string) => PRICE[id] + loss(x, id);
    const ranked = ['uf', 'p', 'bare'].sort((a, b) => cost(MEANS, a) - cost(MEANS, b));
    expect([decision!.a, decision!.b]).toEqual(ranked.slice(0, 2));
    const scale = cost(MEANS, ranked[0]);
    const figure = (x: Inputs) => cost(x, ranked[0]) - cost(x, ranked[1]);
    expect(Math.abs(decision!.base - figure(MEANS))).toBeLessThan(1e-9 * scale);
    for (const bar of decision!.bars) {
      const at = RANGES.find((r) => r.id === bar.input)!.at;
      expect(Math.abs(bar.atLow - figure(at(bar.low)))).toBeLessThan(1e-9 * scale);
      expect(Math.abs(bar.atHigh - figure(at(bar.high)))).toBeLessThan(1e-9 * scale);
    }
  });

  it('the swing defaults to 0.25 without analytics, and a swing argument overrides it', () => {
    const plain = modelOf(edited(scenario, (s) => delete s.analytics));
    const bar = (t: ReturnType<typeof tornadoesOf>) => t.vendors[0].bars.find((b) => b.input === 'perBreach')!;
    expect([bar(tornadoesOf(plain)).low, bar(tornadoesOf(plain)).high]).toEqual([750_000, 1_250_000]);
    expect([bar(tornadoesOf(plain, 0.1)).low, bar(tornadoesOf(plain, 0.1)).high]).toEqual([900_000, 1_100_000]);
  });
});

describe('swingRange of other uncertain inputs', () => {
  it('a lognormal breach rate: median exp(+-sigma z_0.9), z_0.9 = 1.2815515655446004 (published normal table; relative 1e-12)', () => {
    const model = modelOf(edited(constantScenario(), (s) => {
      delete s.frequency.annualIncidence;
      s.frequency.annualRate = { dist: 'lognormal', median: 0.4, sigma: 0.7 };
    }));
    const [low, high] = swingRange(modelInputs(model)[0], 0.25);
    expect(relativeError(low, 0.4 * Math.exp(-0.7 * 1.2815515655446004))).toBeLessThan(1e-12);
    expect(relativeError(high, 0.4 * Math.exp(0.7 * 1.2815515655446004))).toBeLessThan(1e-12);
  });

  it('a Beta(2, 5) incidence: F(low) = 0.1, F(high) = 0.9 with F(x) = 1 - (1 - x)^6 - 6x(1 - x)^5 (absolute 1e-6)', () => {
    // For integer a, I_x(a, b) = P(Binomial(a + b - 1, x) >= a).
    const model = modelOf(edited(constantScenario(), (s) => (s.frequency.annualIncidence = { dist: 'beta', alpha: 2, beta: 5 })));
    const [low, high] = swingRange(modelInputs(model)[0], 0.25);
    const F = (x: number) => 1 - (1 - x) ** 6 - 6 * x * (1 - x) ** 5;
    expect(Math.abs(F(low) - 0.1)).toBeLessThan(1e-6);
    expect(Math.abs(F(high) - 0.9)).toBeLessThan(1e-6);
  });
});

describe('a plain incidence near 1', () => {
  it('stops +25% of a fixed incidence of 0.85 halfway to 1, since no incidence can be 1 (the format takes [0, 1))', () => {
    // At 1 the rate would be lambdaOf's clamp, -ln(2^-53) = 36.7 breaches a year against
    // -ln(0.15) = 1.90: a bar 19 times the loss, an artifact. Halfway: 0.925.
    const model = modelOf(edited(constantScenario(), (s) => (s.frequency.annualIncidence = 0.85)));
    const bar = tornadoesOf(model).vendors[0].bars.find((b) => b.input === 'frequency')!;
    const base = tornadoesOf(model).vendors[0].base;
    expect(bar.high).toBeCloseTo(0.925, 15);
    expect(bar.low).toBeCloseTo(0.85 * 0.75, 15);
    expect(bar.atHigh / base).toBeCloseTo(Math.log(1 - 0.925) / Math.log(0.15), 12);
  });
});

describe('property: plain inputs swing by +-swing clipped to their range, and each end is the closed form there (fast-check, seed 13)', () => {
  it('constantScenario with a random swing, incidence, channel share and amplifier chance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }).map((x) => x / 100),
        fc.integer({ min: 1, max: 70 }).map((x) => x / 100),
        fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
        fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
        (swing, incidence, share, probability) => {
          const scenario = edited(constantScenario(), (s) => {
            s.analytics = { swing };
            s.frequency.annualIncidence = incidence;
            s.frequency.channelShare = share;
            s.magnitude.amplifiers.remoteWork.probability = probability;
          });
          const values: Record<string, number> = {
            frequency: incidence, channelShare: share, perBreach: 4_000_000,
            'amplifier:remoteWork:probability': probability, 'amplifier:remoteWork:amount': 1_000_000,
            'amplifier:cardData:probability': 0.25, 'amplifier:cardData:amount': 3_000_000,
            'effect:mfa:0': 0.8, 'effect:vdi:0': 0.5, 'effect:vdi:1': 0.4, 'effect:ivr:0': 0.9, 'effect:redaction:0': 0.3,
          };
          const fractions = new Set(['frequency', 'channelShare', 'amplifier:remoteWork:probability', 'amplifier:cardData:probability']);
          const { vendors } = tornadoesOf(modelOf(scenario));
          for (const v of vendors) {
            const scale = expectedLossAtMeans(scenario, v.id);
            for (const bar of v.bars) {
              const value = values[bar.input];
              const top = fractions.has(bar.input) || bar.input.startsWith('effect:') ? 1 : Infinity;
              // An incidence's range is [0, 1): a high end that would reach 1 stops halfway there.
              const high = value * (1 + swing) < top ? value * (1 + swing) : bar.input === 'frequency' ? (value + 1) / 2 : top;
              expect(relativeError(bar.low, Math.max(0, value * (1 - swing)))).toBeLessThan(1e-15);
              expect(relativeError(bar.high, high)).toBeLessThan(1e-15);
              expect(Math.abs(bar.atLow - expectedLossAtMeans(withInput(scenario, bar.input, bar.low), v.id))).toBeLessThan(1e-9 * scale);
              expect(Math.abs(bar.atHigh - expectedLossAtMeans(withInput(scenario, bar.input, bar.high), v.id))).toBeLessThan(1e-9 * scale);
            }
          }
        },
      ),
      { seed: 13, numRuns: 100 },
    );
  });
});
