import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import { addVendor, newVendor, newVendorName, nextVendorId, removeVendor, replaceVendors, setReference } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

describe('new vendors', () => {
  it('numbers ids after the vendors there are, skipping taken ones', () => {
    expect(nextVendorId([{ id: 'a' }, { id: 'b' }])).toBe('vendor-3');
    expect(nextVendorId([{ id: 'vendor-2' }])).toBe('vendor-3');
    expect(nextVendorId([])).toBe('vendor-1');
  });

  it('names new vendors apart', () => {
    expect(newVendorName([{ name: 'Acme' }])).toBe('New vendor');
    expect(newVendorName([{ name: 'New vendor' }])).toBe('New vendor 2');
    expect(newVendorName([{ name: ' new vendor ' }, { name: 'New vendor 2' }, { name: 'New vendor 4' }])).toBe('New vendor 3');
  });

  it('adds a vendor without a price: the engine reports the price, and only the price, until one is typed', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const vendor = newVendor(model.vendors);
    expect(vendor).toEqual({ id: 'vendor-6', name: 'New vendor', annualPrice: '', controls: [] });
    model.vendors.push(vendor);
    const result = validateScenario(model);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['vendors[5].annualPrice']);
    model.vendors[5].annualPrice = 5_000_000;
    model.vendors.push(newVendor(model.vendors));
    model.vendors[6].annualPrice = 4_000_000;
    expect(model.vendors[6].name).toBe('New vendor 2');
    expect(validateScenario(model).ok).toBe(true);
  });
});

describe('the reference vendor', () => {
  it('is at most one, and unmarked vendors have no reference key', () => {
    const vendors: Record<string, unknown>[] = [{ id: 'none', reference: true }, { id: 'a' }, { id: 'b', reference: false }];
    const json = { vendors };
    setReference(json, 1, true);
    expect(vendors).toEqual([{ id: 'none' }, { id: 'a', reference: true }, { id: 'b' }]);
    expect(Object.hasOwn(vendors[0], 'reference')).toBe(false);
    setReference(json, 1, false);
    expect(vendors).toEqual([{ id: 'none' }, { id: 'a' }, { id: 'b' }]);
    expect(vendors.some((v) => Object.hasOwn(v, 'reference'))).toBe(false);
  });
});

describe('vendor edits on the draft', () => {
  it('add a new vendor last and say where, a list made when there is none', () => {
    const model = readJson('models/retail-bpo-2021.json');
    expect(addVendor(model)).toBe(5);
    expect(model.vendors[5]).toEqual({ id: 'vendor-6', name: 'New vendor', annualPrice: '', controls: [] });
    const bare: Record<string, unknown> = {};
    expect(addVendor(bare)).toBe(0);
    expect(bare.vendors).toEqual([{ id: 'vendor-1', name: 'New vendor', annualPrice: '', controls: [] }]);
    expect(addVendor([1])).toBe(-1);
  });

  it('remove one vendor, the others in order, and nothing past the end', () => {
    const json = { vendors: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    removeVendor(json, 1);
    removeVendor(json, 5);
    expect(json.vendors).toEqual([{ id: 'a' }, { id: 'c' }]);
  });

  it('replace the vendors with a copy of the list given', () => {
    const json: Record<string, unknown> = { vendors: [{ id: 'a' }] };
    const imported = [{ id: 'b', name: 'B', annualPrice: 1, controls: ['mfa'] }];
    replaceVendors(json, imported);
    expect(json.vendors).toEqual(imported);
    expect(json.vendors).not.toBe(imported);
  });

  it('leave a draft with no list of vendors alone when marking the reference', () => {
    const json = { vendors: 'none' };
    setReference(json, 0, true);
    expect(json).toEqual({ vendors: 'none' });
  });
});
