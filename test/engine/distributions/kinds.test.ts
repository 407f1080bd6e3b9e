import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  DISTRIBUTION_KINDS, DISTRIBUTION_KIND_IDS, fromSpec, kindEntry, kindOf, kindsOfFamily, ownParams,
  type DistributionKind, type DistributionSpec,
} from '../../../src/engine/distributions/index.js';
import { normalQuantile } from '../../../src/engine/math/index.js';
import { distributionSchema, toDistribution, type DistributionInput } from '../../../src/engine/index.js';
import { KINDS } from '../../../src/ui/analyst/distributionKinds.js';
import { ROLES } from '../../../src/ui/analyst/parameterRole.js';
import { quantileIntegral } from './helpers.js';

/** One valid example of every kind: its parameters, and the tolerance of the numeric checks on it. */
const EXAMPLES: { [K in DistributionKind]: Record<string, number> } = {
  number: { value: 0.39 },
  uniform: { min: 2, max: 6 },
  triangular: { min: 0, mode: 3, max: 10 },
  pert: { min: 0.5, mode: 0.8, max: 0.95, gamma: 6 },
  'lognormal-mean': { mean: 8e6, sigma: 0.5 },
  'lognormal-median': { median: 1000, sigma: 0.6 },
  'lognormal-range': { low: 10, high: 40 },
  beta: { alpha: 2, beta: 6 },
  poisson: { mean: 3.5 },
};

/** The example as a scenario writes it: a plain number, or an object tagged by its family. */
function jsonOf(kind: DistributionKind): DistributionSpec {
  const entry = kindEntry(kind);
  return (entry.plain ? EXAMPLES[kind].value : { dist: entry.family, ...EXAMPLES[kind] }) as DistributionSpec;
}

/** Cells of the midpoint rule over u in (0, 1). */
const CELLS = 1_000_000;

/**
 * Relative tolerance of the midpoint-rule integrals of the quantile (the mean) and of its
 * square (the second moment), from the rule's error on these examples (and, for all,
 * the rounding of a sum of 1e6 terms: at most 1e6 ulps, 1.1e-10):
 * - bounded continuous kinds: the quantile is smooth inside (0, 1), with square-root ends
 *   for the triangular and PERT/beta (shapes >= 2): error O(n^-1.5) = 1e-9, plus the
 *   tables' 1e-7 relative error of the mean for PERT and beta (`beta.ts`);
 * - lognormals (sigma <= 0.6): the cells near u = 1 miss part of the tail; the mass of
 *   x f(x) above the 1 - 1e-6 quantile is 1 - Phi(4.75 - sigma) < 1e-5 of the mean
 *   (and 1 - Phi(4.75 - 2 sigma) < 1e-4 of the second moment);
 * - Poisson: each of the about 20 jumps of the step quantile falls inside one cell,
 *   misplacing at most 1/n of probability times the step of 1: 2e-5 / 3.5 relative.
 */
const TOLERANCE: { [K in DistributionKind]: { mean: number; square: number } } = {
  number: { mean: 1e-10, square: 1e-10 },
  uniform: { mean: 1e-12, square: 1e-12 },
  triangular: { mean: 1e-8, square: 1e-8 },
  pert: { mean: 2e-7, square: 4e-7 },
  'lognormal-mean': { mean: 1e-5, square: 1e-4 },
  'lognormal-median': { mean: 1e-5, square: 1e-4 },
  'lognormal-range': { mean: 1e-5, square: 1e-4 },
  beta: { mean: 2e-7, square: 4e-7 },
  poisson: { mean: 1e-5, square: 1e-5 },
};

