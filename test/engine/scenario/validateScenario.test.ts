import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario, ScenarioValidationError } from '../../../src/engine/index.js';
import { issueExample, readJson } from '../../helpers/fixtures.js';

/** The errors of a scenario made by editing the specification's example. */
function errorsOf(edit: (s: any) => void): string[] {
  const scenario = issueExample();
  edit(scenario);
  const result = validateScenario(scenario);
  if (result.ok) return [];
  return result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

describe('validateScenario', () => {
  it('accepts the example of the format specification as it stands', () => {
    const result = validateScenario(issueExample());
    expect(result.ok).toBe(true);
  });

  it('accepts the default model', () => {
    expect(validateScenario(readJson('models/retail-bpo-2021.json')).ok).toBe(true);
  });

  it.each([
    ['an unknown control on a vendor', (s: any) => s.vendors[2].controls.push('mfx'), 'vendors[2].controls[1]: unknown control "mfx"'],
    ['a control listed twice', (s: any) => s.vendors[1].controls.push('mfa'), 'vendors[1].controls[3]: control "mfa" listed twice (also controls[0])'],
    ['duplicate vendor ids', (s: any) => (s.vendors[2].id = 'a'), 'vendors[2].id: duplicate vendor id "a" (also vendors[1])'],
    ['vector shares not summing to 1', (s: any) => (s.frequency.vectors.other = 0.2), 'frequency.vectors: vector shares must sum to 1 (within 1e-9); they sum to 1.04'],
    ['component shares not summing to 1', (s: any) => (s.magnitude.components.detection = 0.3), 'magnitude.components: component shares must sum to 1'],
    ['an effect on an unknown vector', (s: any) => (s.controls.mfa.effects[0].vectors[1] = 'phishin'), 'controls.mfa.effects[0].vectors[1]: unknown vector "phishin"'],
    ['an effect on an unknown amplifier', (s: any) => (s.controls.secureIvr.effects[0].amplifiers = ['card']), 'controls.secureIvr.effects[0].amplifiers[0]: unknown amplifier "card"'],
    ['an effect with two kinds of target', (s: any) => (s.controls.mfa.effects[0].components = ['detection']), 'controls.mfa.effects[0]: an effect targets exactly one of "vectors", "components" or "amplifiers"'],
    ['an effect with no target', (s: any) => delete s.controls.mfa.effects[0].vectors, 'controls.mfa.effects[0]: an effect targets exactly one of'],
    ['both incidence and rate', (s: any) => (s.frequency.annualRate = 0.5), 'frequency: give exactly one of "annualIncidence" and "annualRate"'],
    ['neither incidence nor rate', (s: any) => delete s.frequency.annualIncidence, 'frequency: give exactly one of'],
    ['an incidence of 1', (s: any) => (s.frequency.annualIncidence = 1), 'frequency.annualIncidence: must lie within [0, 1); got 1'],
    ['an incidence distribution reaching 1', (s: any) => (s.frequency.annualIncidence = { dist: 'uniform', min: 0.2, max: 1 }), 'frequency.annualIncidence: must lie within [0, 1); got a uniform distribution over [0.2, 1]'],
    ['a negative rate', (s: any) => { delete s.frequency.annualIncidence; s.frequency.annualRate = -0.1; }, 'frequency.annualRate: must lie within [0, ∞]; got -0.1'],
    ['a reduction above 1', (s: any) => (s.controls.mfa.effects[0].reduction = 1.2), 'controls.mfa.effects[0].reduction: must lie within [0, 1]; got 1.2'],
    ['a reduction distribution above 1', (s: any) => (s.controls.mfa.effects[0].reduction.max = 1.5), 'controls.mfa.effects[0].reduction: must lie within [0, 1]; got a pert distribution over [0.5, 1.5]'],
    ['a lognormal reduction', (s: any) => (s.controls.mfa.effects[0].reduction = { dist: 'lognormal', median: 0.5, sigma: 1 }), 'controls.mfa.effects[0].reduction: must lie within [0, 1]'],
    ['a PERT mode outside its range', (s: any) => (s.controls.mfa.effects[0].reduction.mode = 0.99), 'controls.mfa.effects[0].reduction: pert: mode'],
    ['negative money', (s: any) => (s.vendors[1].annualPrice = -5), 'vendors[1].annualPrice: must be >= 0; got -5'],
    ['a negative loss amount', (s: any) => (s.magnitude.amplifiers.remoteWork.amount = -1), 'magnitude.amplifiers.remoteWork.amount: must lie within [0, ∞]; got -1'],
    ['a probability above 1', (s: any) => (s.magnitude.amplifiers.cardData.probability = 1.5), 'magnitude.amplifiers.cardData.probability: must be <= 1; got 1.5'],
    ['NaN', (s: any) => (s.magnitude.amplifiers.remoteWork.probability = NaN), 'magnitude.amplifiers.remoteWork.probability: expected a number or an object, got NaN'],
    ['a string for a number', (s: any) => (s.vendors[0].annualPrice = '0'), 'vendors[0].annualPrice: expected a number or an object, got "0"'],
    ['a bad value in a sourced number', (s: any) => (s.frequency.annualIncidence = { value: 'abc', source: 'x' }), 'frequency.annualIncidence.value: expected a number, got "abc"'],
    ['a bad parameter in a sourced distribution', (s: any) => (s.magnitude.perBreach = { dist: 'lognormal', mean: 'x', sigma: 1, source: 'y' }), 'magnitude.perBreach.mean: expected a number, got "x"'],
    ['an unknown field', (s: any) => (s.simulation.trails = 5), 'simulation.trails: unknown field'],
    ['an unknown distribution', (s: any) => (s.magnitude.perBreach.dist = 'gamma'), 'magnitude.perBreach.dist: expected "uniform" or "triangular" or "pert" or "lognormal" or "beta" or "poisson", got "gamma"'],
    ['a distribution missing a parameter', (s: any) => delete s.controls.mfa.effects[0].reduction.mode, 'controls.mfa.effects[0].reduction.mode: is missing: a number is needed'],
    ['a lognormal with both mean and range', (s: any) => (s.magnitude.perBreach.low = 1000), 'magnitude.perBreach: lognormal'],
    ['an unknown question', (s: any) => (s.controls.mfa.question = 'remote'), 'controls.mfa.question: expected "pci" or "payments" or "pii" or "remote-agents", got "remote"'],
    ['a coverage above 1', (s: any) => (s.vendors[2].controls[0] = { id: 'mfa', coverage: 1.2 }), 'vendors[2].controls[0].coverage: must be <= 1; got 1.2'],
    ['a channel share of 0', (s: any) => (s.frequency.channelShare = 0), 'frequency.channelShare: must be > 0; got 0'],
    ['fractional trials', (s: any) => (s.simulation.trials = 10.5), 'simulation.trials: expected an integer'],
    ['a wrong format tag', (s: any) => (s.format = 'breach-scenario/2'), 'format: expected "breach-scenario/1", got "breach-scenario/2"'],
    ['no vendors', (s: any) => (s.vendors = []), 'vendors: must have at least 1 entry; got 0'],
  ])('rejects %s, naming the path', (_what, edit, expected) => {
    const errors = errorsOf(edit);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((line) => line.startsWith(expected)), `${JSON.stringify(errors)} should include "${expected}"`).toBe(true);
  });

  it('reports every problem of a file in one pass, structural and cross-field alike', () => {
    const errors = errorsOf((s) => {
      s.vendors[1].annualPrice = -5;
      s.frequency.annualIncidence = 1.5;
      s.frequency.vectors.other = 0.2; // the shares now sum to 1.04
      s.vendors[2].controls.push('mfx');
      s.vendors[2].id = 'a';
    });
    for (const expected of [
      'vendors[1].annualPrice: must be >= 0; got -5',
      'frequency.annualIncidence: must lie within [0, 1); got 1.5',
      'frequency.vectors: vector shares must sum to 1',
      'vendors[2].controls[1]: unknown control "mfx"',
      'vendors[2].id: duplicate vendor id "a" (also vendors[1])',
    ]) expect(errors.some((line) => line.startsWith(expected)), `${JSON.stringify(errors)} should include "${expected}"`).toBe(true);
    expect(errors).toHaveLength(5);
  });

  it('rejects two vendors with the same name, naming both paths', () => {
    expect(errorsOf((s) => (s.vendors[2].name = s.vendors[1].name))).toEqual([
      `vendors[2].name: duplicate vendor name "${issueExample().vendors[1].name}" (also vendors[1].name): names tell vendors apart in the answer`,
    ]);
  });

  it('accepts one reference vendor and rejects a second', () => {
    expect(errorsOf((s) => (s.vendors[0].reference = true))).toEqual([]);
    expect(errorsOf((s) => { s.vendors[0].reference = true; s.vendors[2].reference = true; }))
      .toEqual(['vendors[2].reference: only one vendor can be the reference (also vendors[0])']);
  });

  describe('reserved names in every map of the format', () => {
    // JSON.parse keeps "__proto__" as an own key, which a plain object copy would silently drop.
    const withKey = (path: string, key: string, value: string) => {
      const text = JSON.stringify(issueExample());
      const scenario = JSON.parse(text);
      const target = path.split('.').reduce((o, k) => o[k], scenario);
      const raw = JSON.parse(`{${JSON.stringify(key)}: ${value}}`);
      Object.defineProperty(target, key, { value: raw[key], enumerable: true, configurable: true, writable: true });
      return validateScenario(scenario);
    };
    const maps: [string, string][] = [
      ['frequency.vectors', '"junk"'],
      ['magnitude.components', '0'],
      ['magnitude.amplifiers', '{"probability": 1, "amount": 1e9}'],
      ['controls', '{"label": "x", "question": "pci", "effects": [{"vectors": ["credentials"], "reduction": 1}]}'],
    ];
    for (const [path, value] of maps) {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        it(`${path}.${key}`, () => {
          const result = withKey(path, key, value);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.errors.map((e) => `${e.path}: ${e.message}`)).toContain(`${path}.${key}: "${key}" cannot be a name: it is reserved by JavaScript`);
        });
      }
    }
    it('as parsed from a file, where "__proto__" is an own key', () => {
      const text = JSON.stringify(issueExample()).replace('"amplifiers":{', '"amplifiers":{"__proto__":{"probability":1,"amount":1e9},');
      expect(() => parseScenario(text)).toThrow(/magnitude\.amplifiers\.__proto__: "__proto__" cannot be a name/);
    });
  });

  describe('bounds that keep every figure finite', () => {
    it.each([
      ['a constant loss per breach of 1e160', (s: any) => (s.magnitude.perBreach = 1e160), 'magnitude.perBreach: must be <= 1e15; got 1e+160'],
      ['a price above 1e15', (s: any) => (s.vendors[1].annualPrice = 2e15), 'vendors[1].annualPrice: must be <= 1e15; got 2000000000000000'],
      ['a lognormal sigma above 10', (s: any) => (s.magnitude.perBreach = { dist: 'lognormal', median: 1e6, sigma: 40 }), 'magnitude.perBreach.sigma: must be <= 10; got 40'],
      ['a 90% range implying sigma above 10', (s: any) => (s.magnitude.perBreach = { dist: 'lognormal', low: 1e-20, high: 1e15 }), 'magnitude.perBreach: lognormal: sigma must be at most 10; its 90% range implies 24.4978'],
      ['a mean above 1e15', (s: any) => (s.magnitude.perBreach = { dist: 'lognormal', median: 1e14, sigma: 3 }), 'magnitude.perBreach: its mean must be at most 1e15; got 9.00171e15'],
      ['a tolerance loss above 1e15', (s: any) => (s.tolerance = { loss: 1e16, probability: 0.1 }), 'tolerance.loss: must be <= 1e15'],
    ])('rejects %s', (_what, edit, expected) => {
      const errors = errorsOf(edit);
      expect(errors.some((line) => line.startsWith(expected)), `${JSON.stringify(errors)} should include "${expected}"`).toBe(true);
    });

    it('accepts sigma 10 with a mean of $5M (a heavy tail, flagged in the results, not refused)', () => {
      expect(errorsOf((s) => (s.magnitude.perBreach = { dist: 'lognormal', mean: 5e6, sigma: 10 }))).toEqual([]);
    });
  });

  it('reports every problem at once, in document order', () => {
    const errors = errorsOf((s) => {
      s.vendors[1].controls.push('mfx');
      s.vendors[2].controls.push('nope');
    });
    expect(errors).toEqual(['vendors[1].controls[3]: unknown control "mfx"', 'vendors[2].controls[1]: unknown control "nope"']);
  });

  it('accepts sourced numbers, partial coverage, a rate instead of an incidence, and no components or amplifiers', () => {
    const errors = errorsOf((s) => {
      delete s.frequency.annualIncidence;
      s.frequency.annualRate = { dist: 'lognormal', low: 0.2, high: 0.9, source: 'analyst' };
      s.frequency.channelShare = { value: 0.4, source: 'analyst' };
      delete s.magnitude.components;
      delete s.magnitude.amplifiers;
      s.controls.secureIvr.effects[0] = { vectors: ['credentials'], reduction: { value: 0.5, source: 'x' } };
      s.controls.piiRedaction.effects[0] = { vectors: ['insider'], reduction: 0.2 };
      s.vendors[2].controls = [{ id: 'mfa', coverage: 0.8 }];
    });
    expect(errors).toEqual([]);
  });

  it('does not let a hostile key reach the prototype', () => {
    const text = JSON.stringify(issueExample()).replace('"controls":{', '"controls":{"__proto__":{"label":"x","question":"pci","effects":[{"vectors":["other"],"reduction":0.5}]},');
    let result;
    try {
      result = validateScenario(JSON.parse(text));
    } catch (error) {
      throw new Error(`validateScenario threw: ${error}`);
    }
    expect(({} as any).label).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.scenario.controls)).toBe(Object.prototype);
  });

  it('parseScenario reports malformed JSON at the root', () => {
    expect(() => parseScenario('{"format": ')).toThrowError(ScenarioValidationError);
    try {
      parseScenario('{"format": ');
    } catch (error) {
      expect((error as ScenarioValidationError).errors[0].message).toMatch(/^not valid JSON/);
    }
  });
});
