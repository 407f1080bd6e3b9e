import { compileModel, validateScenario, type Model } from '../../src/engine/index.js';
import { expectedLossAtMeans, meanOf } from './scenarios.js';

/**
 * Helpers for the closed-form analytics' tests (test/engine/exact/): a scenario object
 * validated and compiled, and independent expected costs written without the engine.
 */

/** Validates a scenario object (throwing every error with its path) and compiles it. */
export function modelOf(scenario: unknown): Model {
  const result = validateScenario(structuredClone(scenario));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return compileModel(result.scenario);
}

/** A deep copy of a scenario, changed by `edit`. */
export function edited(scenario: any, edit: (copy: any) => void): any {
  const copy = structuredClone(scenario);
  edit(copy);
  return copy;
}

/** The vendor's controls as a map id -> coverage (a bare id is coverage 1). */
export function coverageMap(vendor: any): Map<string, number> {
  return new Map(vendor.controls.map((c: any) => (typeof c === 'string' ? [c, 1] : [c.id, c.coverage])));
}

/** A copy of the scenario with the vendor's coverage of `controlId` set to `coverage` (0 removes it). */
export function withCoverage(scenario: any, vendorId: string, controlId: string, coverage: number): any {
  return edited(scenario, (s) => {
    const vendor = s.vendors.find((v: any) => v.id === vendorId);
    vendor.controls = vendor.controls.filter((c: any) => (typeof c === 'string' ? c : c.id) !== controlId);
    if (coverage > 0) vendor.controls.push({ id: controlId, coverage });
  });
}

/** price + expected loss of a vendor, by the helpers' independent closed form (`expectedLossAtMeans`). */
export function costOf(scenario: any, vendorId: string): number {
  const vendor = scenario.vendors.find((v: any) => v.id === vendorId);
  return meanOf(vendor.annualPrice) + expectedLossAtMeans(scenario, vendorId);
}

/** The candidates (every vendor but the reference) of a scenario, as ids. */
export function candidatesOf(scenario: any): string[] {
  return scenario.vendors.filter((v: any) => v.reference !== true).map((v: any) => v.id);
}

/** The candidate of least cost by the independent closed form (first in file order on a tie). */
export function cheapestByClosedForm(scenario: any): string {
  let best = '';
  let bestCost = Infinity;
  for (const id of candidatesOf(scenario)) {
    const cost = costOf(scenario, id);
    if (cost < bestCost) [best, bestCost] = [id, cost];
  }
  return best;
}

/** |a - b| / max(|a|, |b|), 0 for two zeros. */
export function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/**
 * The integral of f over [a, b] by composite Simpson's rule on `n` (even) intervals.
 * Error O(h^4 f''''): with n = 20,000 below 1e-13 relative for the smooth integrands here.
 */
export function simpson(f: (x: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/**
 * The PERT(min, mode, max; gamma = 4) density without its constant, on [min, max]:
 * (x - min)^(alpha - 1) (max - x)^(beta - 1), alpha = 1 + 4 (mode - min) / (max - min),
 * beta = 1 + 4 (max - mode) / (max - min). Normalise by its Simpson integral.
 */
export function pertKernel(min: number, mode: number, max: number): (x: number) => number {
  const span = max - min;
  const alpha = 1 + (4 * (mode - min)) / span;
  const beta = 1 + (4 * (max - mode)) / span;
  return (x) => (x - min) ** (alpha - 1) * (max - x) ** (beta - 1);
}

/**
 * The scenario with one input set to x, every other as stated (so at its mean in the
 * helpers' closed form): the independent way to evaluate the costs at an input's value.
 */
export function withInput(scenario: any, id: string, x: number): any {
  return edited(scenario, (s) => {
    if (id === 'frequency') {
      if (s.frequency.annualIncidence !== undefined) s.frequency.annualIncidence = x;
      else s.frequency.annualRate = x;
    } else if (id === 'perBreach') s.magnitude.perBreach = x;
    else if (id === 'channelShare') s.frequency.channelShare = x;
    else if (id.startsWith('effect:')) {
      const [, control, n] = id.split(':');
      s.controls[control].effects[Number(n)].reduction = x;
    } else if (id.startsWith('amplifier:')) {
      const [, name, field] = id.split(':');
      s.magnitude.amplifiers[name][field] = x;
    } else throw new Error(`unknown input ${id}`);
  });
}

