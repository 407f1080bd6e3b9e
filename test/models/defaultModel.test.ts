import { describe, expect, it } from 'vitest';
import { DECISION_ANALYSES, digestNumbers, digestResults, runScenario, validateScenario } from '../../src/engine/index.js';
import { defaultModel, readJson } from '../helpers/fixtures.js';

const Z95 = 1.6448536269514722;

/** Closed-form means, computed here from the file's parameters, independently of the engine. */
function closedFormMean(spec: any): number {
  if (typeof spec === 'number') return spec;
  if (!('dist' in spec)) return spec.value;
  if (spec.dist === 'lognormal') {
    if (spec.mean !== undefined) return spec.mean;
    if (spec.median !== undefined) return spec.median * Math.exp(spec.sigma ** 2 / 2);
    const mu = (Math.log(spec.low) + Math.log(spec.high)) / 2;
    const sigma = (Math.log(spec.high) - Math.log(spec.low)) / (2 * Z95);
    return Math.exp(mu + sigma ** 2 / 2);
  }
  throw new Error(`no closed form here for ${spec.dist}`);
}

const value = (x: any) => (typeof x === 'number' ? x : x.value);

describe('the default model (models/retail-bpo-2021.json)', () => {
  const json = readJson('models/retail-bpo-2021.json');

  it('is calibrated: mean loss per breach with no controls, amplifiers included, is $9.05M (IBM 2021, US)', () => {
    const amplifiers = Object.values<any>(json.magnitude.amplifiers);
    const perBreach = closedFormMean(json.magnitude.perBreach)
      + amplifiers.reduce((t, a) => t + value(a.probability) * closedFormMean(a.amount), 0);
    expect(Math.abs(perBreach - 9_050_000)).toBeLessThan(1);
  });

  it('is calibrated: with no controls, P(at least one breach in a year) = 39% (Thales, retail)', () => {
    expect(value(json.frequency.annualIncidence)).toBe(0.39);
    expect(json.frequency.channelShare === undefined || value(json.frequency.channelShare) === 1).toBe(true);
  });

  it('simulates to its calibration targets (200,000 trials, 4 standard errors)', () => {
    const results = runScenario(defaultModel(), { trials: 200_000 });
    const reference = results.vendors.find((v) => v.id === 'none')!;
    const n = results.trials;
    expect(Math.abs(reference.probabilityOfBreach - 0.39)).toBeLessThan(4 * Math.sqrt((0.39 * 0.61) / n));
    const lambda = -Math.log(1 - 0.39);
    // With a fixed incidence and no controls, the conditional expected loss is the closed form in every
    // trial: lambda x $9.05M (the base loss mean is rounded to the dollar, so within 1e-6).
    expect(reference.expectedLoss.standardError).toBe(0);
    expect(Math.abs(reference.expectedLoss.mean / (lambda * 9_050_000) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(reference.expectedLoss.sample.mean - lambda * 9_050_000)).toBeLessThan(4 * reference.expectedLoss.sample.standardError);
    // Every vendor's controls can only lower the reference's losses.
    for (const v of results.vendors) expect(v.expectedLoss.mean).toBeLessThanOrEqual(reference.expectedLoss.mean);
  });

  it('asks the four questions, with a no-controls reference and three or four fictional vendors', () => {
    const questions = new Set(Object.values<any>(json.controls).map((c) => c.question));
    expect([...questions].sort()).toEqual(['payments', 'pci', 'pii', 'remote-agents']);
    const reference = json.vendors.filter((v: any) => v.reference === true);
    expect(reference).toHaveLength(1);
    expect(reference[0].controls).toEqual([]);
    expect(json.vendors.length - 1).toBeGreaterThanOrEqual(3);
    expect(json.vendors.length - 1).toBeLessThanOrEqual(4);
    for (const id of ['mfa', 'vdi', 'vpn', 'byodPolicy', 'secureIvr', 'noStoredCardData', 'piiRedaction', 'pciDss']) {
      expect(json.controls[id], id).toBeDefined();
    }
  });

  it('gives a source for every parameter', () => {
    const missing: string[] = [];
    const needsSource = (x: any) => typeof x === 'number' || (x && typeof x === 'object' && !Array.isArray(x) && (('dist' in x) || ('value' in x)));
    const check = (x: any, path: string) => {
      if (needsSource(x) && !(x && typeof x === 'object' && typeof x.source === 'string' && x.source.length > 10)) missing.push(path);
    };
    check(json.frequency.annualIncidence, 'frequency.annualIncidence');
    for (const [k, v] of Object.entries(json.frequency.vectors)) check(v, `frequency.vectors.${k}`);
    check(json.magnitude.perBreach, 'magnitude.perBreach');
    for (const [k, v] of Object.entries<any>(json.magnitude.components)) check(v, `magnitude.components.${k}`);
    for (const [k, a] of Object.entries<any>(json.magnitude.amplifiers)) {
      check(a.probability, `magnitude.amplifiers.${k}.probability`);
      check(a.amount, `magnitude.amplifiers.${k}.amount`);
    }
    for (const [k, c] of Object.entries<any>(json.controls)) c.effects.forEach((e: any, i: number) => check(e.reduction, `controls.${k}.effects[${i}].reduction`));
    json.vendors.forEach((v: any, i: number) => check(v.annualPrice, `vendors[${i}].annualPrice`));
    expect(missing).toEqual([]);
  });

  it('validates against the format', () => {
    expect(validateScenario(json).ok).toBe(true);
  });

  it('regression pin: the digest of a 20,000-trial run (bump ENGINE_VERSION when this moves)', () => {
    expect(digestResults(runScenario(defaultModel(), { trials: 20_000 }))).toBe('e15c40dcfa84978b');
  });

  it('regression pin: the digest of the decision analytics of a 20,000-trial run (their numbers, in order)', () => {
    const results = runScenario(defaultModel(), { trials: 20_000, analyses: DECISION_ANALYSES });
    const numbers: number[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'number') numbers.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const name of DECISION_ANALYSES) collect(results[name]);
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(digestNumbers(Float64Array.from(numbers))).toBe('c3f8bd337b309bbe');
  });
});
