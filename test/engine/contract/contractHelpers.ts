import { runScenario, validateScenario, type Results, type Scenario } from '../../../src/engine/index.js';

/**
 * Helpers of the contract's tests: a scenario whose every breach costs a known constant,
 * Poisson expectations written here from the pmf (independently of the engine), and a
 * run of a raw scenario object.
 */

/** Validates a raw scenario (throwing every error with its path). */
export function scenarioOf(raw: unknown): Scenario {
  const result = validateScenario(structuredClone(raw));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.scenario;
}

/** Runs a raw scenario with its own trials and seed unless given. */
export function run(raw: unknown, options: { trials?: number; seed?: string } = {}): Results {
  return runScenario(scenarioOf(raw), options);
}

/** The results without `contract`: what a run without contract terms reports. */
export function withoutContract(results: Results): Results {
  const copy = { ...results };
  delete copy.contract;
  return copy;
}

/** The breaches a year with no controls in `constantLossScenario`. */
export const RATE = 0.8;
/** The loss of one breach with no controls. */
export const LOSS = 4_000_000;

/**
 * A scenario where every breach costs a constant and the breaches a year are Poisson with
 * a fixed rate, so that a year's loss is N x L with N ~ Poisson(rate):
 * - `a` has no controls: rate 0.8, each breach 4,000,000;
 * - `b` has MFA on credentials (half the breaches, reduction 0.5: survival 0.5 x 0.5 + 0.5 = 0.75)
 *   and redaction of lost business (share 0.6, reduction 0.5: 0.4 + 0.6 x 0.5 = 0.7 of L):
 *   rate 0.6, each breach 2,800,000;
 * - `none`, the reference, as `a`.
 * No term of a contract is stated: each test adds its own.
 */
export function constantLossScenario(overrides: { trials?: number; seed?: string } = {}): any {
  return {
    format: 'breach-scenario/1',
    name: 'Constant loss',
    currency: 'USD',
    simulation: { trials: overrides.trials ?? 100_000, seed: overrides.seed ?? 'contract-closed-form' },
    frequency: { annualRate: RATE, vectors: { credentials: 0.5, other: 0.5 } },
    magnitude: { perBreach: LOSS, components: { detection: 0.4, lostBusiness: 0.6 } },
    controls: {
      mfa: { label: 'MFA', question: 'remote-agents', effects: [{ vectors: ['credentials'], reduction: 0.5 }] },
      redaction: { label: 'Redaction', question: 'pii', effects: [{ components: ['lostBusiness'], reduction: 0.5 }] },
    },
    vendors: [
      { id: 'none', name: 'None', reference: true, annualPrice: 0, controls: [] },
      { id: 'a', name: 'A', annualPrice: 1_000_000, controls: [] },
      { id: 'b', name: 'B', annualPrice: 1_500_000, controls: ['mfa', 'redaction'] },
    ],
  };
}

/** Per vendor of `constantLossScenario` (by index): its surviving breaches a year and the loss of each. */
export const CONSTANT_VENDORS = [
  { rate: RATE, loss: LOSS },
  { rate: RATE, loss: LOSS },
  { rate: 0.75 * RATE, loss: 0.7 * LOSS },
];

/** P(N = k) for N ~ Poisson(mean): e^-mean mean^k / k!, by the recurrence p_k = p_(k-1) mean / k. */
export function poissonPmf(mean: number, k: number): number {
  let p = Math.exp(-mean);
  for (let i = 1; i <= k; i++) p *= mean / i;
  return p;
}

/** E[f(N)] for N ~ Poisson(mean), summed over k up to far past where the pmf is negligible (< 1e-30). */
export function poissonExpectation(mean: number, f: (k: number) => number): number {
  const last = Math.ceil(mean + 30 * Math.sqrt(mean) + 40);
  let total = 0;
  for (let k = 0; k <= last; k++) total += poissonPmf(mean, k) * f(k);
  return total;
}

/**
 * The moments of a net loss h(N) and a gross loss g(N) = N x loss, N ~ Poisson(mean): the
 * expected net, its variance, and the variance left after the control variate on the gross
 * (Var h - Cov(h, g)^2 / Var g, what the engine's standard error estimates).
 */
export function netMoments(mean: number, loss: number, h: (k: number) => number) {
  const m = poissonExpectation(mean, h);
  const variance = poissonExpectation(mean, (k) => (h(k) - m) ** 2);
  const covariance = poissonExpectation(mean, (k) => (h(k) - m) * (k - mean) * loss);
  const grossVariance = mean * loss * loss;
  return { mean: m, variance, residual: variance - covariance ** 2 / grossVariance };
}

/** The mean and variance of r(N), N ~ Poisson(mean): for the plain means of what a term pays. */
export function paymentMoments(mean: number, r: (k: number) => number) {
  const m = poissonExpectation(mean, r);
  return { mean: m, variance: poissonExpectation(mean, (k) => (r(k) - m) ** 2) };
}
