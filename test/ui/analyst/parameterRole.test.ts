import { describe, expect, it } from 'vitest';
import { toDistribution, validateScenario, type DistributionInput } from '../../../src/engine/index.js';
import { convertKind, kindOf, kindsFor, type KindId } from '../../../src/ui/analyst/distributionKinds.js';
import { parameterRole, ROLES, type RoleId } from '../../../src/ui/analyst/parameterRole.js';
import { getAt, type JsonPath } from '../../../src/ui/state/draftJson.js';
import { setAt } from '../../../src/ui/state/edits/index.js';
import { readJson } from '../../helpers/fixtures.js';

const model = readJson('models/retail-bpo-2021.json');

/** The mean by the engine's own distributions, each a closed form (mean of a uniform, PERT, beta, lognormal, ...). */
const engineMean = (value: unknown) => toDistribution(value as DistributionInput).mean;

/** One typical value of every kind a role offers (money in dollars, a rate in breaches a year, a fraction). */
const EXAMPLES: Record<RoleId, Partial<Record<KindId, unknown>>> = {
  money: {
    number: 4_889_755,
    uniform: { dist: 'uniform', min: 1e6, max: 9e6 },
    pert: { dist: 'pert', min: 5e5, mode: 2e6, max: 2e7 },
    triangular: { dist: 'triangular', min: 5e5, mode: 2e6, max: 2e7 },
    'lognormal-mean': { dist: 'lognormal', mean: 4_889_755, sigma: 1.7 },
    'lognormal-median': { dist: 'lognormal', median: 1.1e6, sigma: 1.2 },
    'lognormal-range': { dist: 'lognormal', low: 2e5, high: 2e7 },
  },
  rate: {
    number: 0.4943,
    uniform: { dist: 'uniform', min: 0.2, max: 0.8 },
    pert: { dist: 'pert', min: 0.1, mode: 0.4, max: 1.2 },
    triangular: { dist: 'triangular', min: 0.1, mode: 0.4, max: 1.2 },
    'lognormal-mean': { dist: 'lognormal', mean: 0.5, sigma: 0.6 },
    'lognormal-median': { dist: 'lognormal', median: 0.4, sigma: 0.5 },
    'lognormal-range': { dist: 'lognormal', low: 0.1, high: 1.5 },
    poisson: { dist: 'poisson', mean: 0.5 },
  },
  fraction: {
    number: 0.39,
    uniform: { dist: 'uniform', min: 0.2, max: 0.6 },
    pert: { dist: 'pert', min: 0.6, mode: 0.85, max: 1 },
    triangular: { dist: 'triangular', min: 0.05, mode: 0.15, max: 0.3 },
    beta: { dist: 'beta', alpha: 2, beta: 5 },
  },
};

describe('parameterRole', () => {
  it('derives the role of every parameter from its path', () => {
    const role = (path: JsonPath) => parameterRole(path).id;
    expect(role(['magnitude', 'perBreach'])).toBe('money');
    expect(role(['magnitude', 'amplifiers', 'cardData', 'amount'])).toBe('money');
    expect(role(['vendors', 2, 'annualPrice'])).toBe('money');
    expect(role(['tolerance', 'loss'])).toBe('money');
    expect(role(['frequency', 'annualRate'])).toBe('rate');
    expect(role(['frequency', 'annualIncidence'])).toBe('fraction');
    expect(role(['frequency', 'channelShare'])).toBe('fraction');
    expect(role(['frequency', 'vectors', 'phishing'])).toBe('fraction');
    expect(role(['magnitude', 'components', 'notification'])).toBe('fraction');
    expect(role(['magnitude', 'amplifiers', 'cardData', 'probability'])).toBe('fraction');
    expect(role(['controls', 'mfa', 'effects', 0, 'reduction'])).toBe('fraction');
    expect(role(['vendors', 3, 'controls', 1, 'coverage'])).toBe('fraction');
    expect(role(['tolerance', 'probability'])).toBe('fraction');
  });

  it('offers money kinds for money and rates, [0, 1] kinds for fractions, Poisson for the rate only', () => {
    for (const id of ['money', 'rate'] as const) {
      expect(ROLES[id].kinds).not.toContain('beta');
      expect(ROLES[id].bounds).toEqual([0, Infinity]);
    }
    expect(ROLES.money.kinds).not.toContain('poisson');
    expect(ROLES.rate.kinds).toContain('poisson');
    expect(ROLES.fraction.kinds).toEqual(['number', 'uniform', 'pert', 'triangular', 'beta']);
    expect(ROLES.fraction.bounds).toEqual([0, 1]);
    // The bug this fixes: the loss per breach offered Beta, which turned a $4.9M mean into about $1.
    const perBreach = kindsFor(model.magnitude.perBreach, parameterRole(['magnitude', 'perBreach']).kinds);
    expect(perBreach.filter((o) => !o.disabled).map((o) => o.kind.id)).not.toContain('beta');
  });

  it('has an example of every kind each role offers', () => {
    for (const role of Object.values(ROLES)) expect(Object.keys(EXAMPLES[role.id]).sort()).toEqual([...role.kinds].sort());
  });

  /*
   * Tolerance 2e-3 (relative), from the closed-form means: a conversion computes the new
   * parameters to hold the mean exactly, then `tidy` rounds each to 4 significant digits
   * (a relative error of at most 5e-4 each). The mean of a uniform, triangular or PERT is
   * a positive weighted average of its parameters, and a beta's alpha / (alpha + beta),
   * so it moves by at most 1e-3; a lognormal's mean exp(mu + sigma^2 / 2) turns a relative
   * error e in sigma into sigma^2 e, which for the sigmas here (at most 1.7, sigma^2 =
   * 2.89) adds at most 1.45e-3 to the 5e-4 of the median: 1.95e-3 in all.
   */
  const cases = Object.values(ROLES).flatMap((role) =>
    role.kinds.flatMap((from) => role.kinds.filter((to) => to !== from).map((to) => [role.id, from, to] as const)));
  it.each(cases)('%s: %s to %s keeps the mean within 2e-3, and the value valid for the engine', (roleId, from, to) => {
    const role = ROLES[roleId];
    const value = EXAMPLES[roleId][from];
    const converted = convertKind(value, to, role.bounds);
    expect(kindOf(converted)).toBe(to);
    expect(Math.abs(engineMean(converted) / engineMean(value) - 1)).toBeLessThan(2e-3);
    const d = toDistribution(converted as DistributionInput);
    expect(d.min).toBeGreaterThanOrEqual(role.bounds[0]);
    expect(d.max).toBeLessThanOrEqual(role.bounds[1]);
  });

  it('converts every parameter of the default model to every kind of its role into a scenario the engine accepts', () => {
    const paths: JsonPath[] = [
      ['frequency', 'annualIncidence'],
      ['magnitude', 'perBreach'],
      ['magnitude', 'amplifiers', 'cardData', 'amount'],
      ['controls', 'mfa', 'effects', 0, 'reduction'],
    ];
    for (const path of paths) {
      const role = parameterRole(path);
      for (const kind of role.kinds.filter((k) => k !== 'poisson')) {
        const scenario = structuredClone(model);
        setAt(scenario, path, convertKind(getAt(model, path), kind, role.bounds));
        const result = validateScenario(scenario);
        expect(result.ok ? [] : result.errors, `${path.join('.')} as ${kind}`).toEqual([]);
      }
    }
  });
});
