import { describe, expect, it } from 'vitest';
import { toDistribution, type DistributionInput } from '../../../src/engine/index.js';
import {
  convertKind, KINDS, kindOf, kindsFor, paramsOf, paramValue, summarizeValue, tidy, type KindId,
} from '../../../src/ui/analyst/distributionKinds.js';
import { parameterRole, ROLES } from '../../../src/ui/analyst/parameterRole.js';
import { getAt, type JsonPath } from '../../../src/ui/state/draftJson.js';
import { readJson } from '../../helpers/fixtures.js';

const model = readJson('models/retail-bpo-2021.json');

/** Every distribution-valued parameter of the default model, by path. */
const PARAMETERS: JsonPath[] = [
  ['frequency', 'annualIncidence'],
  ['magnitude', 'perBreach'],
  ...Object.keys(model.magnitude.amplifiers).map((name) => ['magnitude', 'amplifiers', name, 'amount']),
  ...Object.entries<any>(model.controls).flatMap(([id, control]) =>
    control.effects.map((_: unknown, e: number) => ['controls', id, 'effects', e, 'reduction'])),
];

/** The mean by the engine's own distributions (an independent computation from the closed forms here). */
const engineMean = (value: unknown) => toDistribution(value as DistributionInput).mean;

describe('kindOf and the parameters shown', () => {
  it('tells every form apart', () => {
    expect(kindOf(0.39)).toBe('number');
    expect(kindOf('0.4x')).toBe('number');
    expect(kindOf({ value: 0.39, source: 's' })).toBe('number');
    expect(kindOf({ dist: 'uniform', min: 0, max: 1 })).toBe('uniform');
    expect(kindOf({ dist: 'pert', min: 0, mode: 0.5, max: 1 })).toBe('pert');
    expect(kindOf({ dist: 'triangular', min: 0, mode: 0.5, max: 1 })).toBe('triangular');
    expect(kindOf({ dist: 'lognormal', mean: 1, sigma: 1 })).toBe('lognormal-mean');
    expect(kindOf({ dist: 'lognormal', median: 1, sigma: 1 })).toBe('lognormal-median');
    expect(kindOf({ dist: 'lognormal', low: 1, high: 2 })).toBe('lognormal-range');
    expect(kindOf({ dist: 'beta', alpha: 2, beta: 3 })).toBe('beta');
    expect(kindOf({ dist: 'poisson', mean: 2 })).toBe('poisson');
    expect(kindOf({ dist: 'cauchy' })).toBeUndefined();
    expect(kindOf(null)).toBeUndefined();
  });

  it('offers the kinds of the role, and shows a value of another kind disabled', () => {
    expect(KINDS.map((k) => k.id)).toEqual(['number', 'uniform', 'pert', 'triangular', 'lognormal-mean', 'lognormal-median', 'lognormal-range', 'beta', 'poisson']);
    const options = (value: unknown, kinds: readonly KindId[]) => kindsFor(value, kinds).map((o) => `${o.kind.id}${o.disabled ? ' (disabled)' : ''}`);
    expect(options(0.3, ROLES.fraction.kinds)).toEqual(['number', 'uniform', 'pert', 'triangular', 'beta']);
    expect(options(0.3, ROLES.rate.kinds)).toEqual(['number', 'uniform', 'pert', 'triangular', 'lognormal-mean', 'lognormal-median', 'lognormal-range', 'poisson']);
    expect(options({ dist: 'beta', alpha: 2, beta: 3 }, ROLES.money.kinds)).toEqual(
      ['number', 'uniform', 'pert', 'triangular', 'lognormal-mean', 'lognormal-median', 'lognormal-range', 'beta (disabled)']);
    expect(options({ dist: 'poisson', mean: 1 }, ROLES.money.kinds)).toContain('poisson (disabled)');
  });

  it('shows PERT\'s gamma only when it is set', () => {
    expect(paramsOf({ dist: 'pert', min: 0, mode: 1, max: 2 }).map((p) => p.name)).toEqual(['min', 'mode', 'max']);
    expect(paramsOf({ dist: 'pert', min: 0, mode: 1, max: 2, gamma: 6 }).map((p) => p.name)).toEqual(['min', 'mode', 'max', 'gamma']);
    expect(paramsOf({ value: 1, source: 's' }).map((p) => p.name)).toEqual(['value']);
  });

  it('reads a parameter of either form', () => {
    expect(paramValue(0.39, 'value')).toBe(0.39);
    expect(paramValue({ value: 0.39 }, 'value')).toBe(0.39);
    expect(paramValue({ dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 }, 'mode')).toBe(0.8);
    expect(paramValue(0.39, 'min')).toBeUndefined();
  });

  it('bounds fractions to [0, 1] and the rest to [0, ∞)', () => {
    expect(parameterRole(['controls', 'mfa', 'effects', 0, 'reduction']).bounds).toEqual([0, 1]);
    expect(parameterRole(['frequency', 'annualIncidence']).bounds).toEqual([0, 1]);
    expect(parameterRole(['frequency', 'annualRate']).bounds).toEqual([0, Infinity]);
    expect(parameterRole(['magnitude', 'perBreach']).bounds).toEqual([0, Infinity]);
  });
});

