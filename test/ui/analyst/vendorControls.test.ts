import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { controlId, controlIndex, coverageOf, newVendor, nextVendorId, setCoverage, setListed } from '../../../src/ui/analyst/vendorControls.js';
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

  it('adds a vendor the engine accepts', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const vendor = newVendor(model.vendors);
    expect(vendor).toEqual({ id: 'vendor-6', name: 'New vendor', annualPrice: 0, controls: [] });
    model.vendors.push(vendor);
    expect(validateScenario(model).ok).toBe(true);
  });
});
