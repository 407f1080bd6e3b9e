import { describe, expect, it } from 'vitest';
import { compileContract, hasContractTerms, parseScenario, validateScenario } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';

/** The errors of the default model edited by `edit`, each as `path: message`. */
function errorsOf(edit: (s: any) => void): string[] {
  const scenario = readJson('models/retail-bpo-2021.json');
  edit(scenario);
  const result = validateScenario(scenario);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

const insurance = { retention: 1e6, limit: 1e7, per: 'event', premium: 2e5 };
const points = (...pairs: [number, number][]) => pairs.map(([loss, probability]) => ({ loss, probability }));

describe("validation of the contract's terms names the bad field's path", () => {
  it.each([
    ['no years', (s: any) => (s.contract = {}), 'contract.years: is missing: '],
    ['years 0', (s: any) => (s.contract = { years: 0 }), 'contract.years: must be >= 1; got 0'],
    ['years 11', (s: any) => (s.contract = { years: 11 }), 'contract.years: must be <= 10; got 11'],
    ['years 2.5', (s: any) => (s.contract = { years: 2.5 }), 'contract.years: expected an integer, got 2.5'],
    ['a trend below -50%', (s: any) => (s.contract = { years: 2, costTrend: -0.6 }), 'contract.costTrend: must be >= -0.5; got -0.6'],
    ['a negative discount rate', (s: any) => (s.contract = { years: 2, discountRate: -0.01 }), 'contract.discountRate: must be >= 0; got -0.01'],
    ['an unknown contract field', (s: any) => (s.contract = { years: 2, horizon: 3 }), 'contract.horizon: unknown field'],
    ['a share of 1.5', (s: any) => (s.vendors[1].indemnity = { share: 1.5 }), 'vendors[1].indemnity.share: must be <= 1; got 1.5'],
    ['a sourced share of 1.5', (s: any) => (s.vendors[1].indemnity = { share: { value: 1.5, source: 'draft' } }), 'vendors[1].indemnity.share.value: must be <= 1; got 1.5'],
    ['an indemnity without a share', (s: any) => (s.vendors[1].indemnity = { capPerYear: 1e6 }), 'vendors[1].indemnity.share: is missing: '],
    ['a negative cap', (s: any) => (s.vendors[1].indemnity = { share: 0.5, capPerYear: -1 }), 'vendors[1].indemnity.capPerYear: must be >= 0; got -1'],
    ['a negative switching cost', (s: any) => (s.vendors[2].switchingCost = -5), 'vendors[2].switchingCost: must be >= 0; got -5'],
    ['a price escalation of 200%', (s: any) => (s.vendors[2].priceEscalation = 2), 'vendors[2].priceEscalation: must be <= 1; got 2'],
    ['an unknown insurance field', (s: any) => (s.insurance = { ...insurance, deductible: 3 }), 'insurance.deductible: unknown field'],
    ['per: "month"', (s: any) => (s.insurance = { ...insurance, per: 'month' }), 'insurance.per: expected "event" or "year", got "month"'],
    ['insurance without a limit', (s: any) => (s.insurance = { retention: 1, per: 'year', premium: 1 }), 'insurance.limit: is missing: '],
    ['a coinsurance of 1.2', (s: any) => (s.insurance = { ...insurance, coinsurance: 1.2 }), 'insurance.coinsurance: must be <= 1; got 1.2'],
    ['a curve of 1 point', (s: any) => (s.tolerance = { points: points([1e6, 0.1]) }), 'tolerance.points: must have at least 2 entries; got 1'],
    ['a curve of 6 points', (s: any) => (s.tolerance = { points: points([1e6, 0.1], [2e6, 0.05], [3e6, 0.03], [4e6, 0.02], [5e6, 0.01], [6e6, 0.005]) }), 'tolerance.points: must have at most 5 entries; got 6'],
    ['decreasing losses', (s: any) => (s.tolerance = { points: points([2e7, 0.01], [1e7, 0.005]) }), 'tolerance.points[1].loss: must be more than points[0].loss (20000000)'],
    ['a repeated loss', (s: any) => (s.tolerance = { points: points([1e6, 0.1], [1e7, 0.01], [1e7, 0.005]) }), 'tolerance.points[2].loss: must be more than points[1].loss (10000000)'],
    ['a rising chance', (s: any) => (s.tolerance = { points: points([1e6, 0.01], [1e7, 0.05]) }), 'tolerance.points[1].probability: must be at most points[0].probability (0.01)'],
    ['a chance of 0', (s: any) => (s.tolerance = { points: points([1e6, 0.1], [1e7, 0]) }), 'tolerance.points[1].probability: must be > 0; got 0'],
    ['per: "decade"', (s: any) => (s.tolerance = { loss: 1e6, probability: 0.01, per: 'decade' }), 'tolerance.per: expected "year" or "contract", got "decade"'],
  ])('%s', (_, edit, expected) => {
    const errors = errorsOf(edit);
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith(expected)).toBe(true);
  });

  it('the old single-point tolerance is still valid, with or without per and a source', () => {
    expect(errorsOf((s) => (s.tolerance = { loss: 5e6, probability: 0.05 }))).toEqual([]);
    expect(errorsOf((s) => (s.tolerance = { loss: 5e6, probability: 0.05, per: 'contract', source: 'the board' }))).toEqual([]);
    expect(errorsOf((s) => (s.tolerance = { points: points([1e6, 0.1], [1e7, 0.1], [1e8, 0.001]), per: 'year' }))).toEqual([]);
  });

  it('every term but years may be sourced, and the example contract is valid', () => {
    // years is a plain integer: a count, not an estimate.
    expect(errorsOf((s) => {
      s.contract = { years: { value: 3 } as any, costTrend: { value: 0.02, source: 'IBM' } };
    })[0]).toMatch(/^contract\.years: /);
    expect(errorsOf((s) => {
      s.contract = { years: 3, costTrend: { value: 0.02, source: 'IBM' }, discountRate: { value: 0.06, source: 'WACC' } };
      s.vendors[1].indemnity = { share: { value: 0.5, source: 'draft' }, capPerYear: { value: 1e6, source: 'draft' } };
      s.vendors[1].switchingCost = { value: 2e5, source: 'estimate' };
      s.insurance = { ...insurance, coinsurance: { value: 0.1, source: 'policy' }, premium: { value: 2e5, source: 'quote' } };
    })).toEqual([]);
    expect(validateScenario(readJson('models/retail-bpo-contract.json')).ok).toBe(true);
  });

  it('terms are read only when stated: no term, no contract; any one term, a contract (of one year by default)', () => {
    const plain = parseScenario(JSON.stringify(readJson('models/retail-bpo-2021.json')));
    expect(hasContractTerms(plain)).toBe(false);
    expect(compileContract(plain)).toBeUndefined();
    for (const edit of [
      (s: any) => (s.vendors[3].switchingCost = 0),
      (s: any) => (s.vendors[3].priceEscalation = 0),
      (s: any) => (s.insurance = insurance),
    ]) {
      const raw = readJson('models/retail-bpo-2021.json');
      edit(raw);
      const contract = compileContract(parseScenario(JSON.stringify(raw)))!;
      expect(contract.years).toBe(1);
      expect(contract.discountRate).toBe(0);
      expect(Array.from(contract.discount)).toEqual([1]);
    }
  });
});