describe('summarizeValue', () => {
  it('agrees with the engine\'s means on every parameter of the default model', () => {
    for (const path of PARAMETERS) {
      const value = getAt(model, path);
      expect(summarizeValue(value)!.mean, String(path)).toBeCloseTo(engineMean(value), 6);
    }
  });

  it('gives the closed-form standard deviations', () => {
    expect(summarizeValue({ dist: 'uniform', min: 0, max: 1 })!.sd).toBeCloseTo(Math.sqrt(1 / 12), 12);
    // Beta(2, 3): variance 6 / (25 * 6) = 0.04.
    expect(summarizeValue({ dist: 'beta', alpha: 2, beta: 3 })!.sd).toBeCloseTo(0.2, 12);
    // PERT(0, 0.5, 1) is Beta(3, 3): variance 9 / (36 * 7).
    expect(summarizeValue({ dist: 'pert', min: 0, mode: 0.5, max: 1 })!.sd).toBeCloseTo(Math.sqrt(9 / 252), 12);
    // Lognormal with sigma 1: sd / mean = sqrt(e - 1).
    const s = summarizeValue({ dist: 'lognormal', median: 1, sigma: 1 })!;
    expect(s.sd / s.mean).toBeCloseTo(Math.sqrt(Math.E - 1), 12);
  });

  it('is undefined while a parameter is text', () => {
    expect(summarizeValue({ dist: 'pert', min: 'a', mode: 0.5, max: 1 })).toBeUndefined();
    expect(summarizeValue('0.4x')).toBeUndefined();
  });
});

describe('tidy', () => {
  it('rounds computed numbers and keeps typed ones', () => {
    expect(tidy(0.7833333333333333)).toBe(0.7833);
    expect(tidy(4889755)).toBe(4889755);
    expect(tidy(0.39)).toBe(0.39);
    expect(tidy(0)).toBe(0);
    expect(tidy(4889755.000000001)).toBe(4889755);
  });
});

describe('convertKind', () => {
  it('converts the documented examples', () => {
    expect(convertKind({ value: 0.39, source: 'Thales' }, 'pert', [0, 1]))
      .toEqual({ dist: 'pert', min: 0.195, mode: 0.39, max: 0.585, source: 'Thales' });
    expect(convertKind({ dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 }, 'number', [0, 1])).toBe(0.775);
    expect(convertKind(0.39, 'number')).toBe(0.39);
    expect(convertKind(model.magnitude.perBreach, 'number')).toEqual({ value: 4889755, source: model.magnitude.perBreach.source });
  });

  it('keeps a sourced number sourced, and a plain one plain', () => {
    const pert = { dist: 'pert', min: 0.5, mode: 0.8, max: 0.95, source: 'MFA study' };
    expect(convertKind(pert, 'number', [0, 1])).toEqual({ value: 0.775, source: 'MFA study' });
    expect(convertKind({ dist: 'uniform', min: 1, max: 3 }, 'number')).toBe(2);
  });

  const cases = PARAMETERS.flatMap((path) => parameterRole(path).kinds.map((kind) => [path, kind] as [JsonPath, KindId]));
  it.each(cases)('%j to %s: valid for the engine, the source kept, the mean held', (path, kind) => {
    const value = getAt(model, path) as any;
    const bounds = parameterRole(path).bounds;
    const converted = convertKind(value, kind, bounds) as any;
    expect(kindOf(converted)).toBe(kind);
    expect(converted.source ?? undefined).toBe(value.source);
    const mean = engineMean(converted);
    // Held to the 4 digits kept (see parameterRole.test.ts for the tolerance).
    expect(Math.abs(mean / engineMean(value) - 1)).toBeLessThan(2e-3);
    // Bounded kinds stay within the bounds of the field.
    if (['uniform', 'pert', 'triangular', 'number'].includes(kind)) {
      const d = toDistribution(converted);
      expect(d.min).toBeGreaterThanOrEqual(bounds[0]);
      expect(d.max).toBeLessThanOrEqual(bounds[1]);
    }
  });

  it('gives a lognormal the mean and the standard deviation', () => {
    const pert = { dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 };
    const before = summarizeValue(pert)!;
    for (const kind of ['lognormal-mean', 'lognormal-median', 'lognormal-range'] as const) {
      const after = summarizeValue(convertKind(pert, kind, [0, 1]))!;
      expect(after.mean).toBeCloseTo(before.mean, 3);
      expect(after.sd).toBeCloseTo(before.sd, 3);
    }
  });

  it('converts between the lognormal forms exactly up to the 4 digits kept', () => {
    const perBreach = model.magnitude.perBreach;
    const median = convertKind(perBreach, 'lognormal-median') as any;
    expect(median.sigma).toBe(1.7);
    expect(median.median).toBeCloseTo(4889755 / Math.exp(1.7 ** 2 / 2), -3);
    const range = convertKind(perBreach, 'lognormal-range') as any;
    expect(toDistribution(range).quantile(0.5)).toBeCloseTo(median.median, -3);
  });

  it('keeps parameters of the same name when the value has text in it', () => {
    const typed = { dist: 'pert', min: 0.5, mode: '0.8x', max: 0.95, source: 's' };
    expect(convertKind(typed, 'triangular')).toEqual({ dist: 'triangular', min: 0.5, mode: '0.8x', max: 0.95, source: 's' });
    expect(convertKind(typed, 'uniform')).toEqual({ dist: 'uniform', min: 0.5, max: 0.95, source: 's' });
    expect(convertKind(typed, 'lognormal-mean')).toEqual({ dist: 'lognormal', mean: '', sigma: '', source: 's' });
    expect(convertKind('0.4x', 'pert')).toEqual({ dist: 'pert', min: '', mode: '', max: '' });
    expect(convertKind(typed, 'number')).toEqual({ value: 0.5, source: 's' });
  });
});

describe('convertKind to a lognormal from 0', () => {
  it('leaves the parameters to be typed, never NaN', () => {
    expect(convertKind(0, 'lognormal-range')).toEqual({ dist: 'lognormal', low: '', high: '' });
    expect(convertKind({ value: 0, source: 's' }, 'lognormal-mean')).toEqual({ dist: 'lognormal', mean: '', sigma: '', source: 's' });
  });
});