describe('DISTRIBUTION_KINDS', () => {
  it('lists every kind once, in the order of the scenario format', () => {
    expect(DISTRIBUTION_KIND_IDS).toEqual([
      'number', 'uniform', 'triangular', 'pert', 'lognormal-mean', 'lognormal-median', 'lognormal-range', 'beta', 'poisson',
    ]);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...DISTRIBUTION_KIND_IDS].sort());
    expect(kindsOfFamily('lognormal')).toEqual(['lognormal-mean', 'lognormal-median', 'lognormal-range']);
    expect(kindsOfFamily('constant')).toEqual(['number']);
    expect(kindsOfFamily('gamma')).toEqual([]);
    // Every factory (every Distribution family) is some kind's.
    expect(new Set(DISTRIBUTION_KIND_IDS.map((k) => kindEntry(k).family)))
      .toEqual(new Set(['constant', 'uniform', 'triangular', 'pert', 'lognormal', 'beta', 'poisson']));
  });

  it('gives every parameter a label and bounds that hold its example', () => {
    for (const kind of DISTRIBUTION_KIND_IDS) {
      for (const param of kindEntry(kind).params) {
        expect(param.label.length, `${kind}.${param.name}`).toBeGreaterThan(0);
        const x = EXAMPLES[kind][param.name];
        if (x === undefined) {
          expect(param.optional, `${kind}.${param.name}`).toBe(true);
          continue;
        }
        const { min, exclusiveMin, max } = param.bounds;
        expect(exclusiveMin ? x > min : x >= min, `${kind}.${param.name}`).toBe(true);
        expect(x <= max, `${kind}.${param.name}`).toBe(true);
      }
    }
  });

  it('states the factory\'s own mean (the closed form, to the bit)', () => {
    for (const kind of DISTRIBUTION_KIND_IDS) {
      const entry = kindEntry(kind);
      const d = entry.build(EXAMPLES[kind]);
      expect(d.kind, kind).toBe(entry.family);
      expect(entry.mean(EXAMPLES[kind]), kind).toBe(d.mean);
    }
  });

  // Independent of the closed forms: the mean is the integral of the quantile over (0, 1).
  it.each(DISTRIBUTION_KIND_IDS)('%s: its mean is the integral of its quantile, its sd that of the quantile squared', (kind) => {
    const entry = kindEntry(kind);
    const d = entry.build(EXAMPLES[kind]);
    const mean = entry.mean(EXAMPLES[kind]);
    const { sd } = entry.spread(EXAMPLES[kind]);
    expect(Math.abs(quantileIntegral(d, CELLS) / mean - 1)).toBeLessThanOrEqual(TOLERANCE[kind].mean);
    const square = quantileIntegral({ ...d, quantile: (u) => d.quantile(u) ** 2 }, CELLS);
    const stated = sd * sd + mean * mean;
    expect(Math.abs(square / stated - 1)).toBeLessThanOrEqual(TOLERANCE[kind].square);
  });

  it('states the support as the range of a bounded kind, the 5th and 95th percentiles of a lognormal', () => {
    for (const kind of DISTRIBUTION_KIND_IDS) {
      const entry = kindEntry(kind);
      const d = entry.build(EXAMPLES[kind]);
      const { low, high } = entry.spread(EXAMPLES[kind]);
      if (entry.family === 'lognormal') {
        expect(Math.abs(low / d.quantile(0.05) - 1), kind).toBeLessThanOrEqual(1e-13);
        expect(Math.abs(high / d.quantile(0.95) - 1), kind).toBeLessThanOrEqual(1e-13);
      } else if (entry.family === 'poisson') {
        // The normal approximation: mean ± Phi^-1(0.95) sd.
        expect(low).toBeCloseTo(3.5 + normalQuantile(0.05) * Math.sqrt(3.5), 12);
        expect(high).toBeCloseTo(3.5 + normalQuantile(0.95) * Math.sqrt(3.5), 12);
      } else {
        expect([low, high], kind).toEqual([d.min, d.max]);
      }
    }
  });

  it('never throws for impossible or missing parameters: NaN instead', () => {
    for (const kind of DISTRIBUTION_KIND_IDS) {
      const entry = kindEntry(kind);
      const bad = Object.fromEntries(entry.params.map((p) => [p.name, NaN]));
      expect(entry.mean(bad), kind).toBeNaN();
      expect(Object.values(entry.spread(bad)).every(Number.isFinite), kind).toBe(false);
    }
  });

  it('says which quantities each kind suits', () => {
    expect(DISTRIBUTION_KINDS.beta.suits).toEqual(['fraction']);
    expect(DISTRIBUTION_KINDS.poisson.suits).toEqual(['rate']);
    expect(DISTRIBUTION_KINDS['lognormal-range'].suits).toEqual(['money', 'rate']);
    for (const kind of DISTRIBUTION_KIND_IDS) expect(kindEntry(kind).suits.length, kind).toBeGreaterThan(0);
  });
});

