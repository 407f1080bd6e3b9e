import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import { setIndemnityCap, setIndemnityShare, setVendorTerm } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

const errorsOf = (json: unknown) => {
  const result = validateScenario(json);
  return result.ok ? [] : result.errors;
};

describe("a vendor's contract terms", () => {
  it('write the price increase and the switching cost as typed, keep a source, and a blank removes them', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setVendorTerm(model, 1, 'priceEscalation', 0.03);
    setVendorTerm(model, 1, 'switchingCost', 250_000);
    expect(model.vendors[1].priceEscalation).toBe(0.03);
    expect(model.vendors[1].switchingCost).toBe(250_000);
    expect(errorsOf(model)).toEqual([]);
    setVendorTerm(model, 1, 'priceEscalation', '');
    expect(Object.hasOwn(model.vendors[1], 'priceEscalation')).toBe(false);

    const sourced = readJson('models/retail-bpo-contract.json');
    const { source } = sourced.vendors[1].switchingCost;
    expect(typeof source).toBe('string');
    setVendorTerm(sourced, 1, 'switchingCost', 300_000);
    expect(sourced.vendors[1].switchingCost).toEqual({ value: 300_000, source });
  });

  it('give a vendor an indemnity when a share is typed, with caps, and take it away when all is blank', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setIndemnityCap(model, 2, 'capPerYear', 1_000_000);
    expect(model.vendors[2].indemnity).toBeUndefined();
    setIndemnityShare(model, 2, '');
    expect(model.vendors[2].indemnity).toBeUndefined();
    setIndemnityShare(model, 2, 0.25);
    expect(model.vendors[2].indemnity).toEqual({ share: 0.25 });
    setIndemnityCap(model, 2, 'capPerYear', 1_000_000);
    setIndemnityCap(model, 2, 'capPerContract', 2_000_000);
    expect(model.vendors[2].indemnity).toEqual({ share: 0.25, capPerYear: 1_000_000, capPerContract: 2_000_000 });
    expect(errorsOf(model)).toEqual([]);

    // Blanking the share keeps the caps: nothing typed is lost, and the engine asks for the share.
    setIndemnityShare(model, 2, '');
    expect(model.vendors[2].indemnity).toEqual({ capPerYear: 1_000_000, capPerContract: 2_000_000 });
    expect(errorsOf(model).map((e) => e.path)).toEqual(['vendors[2].indemnity.share']);
    setIndemnityCap(model, 2, 'capPerYear', '');
    setIndemnityCap(model, 2, 'capPerContract', '');
    expect(Object.hasOwn(model.vendors[2], 'indemnity')).toBe(false);
    expect(errorsOf(model)).toEqual([]);
  });

  it('keep an indemnity that states a source when the share is blanked', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.vendors[1].indemnity = { share: 0.5, capPerYear: 3_000_000, source: 'Contract draft, clause 12' };
    setIndemnityCap(model, 1, 'capPerYear', '');
    setIndemnityShare(model, 1, '');
    expect(model.vendors[1].indemnity).toEqual({ source: 'Contract draft, clause 12' });
  });

  it('let the engine name an impossible share (150%) at its field, keeping what was typed', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.vendors[1].indemnity = { share: 0.5, capPerYear: 3_000_000, source: 'Contract draft, clause 12' };
    setIndemnityShare(model, 1, 1.5);
    expect(model.vendors[1].indemnity).toEqual({ share: 1.5, capPerYear: 3_000_000, source: 'Contract draft, clause 12' });
    expect(errorsOf(model)).toEqual([{ path: 'vendors[1].indemnity.share', message: 'must be <= 1; got 1.5' }]);
  });

  it('change nothing for a vendor that is not there', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const before = structuredClone(model);
    setVendorTerm(model, 99, 'switchingCost', 5);
    setIndemnityShare(model, 99, 0.5);
    setIndemnityCap(model, 99, 'capPerYear', 5);
    expect(model).toEqual(before);
  });
});
