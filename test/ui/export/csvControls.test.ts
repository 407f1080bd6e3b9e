import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlCell, importedEntry } from '../../../src/ui/export/csvControls.js';
import { diffVendors, readVendorsCsv, vendorChanges, writeVendorsCsv, type VendorJson } from '../../../src/ui/export/vendorsCsv.js';
import { repositoryRoot } from '../../helpers/fixtures.js';

const model = JSON.parse(readFileSync(join(repositoryRoot, 'models/retail-bpo-2021.json'), 'utf8')) as { controls: Record<string, unknown>; vendors: VendorJson[] };
const controlIds = Object.keys(model.controls);

/** The default model's vendors with costs stated: lowell lacks vdi (and states a cost), harbor's partial mfa has its own cost. */
function withCosts(): VendorJson[] {
  const vendors = structuredClone(model.vendors) as (VendorJson & { controls: unknown[] })[];
  vendors[4].controls.push({ id: 'vdi', coverage: 0, annualCost: { value: 80_000, source: 'Lowell quote' } });
  vendors[3].controls[1] = { id: 'mfa', coverage: 0.6, annualCost: 25_000 };
  return vendors;
}

describe('vendor controls in a vendors CSV', () => {
  it('write a control listed at coverage 0 as no', () => {
    expect(controlCell([{ id: 'vdi', coverage: 0, annualCost: 80_000 }], 'vdi')).toBe('no');
    expect(controlCell([{ id: 'vdi', coverage: 1, annualCost: 80_000 }], 'vdi')).toBe('yes');
    expect(controlCell([{ id: 'vdi', coverage: 0.5 }], 'vdi')).toBe(0.5);
    expect(controlCell(['mfa'], 'vdi')).toBe('no');
    const text = writeVendorsCsv([{ id: 'a', name: 'A', annualPrice: 5, controls: [{ id: 'vdi', coverage: 0, annualCost: 8 }] }], ['vdi']);
    expect(text).toBe('id,name,annualPrice,vdi\na,A,5,no\n');
  });

  it('round-trip the vendors\' own costs: export then import changes nothing', () => {
    const vendors = withCosts();
    const back = readVendorsCsv(writeVendorsCsv(vendors, controlIds), controlIds, vendors);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(JSON.stringify(back.vendors)).toBe(JSON.stringify(vendors));
    expect(diffVendors(vendors, back.vendors).same).toBe(true);
  });

  it('keep a stated cost when the CSV turns a control on or off', () => {
    const vendors = withCosts();
    const rows = writeVendorsCsv(vendors, controlIds).trimEnd().split('\n');
    const vdi = 3 + controlIds.indexOf('vdi');
    const mfa = 3 + controlIds.indexOf('mfa');
    const lowell = rows[5].split(',');
    lowell[vdi] = 'yes';
    rows[5] = lowell.join(',');
    const harbor = rows[4].split(',');
    harbor[mfa] = 'no';
    rows[4] = harbor.join(',');
    const r = readVendorsCsv(rows.join('\n'), controlIds, vendors);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.vendors[4].controls).toEqual([{ id: 'mfa', coverage: 0.5 }, { id: 'vdi', coverage: 1, annualCost: { value: 80_000, source: 'Lowell quote' } }]);
    expect(r.vendors[3].controls).toEqual(['pciDss', { id: 'mfa', coverage: 0, annualCost: 25_000 }, 'vpn', 'byodPolicy']);
    expect(diffVendors(vendors, r.vendors).changes).toEqual([['mfa 0.6 → no'], ['vdi no → yes']]);
  });

  it('read a coverage of 0 as no', () => {
    expect(importedEntry(undefined, 'mfa', undefined)).toBeUndefined();
    expect(importedEntry({ id: 'mfa', coverage: 0.5 }, 'mfa', undefined)).toBeUndefined();
    const header = ['id', 'name', 'annualPrice', ...controlIds].join(',');
    const cells = controlIds.map((id) => (id === 'mfa' ? '0' : 'no')).join(',');
    const r = readVendorsCsv(`${header}\nz,Zed,5,${cells}\n`, controlIds, []);
    expect(r.ok && r.vendors[0].controls).toEqual([]);
  });

  it('name a change of a vendor\'s own cost', () => {
    const was = { id: 'a', name: 'A', annualPrice: 5, controls: [] };
    expect(vendorChanges(was, { ...was, controls: [{ id: 'vdi', coverage: 0, annualCost: 8 }] })).toEqual(['vdi cost none → 8']);
    expect(vendorChanges({ ...was, controls: ['mfa'] }, { ...was, controls: [{ id: 'mfa', coverage: 0, annualCost: 8 }] })).toEqual(['mfa yes → no', 'mfa cost none → 8']);
  });
});
