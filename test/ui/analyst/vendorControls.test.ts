import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { setReference } from '../../../src/ui/analyst/setReference.js';
import { controlId, controlIndex, coverageOf, newVendor, newVendorName, nextVendorId, setCoverage, setListed } from '../../../src/ui/analyst/vendorControls.js';
import { readJson } from '../../helpers/fixtures.js';

describe('vendor controls', () => {
  it('reads ids and coverage of both forms', () => {
    expect(controlId('mfa')).toBe('mfa');
    expect(controlId({ id: 'mfa', coverage: 0.6 })).toBe('mfa');
    expect(coverageOf('mfa')).toBe(1);
    expect(coverageOf({ id: 'mfa', coverage: 0.6 })).toBe(0.6);
    expect(coverageOf({ id: 'mfa', coverage: '6o' })).toBe('6o');
    expect(controlIndex(['pciDss', { id: 'mfa', coverage: 0.6 }], 'mfa')).toBe(1);
    expect(controlIndex(['pciDss'], 'mfa')).toBe(-1);
  });

  it('lists once at the end and unlists every entry', () => {
    const controls: unknown[] = ['pciDss'];
    setListed(controls, 'mfa', true);
    setListed(controls, 'mfa', true);
    expect(controls).toEqual(['pciDss', 'mfa']);
    controls.push({ id: 'pciDss', coverage: 0.5 });
    setListed(controls, 'pciDss', false);
    expect(controls).toEqual(['mfa']);
  });

  it('returns the coverage it unlists, and lists with a coverage given', () => {
    const controls: unknown[] = ['pciDss', { id: 'mfa', coverage: 0.6 }];
    expect(setListed(controls, 'mfa', false)).toBe(0.6);
    expect(setListed(controls, 'pciDss', false)).toBe(1);
    expect(setListed(controls, 'vpn', false)).toBeUndefined();
    setListed(controls, 'mfa', true, 0.6);
    setListed(controls, 'pciDss', true, 1);
    expect(controls).toEqual([{ id: 'mfa', coverage: 0.6 }, 'pciDss']);
  });

  it('stores full coverage as the bare id, anything else as { id, coverage }', () => {
    const controls: unknown[] = ['pciDss', 'mfa'];
    setCoverage(controls, 1, 0.6);
    expect(controls).toEqual(['pciDss', { id: 'mfa', coverage: 0.6 }]);
    setCoverage(controls, 1, '6o');
    expect(controls).toEqual(['pciDss', { id: 'mfa', coverage: '6o' }]);
    setCoverage(controls, 1, 1);
    expect(controls).toEqual(['pciDss', 'mfa']);
  });

  it('reports coverage typed as text at the path the field shows', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setCoverage(model.vendors[3].controls, 1, '6o');
    const result = validateScenario(model);
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'vendors[3].controls[1].coverage', message: 'expected a number, got "6o"' }]);
  });
});

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
    setReference(vendors, 1, true);
    expect(vendors).toEqual([{ id: 'none' }, { id: 'a', reference: true }, { id: 'b' }]);
    expect(Object.hasOwn(vendors[0], 'reference')).toBe(false);
    setReference(vendors, 1, false);
    expect(vendors).toEqual([{ id: 'none' }, { id: 'a' }, { id: 'b' }]);
    expect(vendors.some((v) => Object.hasOwn(v, 'reference'))).toBe(false);
  });
});
