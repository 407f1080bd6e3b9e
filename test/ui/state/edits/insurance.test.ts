import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import { addInsurance, newInsurance, removeInsurance, setInsuranceOption, setInsurancePer } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

const errorsOf = (json: unknown) => {
  const result = validateScenario(json);
  return result.ok ? [] : result.errors;
};

describe('the insurance', () => {
  it('is added with a retention and a limit per breach and no premium yet, which the engine asks for', () => {
    const model = readJson('models/retail-bpo-2021.json');
    addInsurance(model);
    expect(model.insurance).toEqual({ retention: 1_000_000, limit: 10_000_000, per: 'event', premium: '' });
    expect(errorsOf(model)).toEqual([{ path: 'insurance.premium', message: 'is empty: a number is needed' }]);
    model.insurance.premium = 250_000;
    expect(errorsOf(model)).toEqual([]);
    removeInsurance(model);
    expect(Object.hasOwn(model, 'insurance')).toBe(false);
  });

  it('gives a fresh policy each time, and keeps one already there', () => {
    const a = newInsurance();
    a.premium = 5;
    expect(newInsurance().premium).toBe('');
    const model = readJson('models/retail-bpo-contract.json');
    const before = structuredClone(model.insurance);
    addInsurance(model);
    expect(model.insurance).toEqual(before);
  });

  it('switches what the retention and limit apply to', () => {
    const model = readJson('models/retail-bpo-contract.json');
    setInsurancePer(model, 'year');
    expect(model.insurance.per).toBe('year');
    expect(errorsOf(model)).toEqual([]);
    setInsurancePer(model, 'event');
    expect(model.insurance.per).toBe('event');
  });

  it('writes the optional numbers as typed, keeping a source, and a blank removes them', () => {
    const model = readJson('models/retail-bpo-contract.json');
    const { source } = model.insurance.coinsurance;
    expect(typeof source).toBe('string');
    setInsuranceOption(model, 'coinsurance', 0.2);
    expect(model.insurance.coinsurance).toEqual({ value: 0.2, source });
    setInsuranceOption(model, 'aggregateLimit', '');
    setInsuranceOption(model, 'premiumEscalation', '');
    expect(Object.keys(model.insurance).sort()).toEqual(['coinsurance', 'limit', 'per', 'premium', 'retention']);
    expect(errorsOf(model)).toEqual([]);
    setInsuranceOption(model, 'coinsurance', 1.5);
    expect(errorsOf(model).map((e) => e.path)).toEqual(['insurance.coinsurance.value']);
    setInsuranceOption(model, 'aggregateLimit', 'lots');
    expect(model.insurance.aggregateLimit).toBe('lots');
  });

  it('changes nothing without an insurance', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setInsurancePer(model, 'year');
    setInsuranceOption(model, 'coinsurance', 0.1);
    expect(model.insurance).toBeUndefined();
  });
});
