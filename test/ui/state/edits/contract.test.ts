import { describe, expect, it } from 'vitest';
import { hasContractTerms, validateScenario } from '../../../../src/engine/index.js';
import { NEW_CONTRACT_YEARS, addContract, removeContract, setContractRate } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

const pathsOf = (json: unknown) => {
  const result = validateScenario(json);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

describe('the contract terms', () => {
  it('are added as a valid 3-year contract with both rates at their defaults, and removed', () => {
    const model = readJson('models/retail-bpo-2021.json');
    addContract(model);
    expect(NEW_CONTRACT_YEARS).toBe(3);
    expect(model.contract).toEqual({ years: 3 });
    expect(pathsOf(model)).toEqual([]);
    removeContract(model);
    expect(Object.hasOwn(model, 'contract')).toBe(false);
    expect(pathsOf(model)).toEqual([]);
  });

  it('are removed whole: the insurance and every vendor\'s terms go with the contract, and the run is one year with no recovery', () => {
    const model = readJson('models/retail-bpo-contract.json');
    expect(model.insurance).toBeDefined();
    expect(model.vendors.some((v: any) => v.indemnity !== undefined)).toBe(true);
    removeContract(model);
    expect(pathsOf(model)).toEqual([]);
    expect(Object.hasOwn(model, 'contract') || Object.hasOwn(model, 'insurance')).toBe(false);
    for (const v of model.vendors) expect(Object.keys(v).filter((k) => ['priceEscalation', 'indemnity', 'switchingCost'].includes(k))).toEqual([]);
    const result = validateScenario(model);
    expect(result.ok && hasContractTerms(result.scenario)).toBe(false);
  });

  it('keep a contract already there when added again', () => {
    const model = readJson('models/retail-bpo-contract.json');
    const before = structuredClone(model.contract);
    addContract(model);
    expect(model.contract).toEqual(before);
  });

  it('write the rates as typed, keep a source, and a blank one goes back to its default', () => {
    const model = readJson('models/retail-bpo-2021.json');
    addContract(model);
    setContractRate(model, 'discountRate', 0.06);
    setContractRate(model, 'costTrend', '3%x');
    expect(model.contract).toEqual({ years: 3, discountRate: 0.06, costTrend: '3%x' });
    expect(pathsOf(model)).toEqual(['contract.costTrend']);
    setContractRate(model, 'costTrend', ' ');
    expect(model.contract).toEqual({ years: 3, discountRate: 0.06 });
    expect(pathsOf(model)).toEqual([]);

    const sourced = readJson('models/retail-bpo-contract.json');
    const { source } = sourced.contract.discountRate;
    expect(typeof source).toBe('string');
    setContractRate(sourced, 'discountRate', 0.08);
    expect(sourced.contract.discountRate).toEqual({ value: 0.08, source });
  });

  it('let the engine name a field out of range (11 years, a trend of 200% a year)', () => {
    const model = readJson('models/retail-bpo-2021.json');
    addContract(model);
    model.contract.years = 11;
    setContractRate(model, 'costTrend', 2);
    expect(pathsOf(model).sort()).toEqual(['contract.costTrend', 'contract.years']);
  });

  it('change nothing without a contract, or on a draft that is no object', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setContractRate(model, 'discountRate', 0.05);
    expect(model.contract).toBeUndefined();
    const list = [1, 2];
    addContract(list);
    removeContract(list);
    expect(list).toEqual([1, 2]);
  });
});