describe('every kind in the schema, the factory and the editor', () => {
  it.each(DISTRIBUTION_KIND_IDS)('%s: accepted by the schema, built by fromSpec and toDistribution, recognised by kindOf', (kind) => {
    const json = jsonOf(kind);
    expect(distributionSchema.safeParse(json).success).toBe(true);
    const family = kindEntry(kind).family;
    expect(fromSpec(json).kind).toBe(family);
    expect(toDistribution(json as DistributionInput).kind).toBe(family);
    expect(kindOf(json)).toBe(kind);
    if (typeof json === 'object') expect(distributionSchema.safeParse({ ...json, extra: 1 }).success).toBe(false);
  });

  it('tags the schema\'s objects with the families, in the registry\'s order', () => {
    const tags = JSON.stringify(z.toJSONSchema(distributionSchema, { io: 'input' })).match(/"dist":\{"type":"string","const":"[a-z]+"/g)!
      .map((s) => s.slice(s.lastIndexOf(':') + 2, -1));
    const families = [...new Set(DISTRIBUTION_KIND_IDS.filter((k) => !kindEntry(k).plain).map((k) => kindEntry(k).family))];
    expect(tags).toEqual(families);
    expect(families).toEqual(['uniform', 'triangular', 'pert', 'lognormal', 'beta', 'poisson']);
  });

  it('rejects each parameter just outside its bounds', () => {
    for (const kind of DISTRIBUTION_KIND_IDS) {
      for (const param of kindEntry(kind).params) {
        const outside = param.bounds.exclusiveMin ? param.bounds.min : param.bounds.min - Math.max(1, Math.abs(param.bounds.min));
        for (const x of [outside, param.bounds.max * 2]) {
          const json = kindEntry(kind).plain ? x : { dist: kindEntry(kind).family, ...EXAMPLES[kind], [param.name]: x };
          expect(distributionSchema.safeParse(json).success, `${kind}.${param.name} = ${x}`).toBe(false);
        }
      }
    }
  });

  it('tells the lognormal forms apart by their own parameters, and insists on one in fromSpec', () => {
    expect(ownParams('lognormal-mean')).toEqual(['mean']);
    expect(ownParams('lognormal-range')).toEqual(['low', 'high']);
    expect(() => fromSpec({ dist: 'lognormal', low: 1, high: 2, sigma: 1 } as unknown as DistributionSpec))
      .toThrow('lognormal: give exactly one of {mean, sigma}, {median, sigma} and {low, high}');
  });

  it('lists every kind once in the editor, offered for exactly the quantities it suits', () => {
    expect([...KINDS.map((k) => k.id)].sort()).toEqual([...DISTRIBUTION_KIND_IDS].sort());
    for (const role of Object.values(ROLES)) {
      for (const kind of DISTRIBUTION_KIND_IDS) {
        expect(role.kinds.includes(kind), `${kind} for ${role.id}`).toBe(kindEntry(kind).suits.includes(role.id));
      }
    }
    for (const info of KINDS) expect(info.label).toBe(kindEntry(info.id).label);
  });
});
